package org.optimizerplayground.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;

/**
 * Frames of one tab, run by hand: the tab's lock is a list of commands the test runs itself,
 * so nothing depends on the scheduler's timing.
 */
class SessionDriverTest {
    private final FrameScheduler scheduler = new FrameScheduler(1);
    private final SessionRegistry registry = new SessionRegistry();
    private final List<Runnable> underLock = new CopyOnWriteArrayList<>();
    private volatile boolean connected;
    private final AtomicInteger frames = new AtomicInteger();

    @AfterEach
    void stop() throws InterruptedException {
        scheduler.shutdown();
    }

    private SessionDriver driver(SimulationSession session) {
        return new SessionDriver(session, scheduler, registry, new SessionDriver.TabAccess() {
            @Override
            public void access(Runnable command) {
                underLock.add(command);
            }

            @Override
            public boolean connected() {
                return connected;
            }
        }, frames::incrementAndGet);
    }

    @Test
    void aTabWhoseSocketIsDownGetsNoFrameAndItsRunWaitsForIt() {
        SimulationSession session = new SimulationSession(registry.store(), Experiment.defaults(), 60);
        session.play();
        SessionDriver driver = driver(session);

        connected = false;
        driver.frame();
        underLock.remove(0).run();
        assertEquals(0, frames.get(), "no frame for a tab whose socket is down");
        assertEquals(1, session.trajectories().get(0).size(), "the run has not moved from θ₀");

        connected = true;
        driver.frame();
        underLock.remove(0).run();
        assertEquals(1, frames.get(), "the browser is back: frames again");
        assertTrue(session.trajectories().get(0).size() > 1, "and the run goes on");
        assertTrue(driver.ticking());

        driver.close();
        assertEquals(0, registry.size());
    }
}
