package org.optimizerplayground.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.session.FrameScheduler;

/** Graceful shutdown of the shared scheduler: the frame in progress ends normally, no new one starts. */
class FrameSchedulerShutdownTest {
    @Test
    void theRunningFrameFinishesAndNoOtherStarts() throws InterruptedException {
        FrameScheduler scheduler = new FrameScheduler();
        CountDownLatch inFrame = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        scheduler.everyFrame(() -> {
            started.incrementAndGet();
            inFrame.countDown();
            try {
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        assertThat(inFrame.await(10, TimeUnit.SECONDS)).isTrue();

        scheduler.shutdown();

        assertThat(scheduler.stopped()).isTrue();
        assertThat(finished).as("the frame in progress completed").isTrue();
        assertThat(interrupted).isFalse();
        assertThat(started.get()).isEqualTo(1);
        assertThat(scheduler.scheduledTasks()).isZero();
    }
}
