package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A frame takes the tab's lock itself instead of going through {@code ui.access}: it runs under
 * the lock with the tab as the current UI, work other threads queue meanwhile runs right after it,
 * and a failure goes to the session's error handler as it would through {@code ui.access}.
 */
@SpringBootTest
class UiTabAccessTest extends BrowserlessTab {

    /** Runs {@code frame} through {@link UiTabAccess} on a frame thread, as the scheduler does. */
    private static void frameThread(UI ui, Runnable frame) throws InterruptedException {
        VaadinSession session = ui.getSession();
        session.unlock(); // the test's thread holds the lock of a browserless tab: let go, as a server's would
        try {
            Thread t = new Thread(() -> new UiTabAccess(ui).access(frame), "frame-test");
            t.start();
            t.join(10_000);
        } finally {
            session.lock();
        }
    }

    @Test
    void aFrameRunsUnderTheLockAndWhatAnotherThreadQueuedMeanwhileRunsRightAfterIt() throws InterruptedException {
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        List<String> events = new CopyOnWriteArrayList<>();
        frameThread(ui, () -> {
            events.add("frame: lock held " + session.hasLock() + ", current UI " + (UI.getCurrent() == ui));
            Thread other = new Thread(() -> ui.access(() -> events.add("queued by another thread")));
            other.start();
            try {
                other.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add("frame ends");
        });
        assertThat(events).containsExactly("frame: lock held true, current UI true", "frame ends",
                "queued by another thread");
        assertThat(session.getPendingAccessQueue()).isEmpty();
    }

    @Test
    void aFrameThatFailsGoesToTheSessionsErrorHandlerAndLetsTheLockGo() throws InterruptedException {
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        List<String> errors = new CopyOnWriteArrayList<>();
        session.setErrorHandler(e -> errors.add(e.getThrowable().getMessage()));
        frameThread(ui, () -> {
            throw new IllegalStateException("a chart could not be drawn");
        });
        assertThat(errors).containsExactly("a chart could not be drawn");
        assertThat(((java.util.concurrent.locks.ReentrantLock) session.getLockInstance()).isLocked())
                .as("only the test's own hold").isTrue();
        assertThat(((java.util.concurrent.locks.ReentrantLock) session.getLockInstance()).getHoldCount()).isEqualTo(1);
    }
}
