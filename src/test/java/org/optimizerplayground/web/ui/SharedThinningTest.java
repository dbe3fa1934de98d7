package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * A stored run that has ended is thinned for display once, and every tab that shows the whole of
 * it (the heaviest link at {@code speed=max}, α changed back and forth by a lecture hall) sends
 * the same points, bit for bit what thinning it in that tab would give (issue 14).
 */
class SharedThinningTest {
    private static Trajectory ended(String link) {
        Experiment e = Link.read(link);
        RunStepper stepper = new RunStepper(e, 0);
        while (!stepper.finished()) {
            stepper.step(null);
        }
        return stepper.trajectory();
    }

    private static final String LONG = "surface=rastrigin&steps=12000&noise=0.5&seed=3&run=adam(lr=0.01)";

    @Test
    void twoTabsShowingAWholeEndedRunShareItsThinnedMapAndCurves() {
        Trajectory stored = ended(LONG);
        int stride = Frame.mapStride(12_000);
        int bucket = Frame.bucket(12_000);
        // Two tabs read the stored run through their own views of it.
        Frame.Run tab1 = new Frame.Run(0, stored.upTo(stored.size()), 0, stored.size(), stride, null, bucket);
        Frame.Run tab2 = new Frame.Run(3, stored.upTo(stored.size()), 0, stored.size(), stride, null, bucket);

        SeriesChart.Points loss1 = FrameEncoder.series(List.of(tab1), false, FrameEncoder.LOSS).get(0);
        SeriesChart.Points loss2 = FrameEncoder.series(List.of(tab2), false, FrameEncoder.LOSS).get(0);
        assertThat(loss2.x()).as("thinned once").isSameAs(loss1.x());
        assertThat(loss2.y()).isSameAs(loss1.y());
        assertThat(loss2.index()).as("each tab's own series").isEqualTo(3);
        ContourChart.Points map1 = FrameEncoder.mapPoints(List.of(tab1)).get(0);
        ContourChart.Points map2 = FrameEncoder.mapPoints(List.of(tab2)).get(0);
        assertThat(map2.x()).isSameAs(map1.x());
        assertThat(map1.x()).hasSize(1_001);

        // The same points as the run sent over many frames while it played (nothing shared then).
        List<Integer> ks = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int from = 0;
        for (int to : new int[] {1, 500, 6_001, 11_999, stored.size()}) {
            Trajectory seen = to == stored.size() ? stored : stored.upTo(to);
            var slice = new Frame.Run(0, seen, from, to, stride, null, bucket);
            for (var p : FrameEncoder.series(List.of(slice), false, FrameEncoder.LOSS)) {
                Arrays.stream(p.x()).forEach(ks::add);
                Arrays.stream(p.y()).forEach(ys::add);
            }
            from = to;
        }
        assertThat(ks).containsExactlyElementsOf(Arrays.stream(loss1.x()).boxed().toList());
        assertThat(ys).containsExactlyElementsOf(Arrays.stream(loss1.y()).boxed().toList());
    }

    @Test
    void aRunStillPlayingIsThinnedInEachTab() {
        Trajectory stored = ended(LONG);
        Trajectory playing = stored.upTo(8_000); // a tab that has played only so far sees a running run
        Frame.Run tab1 = new Frame.Run(0, playing, 0, 8_000, Frame.mapStride(12_000), null, Frame.bucket(12_000));
        Frame.Run tab2 = new Frame.Run(0, stored.upTo(8_000), 0, 8_000, Frame.mapStride(12_000), null, Frame.bucket(12_000));
        SeriesChart.Points a = FrameEncoder.series(List.of(tab1), false, FrameEncoder.LOSS).get(0);
        SeriesChart.Points b = FrameEncoder.series(List.of(tab2), false, FrameEncoder.LOSS).get(0);
        assertThat(b.x()).isNotSameAs(a.x()).isEqualTo(a.x());
        assertThat(b.y()).isEqualTo(a.y());
    }

    @Test
    void whatIsDerivedFromAWholeEndedRunIsComputedOncePerKey() {
        Trajectory stored = ended("surface=bowl&steps=50&run=sgd(lr=0.1)");
        AtomicInteger computed = new AtomicInteger();
        String first = stored.upTo(stored.size()).derived("key", () -> "answer " + computed.incrementAndGet());
        String again = stored.upTo(stored.size()).derived("key", () -> "answer " + computed.incrementAndGet());
        assertThat(again).isSameAs(first).isEqualTo("answer 1");
        assertThat(stored.derived("other key", () -> "other " + computed.incrementAndGet())).isEqualTo("other 2");
        assertThat(stored.upTo(10).derived("key", () -> "partial " + computed.incrementAndGet()))
                .as("a view of the first points only: computed, not kept").isEqualTo("partial 3");
        assertThat(stored.upTo(10).derived("key", () -> "partial " + computed.incrementAndGet())).isEqualTo("partial 4");
    }

    @Test
    void tabsAskingAtOnceWaitForTheOneComputationInsteadOfEachMakingItsOwn() throws Exception {
        Trajectory stored = ended("surface=bowl&steps=50&run=sgd(lr=0.1)");
        AtomicInteger computed = new AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Object>> answers = new ArrayList<>();
        try (var tabs = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int tab = 0; tab < 8; tab++) {
                answers.add(tabs.submit(() -> {
                    start.await();
                    return stored.upTo(stored.size()).derived("replay", () -> {
                        computed.incrementAndGet();
                        try {
                            Thread.sleep(100); // a slow computation: the others ask meanwhile
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return new Object();
                    });
                }));
            }
            start.countDown();
        }
        Object first = answers.get(0).get();
        for (var answer : answers) {
            assertThat(answer.get()).isSameAs(first);
        }
        assertThat(computed).hasValue(1);
    }
}
