package org.optimizerplayground.web.session;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The one scheduler every playing session shares (no thread per tab): one thread per core, since
 * a frame (stepping the runs, encoding the new points, writing the push message) is CPU work.
 * Each playing session has one periodic task here; pausing or closing the tab cancels it, and
 * cancelled tasks leave the queue at once, so {@link #scheduledTasks()} counts the sessions that
 * are playing (less the at most one per thread whose frame is running at that instant).
 *
 * <p>Frames are due at a fixed rate, so a frame that ran a little late does not push every later
 * one back; {@link SessionDriver} skips a frame that would come right after a late one, so a
 * server that falls behind (hundreds of tabs on two cores) never catches up with bursts of
 * frames: each tab gets fewer frames that carry more points instead of a growing backlog.
 */
@Component
public class FrameScheduler {
    /** 30 frames per second: smooth to watch, light enough for a lecture hall. */
    public static final long FRAME_MILLIS = 33;

    private final ScheduledThreadPoolExecutor executor;

    public FrameScheduler() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A scheduler with {@code threads} frame threads. */
    public FrameScheduler(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "frame-scheduler-" + count.incrementAndGet());
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
