package org.optimizerplayground.web.session;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Connects a {@link SimulationSession} to the shared {@link FrameScheduler} and to its tab: while
 * the session plays, each frame runs {@link SimulationSession#tick} and then the tab's
 * {@code onFrame} callback, both under the tab's lock (through {@link TabAccess}). A frame that
 * is still waiting for the lock when the next one is due is not queued again: the next frame
 * simply carries more points, so a slow browser never builds a backlog. A tab whose push
 * connection is down gets no frames at all (see {@link TabAccess#connected}).
 */
public final class SessionDriver {
    /** How work gets under the tab's lock: {@code ui::access} in the page. */
    @FunctionalInterface
    public interface TabAccess {
        /** Runs {@code command} under the lock, now or soon; throws when the tab is gone. */
        void access(Runnable command);

        /**
         * Whether the tab's push connection is up (asked under the lock). While it is down —
         * a dropped socket, a laptop closed — frames would only pile up in the server's memory
         * until the browser reconnects or the session expires, so none is made.
         */
        default boolean connected() {
            return true;
        }
    }

    /** What a frame does once the session has ticked; false if it held the frame back (nothing sent). */
    @FunctionalInterface
    public interface FrameSink {
        boolean frame();
    }

    private final SimulationSession session;
    private final FrameScheduler scheduler;
    private final SessionRegistry registry;
    private final TabAccess tab;
    private final FrameSink onFrame;
    /** A frame was held back: keep ticking until one goes out, even if the session has ended. */
    private boolean owed;
    private final AtomicBoolean framePending = new AtomicBoolean();
    /** When the last frame was made (System.nanoTime), to skip catch-up frames; 0 before the first. */
    private volatile long lastFrameNanos;
    private volatile ScheduledFuture<?> task; // read by the metrics' thread too
    private boolean closed;
    private long updatesReported;
    /** The failure of a frame that ran in the scheduler's thread and was counted there. */
    private RuntimeException countedFailure;

    public SessionDriver(SimulationSession session, FrameScheduler scheduler, SessionRegistry registry,
                         TabAccess tab, Runnable onFrame) {
        this(session, scheduler, registry, tab, () -> {
            onFrame.run();
            return true;
        });
    }

    /**
     * A driver whose frames may be held back ({@code onFrame} returns false, e.g. while the tab's
     * frame socket has a frame in flight): the session keeps stepping, and the driver keeps its
     * task until a frame has gone out after the session's last tick, so the last points arrive.
     */
    public SessionDriver(SimulationSession session, FrameScheduler scheduler, SessionRegistry registry,
                         TabAccess tab, FrameSink onFrame) {
        this.session = session;
        this.scheduler = scheduler;
        this.registry = registry;
        this.tab = tab;
        this.onFrame = onFrame;
        registry.add(this);
    }

    /** The session this driver plays. */
    public SimulationSession session() {
        return session;
    }

    /**
     * Starts or stops the periodic frames to match the session's state. Call after every
     * change (play, pause, a new experiment…), under the tab's lock.
     */
    public void sync() {
        reportUpdates();
        boolean ticking = task != null;
        boolean wanted = session.needsTicks() || owed;
        if (wanted && !ticking && !closed) {
            task = scheduler.everyFrame(this::frame);
        } else if (!wanted && ticking) {
            task.cancel(false);
            task = null;
        }
    }

    /** Whether a periodic task is scheduled for this tab. */
    public boolean ticking() {
        return task != null;
    }

    /** The tab closed or detached: stop for good and free everything. */
    public void close() {
        closed = true;
        reportUpdates();
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        registry.remove(this);
    }

    private void reportUpdates() {
        long computed = session.updatesComputed();
        if (computed != updatesReported) {
            registry.events().updatesComputed(computed - updatesReported);
            updatesReported = computed;
        }
    }

    /** One frame (what the scheduler runs; package-private for tests). */
    void frame() {
        if (lastFrameNanos != 0 && System.nanoTime() - lastFrameNanos < FrameScheduler.FRAME_MILLIS * 500_000L) {
            return; // the scheduler catching up after a late frame: the next one carries the points
        }
        if (!framePending.compareAndSet(false, true)) {
            return; // the previous frame has not been delivered yet: coalesce
        }
        try {
            tab.access(() -> {
                try {
                    if (!tab.connected()) {
                        return; // the run waits where it is; it goes on when the browser is back
                    }
                    long now = System.nanoTime();
                    lastFrameNanos = now;
                    session.tick(now);
                    owed = !onFrame.frame();
                    if (!owed) {
                        registry.events().framePushed();
                    }
                    sync();
                } catch (RuntimeException renderFailed) {
                    registry.events().frameFailed(renderFailed);
                    countedFailure = renderFailed;
                    throw renderFailed;
                } finally {
                    framePending.set(false);
                }
            });
        } catch (RuntimeException tabGone) { // refused, or the push after the frame failed
            if (tabGone != countedFailure) {
                registry.events().frameFailed(tabGone);
            }
            framePending.set(false);
            close();
        }
    }
}
