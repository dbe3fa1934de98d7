package org.optimizerplayground.web.session;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>A frame that ran late is due again no earlier than when it ended. With the executor's own
 * fixed rate the due times of an overloaded server fell further and further behind the clock,
 * and the executor runs the earliest due first: a tab that started playing (or played again
 * after its run ended) got a due time of "now", seconds after all the others', and waited
 * until they had caught up — the multi-second gaps of the lecture hall at 150 and 300 tabs.
 * Now every due time stays within a frame of the clock, so past capacity the tabs take turns:
 * each gets fewer frames, none starves.
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
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // no frame starts after shutdown
    }

    /**
     * Runs {@code task} every frame until the returned future is cancelled (or {@code task}
     * throws, which ends it like {@link ScheduledThreadPoolExecutor#scheduleAtFixedRate} does).
     */
    public ScheduledFuture<?> everyFrame(Runnable task) {
        Repeating r = new Repeating(task);
        r.scheduleAt(System.nanoTime());
        return r;
    }

    /** A task due every frame; its next due time is one frame after the last, or when it last ended if that is later. */
    private final class Repeating implements ScheduledFuture<Void> {
        private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(FRAME_MILLIS);
        private final Runnable task;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        private long due;
        private ScheduledFuture<?> next;

        Repeating(Runnable task) {
            this.task = task;
        }

        private synchronized void scheduleAt(long at) {
            if (ended.isDone()) {
                return;
            }
            due = at;
            try {
                next = executor.schedule(this::run, at - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shutDown) {
                ended.completeExceptionally(shutDown);
            }
        }

        private void run() {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                ended.completeExceptionally(e);
                throw e;
            }
            scheduleAt(Math.max(due + PERIOD_NANOS, System.nanoTime()));
        }

        @Override
        public synchronized boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = ended.cancel(false);
            if (next != null) {
                next.cancel(mayInterruptIfRunning);
            }
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return ended.isCancelled();
        }

        @Override
        public boolean isDone() {
            return ended.isDone();
        }

        @Override
        public Void get() throws InterruptedException, ExecutionException {
            return ended.get();
        }

        @Override
        public Void get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return ended.get(timeout, unit);
        }

        @Override
        public synchronized long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
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
