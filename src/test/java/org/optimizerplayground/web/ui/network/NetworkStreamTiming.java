package org.optimizerplayground.web.ui.network;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optimizerplayground.engine.network.NetworkLink;

/**
 * What one network-page tab costs the server per frame for eight runs at 1 000 updates/s each:
 * the session's ticks at 30 frames/s of simulated time (every run's updates, the whole-set loss
 * and accuracy, the new metrics taken) plus the focused run's 40 × 40 decision grid on every frame
 * (the page redraws it less often: an upper bound), in the measuring thread's CPU time. Not a
 * check: runs only with {@code -Dtiming=true} (README, network page); the figure to compare with
 * is the 33 ms a frame may take at 30 frames/s.
 */
@EnabledIfSystemProperty(named = "timing", matches = "true")
class NetworkStreamTiming {
    private static final long FRAME_NANOS = 1_000_000_000L / 30;

    @Test
    void eightRunsAtAThousandUpdatesPerSecond() {
        StringBuilder link = new StringBuilder("data=spiral&layers=8,8&batch=10&steps=100000");
        String[] optimizers = {"sgd(lr=0.03)", "momentum(lr=0.03)", "nesterov(lr=0.03)", "rmsprop(lr=0.01)",
                "adam(lr=0.01)", "adamw(lr=0.01)", "nadam(lr=0.01)", "adagrad(lr=0.1)"};
        for (String o : optimizers) {
            link.append("&run=").append(o);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 3; rep++) {
            NetworkSession session = new NetworkSession(NetworkLink.read(link.toString()), 1000);
            session.play();
            int frames = 30 * 20; // 20 s of simulated time: 20 000 updates per run
            long t = 0;
            long before = cpu.getCurrentThreadCpuTime();
            long worst = 0;
            for (int f = 0; f < frames; f++) {
                long frameStart = cpu.getCurrentThreadCpuTime();
                session.tick(t);
                for (int i = 0; i < optimizers.length; i++) {
                    session.takeNewMetrics(i);
                }
                session.grid(0);
                worst = Math.max(worst, cpu.getCurrentThreadCpuTime() - frameStart);
                t += FRAME_NANOS;
            }
            double perFrame = (cpu.getCurrentThreadCpuTime() - before) / 1e6 / frames;
            System.out.printf("TIMING 8 runs x 1000 updates/s, %d frames: %.2f ms CPU per frame (worst %.2f ms),"
                    + " updates per run %d%n", frames, perFrame, worst / 1e6,
                    session.histories().get(0).size() - 1);
        }
    }
}
