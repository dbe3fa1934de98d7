package org.optimizerplayground.engine.schedule;

import org.optimizerplayground.engine.util.Check;

/**
 * The lecture's learning-rate decay and Keras's {@code ExponentialDecay}:
 * <pre>
 *   α = α₀ · r^⌊step/n⌋      (staircase, the default)
 *   α = α₀ · r^(step/n)      (staircase = false)
 * </pre>
 * where step counts the updates already applied (SPEC §4: update k uses step = k − 1).
 */
public record ExponentialDecay(double initial, double rate, long decaySteps, boolean staircase) implements Schedule {
    /** Largest {@code decay_steps} accepted. */
    public static final long MAX_DECAY_STEPS = 1_000_000_000L;

    public ExponentialDecay {
        Check.openClosed("decay", rate, 0, 1);
        Check.closed("decay_steps", decaySteps, 1, MAX_DECAY_STEPS);
    }

    @Override
    public double at(long step) {
        double exponent = staircase ? (double) (step / decaySteps) : (double) step / decaySteps;
        return initial * StrictMath.pow(rate, exponent);
    }
}
