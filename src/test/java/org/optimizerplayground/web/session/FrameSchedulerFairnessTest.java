package org.optimizerplayground.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Past capacity the tabs take turns. One frame thread, and 30 tabs whose frames hold it 2 ms each
 * (a sleep, so the machine's load does not matter): the thread serves about 500 frames a second,
 * the tabs want 900. A tab that starts playing then gets its first frame within a turn of the
 * others — with the executor's fixed rate it waited until the others' due times, by then a second
 * or more behind the clock, had caught up with its own — and every tab gets about as many frames.
 * Counted in frames, not timed.
 */
class FrameSchedulerFairnessTest {
    private static final int TABS = 30;

    private static Runnable tab(AtomicInteger frames) {
        return () -> {
            frames.incrementAndGet();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void aTabThatStartsPlayingPastCapacityWaitsATurnNotTheBacklog() throws InterruptedException {
        FrameScheduler scheduler = new FrameScheduler(1);
        List<AtomicInteger> frames = new ArrayList<>();
        List<ScheduledFuture<?>> tasks = new ArrayList<>();
        try {
            for (int i = 0; i < TABS; i++) {
                AtomicInteger n = new AtomicInteger();
                frames.add(n);
                tasks.add(scheduler.everyFrame(tab(n)));
            }
            Thread.sleep(3_000); // overloaded for a while: with a fixed rate the due times fall ~1.3 s behind

            int before = frames.stream().mapToInt(AtomicInteger::get).sum();
            CountDownLatch firstFrame = new CountDownLatch(1);
            AtomicInteger othersAtFirstFrame = new AtomicInteger();
            tasks.add(scheduler.everyFrame(() -> {
                if (firstFrame.getCount() == 1) {
                    othersAtFirstFrame.set(frames.stream().mapToInt(AtomicInteger::get).sum());
                    firstFrame.countDown();
                }
            }));
            assertThat(firstFrame.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(othersAtFirstFrame.get() - before)
                    .as("frames of the other tabs before the newcomer's first (one turn is %d)", TABS)
                    .isLessThanOrEqualTo(2 * TABS);

            int[] counts = frames.stream().mapToInt(AtomicInteger::get).sorted().toArray();
            assertThat(counts[0]).as("the tab with fewest frames against the one with most: %s", java.util.Arrays.toString(counts))
                    .isGreaterThanOrEqualTo(counts[TABS - 1] * 8 / 10);
        } finally {
            tasks.forEach(t -> t.cancel(false));
            scheduler.shutdown();
        }
        assertThat(scheduler.scheduledTasks()).isZero();
    }

    @Test
    void aCancelledTaskRunsNoMoreAndLeavesTheQueue() throws InterruptedException {
        FrameScheduler scheduler = new FrameScheduler(1);
        AtomicInteger frames = new AtomicInteger();
        ScheduledFuture<?> task = scheduler.everyFrame(frames::incrementAndGet);
        Thread.sleep(200);
        assertThat(frames.get()).as("about 6 frames in 200 ms").isPositive();
        assertThat(scheduler.scheduledTasks()).isLessThanOrEqualTo(1);
        task.cancel(false);
        Thread.sleep(50); // a frame running at the cancel finishes
        int after = frames.get();
        Thread.sleep(200);
        assertThat(frames.get()).isEqualTo(after);
        assertThat(task.isCancelled()).isTrue();
        assertThat(scheduler.scheduledTasks()).isZero();
        scheduler.shutdown();
    }
}
