package org.optimizerplayground.web.ops;

import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The rate of a growing count, per second, for a gauge that a person reads on
 * {@code /actuator/metrics} (a scraper such as Prometheus computes rates from the counters
 * themselves). Each reading gives the average since the previous reading; readings closer than
 * {@link #MIN_WINDOW_NANOS} apart repeat the last figure rather than divide by a tiny interval.
 * The first reading is 0. Thread-safe.
 */
final class RatePerSecond {
    static final long MIN_WINDOW_NANOS = 1_000_000_000L;

    private final DoubleSupplier count;
    private final LongSupplier clock;
    private double lastCount;
    private long lastNanos;
    private double rate;

    /**
     * @param count the count, never decreasing
     * @param clock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    RatePerSecond(DoubleSupplier count, LongSupplier clock) {
        this.count = count;
        this.clock = clock;
        this.lastCount = count.getAsDouble();
        this.lastNanos = clock.getAsLong();
    }

    /** Per second since the previous reading (at least one second ago), or the previous figure. */
    synchronized double perSecond() {
        long now = clock.getAsLong();
        long elapsed = now - lastNanos;
        if (elapsed >= MIN_WINDOW_NANOS) {
            double c = count.getAsDouble();
            rate = (c - lastCount) * 1e9 / elapsed;
            lastCount = c;
            lastNanos = now;
        }
        return rate;
    }
}
