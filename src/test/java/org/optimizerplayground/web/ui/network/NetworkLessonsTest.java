package org.optimizerplayground.web.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.engine.network.Training;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.web.ui.Translations;

/**
 * Each network lesson's text, checked on the engine's numbers for the lesson's link (the page
 * shows these numbers: {@code NetworkPageTest} checks the page against {@code /api/train}).
 */
class NetworkLessonsTest {
    private static List<TrainHistory> run(String id) {
        return Training.run(NetworkLink.read(NetworkLessons.byId(id).orElseThrow().query()));
    }

    private static int last(TrainHistory h) {
        return h.size() - 1;
    }

    /** The variance of the batch loss over updates k > N/2. */
    private static double batchVariance(TrainHistory h) {
        int n = last(h);
        double mean = 0;
        int count = 0;
        for (int k = n / 2 + 1; k <= n; k++) {
            mean += h.batchLoss(k);
            count++;
        }
        mean /= count;
        double v = 0;
        for (int k = n / 2 + 1; k <= n; k++) {
            v += (h.batchLoss(k) - mean) * (h.batchLoss(k) - mean);
        }
        return v / count;
    }

    @Test
    void everyLinkIsCanonicalAndPlaysAtFullSpeed() {
        assertThat(NetworkLessons.all()).extracting(NetworkLesson::id).doesNotHaveDuplicates();
        for (NetworkLesson l : NetworkLessons.all()) {
            assertThat(l.query()).as(l.id()).isEqualTo(NetworkLink.format(NetworkLink.read(l.query())) + "&speed=max");
            assertThat(NetworkLessons.byQuery(l.query())).contains(l);
            assertThat(new Translations().getTranslation(l.textKey(), Locale.ENGLISH).split("(?<=[.:])\\s+(?=[A-Z])")).as(l.id() + ": 1–3 sentences").hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void theSmallerTheBatchTheNoisierTheBatchLoss() {
        TrainHistory one = run("batch-1").getFirst();
        TrainHistory ten = run("batch-10").getFirst();
        TrainHistory full = run("full-batch").getFirst();
        double v1 = batchVariance(one);
        double v10 = batchVariance(ten);
        double vFull = batchVariance(full);
        // measured: 0.164, 0.0030, 0.0013
        assertThat(v1).isGreaterThan(20 * v10);
        assertThat(v10).isGreaterThan(vFull);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 251; k <= 500; k++) {
            min = Math.min(min, one.batchLoss(k));
            max = Math.max(max, one.batchLoss(k));
        }
        assertThat(min).isLessThan(0.05); // measured 0.011
        assertThat(max).as("max").isGreaterThan(1.5);
        // full batch: the batch loss at θ_(k−1) is the training loss of θ_(k−1)
        for (int k = 1; k <= 500; k++) {
            assertThat(full.batchLoss(k)).isCloseTo(full.trainLoss(k - 1), within(1e-12));
        }
        for (TrainHistory h : List.of(one, ten, full)) {
            assertThat(h.status()).isEqualTo(Status.MAX_STEPS);
            assertThat(last(h)).isEqualTo(500);
        }
    }

    @Test
    void onTheSpiralAdamFitsMomentumHalfwaySgdLags() {
        List<TrainHistory> runs = run("spiral-optimizers"); // sgd, momentum, adam at α = 0.03
        TrainHistory sgd = runs.get(0);
        TrainHistory momentum = runs.get(1);
        TrainHistory adam = runs.get(2);
        int n = 2000;
        // measured: train loss 0.554, 0.215, 0.00099; accuracy 0.724, 0.912, 1
        assertThat(adam.trainLoss(n)).isLessThan(0.01);
        assertThat(adam.trainAccuracy(n)).isEqualTo(1.0);
        assertThat(momentum.trainLoss(n)).isBetween(0.1, 0.5 * sgd.trainLoss(n));
        assertThat(sgd.trainAccuracy(n)).isBetween(0.65, 0.8);
        assertThat(momentum.trainAccuracy(n)).isGreaterThan(0.85);
    }

    @Test
    void aTooBigRateDivergesWithinEightUpdates() {
        List<TrainHistory> runs = run("learning-rate-too-big");
        TrainHistory fine = runs.get(0);
        TrainHistory big = runs.get(1);
        assertThat(fine.status()).isEqualTo(Status.MAX_STEPS);
        assertThat(fine.trainLoss(300)).isLessThan(0.05); // measured 0.0294
        assertThat(big.status()).isEqualTo(Status.DIVERGED);
        assertThat(last(big)).isLessThanOrEqualTo(8);
        assertThat(big.trainLoss(last(big))).isGreaterThan(1e12); // measured 4.85e12 at k = 8
    }

    @Test
    void staircaseDecaySettlesWhereTheConstantRateBounces() {
        List<TrainHistory> runs = run("decay");
        TrainHistory constant = runs.get(0);
        TrainHistory decay = runs.get(1);
        int n = 1000;
        // measured: 0.468 and 0.0965
        assertThat(decay.trainLoss(n)).isLessThan(constant.trainLoss(n) / 3);
        List<Double> steps = List.of(0.3, 0.15, 0.075, 0.0375, 0.01875);
        for (int k = 1; k <= n; k++) {
            assertThat(constant.lr(k)).isEqualTo(0.3);
            assertThat(decay.lr(k)).as("α at k = " + k).isCloseTo(steps.get((k - 1) / 200), within(1e-15));
        }
    }
}
