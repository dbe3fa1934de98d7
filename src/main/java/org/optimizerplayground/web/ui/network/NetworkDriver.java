package org.optimizerplayground.web.ui.network;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionDriver;

/**
 * Plays a {@link NetworkSession} on the shared {@link FrameScheduler}, as {@code SessionDriver}
 * plays a surface session: while the session needs ticks, each frame runs {@code tick} and then
 * {@code onFrame} under the tab's lock; a frame still waiting for the lock when the next is due
 * is not queued again (the next one carries more points); a tab whose push is down gets none;
 * a tab that refuses the access is gone and the driver closes.
 */
final class NetworkDriver {
    private final NetworkSession session;
    private final FrameScheduler scheduler;
    private final SessionDriver.TabAccess tab;
    private final Runnable onFrame;
    private final NetworkSessions sessions;
    private long updatesReported;
    private final AtomicBoolean framePending = new AtomicBoolean();
    private volatile ScheduledFuture<?> task;
    private boolean closed;

    NetworkDriver(NetworkSession session, FrameScheduler scheduler, NetworkSessions sessions,
                  SessionDriver.TabAccess tab, Runnable onFrame) {
        this.session = session;
        this.scheduler = scheduler;
        this.sessions = sessions;
        this.tab = tab;
        this.onFrame = onFrame;
        sessions.add(this);
    }

    /** Starts or stops the frames to match the session; call under the tab's lock after every change. */
    void sync() {
        report();
        boolean ticking = task != null;
        if (session.needsTicks() && !ticking && !closed) {
            task = scheduler.everyFrame(this::frame);
        } else if (!session.needsTicks() && ticking) {
            task.cancel(false);
            task = null;
        }
    }

    boolean ticking() {
        return task != null;
    }

    /** The tab closed: no more frames. */
    void close() {
        closed = true;
        sessions.remove(this);
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** Tells the listener of the updates computed since the last report. */
    private void report() {
        long computed = session.updatesComputed();
        if (computed > updatesReported) {
            sessions.events().updatesComputed(computed - updatesReported);
            updatesReported = computed;
        }
    }

    /** One frame (what the scheduler runs). */
    void frame() {
        if (!framePending.compareAndSet(false, true)) {
            return;
        }
        try {
            tab.access(() -> {
                try {
                    if (!tab.connected() || closed) {
                        return;
                    }
                    session.tick(System.nanoTime());
                    onFrame.run();
                    sessions.events().framePushed();
                    sync();
                } finally {
                    framePending.set(false);
                }
            });
        } catch (RuntimeException tabGone) {
            framePending.set(false);
            sessions.events().frameFailed(tabGone);
            close();
        }
    }
}
