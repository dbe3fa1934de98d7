package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.optimizerplayground.engine.experiment.RunSpec;

/** Bad settings are refused before anything runs, with the parameter, the value and the range. */
class NetworkValidationTest {
    private static final List<Feature> XY = List.of(Feature.X, Feature.Y);

    private static void refused(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void dataSettings() {
        refused("n must be in [2, 2000], got 2001", () -> new DataSpec(DataShape.XOR, 2001, 0, 0.5));
        refused("n must be in [2, 2000], got 1", () -> new DataSpec(DataShape.XOR, 1, 0, 0.5));
        refused("noise must be in [0, 0.5], got 0.6", () -> new DataSpec(DataShape.XOR, 100, 0.6, 0.5));
        refused("noise must be in [0, 0.5], got NaN", () -> new DataSpec(DataShape.XOR, 100, Double.NaN, 0.5));
        refused("test must be in [0, 0.9], got 0.95", () -> new DataSpec(DataShape.XOR, 100, 0, 0.95));
        refused("test = 0.9 leaves no training point of n = 2", () -> new DataSpec(DataShape.XOR, 2, 0, 0.9));
    }

    @Test
    void networkSettings() {
        refused("layers must be in [0, 6], got 7",
                () -> new Architecture(XY, List.of(1, 1, 1, 1, 1, 1, 1), Activation.TANH, LossKind.BCE, 0));
        refused("units must be in [1, 8], got 9",
                () -> new Architecture(XY, List.of(9), Activation.TANH, LossKind.BCE, 0));
        refused("units must be in [1, 8], got 0",
                () -> new Architecture(XY, List.of(0), Activation.TANH, LossKind.BCE, 0));
        refused("l2 must be in [0, 10], got -1", () -> new Architecture(XY, List.of(), Activation.TANH, LossKind.BCE, -1));
        refused("features must not repeat a feature, got x,x",
                () -> new Architecture(List.of(Feature.X, Feature.X), List.of(), Activation.TANH, LossKind.BCE, 0));
        refused("features must name at least one of x, y, x2, y2, xy, sinx, siny",
                () -> new Architecture(List.of(), List.of(), Activation.TANH, LossKind.BCE, 0));
    }

    @Test
    void raceSettings() {
        DataSpec data = new DataSpec(DataShape.XOR, 100, 0, 0.5);
        Architecture arch = new Architecture(XY, List.of(4), Activation.TANH, LossKind.BCE, 0);
        List<RunSpec> one = List.of(RunSpec.parse("sgd"));
        refused("batch must be in [1, 2000], got 0", () -> new TrainSpec(data, arch, 0, 10, 1, one));
        refused("steps must be in [1, 100000], got 100001", () -> new TrainSpec(data, arch, 10, 100_001, 1, one));
        refused("run must be given 1 to 8 times, got 0", () -> new TrainSpec(data, arch, 10, 10, 1, List.of()));
        refused("run must be given 1 to 8 times, got 9",
                () -> new TrainSpec(data, arch, 10, 10, 1, java.util.Collections.nCopies(9, one.get(0))));
    }
}
