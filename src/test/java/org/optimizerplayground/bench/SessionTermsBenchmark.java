package org.optimizerplayground.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.web.session.SimulationSession;

/**
 * What one tab's session costs per frame on the heaviest legal link at 5 000 updates/s (issue 14),
 * the store's points already computed (a lecture hall shares them): 8 runs of
 * {@code adam(lr=0.01)} on Rastrigin, 600 ticks of 33 ms (the whole 100 000 updates). {@code reads}:
 * whose update terms are read — {@code all} every tick (what every tab paid before the terms were
 * lazy: each run replayed on every tick), {@code focus} the run in focus every 8th tick (the rule
 * panel's 250 ms), {@code none}. Score: time per tick.
 * {@code bench/jmh.sh SessionTermsBenchmark -f 1 -wi 3 -i 5}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SessionTermsBenchmark {
    private static final int TICKS = 600;
    private static final long FRAME = 33_333_333L;

    private final Experiment heavy = Link.read("surface=rastrigin&steps=100000"
            + "&run=adam(lr=0.01)".repeat(8));
    private final TrajectoryStore store = new TrajectoryStore(256L << 20);

    @Param({"all", "focus", "none"})
    public String reads;

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public int perTick() {
        SimulationSession tab = new SimulationSession(store, heavy, 5000);
        tab.play();
        int seen = 0;
        for (int f = 1; f <= TICKS; f++) {
            tab.tick(f * FRAME);
            if (reads.equals("all")) {
                for (int i = 0; i < heavy.runs().size(); i++) {
                    seen += tab.latestTerms(i) == null ? 0 : 1;
                }
            } else if (reads.equals("focus") && f % 8 == 0) {
                seen += tab.latestTerms(0) == null ? 0 : 1;
            }
        }
        return seen;
    }
}
