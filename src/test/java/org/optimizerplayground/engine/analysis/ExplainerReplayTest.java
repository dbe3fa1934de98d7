package org.optimizerplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;

/**
 * The explainer's replay, advanced a few updates at a time as a playing page asks for them,
 * gives the same numbers bit for bit as replaying the whole history at once ({@link Ewma#of},
 * {@link EffectiveRate#of}).
 */
class ExplainerReplayTest {
    private static final String RACE = "surface=rosenbrock&steps=120&noise=0.5&run=adam(lr=0.05,beta1=0.8,beta2=0.99)"
            + "&run=rmsprop(rho=0.95)&run=adadelta&run=adamax&run=momentum(lr=0.001)";

    @Test
    void advancedInChunksItMatchesAWholeReplayOfEveryRunAndComponent() {
        Experiment e = Link.read(RACE);
        for (int run = 0; run < e.runs().size(); run++) {
            ExplainerReplay replay = new ExplainerReplay(e, run);
            int before = 0;
            for (int updates : new int[] {0, 1, 3, 17, 17, 60, 120}) {
                replay.advanceTo(updates);
                assertThat(replay.updates()).isEqualTo(updates);
                assertThat(replay.windowStart()).as("the numbers kept are those of this call's updates").isEqualTo(before);
                double[][] rates = EffectiveRate.of(e, run, updates);
                for (int c = 0; c < 2; c++) {
                    Ewma.Series whole = Ewma.of(e, run, c, updates);
                    Ewma.Series step = replay.ewma(c);
                    assertThat(step.g()).as("∂θ of run %d, component %d after %d", run, c, updates)
                            .isEqualTo(Arrays.copyOfRange(whole.g(), before, updates));
                    assertThat(step.m()).isEqualTo(Arrays.copyOfRange(whole.m(), before, updates));
                    assertThat(step.mHat()).isEqualTo(Arrays.copyOfRange(whole.mHat(), before, updates));
                    assertThat(step.s()).isEqualTo(Arrays.copyOfRange(whole.s(), before, updates));
                    assertThat(step.sHat()).isEqualTo(Arrays.copyOfRange(whole.sHat(), before, updates));
                    assertThat(replay.rate(c)).as("rate of run %d, component %d", run, c)
                            .isEqualTo(Arrays.copyOfRange(rates[c], before, updates));
                    for (int k = before; k < updates; k++) {
                        assertThat(replay.at(c, 2, k)).isEqualTo(whole.mHat()[k]);
                    }
                }
                before = updates;
            }
            assertThatThrownBy(() -> replay.at(0, 0, 0)).as("an update drawn before is not kept")
                    .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("[60, 120)");
        }
    }

    @Test
    void aRunThatDivergesStopsWhereTheWholeReplayStops() {
        Experiment e = Link.read("surface=parabola&steps=200&run=sgd(lr=5)");
        ExplainerReplay replay = new ExplainerReplay(e, 0);
        replay.advanceTo(200);
        assertThat(replay.updates()).isLessThan(200).isEqualTo(Ewma.of(e, 0, 0, 200).g().length);
        assertThat(replay.rate(0)).isEqualTo(EffectiveRate.of(e, 0, 200)[0]);
        assertThat(replay.replays(e, 0)).isTrue();
        assertThat(replay.replays(Link.read("surface=parabola&steps=200&run=sgd(lr=5)"), 0))
                .as("another experiment, even an equal one, is replayed afresh").isFalse();
    }

    @Test
    void aReplayThatForgotItsLastWindowGoesOnWithTheSameNumbers() {
        Experiment e = Link.read("surface=rosenbrock&steps=3000&noise=0.2&seed=5&run=adam(lr=0.05)");
        ExplainerReplay kept = new ExplainerReplay(e, 0);
        ExplainerReplay forgot = new ExplainerReplay(e, 0);
        kept.advanceTo(2000);
        forgot.advanceTo(2000);
        forgot.forgetWindow();
        assertThat(forgot.windowStart()).isEqualTo(2000);
        assertThatThrownBy(() -> forgot.at(0, 1, 1999)).isInstanceOf(IndexOutOfBoundsException.class);
        kept.advanceTo(2500);
        forgot.advanceTo(2500);
        for (int c = 0; c < 2; c++) {
            for (int k = 2000; k < 2500; k++) {
                for (int which = 0; which < 6; which++) {
                    assertThat(forgot.at(c, which, k)).isEqualTo(kept.at(c, which, k));
                }
            }
        }
    }

    @Test
    void aReplayThatKeepsEveryHundredthUpdateHasTheSameNumbersThereAndNoneElsewhere() {
        // The heaviest link's run at speed=max: 100 000 updates replayed at once, drawn every 100th.
        Experiment e = Link.read("surface=rastrigin&steps=100000&run=adam(lr=0.01)");
        ExplainerReplay every = new ExplainerReplay(e, 0);
        ExplainerReplay thinned = new ExplainerReplay(e, 0);
        every.advanceTo(60_001);
        thinned.advanceTo(60_001, 100);

        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < 60_001; k += 100) {
                for (int which = 0; which < 6; which++) {
                    assertThat(thinned.at(c, which, k)).isEqualTo(every.at(c, which, k));
                }
            }
        }
        assertThatThrownBy(() -> thinned.at(0, 0, 150)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("update index 150 was not kept: only multiples of 100 are");
        assertThat(thinned.rate(1)).hasSize(601); // 0, 100, …, 60 000

        // The next window goes on from 60 001 and keeps 60 100, 60 200, …: the same numbers again.
        every.advanceTo(100_000);
        thinned.advanceTo(100_000, 100);
        assertThat(thinned.windowStart()).isEqualTo(60_001);
        for (int k = 60_100; k < 100_000; k += 100) {
            assertThat(thinned.at(1, 4, k)).isEqualTo(every.at(1, 4, k));
            assertThat(thinned.at(0, 5, k)).isEqualTo(every.at(0, 5, k));
        }
        assertThat(thinned.ewma(0).m()).hasSize(399);
    }

    @Test
    void keepingLessThanEveryUpdateIsRefused() {
        ExplainerReplay replay = new ExplainerReplay(Link.read("surface=bowl&steps=10"), 0);
        assertThatThrownBy(() -> replay.advanceTo(5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keep must be at least 1, got 0");
    }
}
