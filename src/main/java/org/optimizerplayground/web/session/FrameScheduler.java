package org.optimizerplayground.web.session;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The one scheduler every playing session shares (no thread per tab). Each playing session has
 * one periodic task here; pausing or closing the tab cancels it, and cancelled tasks leave the
 * queue at once, so {@link #scheduledTasks()} counts exactly the sessions that are playing.
 */
@Component
public class FrameScheduler {
    /** 30 frames per second: smooth to watch, light enough for a lecture hall. */
    public static final long FRAME_MILLIS = 33;

    private final ScheduledThreadPoolExecutor executor;

    public FrameScheduler() {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "frame-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code task} every frame until the returned future is cancelled. */
    public ScheduledFuture<?> everyFrame(Runnable task) {
        return executor.scheduleAtFixedRate(task, 0, FRAME_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Tasks currently scheduled, i.e. sessions that are playing. */
    public int scheduledTasks() {
        return executor.getQueue().size();
    }

    /**
     * On shutdown (after the web server has stopped and closed the tabs' sessions): no new frame
     * starts, the one running may finish for up to a second, then the thread is interrupted.
     */
    @PreDestroy
    public void shutdown() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    /** Whether {@link #shutdown} has run and the scheduler's thread has ended. */
    public boolean stopped() {
        return executor.isTerminated();
    }
}
