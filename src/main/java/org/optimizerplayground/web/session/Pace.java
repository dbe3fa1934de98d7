package org.optimizerplayground.web.session;

/**
 * How many updates a tab's tick may apply at a speed of so many updates per second: the time
 * since the last tick (1/30 s for the first, at most 0.25 s, so a stalled tab does not catch up
 * in one burst) times the speed, in whole updates, the fraction carried to the next tick; at most
 * a fixed number per tick. The surfaces' sessions and the network page's share it.
 *
 * <p>Not thread-safe: one pace per tab, used under its lock.
 */
public final class Pace {
    private final int maxPerTick;
    /** Updates owed but not applied yet (a fraction, or what the cap held back). */
    private double owed;
    private long lastTickNanos = -1;

    /** @param maxPerTick the most updates one tick may apply */
    public Pace(int maxPerTick) {
        if (maxPerTick < 1) {
            throw new IllegalArgumentException("maxPerTick must be at least 1, got " + maxPerTick);
        }
        this.maxPerTick = maxPerTick;
    }

    /**
     * The updates this tick may apply at {@code speed} updates per second.
     *
     * @param nowNanos a monotonic clock reading ({@link System#nanoTime()})
     */
    public int updates(int speed, long nowNanos) {
        double elapsed = lastTickNanos < 0 ? 1.0 / 30 : (nowNanos - lastTickNanos) / 1e9;
        lastTickNanos = nowNanos;
        owed += speed * Math.min(elapsed, 0.25);
        int updates = (int) Math.min(Math.floor(owed), maxPerTick);
        owed -= updates;
        return updates;
    }

    /** The next tick counts as a first one (play was pressed): the time spent paused is not owed. */
    public void resume() {
        lastTickNanos = -1;
    }

    /** As {@link #resume}, with nothing carried over (a new start, or a new speed). */
    public void restart() {
        owed = 0;
        lastTickNanos = -1;
    }
}
