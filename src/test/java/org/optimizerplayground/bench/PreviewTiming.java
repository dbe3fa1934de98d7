package org.optimizerplayground.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link PreviewBenchmark} timed in the thread's CPU time as well as wall time, for a machine
 * shared with other work (where wall time mostly measures the neighbours): each link's whole
 * uncached preview ({@code png}) and its picture alone ({@code image}) are warmed up for 2 s,
 * then timed 21 times; medians and bests in ms. {@code bench/preview.sh} runs it.
 */
public final class PreviewTiming {
    private static volatile Object sink;

    private PreviewTiming() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PreviewBenchmark bench = new PreviewBenchmark();
        for (int i = 0; i < PreviewBenchmark.LINKS.size(); i++) {
            PreviewBenchmark.Setting s = new PreviewBenchmark.Setting();
            s.link = i;
            s.setUp();
            String name = "link " + i + " (" + (PreviewBenchmark.LINKS.get(i).isEmpty() ? "bare address"
                    : PreviewBenchmark.LINKS.get(i).substring(0, Math.min(40, PreviewBenchmark.LINKS.get(i).length())))
                    + ")";
            time(name + " png", () -> bench.png(s));
            time(name + " image", () -> bench.image(s));
        }
    }

    private static void time(String name, java.util.function.Supplier<Object> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warm = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warm) {
            sink = work.get();
        }
        double[] wall = new double[21];
        double[] cpu = new double[21];
        for (int i = 0; i < wall.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            sink = work.get();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-62s cpu median %7.1f best %7.1f ms | wall median %7.1f best %7.1f ms%n", name,
                cpu[cpu.length / 2], cpu[0], wall[wall.length / 2], wall[0]);
    }
}
