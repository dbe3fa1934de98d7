package org.optimizerplayground.engine.run;

import java.util.SplittableRandom;

/**
 * Standard normal numbers from a seeded {@link SplittableRandom}, by Marsaglia's polar method
 * computed with {@link StrictMath}, so a noisy trajectory replays bit for bit from its link on
 * any machine (the JDK's own {@code nextGaussian} may use {@code Math}).
 */
public final class GaussianNoise {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    GaussianNoise(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The first {@code count} numbers of the sequence for {@code seed}: what a run of a noisy
     * experiment adds, times σ, to its gradients, component after component, update after update
     * (every run of the experiment draws the same sequence). The code export writes them out.
     */
    public static double[] draws(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        GaussianNoise noise = new GaussianNoise(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = noise.next();
        }
        return out;
    }

    /** The next N(0, 1) number. */
    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * factor;
        hasSpare = true;
        return u * factor;
    }
}
