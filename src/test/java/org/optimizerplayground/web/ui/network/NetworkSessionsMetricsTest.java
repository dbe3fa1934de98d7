package org.optimizerplayground.web.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.web.ops.PlaygroundMetrics;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionRegistry;

/**
 * The network page's sessions in the operator's metrics, as the surface page's are
 * ({@code PlaygroundMetricsTest}): open and playing tabs, updates computed, frames pushed, a tab
 * gone. Real sessions on the real scheduler, the tab's lock replaced by a plain lock.
 */
class NetworkSessionsMetricsTest {
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final NetworkSessions sessions = new NetworkSessions();
    private final FrameScheduler scheduler = new FrameScheduler();
    private final Object lock = new Object();

    NetworkSessionsMetricsTest() {
        new PlaygroundMetrics(meters, new SessionRegistry(), sessions);
    }

    @AfterEach
    void stop() throws InterruptedException {
        scheduler.shutdown();
    }

    private void locked(Runnable command) {
        synchronized (lock) {
            command.run();
        }
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    private NetworkDriver open(NetworkSession session, org.optimizerplayground.web.session.SessionDriver.TabAccess tab) {
        return new NetworkDriver(session, scheduler, sessions, tab, () -> { });
    }

    @Test
    void countsNetworkTabsUpdatesAndFrames() {
        NetworkSession stepping = new NetworkSession(NetworkLink.read("steps=50&run=sgd(lr=0.1)&run=adam"), 100);
        NetworkSession playing = new NetworkSession(NetworkLink.read("steps=100000&run=sgd(lr=0.01)"), 300);
        NetworkDriver a = open(stepping, this::locked);
        NetworkDriver b = open(playing, this::locked);
        assertThat(gauge("playground.network.sessions.active")).isEqualTo(2);
        assertThat(gauge("playground.network.sessions.playing")).isZero();

        locked(() -> {
            stepping.step();
            stepping.step();
            a.sync();
        });
        assertThat(counter("playground.updates")).as("two steps of two runs").isEqualTo(4);

        locked(() -> {
            playing.play();
            b.sync();
        });
        assertThat(gauge("playground.network.sessions.playing")).isEqualTo(1);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counter("playground.frames.pushed") < 5 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter("playground.frames.pushed")).isGreaterThanOrEqualTo(5);
        locked(() -> {
            playing.pause();
            b.sync();
            b.close();
        });
        assertThat(counter("playground.updates")).isEqualTo(4 + playing.updatesComputed());
        assertThat(playing.updatesComputed()).isPositive();
        assertThat(gauge("playground.network.sessions.active")).isEqualTo(1);
        assertThat(gauge("playground.network.sessions.playing")).isZero();
        a.close();
        assertThat(gauge("playground.network.sessions.active")).isZero();
    }

    @Test
    void aTabThatRefusesTheFrameIsAPushErrorAndEndsItsSession() {
        NetworkSession session = new NetworkSession(NetworkLink.read("steps=1000"), 100);
        NetworkDriver gone = open(session, command -> {
            throw new IllegalStateException("UI detached");
        });
        locked(() -> {
            session.play();
            gone.sync();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (gauge("playground.network.sessions.active") > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter("playground.push.errors")).isEqualTo(1);
        assertThat(gauge("playground.network.sessions.active")).isZero();
    }
}
