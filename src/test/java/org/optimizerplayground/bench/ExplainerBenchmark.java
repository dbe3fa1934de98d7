package org.optimizerplayground.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optimizerplayground.engine.analysis.ExplainerReplay;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * The EWMA explainer's replay, what each tab playing the heaviest legal link at 5 000 updates per
 * second pays for its run in focus (issue 14; the largest share of a frame's CPU in a JFR profile
 * of 30 such tabs): one run of {@code adam(lr=0.01)} on Rastrigin replayed over its 100 000
 * updates in windows of 167 (one frame at 30 frames/s), keeping every 100th update as the
 * thinned chart does. Score: time per update. {@code bench/jmh.sh ExplainerBenchmark -f 1 -wi 3 -i 5}.
 * {@code alongStoredPoints} is what the page does (the store has the points: no surface is
 * evaluated), {@code computingItsOwnPoints} a replay given no points (it steps the run itself).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ExplainerBenchmark {
    private static final int UPDATES = 100_000;
    private final Experiment heavyRun = Link.read("surface=rastrigin&steps=100000&run=adam(lr=0.01)");

    private Trajectory stored;

    @Setup
    public void computeTheRun() {
        stored = Simulation.run(heavyRun).get(0);
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double alongStoredPoints() {
        return replay(true);
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double computingItsOwnPoints() {
        return replay(false);
    }

    private double replay(boolean alongStored) {
        ExplainerReplay replay = new ExplainerReplay(heavyRun, 0);
        double sum = 0;
        for (int k = 167; k < UPDATES + 167; k += 167) {
            int to = Math.min(k, UPDATES);
            if (alongStored) {
                replay.advanceTo(stored.upTo(Math.min(to + 1, stored.size())), to, 100);
            } else {
                replay.advanceTo(to, 100);
            }
            sum += replay.at(0, 5, replay.windowStart() + (100 - replay.windowStart() % 100) % 100);
            replay.forgetWindow();
        }
        return sum;
    }
}
