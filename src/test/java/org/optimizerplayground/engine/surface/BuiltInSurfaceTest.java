package org.optimizerplayground.engine.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in surface: exact gradients against central differences (which appear only here,
 * in tests), {@code value} against {@code valueAndGradient}, the listed minima, and the LaTeX.
 */
class BuiltInSurfaceTest {

    /** Number of sample points per surface. */
    private static final int SAMPLES = 20;

    static Stream<Surface> surfaces() {
        return Surfaces.all().stream();
    }

    /**
     * {@link #SAMPLES} points spread over the view window, strictly inside it: an offset grid in
     * 1-D, the Halton (2, 3) sequence in 2-D. None of them is the origin, so Ackley's singular
     * point is left to {@link #ackleyGradientAtTheOriginIsZero()}.
     */
    static List<double[]> samplePoints(Surface surface) {
        double[] v = surface.view();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            if (surface.dimension() == 1) {
                points.add(new double[] {v[0] + (i + 0.37) / SAMPLES * (v[1] - v[0])});
            } else {
                double u = halton(i + 1, 2);
                double w = halton(i + 1, 3);
                points.add(new double[] {v[0] + u * (v[1] - v[0]), v[2] + w * (v[3] - v[2])});
            }
        }
        return points;
    }

    private static double halton(int index, int base) {
        double result = 0;
        double f = 1;
        for (int i = index; i > 0; i /= base) {
            f /= base;
            result += f * (i % base);
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void gradientMatchesCentralDifferences(Surface surface) {
        for (double[] point : samplePoints(surface)) {
            double[] exact = new double[surface.dimension()];
            double value = surface.valueAndGradient(point, exact);
            for (int coordinate = 0; coordinate < point.length; coordinate++) {
                int i = coordinate;
                double h = 1e-6 * Math.max(1, Math.abs(point[i]));
                double[] plus = point.clone();
                double[] minus = point.clone();
                plus[i] += h;
                minus[i] -= h;
                double numeric = (surface.value(plus) - surface.value(minus)) / (2 * h);
                // Truncation error is O(h²) and negligible here; rounding in J(θ ± h) costs about
                // ε·|J|/h ≈ 2e-10·|J|, which matters where J is large and the slope is small.
                double tolerance = 1e-6 * Math.max(1, Math.abs(exact[i])) + 1e-9 * Math.abs(value);
                assertEquals(numeric, exact[i], tolerance,
                        () -> surface.id() + ": ∂J/∂θ" + i + " at " + Arrays.toString(point));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void valueEqualsWhatValueAndGradientReturns(Surface surface) {
        List<double[]> points = new ArrayList<>(samplePoints(surface));
        points.add(surface.defaultStart());
        for (Minimum m : surface.minima()) {
            points.add(m.point());
        }
        for (double[] point : points) {
            double[] gradient = new double[surface.dimension()];
            double returned = surface.valueAndGradient(point, gradient);
            // assertEquals on doubles compares bit patterns (via Double.compare): same number exactly.
            assertEquals(surface.value(point), returned, () -> surface.id() + " at " + Arrays.toString(point));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void gradientIsFiniteAndWrittenInFull(Surface surface) {
        for (double[] point : samplePoints(surface)) {
            double[] gradient = new double[surface.dimension()];
            Arrays.fill(gradient, Double.NaN);
            double value = surface.valueAndGradient(point, gradient);
            assertTrue(Double.isFinite(value), () -> surface.id() + " J at " + Arrays.toString(point));
            for (double g : gradient) {
                assertTrue(Double.isFinite(g), () -> surface.id() + " ∇J at " + Arrays.toString(point));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void listedMinimaAreStationaryWithTheListedValue(Surface surface) {
        for (Minimum m : surface.minima()) {
            double[] p = m.point();
            double[] gradient = new double[surface.dimension()];
            double value = surface.valueAndGradient(p, gradient);
            assertTrue(norm(gradient) < 1e-5, () -> surface.id() + ": ‖∇J‖ = " + norm(gradient)
                    + " at the listed minimum " + Arrays.toString(p));
            assertEquals(m.value(), value, 1e-6, () -> surface.id() + ": J at " + Arrays.toString(p));
            assertEquals(surface.dimension(), p.length, surface.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void listedMinimaAreLowerThanTheirNeighbours(Surface surface) {
        double delta = 1e-3;
        for (Minimum m : surface.minima()) {
            double[] p = m.point();
            for (int i = 0; i < p.length; i++) {
                for (double sign : new double[] {-1, 1}) {
                    double[] q = p.clone();
                    q[i] += sign * delta;
                    assertTrue(surface.value(q) > surface.value(p),
                            () -> surface.id() + ": J(" + Arrays.toString(q) + ") is not above J at the minimum "
                                    + Arrays.toString(p));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void globalMinimaComeFirstAndAreTheLowest(Surface surface) {
        List<Minimum> minima = surface.minima();
        if (minima.isEmpty()) {
            return;
        }
        assertTrue(minima.get(0).global(), surface.id() + ": the first listed minimum is a global one");
        double best = minima.get(0).value();
        boolean seenLocal = false;
        for (Minimum m : minima) {
            seenLocal |= !m.global();
            assertFalse(seenLocal && m.global(), surface.id() + ": a global minimum listed after a local one");
            if (m.global()) {
                assertEquals(best, m.value(), 1e-9, surface.id() + ": global minima share one value");
            } else {
                assertTrue(m.value() > best, surface.id() + ": a local minimum above the global value");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void latexIsAnEquationInTheSurfacesVariables(Surface surface) {
        String latex = surface.latex();
        assertFalse(latex == null || latex.isBlank(), surface.id());
        String lhs = surface.dimension() == 1 ? "J(w) = " : "J(x,y) = ";
        assertTrue(latex.startsWith(lhs), () -> surface.id() + ": " + latex);
        // Commands such as \exp or \max would otherwise count as mentioning x.
        String rhs = latex.substring(lhs.length()).replaceAll("\\\\[A-Za-z]+", " ");
        assertFalse(rhs.isBlank(), surface.id());
        if (surface.dimension() == 1) {
            assertTrue(rhs.contains("w"), () -> surface.id() + " never mentions w: " + latex);
        } else {
            // Rastrigin and Styblinski–Tang are written as sums over x_i, as SPEC §2 writes them.
            assertTrue(rhs.contains("x"), () -> surface.id() + " never mentions x: " + latex);
            assertTrue(rhs.contains("y") || rhs.contains("x_i"), () -> surface.id() + " never mentions y: " + latex);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void everyBuiltInSuggestsARateForEachRunOfTheDefaultRace(Surface surface) {
        for (String optimizer : List.of("sgd", "momentum", "adam")) {
            double lr = surface.suggestedLearningRate(optimizer);
            assertTrue(lr > 0 && lr <= 100, () -> surface.id() + ": " + optimizer + " rate " + lr);
        }
        assertTrue(Double.isNaN(surface.suggestedLearningRate("no-such-optimizer")), surface.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void accessorsHandOutCopies(Surface surface) {
        surface.view()[0] = 1234;
        surface.defaultStart()[0] = 1234;
        for (Minimum m : surface.minima()) {
            m.point()[0] = 1234;
        }
        assertTrue(surface.view()[0] != 1234, surface.id());
        assertTrue(surface.defaultStart()[0] != 1234, surface.id());
        for (Minimum m : surface.minima()) {
            assertTrue(m.point()[0] != 1234, surface.id());
        }
    }

    @Test
    void ackleyGradientAtTheOriginIsZero() {
        Surface ackley = Surfaces.byId("ackley").orElseThrow();
        double[] gradient = {Double.NaN, Double.NaN};
        double value = ackley.valueAndGradient(new double[] {0, 0}, gradient);
        // SPEC §2: take ∇J(0, 0) = 0 (either sign of zero), not NaN from 0/0.
        assertTrue(gradient[0] == 0 && gradient[1] == 0, Arrays.toString(gradient));
        assertEquals(0.0, value, 1e-12);
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
