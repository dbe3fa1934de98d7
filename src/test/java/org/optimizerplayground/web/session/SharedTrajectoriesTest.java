package org.optimizerplayground.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.TrajectoryBits;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * Tabs read their runs from the shared store: a lecture hall on one link computes it once, a tab
 * that tweaks α moves to its own experiment without touching anyone else's, and what a tab shows
 * (points and the terms of its latest update) is exactly what a tab computing alone would show.
 */
class SharedTrajectoriesTest {
    private static final long MB = 1 << 20;
    private static final long FRAME = 33_000_000L;

    private final TrajectoryStore store = new TrajectoryStore(64 * MB);

    /** A tab that opened {@code link} and pressed play at {@code speed}. */
    private SimulationSession playing(String link, int speed) {
        SimulationSession tab = new SimulationSession(store, Link.read(link), speed);
        tab.play();
        return tab;
    }

    /** {@code frames} ticks of 33 ms. */
    private static void play(SimulationSession tab, int frames, long[] clock) {
        for (int f = 0; f < frames; f++) {
            clock[0] += FRAME;
            tab.tick(clock[0]);
        }
    }

    /** What the tab shows, as raw bits: its points so far, each run. */
    private static List<long[]> shown(SimulationSession tab) {
        return bits(tab.trajectories());
    }

    /** The first {@code points} points of each full trajectory of {@code e}, computed alone. */
    private static List<long[]> alone(Experiment e, List<Trajectory> like) {
        List<Trajectory> full = Simulation.run(e);
        List<Trajectory> cut = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            cut.add(full.get(i).upTo(like.get(i).size()));
        }
        return bits(cut);
    }

    private static List<long[]> bits(List<Trajectory> runs) {
        return TrajectoryBits.of(runs);
    }

    @Test
    void aWholeLectureHallOnOneLinkComputesItOnce() {
        String link = "surface=rastrigin&steps=20000&run=adam(lr=0.01)&run=momentum(lr=0.001)";
        List<SimulationSession> hall = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            hall.add(playing(link, PageOptions.MAX_SPEED));
        }

        assertThat(store.stats().computations()).as("once per run").isEqualTo(2);
        assertThat(store.stats().hits()).isEqualTo(2 * 299);
        assertThat(store.stats().updates()).isEqualTo(2 * 20_000);
        List<long[]> first = shown(hall.get(0));
        assertThat(shown(hall.get(299))).containsExactlyElementsOf(first);
        assertThat(first).containsExactlyElementsOf(bits(Simulation.run(Link.read(link))));
    }

    @Test
    void aTweakInOneTabNeverChangesAnotherTabsRun() {
        String link = "surface=rosenbrock&steps=3000&run=adam(lr=0.05)&run=sgd(lr=0.001)&noise=0.2&seed=3";
        long[] clock = {0};
        SimulationSession tweaker = playing(link, 1000);
        SimulationSession neighbour = playing(link, 1000);
        play(tweaker, 20, clock);
        play(neighbour, 20, clock);

        Experiment tweaked = tweaker.experiment().withRun(0, RunSpec.parse("adam(lr=0.02)"));
        tweaker.setExperiment(tweaked);
        play(tweaker, 40, clock);
        play(neighbour, 40, clock);

        Experiment original = Link.read(link);
        assertThat(neighbour.experiment()).isEqualTo(original);
        assertThat(shown(neighbour)).containsExactlyElementsOf(alone(original, neighbour.trajectories()));
        assertThat(shown(tweaker)).containsExactlyElementsOf(alone(tweaked, tweaker.trajectories()));
        assertThat(shown(tweaker).get(0)).isNotEqualTo(shown(neighbour).get(0));

        // The next student who makes the same tweak shares the first one's experiment.
        long computations = store.stats().computations();
        SimulationSession sameTweak = playing(link, 1000);
        sameTweak.setExperiment(Link.read(Link.format(tweaked)));
        assertThat(store.stats().computations()).isEqualTo(computations);
    }

    @Test
    void theTermsOfEachFrameAreThoseOfATabComputingAlone() {
        String link = "surface=beale&steps=400&run=adam(lr=0.01,amsgrad=true)&run=nadam(lr=0.02)&run=adadelta&noise=0.1";
        Experiment e = Link.read(link);
        SimulationSession tab = playing(link, 137);
        long[] clock = {0};
        List<RunStepper> alone = new ArrayList<>();
        List<UpdateTerms> aloneTerms = new ArrayList<>();
        for (int i = 0; i < e.runs().size(); i++) {
            alone.add(Simulation.stepper(e, i));
            aloneTerms.add(null);
        }
        while (tab.needsTicks()) {
            play(tab, 1, clock);
            List<Trajectory> shown = tab.trajectories();
            for (int i = 0; i < alone.size(); i++) {
                RunStepper s = alone.get(i);
                while (s.trajectory().size() < shown.get(i).size()) {
                    UpdateTerms t = new UpdateTerms();
                    s.step(t);
                    aloneTerms.set(i, t);
                }
                assertThat(tab.latestTerms(i).all()).usingRecursiveComparison().isEqualTo(aloneTerms.get(i).all());
            }
        }
        tab.play(); // from the end: starts over, without terms
        assertThat(tab.latestTerms(0)).isNull();
        tab.step();
        assertThat(tab.latestTerms(0).get("k").orElseThrow().values()).containsExactly(1.0);
    }

    @Test
    void aTabWhoseExperimentWasEvictedGoesOnWithIdenticalNumbers() {
        TrajectoryStore small = new TrajectoryStore(MB);
        String link = "surface=himmelblau&steps=20000&run=rmsprop(lr=0.01)&noise=0.5";
        SimulationSession tab = new SimulationSession(small, Link.read(link), 5000);
        tab.play();
        long[] clock = {0};
        play(tab, 30, clock);

        // Other tabs fill the store: this tab's experiment is let go, and the tab holds no copy.
        for (int i = 1; i <= 3; i++) {
            SimulationSession other = new SimulationSession(small, Link.read("surface=bowl&steps=15000&run=sgd(lr=0.00" + i + ")"),
                    PageOptions.MAX_SPEED);
            other.play();
        }
        assertThat(small.stats().evictions()).isPositive();
        long computations = small.stats().computations();

        play(tab, 30, clock);

        assertThat(small.stats().computations()).isEqualTo(computations + 1);
        assertThat(shown(tab)).containsExactlyElementsOf(alone(Link.read(link), tab.trajectories()));
        assertThat(small.bytes()).isLessThanOrEqualTo(MB);
    }
}
