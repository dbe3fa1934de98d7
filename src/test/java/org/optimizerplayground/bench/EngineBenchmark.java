package org.optimizerplayground.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.Progress;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.RunStepper;

/**
 * How fast the engine updates, next to a hand-written straight-line loop of the same Adam
 * arithmetic on Rosenbrock, measured in the same run (run with {@code bench/jmh.sh}).
 *
 * <ul>
 *   <li>{@code singleTrajectory}: ns per update of one run through {@link RunStepper}, for
 *       every optimizer (the page's and the API's path).</li>
 *   <li>{@code straightLoopAdam}: ns per update of the same Adam arithmetic written out by hand:
 *       the floor the engine is compared with.</li>
 *   <li>{@code basinMapPerUpdate}: ns per update of the basin map's batch path (a 50×50 grid ×
 *       500 updates of Adam on Himmelblau, on the machine's cores).</li>
 *   <li>{@code basinMap200x200x500}: the wall time of the full 200×200×500 map.</li>
 * </ul>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@BenchmarkMode(Mode.AverageTime)
public class EngineBenchmark {
    static final int UPDATES = 1_000;

    @State(Scope.Thread)
    public static class Single {
        @Param({"sgd", "momentum", "momentum-ema", "nesterov", "rmsprop", "adam", "adamw", "nadam", "adagrad",
            "adadelta", "adamax", "lion"})
        public String optimizer;
        Experiment experiment;

        @Setup
        public void setUp() {
            // A small rate keeps every optimizer on the surface for all 1 000 updates.
            experiment = Link.read("surface=rosenbrock&steps=" + UPDATES + "&run=" + optimizer + "(lr=0.0001)");
        }
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double singleTrajectory(Single s) {
        RunStepper stepper = new RunStepper(s.experiment, 0, false);
        stepper.finish();
        return stepper.trajectory().last().loss();
    }

    /**
     * The same arithmetic as {@code Adam} (eps inside, no AMSGrad, β powers as running products)
     * and Rosenbrock, by hand: no objects, no arrays, no checks.
     */
    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double straightLoopAdam() {
        double x = -1.5;
        double y = 2;
        double mx = 0;
        double my = 0;
        double sx = 0;
        double sy = 0;
        final double lr = 0.0001;
        final double b1 = 0.9;
        final double b2 = 0.999;
        final double eps = 1e-7;
        double loss = 0;
        double b1k = 1;
        double b2k = 1;
        for (int k = 1; k <= UPDATES; k++) {
            double a = 1 - x;
            double b = y - x * x;
            double gx = -2 * a - 400 * x * b;
            double gy = 200 * b;
            b1k *= b1;
            b2k *= b2;
            double bc1 = 1 - b1k;
            double bc2 = 1 - b2k;
            mx = b1 * mx + (1 - b1) * gx;
            my = b1 * my + (1 - b1) * gy;
            sx = b2 * sx + (1 - b2) * gx * gx;
            sy = b2 * sy + (1 - b2) * gy * gy;
            x -= lr * (mx / bc1) / StrictMath.sqrt(sx / bc2 + eps);
            y -= lr * (my / bc1) / StrictMath.sqrt(sy / bc2 + eps);
            double a2 = 1 - x;
            double b3 = y - x * x;
            loss = a2 * a2 + 100 * b3 * b3;
        }
        return loss;
    }

    @State(Scope.Benchmark)
    public static class Grid {
        ForkJoinPool pool;
        Experiment small;
        Experiment full;

        @Setup(Level.Trial)
        public void setUp() {
            pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
            small = Link.read("surface=himmelblau&steps=500&run=adam(lr=0.1)");
            full = small;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdownNow();
        }
    }

    @Benchmark
    @OperationsPerInvocation(50 * 50 * 500)
    public Object basinMapPerUpdate(Grid g) {
        return BasinMap.run(g.small, 50, g.pool, Progress.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object basinMap200x200x500(Grid g) {
        return BasinMap.run(g.full, 200, g.pool, Progress.NONE);
    }
}
