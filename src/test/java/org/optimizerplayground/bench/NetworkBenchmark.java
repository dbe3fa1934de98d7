package org.optimizerplayground.bench;

import java.util.List;
import java.util.SplittableRandom;
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
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.network.Activation;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.DataShape;
import org.optimizerplayground.engine.network.DataSpec;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.Inputs;
import org.optimizerplayground.engine.network.LossKind;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.NetworkSeeds;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.network.TrainStepper;

/**
 * ns per update of the default network — TensorFlow Playground's: features x, y; hidden 4 and
 * 2; tanh; one logit with binary cross-entropy; batch 10 of the 250 training points of a
 * 500-point circle — trained by Adam (the engine's defaults, ε inside), next to the same
 * arithmetic written out by hand (run with {@code bench/jmh.sh NetworkBenchmark}).
 *
 * <ul>
 *   <li>{@code engineUpdate}: one update through {@link TrainStepper} (batch order, forward,
 *       backpropagation, Adam), without the per-update evaluation of the whole sets.</li>
 *   <li>{@code straightLoop}: the same update by hand: fixed sizes, plain arrays, no objects,
 *       no checks, no dispatch; the floor the engine is compared with.</li>
 *   <li>{@code engineUpdateWithMetrics}: one update plus the loss and accuracy on all 250
 *       training and 250 test points, as the stepper does by default.</li>
 * </ul>
 * PyTorch's figure for the same network: {@code src/test/python/network_bench.py}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@BenchmarkMode(Mode.AverageTime)
public class NetworkBenchmark {
    static final int UPDATES = 1_000;
    static final int BATCH = 10;

    @State(Scope.Benchmark)
    public static class Net {
        NetworkProblem problem;
        RunSpec adam;
        double[] inputs;
        double[] targets;
        double[] init;
        long orderSeed;

        @Setup
        public void setUp() {
            TrainSpec spec = new TrainSpec(new DataSpec(DataShape.CIRCLE, 500, 0, 0.5),
                    new Architecture(List.of(Feature.X, Feature.Y), List.of(4, 2), Activation.TANH, LossKind.BCE, 0),
                    BATCH, UPDATES, 1, List.of(RunSpec.parse("adam(lr=0.03)")));
            problem = NetworkProblem.of(spec);
            adam = spec.runs().get(0);
            Inputs train = problem.train();
            inputs = new double[train.rows() * 2];
            targets = new double[train.rows()];
            for (int i = 0; i < train.rows(); i++) {
                inputs[2 * i] = train.value(i, 0);
                inputs[2 * i + 1] = train.value(i, 1);
                targets[i] = train.target(i);
            }
            init = problem.initialParameters();
            orderSeed = NetworkSeeds.of(1).order();
        }
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double engineUpdate(Net n) {
        TrainStepper stepper = new TrainStepper(n.problem, n.adam, false, false);
        stepper.finish();
        return stepper.history().batchLoss(UPDATES);
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double engineUpdateWithMetrics(Net n) {
        TrainStepper stepper = new TrainStepper(n.problem, n.adam, false, true);
        stepper.finish();
        return stepper.history().trainLoss(UPDATES);
    }

    /**
     * The engine's update written out for 2-4-2-1: the same shuffles, forward and backward
     * passes, BCE, and Adam (ε inside, β powers as running products), in the same order.
     * Layout (nn.Sequential): W0 4×2 at 0, b0 at 8, W1 2×4 at 12, b1 at 20, W2 1×2 at 22, b2 at 24.
     */
    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double straightLoop(Net n) {
        final double lr = 0.03;
        final double b1 = 0.9;
        final double b2 = 0.999;
        final double eps = 1e-7;
        double[] p = n.init.clone();
        double[] g = new double[25];
        double[] m = new double[25];
        double[] s = new double[25];
        double[] in = n.inputs;
        double[] t = n.targets;
        int rows = t.length;
        int[] perm = new int[rows];
        SplittableRandom random = new SplittableRandom(n.orderSeed);
        double b1k = 1;
        double b2k = 1;
        double loss = 0;
        int at = rows;
        for (int k = 1; k <= UPDATES; k++) {
            if (at == rows) {
                for (int i = 0; i < rows; i++) {
                    perm[i] = i;
                }
                for (int i = rows - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int tmp = perm[i];
                    perm[i] = perm[j];
                    perm[j] = tmp;
                }
                at = 0;
            }
            int end = Math.min(at + BATCH, rows);
            double scale = 1.0 / (end - at);
            java.util.Arrays.fill(g, 0);
            double sum = 0;
            for (int q = at; q < end; q++) {
                int r = perm[q];
                double x0 = in[2 * r];
                double x1 = in[2 * r + 1];
                double h0 = StrictMath.tanh(p[0] * x0 + p[1] * x1 + p[8]);
                double h1 = StrictMath.tanh(p[2] * x0 + p[3] * x1 + p[9]);
                double h2 = StrictMath.tanh(p[4] * x0 + p[5] * x1 + p[10]);
                double h3 = StrictMath.tanh(p[6] * x0 + p[7] * x1 + p[11]);
                double u0 = StrictMath.tanh(p[12] * h0 + p[13] * h1 + p[14] * h2 + p[15] * h3 + p[20]);
                double u1 = StrictMath.tanh(p[16] * h0 + p[17] * h1 + p[18] * h2 + p[19] * h3 + p[21]);
                double z = p[22] * u0 + p[23] * u1 + p[24];
                double y = t[r];
                sum += Math.max(z, 0) - z * y + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
                double sig = z >= 0 ? 1 / (1 + StrictMath.exp(-z)) : StrictMath.exp(z) / (1 + StrictMath.exp(z));
                double dz = (sig - y) * scale;
                g[22] += dz * u0;
                g[23] += dz * u1;
                g[24] += dz;
                double du0 = p[22] * dz * (1 - u0 * u0);
                double du1 = p[23] * dz * (1 - u1 * u1);
                g[12] += du0 * h0;
                g[13] += du0 * h1;
                g[14] += du0 * h2;
                g[15] += du0 * h3;
                g[16] += du1 * h0;
                g[17] += du1 * h1;
                g[18] += du1 * h2;
                g[19] += du1 * h3;
                g[20] += du0;
                g[21] += du1;
                double dh0 = (p[12] * du0 + p[16] * du1) * (1 - h0 * h0);
                double dh1 = (p[13] * du0 + p[17] * du1) * (1 - h1 * h1);
                double dh2 = (p[14] * du0 + p[18] * du1) * (1 - h2 * h2);
                double dh3 = (p[15] * du0 + p[19] * du1) * (1 - h3 * h3);
                g[0] += dh0 * x0;
                g[1] += dh0 * x1;
                g[2] += dh1 * x0;
                g[3] += dh1 * x1;
                g[4] += dh2 * x0;
                g[5] += dh2 * x1;
                g[6] += dh3 * x0;
                g[7] += dh3 * x1;
                g[8] += dh0;
                g[9] += dh1;
                g[10] += dh2;
                g[11] += dh3;
            }
            loss = sum / (end - at);
            at = end;
            b1k *= b1;
            b2k *= b2;
            double bc1 = 1 - b1k;
            double bc2 = 1 - b2k;
            for (int i = 0; i < 25; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i];
                p[i] -= lr * (m[i] / bc1) / StrictMath.sqrt(s[i] / bc2 + eps);
            }
        }
        return loss;
    }
}
