package org.optimizerplayground.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hand-written loop of {@link NetworkBenchmark} computes what the engine computes. */
class NetworkBenchmarkTest {
    @Test
    void theStraightLoopEndsWithTheEnginesBatchLoss() {
        NetworkBenchmark bench = new NetworkBenchmark();
        NetworkBenchmark.Net net = new NetworkBenchmark.Net();
        net.setUp();
        double engine = bench.engineUpdate(net);
        double loop = bench.straightLoop(net);
        assertEquals(engine, loop, 1e-12 * Math.abs(engine));
    }
}
