package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The heaviest legal link at {@code speed=max} (8 runs × 100 000 updates, issue 14): its first
 * frame carries the map path and the curves thinned for display, a few hundred KB instead of
 * megabytes, with each run's first and last point exact; links of up to 5 000 updates are sent
 * point for point as before.
 */
@SpringBootTest
class HeavyFrameTest extends BrowserlessTab {
    static final String HEAVY = "surface=rastrigin&steps=100000" + "&run=adam(lr=0.01)".repeat(8);

    /**
     * The frame messages the page gets when it opens {@code query} paused and then plays it at
     * {@code speed=max} (as sent, base64): the runs' θ₀, then everything else at once.
     */
    private static List<String> open(String query) {
        List<String> frames = new ArrayList<>();
        UI.getCurrent().navigate("", QueryParameters.fromString(query + "&play=false"));
        sent(frames);
        // The last of these is this link's θ₀ (the charts drop what the page showed before).
        frames.subList(0, frames.size() - 1).clear();
        _click(_get(Button.class, spec -> spec.withId("play")));
        sent(frames);
        assertThat(_get(PlaygroundView.class).driver().ticking()).as("every run has ended").isFalse();
        return frames;
    }

    /** Adds the frames the page gets in the answer being made now. */
    private static void sent(List<String> frames) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("drawFrame"))
                .map(i -> i.getInvocation().getParameters())
                .forEach(p -> frames.add((String) p.get(p.size() - 1)));
    }

    private static List<FrameMessageReader.Part> parts(List<String> frames, String chart) {
        return frames.stream().flatMap(f -> FrameMessageReader.read(f).of(chart).stream()).toList();
    }

    @Test
    void theHeaviestLinkAtFullSpeedSendsAFewHundredKilobytesWithExactEnds() {
        List<String> frames = open(HEAVY + "&speed=max");
        assertThat(frames).isNotEmpty();
        assertThat(frames.stream().mapToInt(String::length).sum()).as("characters sent for 8 × 100 000 updates")
                .isLessThan(1_100_000);
        List<Trajectory> runs = _get(PlaygroundView.class).session().trajectories();
        assertThat(runs).hasSize(8).allMatch(t -> t.size() == 100_001);
        List<FrameMessageReader.Part> map = parts(frames, "contour-chart");
        List<FrameMessageReader.Part> loss = parts(frames, "loss-chart");
        for (int run = 0; run < 8; run++) {
            Trajectory t = runs.get(run);
            int last = t.size() - 1;
            double[] x = joined(map, run, true);
            double[] y = joined(map, run, false);
            assertThat(x.length).as("map points of run %d", run).isEqualTo(1_001);
            assertThat(x[0]).isEqualTo(t.theta(0, 0));
            assertThat(y[0]).isEqualTo(t.theta(0, 1));
            assertThat(x[x.length - 1]).as("the path ends where the run ends").isEqualTo(t.theta(last, 0));
            assertThat(y[y.length - 1]).isEqualTo(t.theta(last, 1));
            double[] ks = joined(loss, run, true);
            double[] js = joined(loss, run, false);
            assertThat(ks.length).as("loss points of run %d: first, min and max of 500 buckets, last", run).isBetween(500, 1_002);
            assertThat(ks[0]).isZero();
            assertThat(js[0]).isEqualTo(t.loss(0));
            assertThat(ks[ks.length - 1]).isEqualTo(last);
            assertThat(js[js.length - 1]).isEqualTo(t.loss(last));
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= last; k++) {
                lowest = Math.min(lowest, t.loss(k));
                highest = Math.max(highest, t.loss(k));
            }
            assertThat(js).as("the curve keeps its lowest and highest J").contains(lowest, highest);
        }
    }

    private static double[] joined(List<FrameMessageReader.Part> parts, int index, boolean x) {
        return parts.stream().filter(p -> p.index() == index).flatMapToDouble(p -> java.util.Arrays.stream(x ? p.x() : p.y()))
                .toArray();
    }

    @Test
    void aLinkOfFiveThousandUpdatesIsStillSentPointForPoint() {
        List<String> frames = open("surface=rastrigin&steps=5000&run=adam(lr=0.01)&run=sgd(lr=0.001)&speed=max");
        List<Trajectory> runs = _get(PlaygroundView.class).session().trajectories();
        for (String chart : List.of("contour-chart", "loss-chart")) {
            List<FrameMessageReader.Part> parts = parts(frames, chart);
            for (int run = 0; run < runs.size(); run++) {
                Trajectory t = runs.get(run);
                double[] y = joined(parts, run, false);
                assertThat(y).as("%s, run %d", chart, run).hasSize(t.size());
                for (int k = 0; k < t.size(); k++) {
                    assertThat(y[k]).isEqualTo(chart.equals("loss-chart") ? t.loss(k) : t.theta(k, 1));
                }
            }
        }
    }

    @Test
    void aLongRunSentOverManyFramesDrawsTheSamePointsAsSentAtOnce() {
        Experiment e = Link.read("surface=rastrigin&steps=12000&noise=0.5&seed=3&run=adam(lr=0.01)");
        RunStepper stepper = new RunStepper(e, 0);
        while (!stepper.finished()) {
            stepper.step(null);
        }
        Trajectory t = stepper.trajectory();
        int stride = Frame.mapStride(e.steps());
        int bucket = Frame.bucket(e.steps());
        assertThat(bucket).isEqualTo(24);
        var once = FrameEncoder.series(List.of(new Frame.Run(0, t, 0, t.size(), stride, null, bucket)), false, Trajectory::loss);
        List<Double> ks = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int from = 0;
        for (int to : new int[] {1, 2, 23, 24, 25, 100, 4_001, 9_999, 11_990, t.size()}) {
            // Earlier slices see the trajectory as it was then: still running, up to 'to'.
            var slice = new Frame.Run(0, to == t.size() ? t : t.upTo(to), from, to, stride, null, bucket);
            for (var p : FrameEncoder.series(List.of(slice), false, Trajectory::loss)) {
                for (int i = 0; i < p.x().length; i++) {
                    ks.add((double) p.x()[i]);
                    ys.add(p.y()[i]);
                }
            }
            from = to;
        }
        assertThat(ks).containsExactlyElementsOf(java.util.Arrays.stream(once.get(0).x()).asDoubleStream().boxed().toList());
        assertThat(ys).containsExactlyElementsOf(java.util.Arrays.stream(once.get(0).y()).boxed().toList());
    }
}
