package org.optimizerplayground.web.api;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.optimizerplayground.web.json.TextSink;
import org.springframework.beans.factory.annotation.Autowired;
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
 * the permits, the bounded queue the waiting requests. The wait is short by default (250 ms), so
 * that a caller is told 503 well within a second of asking even on a loaded machine; a caller
 * that gets a turn sees its answer begin at once (the answers flush their first bytes before
 * computing).
 *
 * <p><b>No faster 503 for callers that ask again at once.</b> A caller refused at once (the
 * queue is full) is told so {@code playground.api.refusal-delay-ms} after asking (250 ms by
 * default, the longest a queued caller waits), without holding a thread meanwhile (the request
 * goes asynchronous). A client that ignores {@code Retry-After} and asks again the moment it is
 * refused would otherwise be answered within milliseconds, over and over: 20 such clients made
 * 1 200 requests a second, and answering them took half a core from the tabs.
 *
 * <p><b>The tabs first.</b> An answer written in chunks ({@link PacedAnswer}) pauses after each
 * chunk of {@value TextSink#CHUNK} bytes as long as needed for its thread to use no more than
 * {@code playground.api.cpu-share} of a core over the whole answer (0.5 by default; 1 = no
 * pause): on two cores with one worker, the frame threads keep a core and a half.
 */
@Component
public class ApiGate {
    /** What a caller is told to wait before asking again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore workers;
    private final int queue;
    private final long maxWaitMillis;
    private final double cpuShare;
    private final long refusalDelayMillis;
    /** Writes the refusals that wait ({@link #refuse}); one daemon thread, idle but for the writes. */
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "api-refusals");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger waiting = new AtomicInteger();
    private final LongAdder refused = new LongAdder();

    /** A gate whose answers use a whole core when they can (no pause between chunks), refusing at once. */
    public ApiGate(int workers, int queue, long maxWaitMillis) {
        this(workers, queue, maxWaitMillis, 1.0, 0);
    }

    @Autowired
    public ApiGate(@Value("${playground.api.workers:0}") int workers, @Value("${playground.api.queue:8}") int queue,
                   @Value("${playground.api.max-wait-ms:250}") long maxWaitMillis,
                   @Value("${playground.api.cpu-share:0.5}") double cpuShare,
                   @Value("${playground.api.refusal-delay-ms:250}") long refusalDelayMillis) {
        int n = workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        if (queue < 0) {
            throw new IllegalArgumentException("playground.api.queue must be 0 or more, got " + queue);
        }
        if (maxWaitMillis < 0) {
            throw new IllegalArgumentException("playground.api.max-wait-ms must be 0 or more, got " + maxWaitMillis);
        }
        if (!(cpuShare > 0 && cpuShare <= 1)) {
            throw new IllegalArgumentException("playground.api.cpu-share must be in (0, 1], got " + cpuShare);
        }
        if (refusalDelayMillis < 0 || refusalDelayMillis > 900) {
            throw new IllegalArgumentException("playground.api.refusal-delay-ms must be in [0, 900], got " + refusalDelayMillis);
        }
        this.cpuShare = cpuShare;
        this.refusalDelayMillis = refusalDelayMillis;
        this.workers = new Semaphore(n, true);
        this.queue = queue;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Work that writes an answer. */
    @FunctionalInterface
    public interface Answer {
        void write() throws IOException;
    }

    /** Work that writes an answer in chunks, calling {@code pause} between two of them. */
    @FunctionalInterface
    public interface PacedAnswer {
        void write(TextSink.Pause pause) throws IOException;
    }

    /**
     * Runs {@code answer} when a worker is free, or answers 503 (the queue is full, or no worker
     * came free within the longest wait).
     */
    public void run(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        run(request, response, pause -> answer.write());
    }

    /**
     * As {@link #run(HttpServletRequest, HttpServletResponse, Answer)}, pausing between chunks to
     * keep to the CPU share. {@code request} may be null: a refusal is then written at once.
     */
    public void run(HttpServletRequest request, HttpServletResponse response, PacedAnswer answer) throws IOException {
        if (!workers.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                refuse(request, response, "the server is busy with other heavy requests (" + queue + " already waiting)");
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
                refused.increment();
                busy(response, "the server is busy with other heavy requests (no turn within " + maxWaitMillis + " ms)");
                return;
            }
        }
        try {
            answer.write(cpuShare >= 1 ? TextSink.Pause.NONE : new CpuShare(cpuShare));
        } finally {
            workers.release();
        }
    }

    /** Requests answered 503 so far. */
    public long refused() {
        return refused.sum();
    }

    /**
     * Refuses a caller that did not wait: the 503 is written {@code refusal-delay-ms} from now on
     * the gate's own thread, the request's thread going back to the server at once.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        refused.increment();
        if (refusalDelayMillis == 0 || request == null || !request.isAsyncSupported()) {
            busy(response, why);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(refusalDelayMillis + 30_000);
        later.schedule(() -> {
            try {
                busy((HttpServletResponse) async.getResponse(), why);
            } catch (IOException | RuntimeException gone) {
                // The caller hung up meanwhile: nobody to tell.
            } finally {
                async.complete();
            }
        }, refusalDelayMillis, TimeUnit.MILLISECONDS);
    }

    private static void busy(HttpServletResponse response, String why) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        ApiErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                why + "; please ask again in " + RETRY_AFTER_SECONDS + " s", null);
    }

    /**
     * Pauses the answering thread so that, since the answer began, its CPU time stays within
     * {@code share} of the time that passed.
     */
    static final class CpuShare implements TextSink.Pause {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        /** Pauses shorter than this are not worth a sleep; they are owed to the next chunk. */
        private static final long MIN_PAUSE_NANOS = 1_000_000;
        private final double share;
        private final long cpuStart = THREADS.getCurrentThreadCpuTime();
        private final long wallStart = System.nanoTime();

        CpuShare(double share) {
            this.share = share;
        }

        /** How long to pause now, in nanoseconds, after {@code cpu} of CPU time in {@code wall} of time. */
        static long owed(long cpu, long wall, double share) {
            return Math.max(0, (long) (cpu / share) - wall);
        }

        @Override
        public void after() throws IOException {
            long owed = owed(THREADS.getCurrentThreadCpuTime() - cpuStart, System.nanoTime() - wallStart, share);
            if (owed >= MIN_PAUSE_NANOS) {
                try {
                    Thread.sleep(owed / 1_000_000, (int) (owed % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while giving way to the tabs");
                }
            }
        }
    }
}
