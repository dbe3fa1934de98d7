package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.Status;

/** The recording the API answers with: the stepper's numbers at the written points, bounded work. */
class TrainRecordingTest {
    private static TrainSpec spec(int steps, String... runs) {
        return new TrainSpec(new DataSpec(DataShape.SPIRAL, 80, 0.1, 0.25),
                new Architecture(List.of(Feature.X, Feature.Y), List.of(4, 2), Activation.TANH, LossKind.BCE, 0.01),
                7, steps, 3, Arrays.stream(runs).map(RunSpec::parse).toList());
    }

    @Test
    void everyPointIsTheSteppersPointBitForBit() {
        TrainSpec s = spec(30, "adam(lr=0.05)", "sgd(lr=0.3,decay=0.5,decay_steps=10)");
        NetworkProblem p = NetworkProblem.of(s);
        List<TrainRecording.RunRecord> records = TrainRecording.run(p, 1, true);
        List<TrainHistory> histories = Training.run(p);
        for (int r = 0; r < 2; r++) {
            TrainRecording.RunRecord rec = records.get(r);
            TrainHistory h = histories.get(r);
            assertEquals(h.size(), rec.size());
            assertEquals(h.status(), rec.status());
            for (int k = 0; k < h.size(); k++) {
                assertEquals(k, rec.k(k));
                assertArrayEquals(h.theta(k), rec.theta(k));
                assertEquals(h.batchLoss(k), rec.batchLoss(k));
                assertEquals(h.trainLoss(k), rec.trainLoss(k));
                assertEquals(h.trainAccuracy(k), rec.trainAccuracy(k));
                assertEquals(h.testLoss(k), rec.testLoss(k));
                assertEquals(h.testAccuracy(k), rec.testAccuracy(k));
                assertEquals(h.penalty(k), rec.penalty(k));
                assertEquals(h.lr(k), rec.lr(k));
                assertEquals(h.trainLoss(k) + h.penalty(k), rec.cost(k));
            }
        }
    }

    @Test
    void everyEWritesEveryEthPointAndTheLast() {
        TrainSpec s = spec(23, "momentum(lr=0.1)");
        NetworkProblem p = NetworkProblem.of(s);
        TrainRecording.RunRecord rec = TrainRecording.run(p, 5, false).get(0);
        TrainHistory h = Training.run(p).get(0);
        assertEquals(TrainRecording.rows(23, 5), rec.size());
        assertEquals(6, rec.size());
        int[] ks = {0, 5, 10, 15, 20, 23};
        for (int i = 0; i < ks.length; i++) {
            assertEquals(ks[i], rec.k(i));
            assertEquals(h.trainLoss(ks[i]), rec.trainLoss(i), "the same θ_k as the full run");
            assertEquals(h.batchLoss(ks[i]), rec.batchLoss(i));
        }
        assertFalse(rec.keepsTheta());
        assertEquals(5, TrainRecording.rows(20, 5));
    }

    @Test
    void nanWeightsMarkTheRunDivergedAndWriteTheLastPoint() {
        TrainSpec s = new TrainSpec(new DataSpec(DataShape.GAUSS, 50, 0, 0),
                new Architecture(List.of(Feature.X, Feature.Y), List.of(8, 8), Activation.LINEAR, LossKind.MSE, 0),
                50, 1000, 2, List.of(RunSpec.parse("sgd(lr=100)")));
        for (int every : new int[] {1, 7, 1000}) {
            TrainRecording.RunRecord rec = TrainRecording.run(NetworkProblem.of(s), every, true).get(0);
            assertEquals(Status.DIVERGED, rec.status());
            int last = rec.size() - 1;
            assertTrue(rec.k(last) < 1000);
            double[] theta = rec.theta(last);
            assertTrue(Arrays.stream(theta).anyMatch(t -> !(Math.abs(t) <= 1e6)) || !Double.isFinite(rec.trainLoss(last)),
                    "the diverged point is written");
        }
    }

    @Test
    void workCountsUpdatesAndEvaluations() {
        TrainSpec s = spec(100, "sgd", "adam");
        // 60 training points, batch 7; 80 points evaluated at 101 written points.
        assertEquals(2 * (3L * 100 * 7 + 101L * 80), TrainRecording.work(s, 1));
        assertEquals(2 * (3L * 100 * 7 + 11L * 80), TrainRecording.work(s, 10));
    }
}
