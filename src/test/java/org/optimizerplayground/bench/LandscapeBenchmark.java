package org.optimizerplayground.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.LandscapeWindow;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.TrainRecording;
import org.optimizerplayground.engine.network.TrainSpec;

/**
 * The loss landscape of the default network (x, y → 4 → 2 → 1, tanh, BCE; 250 training points
 * of the 500-point circle; the default race sgd, momentum, adam at 0.03 over 1000 updates of
 * batch 10), run with {@code bench/jmh.sh LandscapeBenchmark}.
 *
 * <ul>
 *   <li>{@code grid41}: the 41 × 41 grid of the training cost through θ₀ along the PCA
 *       directions (1681 × 250 forward passes), on the calling thread.</li>
 *   <li>{@code grid41Pool}: the same on a pool as wide as the machine (what the API uses).</li>
 *   <li>{@code pca}: the directions from the three paths (3003 points of 25 parameters).</li>
 *   <li>{@code wholeAnswer}: what {@code /api/landscape} computes for the default link: the
 *       race with every point evaluated, the directions, the projections and the grid.</li>
 * </ul>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class LandscapeBenchmark {
    @State(Scope.Benchmark)
    public static class Setting {
        TrainSpec spec;
        NetworkProblem problem;
        List<double[]> points;
        Landscape landscape;
        double[] a;
        double[] b;
        ForkJoinPool pool;

        @Setup
        public void setUp() {
            spec = NetworkLink.read("");
            problem = NetworkProblem.of(spec);
            points = thetas(TrainRecording.run(problem, 1, true));
            landscape = Landscape.pca(problem.initialParameters(), points);
            List<double[]> projected = new ArrayList<>();
            for (double[] t : points) {
                projected.add(landscape.project(t));
            }
            double[] w = LandscapeWindow.window(projected);
            a = LandscapeWindow.axis(w[0], w[1], 41);
            b = LandscapeWindow.axis(w[2], w[3], 41);
            pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        }

        @TearDown
        public void tearDown() {
            pool.shutdownNow();
        }
    }

    static List<double[]> thetas(List<TrainRecording.RunRecord> runs) {
        List<double[]> all = new ArrayList<>();
        for (TrainRecording.RunRecord r : runs) {
            for (int i = 0; i < r.size(); i++) {
                all.add(r.theta(i));
            }
        }
        return all;
    }

    @Benchmark
    public double[][] grid41(Setting s) {
        return s.landscape.grid(s.spec.architecture(), s.problem.train(), s.a, s.b, null);
    }

    @Benchmark
    public double[][] grid41Pool(Setting s) {
        return s.landscape.grid(s.spec.architecture(), s.problem.train(), s.a, s.b, s.pool);
    }

    @Benchmark
    public Landscape pca(Setting s) {
        return Landscape.pca(s.problem.initialParameters(), s.points);
    }

    @Benchmark
    public double[][] wholeAnswer(Setting s) {
        NetworkProblem p = NetworkProblem.of(s.spec);
        List<TrainRecording.RunRecord> runs = TrainRecording.run(p, 1, true);
        List<double[]> points = thetas(runs);
        Landscape l = Landscape.pca(p.initialParameters(), points);
        List<double[]> projected = new ArrayList<>();
        for (double[] t : points) {
            projected.add(l.project(t));
        }
        double[] w = LandscapeWindow.window(projected);
        return l.grid(s.spec.architecture(), p.train(), LandscapeWindow.axis(w[0], w[1], 41), LandscapeWindow.axis(w[2], w[3], 41),
                s.pool);
    }
}
