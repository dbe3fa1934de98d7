package org.optimizerplayground.engine.network;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * TensorFlow Playground's four two-class data sets ({@code dataset.ts}), drawn from a seeded
 * {@link SplittableRandom} in place of {@code Math.random()}, in the same order of draws.
 *
 * <p>Notation: u(a, b) = a + (b − a)·U with U the next {@link SplittableRandom#nextDouble()};
 * ν ∈ [0, 0.5] is the noise (TensorFlow Playground's "noise" slider 0 … 50 %, divided by 100);
 * n₁ = ⌈n/2⌉ points are drawn for class 1 (TensorFlow Playground's +1) first, then
 * n₀ = n − n₁ for class 0 (its −1), except for {@link #XOR}, which draws all n alike and labels
 * them afterwards. Labels are 1 and 0 (TensorFlow Playground's +1 and −1).
 */
public enum DataShape {
    /**
     * Circle: R = 5. Class-1 candidates: r = u(0, R/2), φ = u(0, 2π); class-0 candidates:
     * r = u(0.7R, R), φ = u(0, 2π); the point is (r·sin φ, r·cos φ). Then
     * ε_x = ν·u(−R, R), ε_y = ν·u(−R, R), and the label is 1 when
     * ‖(x + ε_x, y + ε_y)‖ &lt; R/2, else 0: noise flips labels near the boundary and moves no
     * point. Draw order per point: r, φ, ε_x, ε_y.
     */
    CIRCLE("circle") {
        @Override
        void draw(int n, double noise, SplittableRandom random, double[] x, double[] y, int[] label) {
            double radius = 5;
            int n1 = (n + 1) / 2;
            for (int i = 0; i < n; i++) {
                double r = i < n1 ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
                double angle = uniform(random, 0, 2 * Math.PI);
                x[i] = r * StrictMath.sin(angle);
                y[i] = r * StrictMath.cos(angle);
                double ex = uniform(random, -radius, radius) * noise;
                double ey = uniform(random, -radius, radius) * noise;
                double nx = x[i] + ex;
                double ny = y[i] + ey;
                label[i] = StrictMath.sqrt(nx * nx + ny * ny) < radius * 0.5 ? 1 : 0;
            }
        }
    },
    /**
     * Exclusive or: x = u(−5, 5), then x ← x + 0.3 if x &gt; 0 else x − 0.3 (a gap along the
     * axes); y likewise; ε_x = ν·u(−5, 5), ε_y = ν·u(−5, 5); the label is 1 when
     * (x + ε_x)(y + ε_y) ≥ 0, else 0. Draw order per point: x, y, ε_x, ε_y.
     */
    XOR("xor") {
        @Override
        void draw(int n, double noise, SplittableRandom random, double[] x, double[] y, int[] label) {
            double padding = 0.3;
            for (int i = 0; i < n; i++) {
                double px = uniform(random, -5, 5);
                px += px > 0 ? padding : -padding;
                double py = uniform(random, -5, 5);
                py += py > 0 ? padding : -padding;
                double ex = uniform(random, -5, 5) * noise;
                double ey = uniform(random, -5, 5) * noise;
                x[i] = px;
                y[i] = py;
                label[i] = (px + ex) * (py + ey) >= 0 ? 1 : 0;
            }
        }
    },
    /**
     * Two Gaussians: class 1 around (2, 2), class 0 around (−2, −2), each coordinate
     * centre + √v·N with variance v = 0.5 + 7ν (d3's linear map of ν ∈ [0, 0.5] onto
     * [0.5, 4]). N is Marsaglia's polar method as TensorFlow Playground writes it:
     * v₁ = u(−1, 1), v₂ = u(−1, 1), s = v₁² + v₂², drawn again while s &gt; 1 (or s = 0), then
     * N = v₁·√(−2 ln s / s) (v₂'s twin is discarded). x is drawn before y.
     */
    GAUSS("gauss") {
        @Override
        void draw(int n, double noise, SplittableRandom random, double[] x, double[] y, int[] label) {
            double sd = StrictMath.sqrt(0.5 + 7 * noise);
            int n1 = (n + 1) / 2;
            for (int i = 0; i < n; i++) {
                double c = i < n1 ? 2 : -2;
                x[i] = c + sd * normal(random);
                y[i] = c + sd * normal(random);
                label[i] = i < n1 ? 1 : 0;
            }
        }
    },
    /**
     * Two spirals: h = n/2; for i = 0, 1, … of each class, r = 5i/h, t = 1.75·2π·i/h + δ with
     * δ = 0 for class 1 and δ = π for class 0; the point is
     * (r·sin t + ν·u(−1, 1), r·cos t + ν·u(−1, 1)) (the two draws are made even when ν = 0).
     */
    SPIRAL("spiral") {
        @Override
        void draw(int n, double noise, SplittableRandom random, double[] x, double[] y, int[] label) {
            double h = n / 2.0;
            int n1 = (n + 1) / 2;
            for (int p = 0; p < n; p++) {
                boolean first = p < n1;
                int i = first ? p : p - n1;
                double r = i / h * 5;
                double t = 1.75 * i / h * 2 * Math.PI + (first ? 0 : Math.PI);
                x[p] = r * StrictMath.sin(t) + uniform(random, -1, 1) * noise;
                y[p] = r * StrictMath.cos(t) + uniform(random, -1, 1) * noise;
                label[p] = first ? 1 : 0;
            }
        }
    };

    private final String id;

    DataShape(String id) {
        this.id = id;
    }

    /** The link value ({@code circle}). */
    public String id() {
        return id;
    }

    /** The shape with this id, if there is one. */
    public static Optional<DataShape> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** Fills the n points in drawing order (before any shuffle). */
    abstract void draw(int n, double noise, SplittableRandom random, double[] x, double[] y, int[] label);

    /** TensorFlow Playground's {@code randUniform(a, b)}: a + (b − a)·U. */
    static double uniform(SplittableRandom random, double a, double b) {
        return a + (b - a) * random.nextDouble();
    }

    /** TensorFlow Playground's {@code normalRandom(0, 1)} with {@link StrictMath}. */
    static double normal(SplittableRandom random) {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * random.nextDouble() - 1;
            v2 = 2 * random.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        return StrictMath.sqrt(-2 * StrictMath.log(s) / s) * v1;
    }
}
