package org.optimizerplayground.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link NetworkBenchmark}'s engine update and hand-written loop measured in CPU time of the
 * measuring thread rather than wall time: on a machine shared with other work (load far above
 * the core count) JMH's wall-clock figures swing by 2–3×, while the thread's own CPU time only
 * counts the time it ran. The two are measured in alternation, rounds of 20 runs of 1 000
 * updates each, after a warm-up; the best and the median round per update, and their ratios.
 *
 * <p>Run: {@code bench/network-cpu.sh} (or this class's {@code main} on the test classpath).
 */
public final class NetworkCpuTime {
    private NetworkCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        NetworkBenchmark bench = new NetworkBenchmark();
        NetworkBenchmark.Net net = new NetworkBenchmark.Net();
        net.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int i = 0; i < 3_000; i++) { // warm-up: both compiled by C2
            sink += bench.engineUpdate(net) + bench.straightLoop(net);
        }
        double[] engine = new double[rounds];
        double[] loop = new double[rounds];
        int runs = 20;
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                sink += bench.engineUpdate(net);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                sink += bench.straightLoop(net);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            engine[r] = (t1 - t0) / (double) (runs * NetworkBenchmark.UPDATES);
            loop[r] = (t2 - t1) / (double) (runs * NetworkBenchmark.UPDATES);
        }
        Arrays.sort(engine);
        Arrays.sort(loop);
        System.out.printf(Locale.ROOT, "CPU ns per update (%d rounds of %d × %d updates)%n", rounds, runs,
                NetworkBenchmark.UPDATES);
        System.out.printf(Locale.ROOT, "  engineUpdate  best %8.0f  median %8.0f%n", engine[0], engine[rounds / 2]);
        System.out.printf(Locale.ROOT, "  straightLoop  best %8.0f  median %8.0f%n", loop[0], loop[rounds / 2]);
        System.out.printf(Locale.ROOT, "  engine / loop best %.2f×  median %.2f×   (checksum %s)%n", engine[0] / loop[0],
                engine[rounds / 2] / loop[rounds / 2], Double.isFinite(sink) ? "ok" : "NaN");
    }
}
