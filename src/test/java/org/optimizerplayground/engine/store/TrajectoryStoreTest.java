package org.optimizerplayground.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.TrajectoryBits;

/** The shared store: one computation per run, shared across experiments, lazy, within its budget, and always the same bits. */
class TrajectoryStoreTest {
    private static final long MB = 1 << 20;

    /** Every number of every point, as raw bits, so "equal" means bit for bit (NaN included). */
    static List<long[]> bits(List<Trajectory> runs) {
        return TrajectoryBits.of(runs);
    }

    @Test
    void theSameExperimentWrittenTwoWaysIsComputedOnceAndShared() {
        TrajectoryStore store = new TrajectoryStore(64 * MB);
        Experiment a = Link.read("surface=bowl&steps=300&run=adam(lr=0.1)&run=sgd");
        Experiment b = Link.read("run=adam(lr=0.10)&steps=300&run=sgd&surface=bowl&start=2.5,2");

        StoredExperiment first = store.get(a);
        StoredExperiment second = store.get(b);

        assertThat(second.stored(0)).isSameAs(first.stored(0));
        assertThat(second.stored(1)).isSameAs(first.stored(1));
        assertThat(store.stats().computations()).as("one per run").isEqualTo(2);
        assertThat(store.stats().hits()).isEqualTo(2);
        assertThat(bits(first.all())).containsExactlyElementsOf(bits(Simulation.run(a)));
    }

    @Test
    void twoExperimentsThatDifferInOneRunShareAllTheOthers() {
        TrajectoryStore store = new TrajectoryStore(64 * MB);
        Experiment a = Link.read("surface=rosenbrock&steps=500&run=adam(lr=0.05)&run=sgd(lr=0.001)&run=momentum(lr=0.001)&noise=0.3&seed=4");
        Experiment b = a.withRun(1, org.optimizerplayground.engine.experiment.RunSpec.parse("sgd(lr=0.002)"));

        StoredExperiment first = store.get(a);
        first.all();
        long updates = store.stats().updates();
        StoredExperiment second = store.get(b);
        List<long[]> secondBits = bits(second.all());

        assertThat(second.stored(0)).isSameAs(first.stored(0));
        assertThat(second.stored(2)).isSameAs(first.stored(2));
        assertThat(second.stored(1)).isNotSameAs(first.stored(1));
        assertThat(store.stats().computations()).isEqualTo(4);
        assertThat(store.stats().updates() - updates).as("only the changed run is computed").isEqualTo(500);
        // A run's numbers do not depend on its neighbours or its place: noise draws come from the seed alone.
        assertThat(secondBits).containsExactlyElementsOf(bits(Simulation.run(b)));
        Experiment moved = b.withRuns(List.of(b.runs().get(2), b.runs().get(0)));
        assertThat(bits(store.get(moved).all())).containsExactlyElementsOf(bits(Simulation.run(moved)))
                .containsExactly(secondBits.get(2), secondBits.get(0));
        assertThat(TrajectoryStore.runKey(moved, 0)).isEqualTo(TrajectoryStore.runKey(a, 2));
        assertThat(TrajectoryStore.runKey(a.withView(new double[] {-1, 1, -1, 1}), 0)).isEqualTo(TrajectoryStore.runKey(a, 0));
    }

    @Test
    void anEvictedRunSharedByTwoExperimentsComesBackWithIdenticalNumbers() {
        // About 0.6 MB per run of 15 000 updates: the budget of 1 MB holds one of them.
        TrajectoryStore store = new TrajectoryStore(MB);
        Experiment a = Link.read("surface=rosenbrock&steps=15000&run=adam(lr=0.01)&noise=0.5&seed=7");
        Experiment ab = a.withRuns(List.of(a.runs().get(0), org.optimizerplayground.engine.experiment.RunSpec.parse("sgd(lr=0.0001)")));
        StoredRun first = store.get(a).stored(0);
        List<long[]> before = bits(List.of(first.run(Integer.MAX_VALUE)));

        StoredExperiment both = store.get(ab);
        assertThat(both.stored(0)).isSameAs(first);
        both.run(1, Integer.MAX_VALUE); // the other run needs the room: the shared one goes

        assertThat(first.evicted()).isTrue();
        assertThat(both.evicted()).isTrue();
        StoredRun again = store.get(ab).stored(0);
        assertThat(again).isNotSameAs(first);
        assertThat(bits(List.of(again.run(Integer.MAX_VALUE)))).containsExactlyElementsOf(before);
        assertThat(store.stats().computations()).isEqualTo(3);
        assertThat(store.bytes()).isLessThanOrEqualTo(MB);
    }

    @Test
    void runsAreComputedOnlyAsFarAsSomeoneAsked() {
        TrajectoryStore store = new TrajectoryStore(64 * MB);
        StoredExperiment e = store.get(Link.read("surface=rastrigin&steps=100000&run=adam(lr=0.01)&run=sgd(lr=0.001)"));

        Trajectory t = e.run(0, 10);

        assertThat(t.size()).isBetween(10, 10 + StoredExperiment.AHEAD);
        assertThat(e.run(1, 1).size()).isEqualTo(1); // nobody asked for run 1 yet: only θ₀
        assertThat(store.stats().updates()).isLessThanOrEqualTo(StoredExperiment.AHEAD);

        e.run(0, 5_000);
        assertThat(e.run(0, 1).size()).isBetween(5_000, 5_000 + StoredExperiment.AHEAD);
    }

    @Test
    void anEvictedExperimentComesBackWithIdenticalNumbers() {
        // 15 000 updates of one 2-D run hold about 0.6 MB: two such experiments do not fit in 1 MB.
        TrajectoryStore store = new TrajectoryStore(MB);
        Experiment a = Link.read("surface=rosenbrock&steps=15000&run=adam(lr=0.01)&noise=0.5&seed=7");
        Experiment b = Link.read("surface=himmelblau&steps=15000&run=momentum(lr=0.001)");
        StoredExperiment firstA = store.get(a);
        List<long[]> before = bits(firstA.all());

        store.get(b).all();

        assertThat(firstA.evicted()).isTrue();
        assertThat(store.stats().evictions()).isEqualTo(1);
        StoredExperiment againA = store.get(a);
        assertThat(againA).isNotSameAs(firstA);
        assertThat(bits(againA.all())).containsExactlyElementsOf(before);
        assertThat(store.stats().computations()).isEqualTo(3);
    }

    @Test
    void theStoreStaysWithinItsBudgetWhateverIsAskedOfIt() {
        TrajectoryStore store = new TrajectoryStore(2 * MB);
        for (int i = 0; i < 40; i++) {
            StoredExperiment e = store.get(Link.read("surface=bowl&steps=" + (1000 + 997 * i) + "&run=adam(lr=0.0" + (1 + i % 9) + ")"));
            e.run(0, 1 + 613 * i);
            assertThat(store.bytes()).isLessThanOrEqualTo(2 * MB);
            e.all();
            assertThat(store.bytes()).isLessThanOrEqualTo(2 * MB);
        }
        assertThat(store.stats().evictions()).isPositive();
    }

    @Test
    void whatTabsDeriveFromARunCountsInTheBudgetAndIsLetGoWithTheRun() {
        TrajectoryStore store = new TrajectoryStore(4 * MB);
        Experiment a = Link.read("surface=bowl&steps=1000&run=adam(lr=0.01)");
        StoredRun first = store.get(a).stored(0);
        Trajectory run = first.run(Integer.MAX_VALUE);
        long points = store.bytes();

        run.derived("thinned", () -> new double[2][1 << 16]); // 1 MB: what a tab's charts keep of the run
        assertThat(store.bytes()).as("counted as soon as it is kept").isEqualTo(points + 64 + 16 + 2 * 8 + 2 * (16 + 8L * (1 << 16)));

        // A growing answer is counted as it stands when the run is next extended or something else is kept.
        org.optimizerplayground.engine.analysis.SharedExplainer replay = run.growing(
                org.optimizerplayground.engine.analysis.SharedExplainer.class,
                () -> new org.optimizerplayground.engine.analysis.SharedExplainer(a, 0));
        long beforeReplay = store.bytes();
        long emptyReplay = replay.bytes();
        replay.advanceTo(run, 1000);
        assertThat(replay.bytes()).as("125 updates kept").isGreaterThan(emptyReplay);
        run.derived("another", () -> new double[0]);
        assertThat(store.bytes()).as("the replay as it grew, and the new small answer")
                .isEqualTo(beforeReplay + (replay.bytes() - emptyReplay) + 64 + 16);

        // Three more runs of 1 MB derived each: the first run, the least recently used, is let go.
        for (int i = 2; i <= 4; i++) {
            store.get(Link.read("surface=bowl&steps=1000&run=adam(lr=0.0" + i + ")")).run(0, Integer.MAX_VALUE)
                    .derived("thinned", () -> new double[2][1 << 16]);
            assertThat(store.bytes()).isLessThanOrEqualTo(4 * MB);
        }
        assertThat(first.evicted()).as("the first run and what was derived from it, let go together").isTrue();
        assertThat(store.stats().evictions()).isEqualTo(1);
    }

    @Test
    void anExperimentLargerThanTheBudgetIsHandedOutButNotKept() {
        TrajectoryStore store = new TrajectoryStore(MB);
        Experiment big = Link.read("surface=bowl&steps=100000&run=sgd(lr=0.001)");

        StoredExperiment e = store.get(big);
        List<Trajectory> runs = e.all();

        assertThat(runs.get(0).size()).isEqualTo(100_001);
        assertThat(store.bytes()).isZero();
        assertThat(e.evicted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"noise=0.3&seed=5", "noise=0.3", "noise=2&seed=123456789"})
    void noisyTrajectoriesAreAFunctionOfTheirLinkSoTheyAreShared(String noise) {
        // Confirms what sharing relies on: the seed in the link fixes every noisy gradient.
        String link = "surface=rastrigin&steps=2000&run=adam(lr=0.05)&run=sgd(lr=0.01)&" + noise;
        TrajectoryStore store = new TrajectoryStore(64 * MB);

        List<long[]> shared = bits(store.get(Link.read(link)).all());

        assertThat(shared).containsExactlyElementsOf(bits(Simulation.run(Link.read(link))));
        assertThat(shared).containsExactlyElementsOf(bits(Simulation.run(Link.read(link))));
        Experiment otherSeed = Link.read(link).withSeed(99);
        assertThat(TrajectoryStore.key(otherSeed)).isNotEqualTo(TrajectoryStore.key(Link.read(link)));
        assertThat(bits(store.get(otherSeed).all()).get(0)).isNotEqualTo(shared.get(0));
    }

    @Test
    void readersOnManyThreadsExtendingOneExperimentAllSeeTheSameNumbers() throws Exception {
        String link = "surface=ackley&steps=20000&run=nadam(lr=0.01)&run=rmsprop(lr=0.003)&noise=0.1";
        List<long[]> expected = bits(Simulation.run(Link.read(link)));
        TrajectoryStore store = new TrajectoryStore(64 * MB);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<long[]>>> readers = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                int stride = 37 + 101 * r;
                readers.add(pool.submit(() -> {
                    StoredExperiment e = store.get(Link.read(link));
                    for (int points = 1; points < 20_001; points += stride) {
                        for (int i = 0; i < e.runs(); i++) {
                            Trajectory view = e.run(i, points).upTo(points);
                            view.theta(points - 1, 0); // a reader reads what it asked for, while others write further
                        }
                    }
                    return bits(e.all());
                }));
            }
            for (Future<List<long[]>> f : readers) {
                assertThat(f.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.stats().computations()).as("one per run").isEqualTo(2);
        assertThat(store.stats().updates()).isEqualTo(2 * 20_000);
    }

    @Test
    void theTermsOfTheLastUpdateAreThoseTheStepperRecords() {
        Experiment e = Link.read("surface=beale&steps=777&run=adam(lr=0.01,amsgrad=true)&run=lion(lr=0.001)&noise=0.2");
        TrajectoryStore store = new TrajectoryStore(64 * MB);
        StoredExperiment stored = store.get(e);
        for (int i = 0; i < e.runs().size(); i++) {
            RunStepper s = Simulation.stepper(e, i);
            UpdateTerms last = null;
            while (!s.finished()) {
                last = new UpdateTerms();
                s.step(last);
            }
            assertThat(stored.finalTerms(i).all()).usingRecursiveComparison().isEqualTo(last.all());
        }
    }

    @Test
    void aBudgetBelowOneMegabyteIsRefusedWithItsValue() {
        assertThatThrownBy(() -> new TrajectoryStore(1000))
                .hasMessage("budgetBytes must be at least 1 MB (1048576), got 1000");
    }
}
