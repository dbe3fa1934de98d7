package org.optimizerplayground.engine.network;

import java.util.Objects;
import java.util.SplittableRandom;
import org.optimizerplayground.engine.util.Check;

/**
 * Which data set to draw: the shape, the number of points n ∈ [2, 2000], the noise
 * ν ∈ [0, 0.5] (see {@link DataShape}), and the share of points held out for testing
 * ∈ [0, 0.9]. The random stream comes from outside (the data stream of {@link NetworkSeeds}).
 *
 * <p>{@link #generate} draws the n points with {@link DataShape#draw}, shuffles them as
 * TensorFlow Playground does (for c = n, n − 1, …, 1: j = ⌊U·c⌋, swap points c − 1 and j, with
 * the same random stream continuing), then keeps the first n − round(n·test) points for training
 * and the rest for testing (round half up; TensorFlow Playground's "ratio of training to test
 * data" is 1 − test).
 */
public record DataSpec(DataShape shape, int n, double noise, double testShare) {
    /** Most points accepted. */
    public static final int MAX_POINTS = 2000;
    /** Largest test share accepted: at least a tenth of the points is left to train on. */
    public static final double MAX_TEST_SHARE = 0.9;
    /** Largest noise: TensorFlow Playground's slider ends at 50 %. */
    public static final double MAX_NOISE = 0.5;

    public DataSpec {
        Objects.requireNonNull(shape, "data");
        Check.closed("n", n, 2, MAX_POINTS);
        Check.closed("noise", noise, 0, MAX_NOISE);
        Check.closed("test", testShare, 0, MAX_TEST_SHARE);
        if (n - (int) StrictMath.floor(n * testShare + 0.5) < 1) {
            throw new IllegalArgumentException("test = " + testShare + " leaves no training point of n = " + n);
        }
    }

    /** The number of held-out points, round(n·test). */
    public int testCount() {
        return (int) StrictMath.floor(n * testShare + 0.5);
    }

    /** The number of training points, n − round(n·test) (at least 1). */
    public int trainCount() {
        return n - testCount();
    }

    /** Draws the points from {@code random}, which it advances. */
    public DataSplit generate(SplittableRandom random) {
        double[] x = new double[n];
        double[] y = new double[n];
        int[] label = new int[n];
        shape.draw(n, noise, random, x, y, label);
        for (int c = n; c > 0; ) {
            int j = (int) StrictMath.floor(random.nextDouble() * c);
            c--;
            swap(x, c, j);
            swap(y, c, j);
            int t = label[c];
            label[c] = label[j];
            label[j] = t;
        }
        Points all = new Points(x, y, label);
        int train = trainCount();
        return new DataSplit(all.slice(0, train), all.slice(train, n));
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
