package org.optimizerplayground.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionDriver;
import org.optimizerplayground.web.session.SessionRegistry;
import org.optimizerplayground.web.session.SimulationSession;

/** The metrics follow real sessions on the real scheduler, with the tab's lock replaced by a plain call. */
class PlaygroundMetricsTest {
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final SessionRegistry sessions = new SessionRegistry();
    private final FrameScheduler scheduler = new FrameScheduler();
    private final List<SessionDriver> drivers = new ArrayList<>();

    PlaygroundMetricsTest() {
        new PlaygroundMetrics(meters, sessions);
    }

    /** The tab's lock: frames run under it, and so does what the test does to a session. */
    private final Object lock = new Object();

    @AfterEach
    void closeAll() throws InterruptedException {
        synchronized (lock) {
            drivers.forEach(SessionDriver::close);
        }
        scheduler.shutdown();
    }

    private void locked(Runnable command) {
        synchronized (lock) {
            command.run();
        }
    }

    private SessionDriver open(String link, int speed, SessionDriver.TabAccess tab) {
        SimulationSession session = new SimulationSession(sessions.store(), Link.read(link), speed);
        SessionDriver driver = new SessionDriver(session, scheduler, sessions, tab, () -> { });
        drivers.add(driver);
        return driver;
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    @Test
    void countsSessionsUpdatesAndFrames() {
        SessionDriver stepping = open("surface=bowl&steps=50&run=sgd(lr=0.1)", 30, this::locked);
        SessionDriver playing = open("surface=bowl&steps=100000&run=sgd(lr=0.001)&run=adam(lr=0.01)", 300,
                this::locked);
        assertThat(gauge(PlaygroundMetrics.ACTIVE)).isEqualTo(2);
        assertThat(gauge(PlaygroundMetrics.PLAYING)).isZero();

        locked(() -> {
            stepping.session().step();
            stepping.session().step();
            stepping.session().step();
            stepping.sync();
        });
        assertThat(counter(PlaygroundMetrics.UPDATES)).as("three steps of one run").isEqualTo(3);

        locked(() -> {
            playing.session().play();
            playing.sync();
        });
        assertThat(gauge(PlaygroundMetrics.PLAYING)).isEqualTo(1);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counter(PlaygroundMetrics.FRAMES) < 5 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter(PlaygroundMetrics.FRAMES)).as("frames of the playing session").isGreaterThanOrEqualTo(5);
        locked(playing::close);
        // Every update the playing session computed was reported (two runs, same count each).
        long computed = playing.session().updatesComputed();
        assertThat(computed).isPositive().isEven();
        assertThat(counter(PlaygroundMetrics.UPDATES)).isEqualTo(3 + computed);
        assertThat(gauge(PlaygroundMetrics.ACTIVE)).isEqualTo(1);
        assertThat(gauge(PlaygroundMetrics.PLAYING)).isZero();
        assertThat(counter(PlaygroundMetrics.PUSH_ERRORS)).isZero();
    }

    @Test
    void aTabThatRefusesTheFrameIsAPushErrorAndEndsItsSession() {
        SessionDriver gone = open("surface=bowl&steps=1000&run=sgd(lr=0.01)", 100, command -> {
            throw new IllegalStateException("UI detached");
        });
        locked(() -> {
            gone.session().play();
            gone.sync();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (gauge(PlaygroundMetrics.ACTIVE) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter(PlaygroundMetrics.PUSH_ERRORS)).isEqualTo(1);
        assertThat(gauge(PlaygroundMetrics.ACTIVE)).isZero();
        assertThat(counter(PlaygroundMetrics.FRAMES)).isZero();
    }

    @Test
    void aPushThatFailsAfterTheFrameIsAPushErrorToo() {
        // As Vaadin does when the frame runs in the caller's thread: the command, then the push
        // on unlock, which may throw.
        SessionDriver broken = open("surface=bowl&steps=1000&run=sgd(lr=0.01)", 100, command -> {
            locked(command);
            throw new IllegalStateException("push connection closed");
        });
        locked(() -> {
            broken.session().play();
            broken.sync();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (gauge(PlaygroundMetrics.ACTIVE) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter(PlaygroundMetrics.FRAMES)).as("the frame was rendered").isEqualTo(1);
        assertThat(counter(PlaygroundMetrics.PUSH_ERRORS)).as("but not delivered").isEqualTo(1);
        assertThat(gauge(PlaygroundMetrics.ACTIVE)).isZero();
    }

    @Test
    void aFrameThatFailsToRenderIsCountedOnce() {
        SimulationSession session = new SimulationSession(sessions.store(), Link.read("surface=bowl&steps=1000&run=sgd(lr=0.01)"), 100);
        SessionDriver failing = new SessionDriver(session, scheduler, sessions, this::locked, () -> {
            throw new IllegalStateException("render failed");
        });
        drivers.add(failing);
        locked(() -> {
            session.play();
            failing.sync();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (sessions.size() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter(PlaygroundMetrics.PUSH_ERRORS)).isEqualTo(1);
        assertThat(counter(PlaygroundMetrics.UPDATES)).as("the update of the failed frame was computed")
                .isPositive();
    }
}
