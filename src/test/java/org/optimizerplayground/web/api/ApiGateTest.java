package org.optimizerplayground.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Heavy API work waits for a free worker in a bounded queue, or is told to come back later. */
class ApiGateTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch working = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
    }

    /** A caller that takes the gate's worker and keeps it until the test releases it. */
    private Future<MockHttpServletResponse> busyCaller(ApiGate gate) {
        return callers.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            gate.run(null, response, () -> {
                working.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.getWriter().write("the answer");
            });
            return response;
        });
    }

    private static void assertBusy(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).startsWith("{\"error\":\"the server is busy").endsWith("\"param\":null}");
    }

    @Test
    void withTheWorkerBusyAndNoQueueACallerIsToldToComeBackAtOnce() throws Exception {
        ApiGate gate = new ApiGate(1, 0, 1000);
        Future<MockHttpServletResponse> first = busyCaller(gate);
        working.await(5, TimeUnit.SECONDS);

        MockHttpServletResponse second = new MockHttpServletResponse();
        long start = System.nanoTime();
        gate.run(null, second, () -> second.getWriter().write("never"));

        assertBusy(second);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(900)); // no waiting at all
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("the answer");
        assertThat(gate.refused()).isEqualTo(1);
    }

    @Test
    void aCallerWhoDidNotWaitIsToldToComeBackAfterTheRefusalDelayWithoutHoldingAThread() throws Exception {
        ApiGate gate = new ApiGate(1, 0, 1000, 1.0, 300);
        busyCaller(gate);
        working.await(5, TimeUnit.SECONDS);

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/trajectory");
        request.setAsyncSupported(true);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        long start = System.nanoTime();
        gate.run(request, refused, () -> refused.getWriter().write("never"));

        assertThat(request.isAsyncStarted()).as("the request's thread went back to the server").isTrue();
        assertThat(refused.getContentAsString()).as("nothing written yet").isEmpty();
        MockAsyncContext async = (MockAsyncContext) request.getAsyncContext();
        CountDownLatch completed = new CountDownLatch(1);
        async.addListener(new jakarta.servlet.AsyncListener() {
            @Override
            public void onComplete(jakarta.servlet.AsyncEvent event) {
                completed.countDown();
            }

            @Override
            public void onTimeout(jakarta.servlet.AsyncEvent event) {
            }

            @Override
            public void onError(jakarta.servlet.AsyncEvent event) {
            }

            @Override
            public void onStartAsync(jakarta.servlet.AsyncEvent event) {
            }
        });
        assertThat(completed.await(5, TimeUnit.SECONDS)).as("the refusal was written").isTrue();
        assertThat(System.nanoTime() - start).as("not before the delay").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        assertBusy(refused);
        assertThat(gate.refused()).isEqualTo(1);
    }

    @Test
    void aRefusalDelayBeyond900MsIsRefusedNamingTheSetting() {
        // The promise is an answer or a 503 within a second of asking.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiGate(1, 8, 250, 0.5, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("playground.api.refusal-delay-ms must be in [0, 900], got 1000");
    }

    @Test
    void aQueuedCallerGetsItsTurnWhenTheWorkerIsFree() throws Exception {
        ApiGate gate = new ApiGate(1, 1, 10_000);
        busyCaller(gate);
        working.await(5, TimeUnit.SECONDS);
        Future<MockHttpServletResponse> queued = callers.submit(() -> {
            MockHttpServletResponse r = new MockHttpServletResponse();
            gate.run(null, r, () -> r.getWriter().write("my turn"));
            return r;
        });

        release.countDown();

        assertThat(queued.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("my turn");
        assertThat(gate.refused()).isZero();
    }

    @Test
    void aQueuedCallerWhoseTurnDoesNotComeInTimeIsToldToComeBack() throws Exception {
        ApiGate gate = new ApiGate(1, 4, 200);
        busyCaller(gate);
        working.await(5, TimeUnit.SECONDS);

        MockHttpServletResponse late = new MockHttpServletResponse();
        gate.run(null, late, () -> late.getWriter().write("never"));

        assertBusy(late);
        assertThat(late.getContentAsString()).contains("no turn within 200 ms");
    }

    @Test
    void anAnswerAtHalfACoreIsOwedAsMuchPauseAsItUsedCpu() {
        // 40 ms of CPU in 50 ms of time at a share of 0.5: it should have taken 80 ms, so 30 ms more.
        assertThat(ApiGate.CpuShare.owed(40_000_000, 50_000_000, 0.5)).isEqualTo(30_000_000);
        // Within its share already: no pause.
        assertThat(ApiGate.CpuShare.owed(40_000_000, 90_000_000, 0.5)).isZero();
        assertThat(ApiGate.CpuShare.owed(40_000_000, 40_000_000, 1.0)).isZero();
    }

    @Test
    void aCpuShareOutsideZeroToOneIsRefusedNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiGate(1, 8, 250, 0, 250))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("playground.api.cpu-share must be in (0, 1], got 0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiGate(1, 8, 250, 1.5, 250))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("playground.api.cpu-share must be in (0, 1], got 1.5");
    }
}
