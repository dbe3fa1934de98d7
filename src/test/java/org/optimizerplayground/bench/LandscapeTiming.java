package org.optimizerplayground.bench;

import java.util.Arrays;

/**
 * A plain timing of {@link LandscapeBenchmark}'s four benchmarks (for a machine where JMH's
 * annotation processor does not run): each is warmed up for 3 s, then timed 15 times; the
 * median and the best are printed in ms. Run after {@code mvn -o test-compile}:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)"
 * org.optimizerplayground.bench.LandscapeTiming}.
 */
public final class LandscapeTiming {
    private LandscapeTiming() {
    }

    public static void main(String[] args) {
        LandscapeBenchmark bench = new LandscapeBenchmark();
        LandscapeBenchmark.Setting s = new LandscapeBenchmark.Setting();
        s.setUp();
        try {
            time("grid41 (one thread)", () -> bench.grid41(s));
            time("grid41Pool (" + s.pool.getParallelism() + " threads)", () -> bench.grid41Pool(s));
            time("pca", () -> bench.pca(s));
            time("wholeAnswer", () -> bench.wholeAnswer(s));
        } finally {
            s.tearDown();
        }
    }

    private static volatile Object sink;

    private static void time(String name, java.util.function.Supplier<Object> work) {
        long warm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warm) {
            sink = work.get();
        }
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-28s median %8.2f ms   best %8.2f ms%n", name, ms[ms.length / 2], ms[0]);
    }
}
