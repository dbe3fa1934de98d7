package org.optimizerplayground.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;

/** The explainer's averages are the lecture's formulas, and for Adam exactly Adam's own m, s, m′, s′. */
class EwmaTest {
    @Test
    void byHandOnAConstantGradient() {
        // J = 3w: ∂θ = 3 at every update. With β₁ = 0.9: m₁ = 0.3, m₂ = 0.57, m₃ = 0.813; the
        // corrected m′ = m/(1 − 0.9ᵏ) is 3 every time: the bias towards zero removed exactly.
        Ewma.Series s = Ewma.of(Link.read("surface=custom&f=3*w&start=0&steps=3&run=sgd(lr=0.001)"), 0, 0, 3);
        assertEquals(0.9, s.beta1());
        assertEquals(0.999, s.beta2());
        assertEquals(0.3, s.m()[0], 1e-15);
        assertEquals(0.57, s.m()[1], 1e-15);
        assertEquals(0.813, s.m()[2], 1e-15);
        for (int k = 0; k < 3; k++) {
            assertEquals(3, s.mHat()[k], 1e-14);
            assertEquals(9, s.sHat()[k], 1e-12);
        }
    }

    @Test
    void forAdamTheyAreAdamsOwnTerms() {
        Experiment e = Link.read("surface=rosenbrock&steps=50&run=adam(lr=0.05,beta1=0.8,beta2=0.99)&noise=0.5");
        Ewma.Series s = Ewma.of(e, 0, 1, 50);
        RunStepper stepper = new RunStepper(e, 0);
        for (int k = 0; k < 50; k++) {
            UpdateTerms t = new UpdateTerms();
            stepper.step(t);
            assertEquals(t.get("g").orElseThrow().values()[1], s.g()[k]);
            assertEquals(t.get("m").orElseThrow().values()[1], s.m()[k]);
            assertEquals(t.get("s").orElseThrow().values()[1], s.s()[k]);
            assertEquals(t.get("m_hat").orElseThrow().values()[1], s.mHat()[k]);
            assertEquals(t.get("s_hat").orElseThrow().values()[1], s.sHat()[k]);
        }
    }

    @Test
    void betaComesFromTheRun() {
        assertEquals(0.5, Ewma.beta1(Link.read("run=momentum-ema(beta=0.5)").runs().get(0)));
        assertEquals(0.95, Ewma.beta2(Link.read("run=rmsprop(rho=0.95)").runs().get(0)));
    }
}
