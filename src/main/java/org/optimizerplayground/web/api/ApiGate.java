package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fair CPU for the API: at most {@code playground.api.workers} heavy answers (computing and
 * writing a trajectory, a sweep, a basin map) are made at once, at most
 * {@code playground.api.queue} more wait for their turn, and none waits longer than
 * {@code playground.api.max-wait-ms}. Anything beyond is answered at once with
 * {@code 503 {"error": …, "param": null}} and {@code Retry-After}, so that a burst of heavy
 * calls cannot take the cores from the tabs that are playing (their frames run on
 * {@code FrameScheduler}'s threads, which this gate never blocks).
 *
 * <p>The answer is made on the request's own thread once it holds a permit: the bounded pool is
 * the permits, the bounded queue the waiting requests.
 */
@Component
public class ApiGate {
    /** What a caller is told to wait before asking again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore workers;
    private final int queue;
    private final long maxWaitMillis;
    private final AtomicInteger waiting = new AtomicInteger();
    private final LongAdder refused = new LongAdder();

    public ApiGate(@Value("${playground.api.workers:0}") int workers, @Value("${playground.api.queue:8}") int queue,
                   @Value("${playground.api.max-wait-ms:1000}") long maxWaitMillis) {
        int n = workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        if (queue < 0) {
            throw new IllegalArgumentException("playground.api.queue must be 0 or more, got " + queue);
        }
        if (maxWaitMillis < 0) {
            throw new IllegalArgumentException("playground.api.max-wait-ms must be 0 or more, got " + maxWaitMillis);
        }
        this.workers = new Semaphore(n, true);
        this.queue = queue;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Work that writes an answer. */
    @FunctionalInterface
    public interface Answer {
        void write() throws IOException;
    }

    /**
     * Runs {@code answer} when a worker is free, or answers 503 (the queue is full, or no worker
     * came free within the longest wait).
     */
    public void run(HttpServletResponse response, Answer answer) throws IOException {
        if (!workers.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                busy(response, "the server is busy with other heavy requests (" + queue + " already waiting)");
                return;
            }
            boolean got;
            try {
                got = workers.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                got = false;
            } finally {
                waiting.decrementAndGet();
            }
            if (!got) {
                busy(response, "the server is busy with other heavy requests (no turn within " + maxWaitMillis + " ms)");
                return;
            }
        }
        try {
            answer.write();
        } finally {
            workers.release();
        }
    }

    /** Requests answered 503 so far. */
    public long refused() {
        return refused.sum();
    }

    private void busy(HttpServletResponse response, String why) throws IOException {
        refused.increment();
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        ApiErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                why + "; please ask again in " + RETRY_AFTER_SECONDS + " s", null);
    }
}
