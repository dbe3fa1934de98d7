package org.optimizerplayground.web.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.StoredExperiment;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.web.json.JsonWriter;
import org.optimizerplayground.web.json.TextSink;

/**
 * The CPU time of the heaviest legal link's {@code /api/trajectory} answer (8 × 100 000 updates, ~118 MB of
 * JSON), written to a stream that only counts: value by value through {@link JsonWriter} and a UTF-8
 * {@link Writer} (as before) and straight into bytes ({@link TrajectoryAnswer}); JSON and CSV; and computing
 * the eight runs from nothing (what a store miss costs). Thread CPU time, so a machine shared with other work
 * changes the figures little. Run by {@code bench/api-answer.sh}.
 */
public final class TrajectoryAnswerTiming {
    static final String HEAVY = "surface=rastrigin&steps=100000" + "&run=adam(lr=0.01)".repeat(8);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TrajectoryAnswerTiming() {
    }

    /** Counts the bytes written and drops them. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @FunctionalInterface
    private interface Work {
        long run() throws IOException;
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Experiment e = Link.read(HEAVY);
        time("compute 8 runs (store miss)", rounds, () -> {
            StoredExperiment s = new TrajectoryStore(1L << 30).get(e);
            return s.all().stream().mapToLong(Trajectory::size).sum();
        });
        StoredExperiment stored = new TrajectoryStore(1L << 30).get(e);
        List<Trajectory> all = stored.all();
        TrajectoryAnswer.Runs runs = new TrajectoryAnswer.Runs() {
            @Override
            public int count() {
                return all.size();
            }

            @Override
            public Trajectory run(int index) {
                return all.get(index);
            }
        };
        time("JSON value by value (before)", rounds, () -> {
            Counting out = new Counting();
            try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                ValueByValueAnswer.json(new JsonWriter(w), e, all);
            }
            return out.bytes;
        });
        time("JSON into bytes (after)", rounds, () -> {
            Counting out = new Counting();
            TrajectoryAnswer.writeJson(new TextSink(out, TextSink.Pause.NONE), e, runs);
            return out.bytes;
        });
        time("CSV value by value (before)", rounds, () -> {
            Counting out = new Counting();
            try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                ValueByValueAnswer.csv(w, e, all);
            }
            return out.bytes;
        });
        time("CSV into bytes (after)", rounds, () -> {
            Counting out = new Counting();
            TrajectoryAnswer.writeCsv(new TextSink(out, TextSink.Pause.NONE), e, runs);
            return out.bytes;
        });
    }

    private static void time(String name, int rounds, Work work) throws IOException {
        long bytes = work.run(); // warm-up
        work.run();
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        long gc0 = gcMillis();
        for (int i = 0; i < rounds; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - t) / 1e6;
        }
        long gc = gcMillis() - gc0;
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%-32s %,13d  cpu median %7.0f best %7.0f ms | wall median %7.0f ms | GC %5d ms in %d rounds%n",
                name, bytes, cpu[rounds / 2], cpu[0], wall[rounds / 2], gc, rounds);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }
}
