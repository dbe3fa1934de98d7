package org.optimizerplayground.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * In the spirit of Optax's {@code alias_test.py}: every optimizer, from the bowl's default start
 * (2.5, 2), gets to the minimum J(0, 0) = 0 of J = x² + y² — each with a learning rate and a
 * number of updates that suit it, and a bound on the final J that reflects how the method ends.
 */
class BowlConvergenceTest {
    /**
     * @param run the link's {@code run=} value
     * @param why how the method behaves near the minimum, hence the bound
     */
    record Case(String run, int steps, double maxFinalLoss, String why) {
        String id() {
            return run.substring(0, run.indexOf('('));
        }

        @Override
        public String toString() {
            return run + ", " + steps + " updates";
        }
    }

    /** Methods whose steps shrink with the gradient converge linearly: J_N far below 1e-10. */
    private static final double LINEAR = 1e-10;

    static Stream<Case> cases() {
        return Stream.of(
                new Case("sgd(lr=0.1)", 100, LINEAR,
                        "θ_k = (1 − 2α)^k θ₀ = 0.8^k θ₀ exactly: J₁₀₀ ≈ 10.25·0.64¹⁰⁰ ≈ 4e-19"),
                new Case("momentum(lr=0.05)", 300, LINEAR,
                        "heavy ball on a quadratic: linear rate ≈ √β per update, spiralling in"),
                new Case("momentum-ema(lr=0.1)", 300, LINEAR,
                        "the same heavy ball with the step scaled by 1 − β"),
                new Case("nesterov(lr=0.05)", 200, LINEAR,
                        "look-ahead momentum damps the spiral: faster than plain momentum"),
                new Case("rmsprop(lr=0.01)", 600, 1e-4,
                        "no momentum, no decay: once s has settled on g², the step α·g/√s is ±α and θ ends in"
                                + " the 2-cycle θ_i = ±α/2, J = α²/2 = 5e-5 (< α²)"),
                new Case("adam(lr=0.1)", 300, LINEAR,
                        "β₂ = 0.999 remembers the large early gradients, so √ŝ stays large and the steps shrink"),
                new Case("adamw(lr=0.1)", 300, LINEAR,
                        "as Adam; the decoupled decay pulls towards 0, which is the minimum here"),
                new Case("nadam(lr=0.1)", 300, LINEAR, "as Adam, with a look-ahead on m"),
                new Case("adagrad(lr=0.5)", 300, LINEAR,
                        "the accumulated g² only grows, so the steps shrink for good (lr 0.1 would be slow)"),
                new Case("adadelta(lr=1)", 1000, LINEAR,
                        "no real learning rate: the first steps are √ε/√(s+ε)·g ≈ 1e-3 and grow only as u"
                                + " builds up, so it needs ~750 updates from (2.5, 2), then converges fast"),
                new Case("adamax(lr=0.1)", 300, LINEAR,
                        "u = max(β₂u, |g|) decays slowly from the early gradients, so the steps shrink"),
                new Case("lion(lr=0.01)", 1000, 2 * 0.01 * 0.01 * (1 + 1e-9),
                        "sign steps of exactly α cannot settle: θ ends in the cycle 0 → +α → 0 → −α per"
                                + " component, so J_N ≤ 2α² = 2e-4 whichever phase N falls on"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convergesOnTheBowl(Case c) {
        Experiment experiment = Link.read("surface=bowl&steps=" + c.steps() + "&run=" + c.run());
        Trajectory t = Simulation.run(experiment).get(0);
        assertEquals(c.steps() + 1, t.size(), "a run never stops early on convergence");
        assertTrue(t.status() == Status.CONVERGED || t.status() == Status.MAX_STEPS, t.status().key());
        assertEquals(2.5, t.theta(0, 0));
        assertEquals(2, t.theta(0, 1));
        double loss = t.loss(c.steps());
        assertTrue(loss < c.maxFinalLoss(),
                () -> c + ": J_N = " + loss + ", expected below " + c.maxFinalLoss() + " (" + c.why() + ")");
    }

    /**
     * Lion and RMSprop end by hovering around the minimum in steps of their learning rate; check
     * the whole tail, not just the last point: over the last 100 updates no coordinate leaves
     * the band the method allows (|θ_i| ≤ α for Lion, ≤ α/2 (+0.1% slack) for RMSprop).
     */
    @Test
    void signLikeMethodsHoverWithinTheirStepSize() {
        assertTailWithin("lion(lr=0.01)", 1000, 0.01 * (1 + 1e-9));
        assertTailWithin("rmsprop(lr=0.01)", 600, 0.005 * 1.001);
    }

    private static void assertTailWithin(String run, int steps, double band) {
        Trajectory t = Simulation.run(Link.read("surface=bowl&steps=" + steps + "&run=" + run)).get(0);
        for (int k = steps - 100; k <= steps; k++) {
            for (int i = 0; i < 2; i++) {
                double v = t.theta(k, i);
                int kk = k;
                int ii = i;
                assertTrue(Math.abs(v) <= band, () -> run + ": |θ_" + kk + "," + ii + "| = " + Math.abs(v) + " > " + band);
            }
        }
    }

    @Test
    void everyOptimizerIsCovered() {
        Set<String> covered = cases().map(Case::id).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Optimizers.ids()), covered);
        assertEquals(12, covered.size());
    }
}
