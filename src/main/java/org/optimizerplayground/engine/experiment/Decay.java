package org.optimizerplayground.engine.experiment;

import org.optimizerplayground.engine.schedule.ExponentialDecay;
import org.optimizerplayground.engine.schedule.Schedule;

/**
 * The learning-rate decay of a run (SPEC §4): rate r, every n updates, floored or smooth.
 * Checked when built: r ∈ (0, 1], n ∈ [1, 1e9].
 */
public record Decay(double rate, long steps, boolean staircase) {
    /** The lecture's n, used when a link gives {@code decay} without {@code decay_steps}. */
    public static final long DEFAULT_STEPS = 100;

    public Decay {
        new ExponentialDecay(1, rate, steps, staircase); // one place checks the ranges
    }

    /** The schedule that starts from {@code lr}. */
    public Schedule schedule(double lr) {
        return new ExponentialDecay(lr, rate, steps, staircase);
    }
}
