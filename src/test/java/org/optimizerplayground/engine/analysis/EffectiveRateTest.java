package org.optimizerplayground.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;

/** The per-parameter rate: what the lecture's ravine slide is about. */
class EffectiveRateTest {
    @Test
    void rmspropOnTheFirstUpdateByHand() {
        // J = 0.1x² + 2y² at (−4.5, 1.5): ∂θ = (−0.9, 6). With ρ = 0.9: s = 0.1·∂θ² = (0.081, 3.6);
        // the rates α/√(s + ε) with α = 0.01 are 0.01/√0.0810001 ≈ 0.0351 for x and ≈ 0.00527 for y:
        // the steep direction gets the small rate.
        double[][] r = EffectiveRate.of(Link.read("surface=ravine&steps=1&run=rmsprop"), 0, 1);
        assertEquals(0.01 / StrictMath.sqrt(0.081 + 1e-7), r[0][0], 1e-15);
        assertEquals(0.01 / StrictMath.sqrt(3.6 + 1e-7), r[1][0], 1e-15);
        assertTrue(r[0][0] > 6 * r[1][0]);
    }

    @Test
    void theRateTimesTheGradientIsTheStep() {
        // Adagrad moves each θ_i by exactly rate_i · ∂θ_i.
        var e = Link.read("surface=beale&steps=20&run=adagrad(lr=0.3,eps_mode=outside)");
        double[][] r = EffectiveRate.of(e, 0, 20);
        Trajectory t = Simulation.run(e).get(0);
        for (int k = 1; k <= 20; k++) {
            for (int i = 0; i < 2; i++) {
                double step = t.theta(k - 1, i) - t.theta(k, i);
                assertEquals(step, r[i][k - 1] * t.grad(k - 1, i), 1e-12 * Math.max(1, Math.abs(step)));
            }
        }
    }

    @Test
    void gradientDescentHasOneRateForAll() {
        double[][] r = EffectiveRate.of(Link.read("surface=bowl&steps=5&run=sgd(lr=0.1,decay=0.5,decay_steps=2)"), 0, 5);
        assertEquals(0.1, r[0][0]);
        assertEquals(0.05, r[1][2]);
        assertEquals(0.025, r[0][4]);
        assertFalse(EffectiveRate.adaptive("sgd"));
        assertTrue(EffectiveRate.adaptive("adam"));
    }
}
