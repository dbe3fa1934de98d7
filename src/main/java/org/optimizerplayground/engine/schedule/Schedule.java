package org.optimizerplayground.engine.schedule;

/**
 * A learning-rate schedule: α as a plain function of how many updates were already applied
 * (0 for the first update), as Keras's schedules and Optax's are.
 */
@FunctionalInterface
public interface Schedule {
    /** α for the update that follows {@code step} earlier updates. */
    double at(long step);

    /** The same α for every update. */
    static Schedule constant(double lr) {
        return step -> lr;
    }
}
