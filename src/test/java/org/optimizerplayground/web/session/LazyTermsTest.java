package org.optimizerplayground.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * A tab replays a run's update terms only when a view reads them (the rule panel reads the run in
 * focus, the step arrows every run): a run nobody looks at costs no replay, and terms read now and
 * then, late or from an old frame, are bit for bit those of a tab that computed every update.
 */
class LazyTermsTest {
    private static final long FRAME = 33_000_000L;
    private static final String LINK = "surface=beale&steps=300&noise=0.2&seed=3&run=nesterov(lr=0.001)"
            + "&run=nadam(lr=0.02)&run=adam(lr=0.01,amsgrad=true)&run=lion(lr=0.001)";

    private final TrajectoryStore store = new TrajectoryStore(64L << 20);

    @Test
    void termsReadNowAndThenAreThoseOfATabComputingEveryUpdate() {
        Experiment e = Link.read(LINK);
        SimulationSession tab = new SimulationSession(store, e, 211);
        tab.play();
        List<RunStepper> alone = new ArrayList<>();
        List<UpdateTerms> aloneTerms = new ArrayList<>();
        for (int i = 0; i < e.runs().size(); i++) {
            alone.add(Simulation.stepper(e, i));
            aloneTerms.add(null);
        }
        long clock = 0;
        for (int frame = 0; tab.needsTicks(); frame++) {
            clock += FRAME;
            tab.tick(clock);
            for (int i = 0; i < alone.size(); i++) {
                RunStepper s = alone.get(i);
                while (s.trajectory().size() < tab.trajectories().get(i).size()) {
                    UpdateTerms t = new UpdateTerms();
                    s.step(t);
                    aloneTerms.set(i, t);
                }
                // Run 0 is in focus (read every frame), run 1 read every 7th frame, the others only at the end.
                if (i == 0 || i == 1 && frame % 7 == 0 || !tab.needsTicks()) {
                    assertThat(tab.latestTerms(i).all()).as("run %d, frame %d", i, frame)
                            .usingRecursiveComparison().isEqualTo(aloneTerms.get(i).all());
                }
            }
        }
    }

    @Test
    void aRunWhoseTermsNobodyReadsIsNotReplayed() {
        SimulationSession tab = new SimulationSession(store, Link.read(LINK), 1000);
        tab.play();
        long clock = 0;
        for (int frame = 0; frame < 7; frame++) {
            clock += FRAME;
            tab.tick(clock);
            tab.latestTermsOnRead(2); // what a frame carries for every run: nothing replayed yet
        }
        int k = tab.trajectories().get(2).size() - 1;
        assertThat(k).isGreaterThan(200);
        assertThat(tab.termsReplayedTo(2)).isZero();

        UpdateTerms terms = tab.latestTerms(2);
        assertThat(terms.get("k").orElseThrow().values()).containsExactly(k);
        assertThat(tab.termsReplayedTo(2)).as("read: caught up").isEqualTo(k);
        assertThat(tab.termsReplayedTo(0)).as("never read").isZero();
        assertThat(tab.latestTerms(2)).as("read again without a new update: the same terms").isSameAs(terms);
    }

    @Test
    void anOldFrameReadAfterANewerOneStillGivesItsOwnUpdate() {
        Experiment e = Link.read(LINK);
        SimulationSession tab = new SimulationSession(store, e, 300);
        tab.play();
        tab.tick(FRAME);
        Supplier<UpdateTerms> older = tab.latestTermsOnRead(1);
        int olderK = tab.trajectories().get(1).size() - 1;
        tab.tick(2 * FRAME);
        tab.tick(3 * FRAME);
        Supplier<UpdateTerms> newer = tab.latestTermsOnRead(1);
        int newerK = tab.trajectories().get(1).size() - 1;
        assertThat(newerK).isGreaterThan(olderK);

        UpdateTerms newTerms = newer.get(); // the replay moves past the older frame's update
        UpdateTerms oldTerms = older.get();
        assertThat(oldTerms.get("k").orElseThrow().values()).containsExactly(olderK);
        assertThat(newTerms.get("k").orElseThrow().values()).containsExactly(newerK);
        RunStepper alone = Simulation.stepper(e, 1);
        UpdateTerms expected = null;
        while (alone.k() < olderK) {
            expected = new UpdateTerms();
            alone.step(expected);
        }
        assertThat(oldTerms.all()).usingRecursiveComparison().isEqualTo(expected.all());
        assertThat(older.get()).as("a handle answers the same object on every read").isSameAs(oldTerms);
    }

    @Test
    void aRunThatEndedAnswersItsFinalTermsWithoutAReplayOfItsOwn() {
        Experiment e = Link.read("surface=bowl&steps=40&run=momentum&run=adam");
        SimulationSession tab = new SimulationSession(store, e, 1000);
        tab.play();
        tab.tick(FRAME);
        tab.tick(2 * FRAME);
        assertThat(tab.finished()).isTrue();
        assertThat(tab.termsReplayedTo(1)).isEqualTo(-1);
        assertThat(tab.latestTerms(1)).isSameAs(store.run(e, 1).finalTerms());
    }
}
