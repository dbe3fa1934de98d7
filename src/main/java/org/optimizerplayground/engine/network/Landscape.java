package org.optimizerplayground.engine.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A 2-D slice of the training cost through the common start θ₀ along two directions d₁, d₂
 * shared by every run (issue 12, item 4):
 * <pre>
 *   L(a, b) = J(θ₀ + a·d₁ + b·d₂),   J(θ) = (1/m) Σ ℓ(z_i, t_i) + (λ/2)‖W‖²
 * </pre>
 * over the m training points (the cost the optimizers minimise: the training loss plus the L2
 * penalty). A point θ of a path is shown at its projection (a, b): the least-squares
 * coordinates of θ − θ₀ in the plane, the solution of the 2 × 2 system
 * [d₁·d₁ d₁·d₂; d₂·d₁ d₂·d₂](a, b) = (d₁·(θ − θ₀), d₂·(θ − θ₀)); a point off the plane is shown
 * where its foot lies, so its true cost may differ from L there.
 *
 * <ul>
 *   <li>{@link Directions#PCA}: d₁, d₂ are the top two principal directions of all runs' paths
 *       together: the eigenvectors of the two largest eigenvalues of C = Σ (θ_k − θ₀)(θ_k − θ₀)ᵀ
 *       over every finite written point of every run (uncentred: the plane through θ₀ closest
 *       to the paths in least squares), found by cyclic Jacobi rotations (up to 48 parameters)
 *       or by subspace iteration with Rayleigh–Ritz (more); each is a unit vector
 *       whose component of largest magnitude is positive. Orthonormal, so (a, b) are plain dot
 *       products.</li>
 *   <li>{@link Directions#RANDOM}: filter-normalised random directions (Li et al. 2018, "Visualizing
 *       the Loss Landscape of Neural Nets"): for each layer, each row of W (the weights into one
 *       unit, the "filter" of a Linear layer) gets a Gaussian row g scaled to the norm of that
 *       row of W₀: d = g·‖W₀,row‖/‖g‖; the biases' components are 0. The Gaussians (Marsaglia's
 *       polar method) come from {@code new SplittableRandom(s)}, s the fourth {@code nextLong()}
 *       of {@code new SplittableRandom(seed)} (after the data, init and order seeds of
 *       {@link NetworkSeeds}): all of d₁ in flat-vector order, then d₂.</li>
 * </ul>
 *
 * <p>The window and grid nodes around the projected paths: {@link LandscapeWindow}.
 */
public final class Landscape {
    /** Largest grid (nodes per axis). */
    public static final int MAX_GRID = 81;
    /** Grid when none is asked for. */
    public static final int DEFAULT_GRID = 41;

    /** How the two directions are chosen. */
    public enum Directions {
        PCA("pca"), RANDOM("random");

        private final String id;

        Directions(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Directions> byId(String id) {
            return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
        }
    }

    private final double[] origin;
    private final double[] d1;
    private final double[] d2;
    private final double g11;
    private final double g12;
    private final double g22;
    private final double det;
    private final double[] explained;

    private Landscape(double[] origin, double[] d1, double[] d2, double[] explained) {
        this.origin = origin.clone();
        this.d1 = d1;
        this.d2 = d2;
        this.g11 = TopEigenvectors.dot(d1, d1);
        this.g12 = TopEigenvectors.dot(d1, d2);
        this.g22 = TopEigenvectors.dot(d2, d2);
        this.det = g11 * g22 - g12 * g12;
        if (!(det > 1e-12 * g11 * g22) || !Double.isFinite(det)) {
            throw new IllegalArgumentException("the two directions do not span a plane (the network has fewer than"
                    + " two weights to move along)");
        }
        this.explained = explained;
    }

    /** Two given directions through {@code origin} (copied). */
    public static Landscape of(double[] origin, double[] d1, double[] d2) {
        return new Landscape(origin, d1.clone(), d2.clone(), null);
    }

    /** The top two principal directions of {@code points} − {@code origin} (non-finite points skipped). */
    public static Landscape pca(double[] origin, List<double[]> points) {
        int p = origin.length;
        if (p < 2) {
            throw new IllegalArgumentException("a landscape needs at least two parameters, got " + p);
        }
        double[][] c = new double[p][p];
        double[] v = new double[p];
        for (double[] theta : points) {
            if (!finite(theta)) {
                continue;
            }
            for (int i = 0; i < p; i++) {
                v[i] = theta[i] - origin[i];
            }
            for (int i = 0; i < p; i++) {
                double vi = v[i];
                if (vi == 0) {
                    continue;
                }
                double[] row = c[i];
                for (int j = i; j < p; j++) {
                    row[j] += vi * v[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                c[i][j] = c[j][i];
            }
        }
        double total = 0;
        for (int i = 0; i < p; i++) {
            total += c[i][i];
        }
        double[][] pair = TopEigenvectors.of(c);
        double[] explained = total > 0 ? new double[] {Math.max(pair[2][0], 0) / total,
                Math.max(pair[2][1], 0) / total} : new double[] {0, 0};
        return new Landscape(origin, pair[0], pair[1], explained);
    }

    /** Filter-normalised random directions of {@code architecture} at {@code origin}, from the link's seed. */
    public static Landscape random(Architecture architecture, double[] origin, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.nextLong();
        root.nextLong();
        root.nextLong();
        SplittableRandom random = new SplittableRandom(root.nextLong());
        double[] first = filterNormalised(architecture, origin, random);
        double[] second = filterNormalised(architecture, origin, random);
        return new Landscape(origin, first, second, null);
    }

    private static double[] filterNormalised(Architecture a, double[] origin, SplittableRandom random) {
        double[] d = new double[origin.length];
        for (int l = 0; l < a.layerCount(); l++) {
            int in = a.width(l);
            int out = a.width(l + 1);
            int w = a.weightOffset(l);
            for (int j = 0; j < out; j++) {
                int row = w + j * in;
                double gNorm = 0;
                double wNorm = 0;
                for (int i = 0; i < in; i++) {
                    double g = DataShape.normal(random);
                    d[row + i] = g;
                    gNorm += g * g;
                    wNorm += origin[row + i] * origin[row + i];
                }
                double scale = gNorm > 0 ? StrictMath.sqrt(wNorm) / StrictMath.sqrt(gNorm) : 0;
                for (int i = 0; i < in; i++) {
                    d[row + i] *= scale;
                }
            }
        }
        return d;
    }

    /** θ₀. */
    public double[] origin() {
        return origin.clone();
    }

    /** d₁. */
    public double[] first() {
        return d1.clone();
    }

    /** d₂. */
    public double[] second() {
        return d2.clone();
    }

    /** For PCA, the shares λ₁/Σλ and λ₂/Σλ of the paths' squared distance from θ₀ that the plane holds; else empty. */
    public Optional<double[]> explained() {
        return Optional.ofNullable(explained).map(double[]::clone);
    }

    /** The coordinates (a, b) of θ's projection; (NaN, NaN) for a non-finite θ. */
    public double[] project(double[] theta) {
        if (!finite(theta)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double r1 = 0;
        double r2 = 0;
        for (int i = 0; i < theta.length; i++) {
            double v = theta[i] - origin[i];
            r1 += d1[i] * v;
            r2 += d2[i] * v;
        }
        return new double[] {(g22 * r1 - g12 * r2) / det, (g11 * r2 - g12 * r1) / det};
    }

    /** θ₀ + a·d₁ + b·d₂, written into {@code into}. */
    public double[] point(double a, double b, double[] into) {
        for (int i = 0; i < origin.length; i++) {
            into[i] = origin[i] + a * d1[i] + b * d2[i];
        }
        return into;
    }

    /** J(θ₀ + a·d₁ + b·d₂) on {@code train} with {@code mlp} (not thread-safe: one Mlp per thread). */
    public double cost(Mlp mlp, Inputs train, double a, double b) {
        double[] theta = point(a, b, new double[origin.length]);
        return mlp.evaluate(theta, train) + mlp.penalty(theta);
    }

    /**
     * The cost at every node: {@code result[i][j]} = L(a_j, b_i), rows by b ascending. Each row
     * is an independent task on {@code pool} (null: the calling thread); no number depends on
     * the scheduling.
     */
    public double[][] grid(Architecture architecture, Inputs train, double[] a, double[] b, ForkJoinPool pool) {
        double[][] result = new double[b.length][a.length];
        Runnable all = () -> IntStream.range(0, b.length).parallel().forEach(i -> row(architecture, train, a, b[i],
                result[i]));
        if (pool == null) {
            Mlp mlp = new Mlp(architecture);
            double[] theta = new double[origin.length];
            for (int i = 0; i < b.length; i++) {
                row(mlp, theta, train, a, b[i], result[i]);
            }
            return result;
        }
        try {
            pool.submit(all).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return result;
    }

    private void row(Architecture architecture, Inputs train, double[] a, double bi, double[] out) {
        row(new Mlp(architecture), new double[origin.length], train, a, bi, out);
    }

    private void row(Mlp mlp, double[] theta, Inputs train, double[] a, double bi, double[] out) {
        for (int j = 0; j < a.length; j++) {
            point(a[j], bi, theta);
            out[j] = mlp.evaluate(theta, train) + mlp.penalty(theta);
        }
    }

    private static boolean finite(double[] theta) {
        for (double t : theta) {
            if (!Double.isFinite(t)) {
                return false;
            }
        }
        return true;
    }
}
