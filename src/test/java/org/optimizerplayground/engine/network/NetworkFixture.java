package org.optimizerplayground.engine.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes what a PyTorch replay of a network run needs, as the engine computes it: for each
 * golden setting the training and test inputs (feature rows) with their labels, θ₀ in
 * {@code nn.Sequential} order, and each epoch's permutation. {@code network_golden.py} reads
 * this file and trains the same network with {@code torch.optim}; {@link NetworkGoldenTest}
 * checks that the engine still draws exactly these numbers.
 *
 * <p>Run by {@code src/test/resources/network/make_goldens.sh}:
 * {@code java -cp target/classes:target/test-classes org.optimizerplayground.engine.network.NetworkFixture OUT}.
 */
public final class NetworkFixture {
    /** The updates of every golden run. */
    static final int STEPS = 20;

    /** A golden setting: everything but the loss, the L2 coefficient and the run. */
    record Setting(String name, DataSpec data, List<Feature> features, List<Integer> hidden, Activation activation,
                   int batch, long seed) {
        /** The spec of a run of this setting with the given loss, L2 and runs. */
        TrainSpec spec(LossKind loss, double l2, List<org.optimizerplayground.engine.experiment.RunSpec> runs) {
            return new TrainSpec(data, new Architecture(features, hidden, activation, loss, l2), batch, STEPS, seed,
                    runs);
        }
    }

    /** The two architectures of the goldens. */
    static final List<Setting> SETTINGS = List.of(
            // the default network (2-4-2-1, tanh) on the circle; 30 training points in batches 8, 8, 8, 6
            new Setting("circle-xy-4-2-tanh", new DataSpec(DataShape.CIRCLE, 40, 0.1, 0.25),
                    List.of(Feature.X, Feature.Y), List.of(4, 2), Activation.TANH, 8, 7),
            // four features, three ReLU layers, on xor; 26 training points in batches of 5 (the last 1)
            new Setting("xor-4f-5-3-3-relu", new DataSpec(DataShape.XOR, 32, 0.05, 0.2),
                    List.of(Feature.X, Feature.Y, Feature.XY, Feature.SIN_X), List.of(5, 3, 3), Activation.RELU, 5,
                    11));

    private NetworkFixture() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder sb = new StringBuilder("{\"steps\": ").append(STEPS).append(", \"settings\": [\n");
        for (int s = 0; s < SETTINGS.size(); s++) {
            Setting setting = SETTINGS.get(s);
            NetworkProblem p = NetworkProblem.of(setting.spec(LossKind.BCE, 0,
                    List.of(org.optimizerplayground.engine.experiment.RunSpec.parse("sgd"))));
            sb.append(" {\"name\": \"").append(setting.name()).append("\", \"layers\": ").append(setting.hidden())
                    .append(", \"activation\": \"").append(setting.activation().id()).append("\", \"batch\": ")
                    .append(setting.batch()).append(",\n");
            inputs(sb, "train", p.train());
            inputs(sb, "test", p.test());
            sb.append("  \"init\": ").append(array(p.initialParameters())).append(",\n");
            sb.append("  \"order\": [");
            List<int[]> epochs = p.epochs(STEPS);
            for (int e = 0; e < epochs.size(); e++) {
                sb.append(e == 0 ? "" : ", ").append(java.util.Arrays.toString(epochs.get(e)));
            }
            sb.append("]}").append(s + 1 < SETTINGS.size() ? ",\n" : "\n");
        }
        sb.append("]}\n");
        Files.writeString(Path.of(args[0]), sb.toString(), StandardCharsets.UTF_8);
    }

    private static void inputs(StringBuilder sb, String name, Inputs in) {
        sb.append("  \"").append(name).append("_x\": [");
        for (int i = 0; i < in.rows(); i++) {
            double[] row = new double[in.columns()];
            for (int j = 0; j < row.length; j++) {
                row[j] = in.value(i, j);
            }
            sb.append(i == 0 ? "" : ", ").append(array(row));
        }
        sb.append("],\n  \"").append(name).append("_t\": [");
        for (int i = 0; i < in.rows(); i++) {
            sb.append(i == 0 ? "" : ", ").append((int) in.target(i));
        }
        sb.append("],\n");
    }

    static String array(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s", Double.toString(values[i])));
        }
        return sb.append(']').toString();
    }
}
