package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.RunSpec;

/** The network page's link keys: defaults, round trip, and a clear error naming the key. */
class NetworkLinkTest {
    @Test
    void theBareLinkIsTensorFlowPlaygroundsDefaultNetworkRacedBySgdMomentumAndAdam() {
        TrainSpec s = NetworkLink.read("");
        assertEquals(new DataSpec(DataShape.CIRCLE, 500, 0, 0.5), s.data());
        assertEquals(new Architecture(List.of(Feature.X, Feature.Y), List.of(4, 2), Activation.TANH, LossKind.BCE, 0),
                s.architecture());
        assertEquals(10, s.batch());
        assertEquals(1000, s.steps());
        assertEquals(List.of("sgd(lr=0.03)", "momentum(lr=0.03)", "adam(lr=0.03)"),
                s.runs().stream().map(RunSpec::format).toList());
        assertEquals("", NetworkLink.format(s));
    }

    @Test
    void everyKeyIsReadAndTheCanonicalLinkReadsBackToTheSameSetting() {
        String q = "data=spiral&n=300&noise=0.1&test=0.2&seed=7&features=x,y,sinx&layers=8,8,3&activation=relu"
                + "&loss=mse&l2=0.001&batch=30&steps=200&run=adam(lr=0.02)&run=sgd(lr=0.1,decay=0.5)";
        TrainSpec s = NetworkLink.read(q);
        assertEquals(new DataSpec(DataShape.SPIRAL, 300, 0.1, 0.2), s.data());
        assertEquals(List.of(Feature.X, Feature.Y, Feature.SIN_X), s.architecture().features());
        assertEquals(List.of(8, 8, 3), s.architecture().hidden());
        assertEquals(q, NetworkLink.format(s));
        assertEquals(s, NetworkLink.read(NetworkLink.format(s)));
        assertEquals(List.of(), NetworkLink.read("layers=none").architecture().hidden());
        assertEquals("layers=none", NetworkLink.format(NetworkLink.read("layers=none")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "data=moons | data | unknown data set 'moons' (choose one of circle, xor, gauss, spiral)",
        "n=2001 | n | n must be in [2, 2000], got 2001",
        "n=1.5 | n | n must be a whole number, got '1.5'",
        "noise=NaN | noise | noise must be a number, got 'NaN'",
        "test=1 | test | test must be in [0, 0.9], got 1",
        "n=2&test=0.9 | test | test = 0.9 leaves no training point of n = 2",
        "seed=x | seed | seed must be a whole number, got 'x'",
        "features=x,z | features | unknown feature 'z' (choose from x, y, x2, y2, xy, sinx, siny)",
        "features=x,x | features | features name x twice",
        "layers=4,9 | layers | layers: units must be in [1, 8], got 9",
        "layers=1,1,1,1,1,1,1 | layers | layers: at most 6 hidden layers, got 7",
        "layers= | layers | layers is empty: expected a number",
        "activation=gelu | activation | unknown activation 'gelu' (choose one of tanh, relu, sigmoid, linear)",
        "loss=hinge | loss | unknown loss 'hinge' (choose one of bce, mse)",
        "l2=11 | l2 | l2 must be in [0, 10], got 11",
        "batch=0 | batch | batch must be in [1, 2000], got 0",
        "steps=100001 | steps | steps must be in [1, 100000], got 100001",
        "run=adam(lr=0) | run | adam: lr must be in (0, 100], got 0",
        "surface=bowl | surface | unknown key 'surface' (the network link keys are data, n, noise, test, seed, "
            + "features, layers, activation, loss, l2, batch, steps, run)",
    })
    void aBadValueIsRefusedNamingItsKey(String query, String key, String message) {
        LinkException e = assertThrows(LinkException.class, () -> NetworkLink.read(query));
        assertEquals(key, e.param());
        assertEquals(message, e.getMessage());
    }

    @Test
    void nineRunsAreTooMany() {
        LinkException e = assertThrows(LinkException.class, () -> NetworkLink.read("run=sgd".repeat(1)
                + "&run=sgd".repeat(8)));
        assertEquals("run", e.param());
    }
}
