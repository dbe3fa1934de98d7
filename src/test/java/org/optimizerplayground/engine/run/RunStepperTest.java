package org.optimizerplayground.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;

/**
 * The page steps a run one update at a time (recording the terms the update-rule panel shows);
 * the API computes it in one go. Both must give the same numbers bit for bit (SPEC §1), with and
 * without noise and schedules. And the noise of SPEC §5 replays exactly: the same seed gives the
 * same trajectory, another seed another one, and every run of a comparison sees the same noise.
 */
class RunStepperTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "surface=rosenbrock&steps=150&run=adam(lr=0.05)&run=momentum(lr=0.001)&run=nesterov(lr=0.001,beta=0.8)",
        "surface=bowl&steps=120&noise=0.3&run=sgd(lr=0.1,decay=0.7,decay_steps=30)"
                + "&run=adam(lr=0.1,eps_mode=hat,amsgrad=true)",
        "surface=himmelblau&steps=200&noise=0.3&seed=42&run=nadam(lr=0.05,decay=0.5,decay_steps=50,staircase=false)"
                + "&run=lion(lr=0.01,weight_decay=0.1)&run=adadelta&run=adamw(lr=0.05,eps_mode=outside)",
        "surface=double-well&steps=100&noise=0.3&run=rmsprop(lr=0.02,decay=0.5,decay_steps=10,staircase=false)"
                + "&run=adagrad(lr=0.3,eps_mode=outside,initial_accumulator=0.1)&run=adamax&run=momentum-ema",
        "surface=saddle&steps=300&run=sgd(lr=0.5)&run=adam(lr=0.1)", // sgd diverges part-way: the stepper must stop there too
    })
    void steppingWithTermsGivesTheSimulationsNumbers(String query) {
        Experiment experiment = Link.read(query);
        List<Trajectory> batch = Simulation.run(experiment);
        assertEquals(experiment.runs().size(), batch.size());
        for (int r = 0; r < batch.size(); r++) {
            RunStepper stepper = Simulation.stepper(experiment, r);
            List<UpdateTerms> recorded = new ArrayList<>();
            while (!stepper.finished()) {
                UpdateTerms terms = new UpdateTerms();
                stepper.step(terms);
                recorded.add(terms);
            }
            Trajectory stepped = stepper.trajectory();
            Trajectory expected = batch.get(r);
            assertSameTrajectory(expected, stepped, query + " run " + r);
            assertTermsMatchTheTrajectory(stepped, recorded, experiment.noise() == 0);
        }
    }

    @Test
    void aDivergingRunStopsAtTheFirstBadPointInBothPaths() {
        // saddle J = x² − y², y₀ = 0.001 with lr 0.5: y doubles every update until |y| > 1e6 (SPEC §1)
        Experiment experiment = Link.read("surface=saddle&steps=300&run=sgd(lr=0.5)");
        Trajectory batch = Simulation.run(experiment).get(0);
        assertEquals(Status.DIVERGED, batch.status());
        assertTrue(batch.size() < 301, "stopped early");
        assertTrue(Math.abs(batch.theta(batch.size() - 1, 1)) > 1e6, "the offending point is kept");
        assertTrue(Math.abs(batch.theta(batch.size() - 2, 1)) <= 1e6);
        RunStepper stepper = Simulation.stepper(experiment, 0);
        stepper.finish();
        assertSameTrajectory(batch, stepper.trajectory(), "saddle");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> stepper.step(null));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void mixingRecordedAndFastStepsChangesNothing() {
        Experiment experiment = Link.read("surface=rosenbrock&steps=100&noise=0.3&run=adam(lr=0.05,amsgrad=true)");
        RunStepper stepper = Simulation.stepper(experiment, 0);
        for (int k = 0; !stepper.finished(); k++) {
            stepper.step(k % 3 == 0 ? new UpdateTerms() : null);
        }
        assertSameTrajectory(Simulation.run(experiment).get(0), stepper.trajectory(), "mixed");
        assertEquals(100, stepper.k());
    }

    // ---- noise (SPEC §5) ---------------------------------------------------------------------

    @Test
    void theSameSeedGivesTheSameTrajectory() {
        String query = "surface=rosenbrock&steps=200&noise=0.3&seed=7&run=adam(lr=0.05)&run=sgd(lr=0.001)";
        List<Trajectory> first = Simulation.run(Link.read(query));
        List<Trajectory> second = Simulation.run(Link.read(query));
        for (int r = 0; r < first.size(); r++) {
            assertSameTrajectory(first.get(r), second.get(r), "run " + r);
        }
    }

    @Test
    void anotherSeedGivesAnotherTrajectory() {
        Trajectory seed7 = Simulation.run(Link.read("surface=bowl&steps=50&noise=0.3&seed=7&run=sgd")).get(0);
        Trajectory seed8 = Simulation.run(Link.read("surface=bowl&steps=50&noise=0.3&seed=8&run=sgd")).get(0);
        Trajectory quiet = Simulation.run(Link.read("surface=bowl&steps=50&run=sgd")).get(0);
        assertEquals(seed7.theta(0, 0), seed8.theta(0, 0), 0, "same start");
        for (int k = 1; k <= 50; k++) {
            assertNotEquals(seed7.theta(k, 0), seed8.theta(k, 0), "seed 7 vs 8 at k = " + k);
            assertNotEquals(seed7.theta(k, 0), quiet.theta(k, 0), "noise 0.3 vs 0 at k = " + k);
        }
    }

    @Test
    void theDefaultSeedIsOne() {
        Trajectory implicit = Simulation.run(Link.read("surface=bowl&steps=50&noise=0.3&run=sgd")).get(0);
        Trajectory explicit = Simulation.run(Link.read("surface=bowl&steps=50&noise=0.3&seed=1&run=sgd")).get(0);
        assertSameTrajectory(implicit, explicit, "seed=1");
    }

    @Test
    void identicalRunsOfOneExperimentGetIdenticalTrajectories() {
        List<Trajectory> runs = Simulation.run(Link.read(
                "surface=himmelblau&steps=300&noise=0.3&run=momentum(lr=0.01)&run=momentum(lr=0.01)&run=momentum(lr=0.01)"));
        assertSameTrajectory(runs.get(0), runs.get(1), "runs 1 and 2");
        assertSameTrajectory(runs.get(0), runs.get(2), "runs 1 and 3");
    }

    /**
     * On J = x + y the true gradient is (1, 1) everywhere, so the g each update reads is exactly
     * 1 + σz: different optimizers, which walk to different points, must still read the very
     * same noisy gradients, update by update.
     */
    @Test
    void everyRunOfAComparisonGetsTheSameNoiseSequence() {
        Experiment experiment = Link.read("surface=custom&f=x%2By&steps=200&noise=0.3&seed=3"
                + "&run=sgd(lr=0.001)&run=adam(lr=0.01)&run=lion(lr=0.001)&run=rmsprop(lr=0.001,decay=0.5)");
        List<double[][]> noisyGradients = new ArrayList<>();
        for (int r = 0; r < experiment.runs().size(); r++) {
            noisyGradients.add(gradientsRead(experiment, r));
        }
        for (int r = 1; r < noisyGradients.size(); r++) {
            for (int k = 0; k < 200; k++) {
                assertArrayEquals(noisyGradients.get(0)[k], noisyGradients.get(r)[k], 0, "run " + r + ", update " + (k + 1));
            }
        }
        // …and the runs did go different ways.
        List<Trajectory> trajectories = Simulation.run(experiment);
        assertNotEquals(trajectories.get(0).theta(200, 0), trajectories.get(1).theta(200, 0));
    }

    /**
     * σ·N(0, 1) per component: over 2 × 5000 draws of the noise 0.3·z (read as g − 1 on J = x + y),
     * the mean is within 4 standard errors of 0, the standard deviation within 3% of 0.3, and
     * the two components and successive updates are not correlated.
     */
    @Test
    void theNoiseIsGaussianWithTheLinksSigma() {
        Experiment experiment = Link.read("surface=custom&f=x%2By&steps=5000&noise=0.3&run=sgd(lr=1e-6)");
        double[][] g = gradientsRead(experiment, 0);
        int n = 0;
        double sum = 0;
        double squares = 0;
        double cross = 0;
        double lagged = 0;
        for (int k = 0; k < g.length; k++) {
            for (int i = 0; i < 2; i++) {
                double z = g[k][i] - 1;
                sum += z;
                squares += z * z;
                n++;
            }
            cross += (g[k][0] - 1) * (g[k][1] - 1);
            if (k > 0) {
                lagged += (g[k][0] - 1) * (g[k - 1][0] - 1);
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(squares / n - mean * mean);
        assertTrue(Math.abs(mean) < 4 * 0.3 / Math.sqrt(n), "mean " + mean);
        assertTrue(Math.abs(sd - 0.3) < 0.03 * 0.3, "sd " + sd);
        assertTrue(Math.abs(cross / g.length / 0.09) < 4 / Math.sqrt(g.length), "corr(x, y) " + cross / g.length / 0.09);
        assertTrue(Math.abs(lagged / g.length / 0.09) < 4 / Math.sqrt(g.length), "lag-1 corr " + lagged / g.length / 0.09);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The g (with noise) that each update of run {@code r} read, from the recorded terms. */
    private static double[][] gradientsRead(Experiment experiment, int r) {
        RunStepper stepper = Simulation.stepper(experiment, r);
        double[][] g = new double[experiment.steps()][];
        for (int k = 0; k < experiment.steps(); k++) {
            UpdateTerms terms = new UpdateTerms();
            stepper.step(terms);
            g[k] = terms.get("g").orElseThrow().values();
        }
        assertFalse(stepper.trajectory().status() == Status.DIVERGED);
        return g;
    }

    /** θ, J, ∇J and α of every point, and the status, bit for bit. */
    static void assertSameTrajectory(Trajectory expected, Trajectory actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of points");
        assertEquals(expected.status(), actual.status(), what + ": status");
        assertEquals(expected.dimension(), actual.dimension(), what + ": dimension");
        for (int k = 0; k < expected.size(); k++) {
            for (int i = 0; i < expected.dimension(); i++) {
                // assertEquals(double, double) without a delta compares bits (NaN equals NaN, 0.0 is not -0.0)
                assertEquals(expected.theta(k, i), actual.theta(k, i), what + ": θ at k = " + k);
                assertEquals(expected.grad(k, i), actual.grad(k, i), what + ": ∇J at k = " + k);
            }
            assertEquals(expected.loss(k), actual.loss(k), what + ": J at k = " + k);
            assertEquals(expected.lr(k), actual.lr(k), what + ": α at k = " + k);
        }
    }

    /** The terms of update k agree with points k − 1 and k of the trajectory. */
    private static void assertTermsMatchTheTrajectory(Trajectory t, List<UpdateTerms> recorded, boolean noiseless) {
        assertEquals(t.size() - 1, recorded.size(), "one set of terms per update");
        for (int k = 1; k < t.size(); k++) {
            UpdateTerms terms = recorded.get(k - 1);
            assertEquals(k, value(terms, "k")[0], 0, "k");
            assertEquals(t.lr(k), value(terms, "alpha")[0], 0, "α_" + k);
            assertArrayEquals(t.point(k - 1).theta(), value(terms, "theta_before"), 0, "θ_" + (k - 1));
            assertArrayEquals(t.point(k).theta(), value(terms, "theta_after"), 0, "θ_" + k);
            assertEquals(t.loss(k - 1), value(terms, "loss_before")[0], "J_" + (k - 1));
            assertEquals(t.loss(k), value(terms, "loss_after")[0], "J_" + k);
            if (noiseless) {
                assertArrayEquals(t.point(k - 1).grad(), value(terms, "g"), 0, "g of update " + k + " is ∇J(θ_" + (k - 1) + ")");
            }
        }
    }

    private static double[] value(UpdateTerms terms, String key) {
        return terms.get(key).orElseThrow(() -> new AssertionError("no term " + key)).values();
    }
}
