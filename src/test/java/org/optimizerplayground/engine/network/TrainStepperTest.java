package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.Status;

/** A race on a network: common start and batches, metrics per update, divergence without crashes. */
class TrainStepperTest {
    private static TrainSpec spec(int batch, int steps, String... runs) {
        return new TrainSpec(new DataSpec(DataShape.CIRCLE, 100, 0, 0.5),
                new Architecture(List.of(Feature.X, Feature.Y), List.of(4, 2), Activation.TANH, LossKind.BCE, 0),
                batch, steps, 1, java.util.Arrays.stream(runs).map(RunSpec::parse).toList());
    }

    @Test
    void everyRunOfARaceStartsFromTheSameWeightsAndSeesTheSameFirstBatch() {
        List<TrainHistory> h = Training.run(spec(10, 5, "sgd(lr=0.1)", "adam(lr=0.01)", "momentum"));
        for (TrainHistory run : h) {
            assertArrayEquals(h.get(0).theta(0), run.theta(0));
            assertEquals(h.get(0).batchLoss(1), run.batchLoss(1), "batch 1 at θ₀ is the same batch");
            assertEquals(Status.MAX_STEPS, run.status());
            assertEquals(6, run.size());
        }
    }

    @Test
    void adamLearnsTheCircleWithTheDefaultNetwork() {
        TrainHistory h = Training.run(spec(10, 600, "adam(lr=0.03)")).get(0);
        assertTrue(h.trainLoss(600) < 0.5 * h.trainLoss(0), "train loss " + h.trainLoss(0) + " → " + h.trainLoss(600));
        assertTrue(h.testAccuracy(600) > 0.9, "test accuracy " + h.testAccuracy(600));
        assertTrue(Double.isNaN(h.batchLoss(0)) && Double.isNaN(h.lr(0)));
        assertEquals(0.03, h.lr(1));
    }

    @Test
    void fullBatchSgdLowersTheTrainingLossAtEveryUpdateWithASmallRate() {
        TrainHistory h = Training.run(spec(1000, 50, "sgd(lr=0.05)")).get(0);
        for (int k = 1; k <= 50; k++) {
            assertTrue(h.trainLoss(k) < h.trainLoss(k - 1), "k = " + k);
            assertEquals(h.trainLoss(k - 1), h.batchLoss(k), 1e-15, "full batch: batch k is the training set at θ_(k−1)");
        }
    }

    @Test
    void aRateTooBigMarksTheRunDivergedAndNothingThrows() {
        TrainSpec s = new TrainSpec(new DataSpec(DataShape.GAUSS, 50, 0, 0),
                new Architecture(List.of(Feature.X, Feature.Y), List.of(8, 8), Activation.LINEAR, LossKind.MSE, 0),
                50, 1000, 2, List.of(RunSpec.parse("sgd(lr=100)")));
        TrainHistory h = Training.run(s).get(0);
        assertEquals(Status.DIVERGED, h.status());
        assertTrue(h.size() < 1001);
        int last = h.size() - 1;
        double[] theta = h.theta(last);
        boolean bad = !Double.isFinite(h.trainLoss(last)) || !Double.isFinite(h.batchLoss(last));
        for (double t : theta) {
            bad |= !(Math.abs(t) <= TrainStepper.DIVERGENCE_BOUND);
        }
        assertTrue(bad, "the last point kept is the one that diverged");
    }

    @Test
    void aFinishedRunRefusesAnotherStep() {
        TrainStepper stepper = new TrainStepper(NetworkProblem.of(spec(10, 2, "sgd")), RunSpec.parse("sgd"));
        stepper.finish();
        assertTrue(stepper.finished());
        assertThrows(IllegalStateException.class, () -> stepper.step(null));
    }

    @Test
    void withoutMetricsOnlyTheBatchLossIsComputedAndTheWeightsAreTheSame() {
        NetworkProblem p = NetworkProblem.of(spec(10, 20, "adam"));
        TrainStepper with = new TrainStepper(p, RunSpec.parse("adam"), true, true);
        TrainStepper without = new TrainStepper(p, RunSpec.parse("adam"), false, false);
        with.finish();
        without.finish();
        assertArrayEquals(with.theta(), without.theta());
        assertTrue(Double.isNaN(without.history().trainLoss(20)));
        assertFalse(Double.isNaN(without.history().batchLoss(20)));
        assertThrows(IllegalArgumentException.class, () -> without.history().theta(3, 0));
    }
}
