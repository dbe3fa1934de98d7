package org.optimizerplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * The explainer of a page replays its run along the points the shared store already has: no
 * surface is evaluated, and its numbers are bit for bit those of a replay that steps the run
 * itself ({@link Ewma#of} and {@link EffectiveRate#of}, which compute every gradient again), for
 * every optimizer, with and without gradient noise. The ∂θ an update used is the stored
 * ∇J(θ_(k−1)) plus the same noise drawn again; Nesterov and Nadam look ahead through their own
 * state only.
 */
class ExplainerAlongStoredPointsTest {
    private final TrajectoryStore store = new TrajectoryStore(64L << 20);

    @Test
    void everyOptimizerWithAndWithoutNoiseGivesTheNumbersOfAReplayThatStepsTheRunItself() {
        for (OptimizerKind kind : Optimizers.all()) {
            for (String noise : new String[] {"", "&noise=0.4&seed=11"}) {
                Experiment e = Link.read("surface=rosenbrock&steps=90" + noise + "&run=sgd(lr=0.001)&run=" + kind.id());
                int run = 1; // not the first place: the noise is drawn from the experiment's seed all the same
                Trajectory stored = store.run(e, run).run(Integer.MAX_VALUE);
                ExplainerReplay replay = new ExplainerReplay(e, run);
                int before = 0;
                for (int shown : new int[] {0, 1, 2, 7, 7, 40, 90}) {
                    int updates = Math.min(shown, stored.size() - 1);
                    // What a frame carries: the trajectory as far as the tab has played.
                    replay.advanceTo(stored.upTo(updates + 1), updates, 1);
                    assertThat(replay.updates()).isEqualTo(updates);
                    double[][] rates = EffectiveRate.of(e, run, updates);
                    for (int c = 0; c < 2; c++) {
                        Ewma.Series whole = Ewma.of(e, run, c, updates);
                        Ewma.Series window = replay.ewma(c);
                        String what = kind.id() + noise + ", component " + c + " after " + updates;
                        assertThat(window.g()).as("∂θ of " + what).isEqualTo(Arrays.copyOfRange(whole.g(), before, updates));
                        assertThat(window.m()).as("m of " + what).isEqualTo(Arrays.copyOfRange(whole.m(), before, updates));
                        assertThat(window.mHat()).isEqualTo(Arrays.copyOfRange(whole.mHat(), before, updates));
                        assertThat(window.s()).isEqualTo(Arrays.copyOfRange(whole.s(), before, updates));
                        assertThat(window.sHat()).isEqualTo(Arrays.copyOfRange(whole.sHat(), before, updates));
                        assertThat(replay.rate(c)).as("rate of " + what).isEqualTo(Arrays.copyOfRange(rates[c], before, updates));
                    }
                    before = updates;
                }
            }
        }
    }

    @Test
    void aRunThatDivergedIsReplayedToWhereItEnded() {
        Experiment e = Link.read("surface=parabola&steps=200&run=sgd(lr=5)");
        Trajectory stored = store.run(e, 0).run(Integer.MAX_VALUE);
        ExplainerReplay replay = new ExplainerReplay(e, 0);
        replay.advanceTo(stored, 200, 1);
        assertThat(replay.updates()).isEqualTo(stored.size() - 1).isLessThan(200);
        assertThat(replay.ewma(0).g()).isEqualTo(Ewma.of(e, 0, 0, 200).g());
    }

    @Test
    void pointsNotComputedYetAreNotReplayed() {
        Experiment e = Link.read("surface=beale&steps=500&run=adam(lr=0.02)");
        Trajectory stored = store.run(e, 0).run(101);
        ExplainerReplay replay = new ExplainerReplay(e, 0);
        replay.advanceTo(stored.upTo(101), 500, 10);
        assertThat(replay.updates()).as("the frame shows 100 updates").isEqualTo(100);
        assertThat(replay.at(1, 4, 90)).isEqualTo(Ewma.of(e, 0, 1, 100).sHat()[90]);
    }
}
