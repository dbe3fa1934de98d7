package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.RunSpec;

/** The loss landscape: directions, projections, the window and the grid. */
class LandscapeTest {
    private static TrainSpec spec(List<Feature> features, List<Integer> hidden, double l2, String... runs) {
        return new TrainSpec(new DataSpec(DataShape.CIRCLE, 120, 0.1, 0.5),
                new Architecture(features, hidden, Activation.TANH, LossKind.BCE, l2), 10, 40, 5,
                java.util.Arrays.stream(runs).map(RunSpec::parse).toList());
    }

    private static final TrainSpec DEFAULT = spec(List.of(Feature.X, Feature.Y), List.of(4, 2), 0.001,
            "sgd(lr=0.3)", "momentum(lr=0.1)", "adam(lr=0.05)");

    private static List<double[]> thetas(List<TrainRecording.RunRecord> runs) {
        List<double[]> all = new ArrayList<>();
        for (TrainRecording.RunRecord r : runs) {
            for (int i = 0; i < r.size(); i++) {
                all.add(r.theta(i));
            }
        }
        return all;
    }

    private static Landscape pca(NetworkProblem p) {
        return Landscape.pca(p.initialParameters(), thetas(TrainRecording.run(p, 1, true)));
    }

    @Test
    void theStartProjectsToTheOrigin() {
        NetworkProblem p = NetworkProblem.of(DEFAULT);
        for (Landscape l : List.of(pca(p), Landscape.random(DEFAULT.architecture(), p.initialParameters(), 5))) {
            assertArrayEquals(new double[] {0, 0}, l.project(p.initialParameters()));
        }
    }

    @Test
    void aPointInThePlaneProjectsToItsCoordinates() {
        NetworkProblem p = NetworkProblem.of(DEFAULT);
        for (Landscape l : List.of(pca(p), Landscape.random(DEFAULT.architecture(), p.initialParameters(), 5))) {
            double[] theta = l.point(0.37, -1.25, new double[p.initialParameters().length]);
            double[] ab = l.project(theta);
            assertEquals(0.37, ab[0], 1e-12);
            assertEquals(-1.25, ab[1], 1e-12);
        }
    }

    @Test
    void pcaDirectionsAreOrthonormalAndHoldMostOfThePaths() {
        Landscape l = pca(NetworkProblem.of(DEFAULT));
        double[] d1 = l.first();
        double[] d2 = l.second();
        assertEquals(1, dot(d1, d1), 1e-12);
        assertEquals(1, dot(d2, d2), 1e-12);
        assertEquals(0, dot(d1, d2), 1e-12);
        double[] e = l.explained().orElseThrow();
        assertTrue(e[0] >= e[1] && e[1] >= 0 && e[0] + e[1] <= 1 + 1e-12, e[0] + " " + e[1]);
        assertTrue(e[0] + e[1] > 0.5, "three runs of 40 updates move mostly in two directions: " + e[0] + " + " + e[1]);
    }

    @Test
    void pcaFindsThePlaneOfPathsThatLieInOne() {
        // Points θ₀ + s·u + t·v with u, v orthonormal: the top two directions span {u, v} and
        // every point projects back exactly (up to rounding).
        int n = 60;
        SplittableRandom r = new SplittableRandom(9);
        double[] origin = new double[n];
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            origin[i] = r.nextDouble(-1, 1);
            u[i] = r.nextDouble(-1, 1);
            v[i] = r.nextDouble(-1, 1);
        }
        scale(u, 1 / Math.sqrt(dot(u, u)));
        double c = dot(u, v);
        for (int i = 0; i < n; i++) {
            v[i] -= c * u[i];
        }
        scale(v, 1 / Math.sqrt(dot(v, v)));
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            double s = 3 * Math.sin(0.1 * k);
            double t = 0.5 * k / 50.0;
            double[] theta = new double[n];
            for (int i = 0; i < n; i++) {
                theta[i] = origin[i] + s * u[i] + t * v[i];
            }
            points.add(theta);
        }
        Landscape l = Landscape.pca(origin, points);
        double[] e = l.explained().orElseThrow();
        assertEquals(1, e[0] + e[1], 1e-12);
        for (double[] theta : points) {
            double[] ab = l.project(theta);
            double[] back = l.point(ab[0], ab[1], new double[n]);
            assertArrayEquals(theta, back, 1e-12);
        }
    }

    @Test
    void jacobiAndSubspaceIterationAgree() {
        // The xor net with four features and 8, 8 units has 73 parameters: subspace iteration.
        TrainSpec s = spec(List.of(Feature.X, Feature.Y, Feature.XY, Feature.SIN_X), List.of(8, 6), 0,
                "sgd(lr=0.2)", "adam(lr=0.02)");
        NetworkProblem p = NetworkProblem.of(s);
        assertTrue(s.architecture().parameterCount() > TopEigenvectors.FULL_JACOBI);
        Landscape l = pca(p);
        List<double[]> points = thetas(TrainRecording.run(p, 1, true));
        int n = p.initialParameters().length;
        double[][] c = new double[n][n];
        double[] origin = p.initialParameters();
        for (double[] theta : points) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += (theta[i] - origin[i]) * (theta[j] - origin[j]);
                }
            }
        }
        double[][] full = TopEigenvectors.topTwoJacobi(c);
        assertArrayEquals(full[0], l.first(), 1e-8);
        assertArrayEquals(full[1], l.second(), 1e-8);
    }

    @Test
    void randomDirectionsAreFilterNormalisedWithZeroBiases() {
        Architecture a = DEFAULT.architecture();
        double[] origin = NetworkProblem.of(DEFAULT).initialParameters();
        Landscape l = Landscape.random(a, origin, 5);
        for (double[] d : List.of(l.first(), l.second())) {
            for (int layer = 0; layer < a.layerCount(); layer++) {
                int in = a.width(layer);
                for (int j = 0; j < a.width(layer + 1); j++) {
                    int row = a.weightOffset(layer) + j * in;
                    double dn = 0;
                    double wn = 0;
                    for (int i = 0; i < in; i++) {
                        dn += d[row + i] * d[row + i];
                        wn += origin[row + i] * origin[row + i];
                    }
                    assertEquals(Math.sqrt(wn), Math.sqrt(dn), 1e-12, "layer " + layer + " row " + j);
                }
                for (int j = a.biasOffset(layer); j < a.biasOffset(layer) + a.width(layer + 1); j++) {
                    assertEquals(0, d[j]);
                }
            }
        }
        assertArrayEquals(l.first(), Landscape.random(a, origin, 5).first(), "seeded");
        assertTrue(!java.util.Arrays.equals(l.first(), Landscape.random(a, origin, 6).first()));
    }

    @Test
    void onATwoParameterNetworkThePathsLieInThePlaneAndTheGridLossIsTheirLoss() {
        // x → z = w·x + b: two parameters, so the plane is the whole space.
        TrainSpec s = spec(List.of(Feature.X), List.of(), 0.05, "sgd(lr=0.5)", "adam(lr=0.1)");
        NetworkProblem p = NetworkProblem.of(s);
        List<TrainRecording.RunRecord> runs = TrainRecording.run(p, 1, true);
        Landscape l = Landscape.pca(p.initialParameters(), thetas(runs));
        Mlp mlp = new Mlp(s.architecture());
        List<double[]> projected = new ArrayList<>();
        for (TrainRecording.RunRecord r : runs) {
            for (int i = 0; i < r.size(); i++) {
                double[] ab = l.project(r.theta(i));
                projected.add(ab);
                assertArrayEquals(r.theta(i), l.point(ab[0], ab[1], new double[2]), 1e-12);
                double grid = l.cost(mlp, p.train(), ab[0], ab[1]);
                assertEquals(r.cost(i), grid, 1e-12 * Math.abs(r.cost(i)), "run " + r.run() + " point " + i);
            }
        }
        // The grid's nodes are evaluated by the same formula.
        double[] w = LandscapeWindow.window(projected);
        double[] a = LandscapeWindow.axis(w[0], w[1], 5);
        double[] b = LandscapeWindow.axis(w[2], w[3], 4);
        double[][] g = l.grid(s.architecture(), p.train(), a, b, null);
        double[][] parallel = l.grid(s.architecture(), p.train(), a, b, ForkJoinPool.commonPool());
        for (int i = 0; i < b.length; i++) {
            assertArrayEquals(g[i], parallel[i], "no number depends on the threads");
            for (int j = 0; j < a.length; j++) {
                assertEquals(l.cost(mlp, p.train(), a[j], b[i]), g[i][j]);
            }
        }
    }

    @Test
    void randomDirectionsNeedTwoWeights() {
        TrainSpec s = spec(List.of(Feature.X), List.of(), 0, "sgd");
        assertThrows(IllegalArgumentException.class,
                () -> Landscape.random(s.architecture(), NetworkProblem.of(s).initialParameters(), 1));
    }

    @Test
    void theWindowCoversTheOriginAndThePathsWithAMargin() {
        double[] w = LandscapeWindow.window(List.of(new double[] {1, 2}, new double[] {3, -2}, new double[] {Double.NaN,
                Double.NaN}));
        assertArrayEquals(new double[] {-0.3, 3.3, -2.4, 2.4}, w, 1e-12);
        // A straight path along a: b is widened to a tenth of a's span about its centre.
        w = LandscapeWindow.window(List.of(new double[] {10, 0}));
        assertArrayEquals(new double[] {-1, 11, -0.6, 0.6}, w, 1e-12);
        // No movement: [−1, 1] each, plus the margin.
        assertArrayEquals(new double[] {-1.2, 1.2, -1.2, 1.2}, LandscapeWindow.window(List.of()), 1e-12);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, LandscapeWindow.axis(-1, 1, 5));
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static void scale(double[] x, double f) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= f;
        }
    }
}
