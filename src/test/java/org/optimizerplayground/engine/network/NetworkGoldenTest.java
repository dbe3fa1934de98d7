package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.Status;

/**
 * Every case of {@code network/torch-network-trajectories.json} — networks trained by PyTorch
 * ({@code nn.Sequential} + {@code torch.optim}, float64) by {@code src/test/python/network_golden.py}
 * on the data, θ₀ and batch order the engine drew — is reproduced by the engine to 1e-9
 * relative error at every update: the parameters, the batch loss, and the loss and accuracy on
 * the training and test sets. The file is committed; torch is not needed to run this test.
 */
class NetworkGoldenTest {
    private static final double RELATIVE = 1e-9;
    private static JsonNode root;
    private static final Map<String, JsonNode> SETTINGS = new HashMap<>();

    record Case(String name, JsonNode json) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NetworkGoldenTest.class.getResourceAsStream("/network/torch-network-trajectories.json")) {
            root = new ObjectMapper().readTree(in);
        }
        for (JsonNode s : root.get("settings")) {
            SETTINGS.put(s.get("name").asString(), s);
        }
    }

    static Stream<Case> cases() throws IOException {
        load();
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            cases.add(new Case(c.get("name").asString(), c));
        }
        return cases.stream();
    }

    private static NetworkFixture.Setting setting(String name) {
        return NetworkFixture.SETTINGS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theGoldensCoverEveryOptimizerThatMatchesPyTorchOnBothArchitecturesAndBothLosses() throws IOException {
        List<String> names = cases().map(Case::name).toList();
        assertEquals(32, names.size());
        for (String opt : List.of("sgd", "momentum", "nesterov", "rmsprop", "adam", "amsgrad", "adamw", "nadam",
                "adagrad", "adadelta", "adamax")) {
            assertTrue(names.contains("circle-xy-4-2-tanh-bce-" + opt), opt);
            assertTrue(names.contains("xor-4f-5-3-3-relu-mse-" + opt), opt);
        }
    }

    /** The engine still draws the data, θ₀ and batch order that PyTorch was given. */
    @Test
    void theEngineDrawsTheDataInitAndOrderThatPyTorchWasGiven() {
        for (NetworkFixture.Setting s : NetworkFixture.SETTINGS) {
            JsonNode g = SETTINGS.get(s.name());
            NetworkProblem p = NetworkProblem.of(s.spec(LossKind.BCE, 0, List.of(RunSpec.parse("sgd"))));
            assertArrayEquals(doubles(g.get("init")), p.initialParameters(), s.name() + " init");
            checkInputs(g, "train", p.train());
            checkInputs(g, "test", p.test());
            List<int[]> epochs = p.epochs(root.get("steps").asInt());
            assertEquals(g.get("order").size(), epochs.size());
            for (int e = 0; e < epochs.size(); e++) {
                JsonNode perm = g.get("order").get(e);
                for (int i = 0; i < perm.size(); i++) {
                    assertEquals(perm.get(i).asInt(), epochs.get(e)[i], s.name() + " order");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void engineMatchesPyTorch(Case c) {
        JsonNode j = c.json();
        TrainSpec spec = setting(j.get("setting").asString()).spec(LossKind.byId(j.get("loss").asString()).orElseThrow(),
                j.get("l2").asDouble(), List.of(RunSpec.parse(j.get("run").asString())));
        TrainHistory h = Training.run(spec).get(0);
        assertEquals(Status.MAX_STEPS, h.status());
        assertEquals(j.get("theta").size(), h.size(), "number of points");
        for (int k = 0; k < h.size(); k++) {
            JsonNode theta = j.get("theta").get(k);
            for (int i = 0; i < h.dimension(); i++) {
                close(theta.get(i).asDouble(), h.theta(k, i), c, "theta[" + i + "]", k);
            }
            if (k > 0) {
                close(j.get("batch_loss").get(k).asDouble(), h.batchLoss(k), c, "batch loss", k);
            }
            close(j.get("train_loss").get(k).asDouble(), h.trainLoss(k), c, "train loss", k);
            close(j.get("test_loss").get(k).asDouble(), h.testLoss(k), c, "test loss", k);
            close(j.get("train_acc").get(k).asDouble(), h.trainAccuracy(k), c, "train accuracy", k);
            close(j.get("test_acc").get(k).asDouble(), h.testAccuracy(k), c, "test accuracy", k);
        }
    }

    private static void checkInputs(JsonNode g, String name, Inputs in) {
        JsonNode rows = g.get(name + "_x");
        assertEquals(rows.size(), in.rows(), name + " rows");
        for (int i = 0; i < in.rows(); i++) {
            assertArrayEquals(doubles(rows.get(i)), row(in, i), name + " row " + i);
            assertEquals(g.get(name + "_t").get(i).asInt(), (int) in.target(i), name + " label " + i);
        }
    }

    private static double[] row(Inputs in, int i) {
        double[] r = new double[in.columns()];
        for (int j = 0; j < r.length; j++) {
            r[j] = in.value(i, j);
        }
        return r;
    }

    private static double[] doubles(JsonNode array) {
        double[] d = new double[array.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = array.get(i).asDouble();
        }
        return d;
    }

    private static void close(double expected, double actual, Case c, String what, int k) {
        double tolerance = RELATIVE * Math.abs(expected);
        assertTrue(Math.abs(actual - expected) <= tolerance,
                () -> c.name() + ": " + what + " at k=" + k + " is " + actual + ", torch gives " + expected
                        + " (relative error " + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }
}
