package org.optimizerplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * One replay of a long run's explainer, read by every tab that shows the run: each reader gets
 * every stride-th update of what it has played, with the numbers of a whole replay
 * ({@link Ewma#of}, {@link EffectiveRate#of}), whoever advanced the replay and however far.
 */
class SharedExplainerTest {
    private final TrajectoryStore store = new TrajectoryStore(256L << 20);

    @Test
    void theStrideIsEveryUpdateUpTo5000ThenAPowerOfTwoThatLeavesAbout1024() {
        assertThat(SharedExplainer.stride(1)).isEqualTo(1);
        assertThat(SharedExplainer.stride(5_000)).isEqualTo(1);
        assertThat(SharedExplainer.stride(5_001)).isEqualTo(8); // 626 updates shown; 4 would leave 1 251
        assertThat(SharedExplainer.stride(8_192)).isEqualTo(8);
        assertThat(SharedExplainer.stride(8_193)).isEqualTo(16);
        assertThat(SharedExplainer.stride(100_000)).isEqualTo(128); // 782 updates shown
    }

    @Test
    void readersAtDifferentPointsOfTheRunGetTheNumbersOfAWholeReplay() {
        Experiment e = Link.read("surface=rosenbrock&steps=20000&noise=0.2&seed=5&run=sgd(lr=0.001)&run=adam(lr=0.01)");
        Trajectory stored = store.run(e, 1).run(Integer.MAX_VALUE);
        SharedExplainer shared = new SharedExplainer(e, 1);
        // One tab far ahead first, then two behind it: neither makes the replay go back.
        for (int n : new int[] {17_000, 6_000, 9_000, 20_000}) {
            assertThat(shared.advanceTo(stored.upTo(n + 1), n)).isEqualTo(n);
            assertThat(shared.updates()).isEqualTo(Math.max(n, 17_000));
            int stride = SharedExplainer.stride(n);
            double[][] rates = EffectiveRate.of(e, 1, n);
            for (int c = 0; c < 2; c++) {
                Ewma.Series whole = Ewma.of(e, 1, c, n);
                for (int i = 0; i < n; i += stride) {
                    String what = "component " + c + ", update index " + i + " for a reader of " + n;
                    assertThat(shared.at(c, 0, i)).as("∂θ, " + what).isEqualTo(whole.g()[i]);
                    assertThat(shared.at(c, 1, i)).as("m, " + what).isEqualTo(whole.m()[i]);
                    assertThat(shared.at(c, 2, i)).as("m̂, " + what).isEqualTo(whole.mHat()[i]);
                    assertThat(shared.at(c, 3, i)).as("s, " + what).isEqualTo(whole.s()[i]);
                    assertThat(shared.at(c, 4, i)).as("ŝ, " + what).isEqualTo(whole.sHat()[i]);
                    assertThat(shared.at(c, 5, i)).as("rate, " + what).isEqualTo(rates[c][i]);
                }
            }
        }
    }

    @Test
    void aWhole100000UpdateRunKeepsAbout3000UpdatesNotEveryOne() {
        Experiment e = Link.read("surface=rastrigin&steps=100000&run=adam(lr=0.01)");
        Trajectory stored = store.run(e, 0).run(Integer.MAX_VALUE);
        SharedExplainer shared = new SharedExplainer(e, 0);
        assertThat(shared.advanceTo(stored, 100_000)).isEqualTo(100_000);
        // Multiples of 8 below 8 192, of 16 below 16 384, of 32, of 64 below 65 536, of 128 below 100 000.
        assertThat(shared.kept()).isEqualTo(1024 + 3 * 512 + 270);
        assertThat(shared.at(0, 1, 99_968)).isEqualTo(Ewma.of(e, 0, 0, 100_000).m()[99_968]);
        assertThatThrownBy(() -> shared.at(0, 1, 99_969)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("99969 is not kept");
    }

    @Test
    void aReaderNeverGoesPastThePointsItHas() {
        Experiment e = Link.read("surface=beale&steps=30000&run=adam(lr=0.02)");
        Trajectory stored = store.run(e, 0).run(7_001);
        SharedExplainer shared = new SharedExplainer(e, 0);
        assertThat(shared.advanceTo(stored.upTo(7_001), 30_000)).as("7 000 updates computed so far").isEqualTo(7_000);
        assertThat(shared.updates()).isEqualTo(7_000);
    }

    @Test
    void tabsAdvancingAndReadingAtOnceGetTheSameNumbersAsOneAlone() throws Exception {
        Experiment e = Link.read("surface=rastrigin&steps=40000&run=adam(lr=0.01)");
        Trajectory stored = store.run(e, 0).run(Integer.MAX_VALUE);
        double[] m = Ewma.of(e, 0, 1, 40_000).m();
        SharedExplainer shared = new SharedExplainer(e, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> checked = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                checked.add(pool.submit((Callable<Integer>) () -> {
                    int mismatches = 0;
                    for (int n = 5_001 + seed * 97; n <= 40_000; n += 1_733) {
                        shared.advanceTo(stored.upTo(n + 1), n);
                        int stride = SharedExplainer.stride(n);
                        for (int i = 0; i < n; i += stride) {
                            mismatches += shared.at(1, 1, i) == m[i] ? 0 : 1;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> f : checked) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(shared.updates()).isLessThanOrEqualTo(40_000);
    }
}
