package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.locks.Lock;
import org.optimizerplayground.web.session.SessionDriver;

/**
 * A browser tab as the session drivers of both pages reach it: its UI's lock and its push connection.
 *
 * <p>A frame runs under the tab's lock, but not through {@code ui.access}: most frames change
 * nothing Vaadin shows (their points and chips go over the frame socket), and {@code ui.access}
 * costs every one of them a queued task, Vaadin's thread-locals set and reset twice, and
 * {@code UI.push}'s check for changes, which walks every call still parked on a hidden element.
 * Here the frame takes the session's lock itself and pushes only when it changed the state tree
 * (a node, or a call waiting to be written). Whatever other threads queued with {@code ui.access}
 * meanwhile runs as soon as the lock is let go, through Vaadin's own unlock, which pushes every
 * tab of the session it changed. When the lock is
 * taken (a request of the tab is being handled) or held by this thread already (browserless
 * tests), the frame goes the usual way, through {@code ui.access}.
 */
public record UiTabAccess(UI ui) implements SessionDriver.TabAccess {
    @Override
    public void access(Runnable command) {
        VaadinSession session = ui.getSession();
        if (session == null) {
            throw new UIDetachedException();
        }
        Lock lock = session.getLockInstance();
        if (session.hasLock() || !lock.tryLock()) {
            ui.access(command::run);
            return;
        }
        var before = CurrentInstance.setCurrent(ui);
        try {
            if (ui.getSession() != session) {
                throw new UIDetachedException();
            }
            run(session, command);
            pushChanges();
        } finally {
            CurrentInstance.restoreInstances(before);
            lock.unlock();
        }
        if (!session.getPendingAccessQueue().isEmpty()) {
            session.getService().ensureAccessQueuePurged(session); // queued while this frame held the lock
        }
    }

    /**
     * Writes this frame's changes of the tab, if any (what {@code UI.push} does, less running the
     * queued tasks, which may change other tabs of the session: they run after the unlock).
     */
    private void pushChanges() {
        var internals = ui.getInternals();
        var tree = internals.getStateTree();
        var push = internals.getPushConnection();
        if (push != null && ui.getPushConfiguration().getPushMode().isEnabled() && tree.isDirty()
                && !tree.isPreparingForResync()) {
            push.push();
        }
    }

    /** Runs the command; a failure goes to the session's error handler, as with {@code ui.access}. */
    private static void run(VaadinSession session, Runnable command) {
        try {
            command.run();
        } catch (RuntimeException failed) {
            session.getErrorHandler().error(new ErrorEvent(failed));
        }
    }

    @Override
    public boolean connected() {
        var push = ui.getInternals().getPushConnection();
        return push == null || push.isConnected();
    }
}
