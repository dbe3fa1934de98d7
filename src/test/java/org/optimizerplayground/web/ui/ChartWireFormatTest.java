package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.analysis.Progress;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.ui.chart.ChartJson;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SweepChart;

/**
 * Pins, byte for byte, the JSON the chart elements in {@code frontend/charts} read, for a few
 * representative frames, surfaces, arrows, rules and analyses: numbers in their shortest form
 * (whole numbers without ".0", exponents as "1e-7"), NaN and infinities as {@code null}, and
 * {@code <}, {@code >}, {@code &} escaped in strings. The expected texts in
 * {@code src/test/resources/wire/} were recorded from the hand-written JSON writer that
 * {@link ChartJson} replaced; run with {@code -Dwire.record=true} to record them again (then review the diff).
 */
class ChartWireFormatTest {
    private static final Path DIR = Path.of("src/test/resources/wire");

    private static void pin(String name, String json) throws IOException {
        pin(name, ".json", json);
    }

    private static void pin(String name, String extension, String json) throws IOException {
        Path file = DIR.resolve(name + extension);
        if (Boolean.getBoolean("wire.record")) {
            Files.createDirectories(DIR);
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        assertThat(json).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Every run of {@code query} stepped {@code updates} times, as one frame's runs (first points from 0). */
    private static List<Frame.Run> runs(Experiment e, int updates, int stride) {
        List<Frame.Run> runs = new ArrayList<>();
        for (int i = 0; i < e.runs().size(); i++) {
            RunStepper s = new RunStepper(e, i);
            UpdateTerms terms = null;
            for (int n = 0; n < updates && !s.finished(); n++) {
                terms = new UpdateTerms();
                s.step(terms);
            }
            Trajectory t = s.trajectory();
            runs.add(new Frame.Run(i, t, 0, t.size(), stride, terms));
        }
        return runs;
    }

    private static final String TWO_D = "surface=rosenbrock&run=adam(lr=0.05)&run=sgd(lr=0.001)&run=momentum(lr=0.3)"
            + "&steps=40";
    private static final String ONE_D = "surface=parabola&run=momentum&run=adam(lr=0.1,decay=0.5,decay_steps=2)&steps=12";

    @Test
    void mapPointsAndSeriesOfATwoDimensionalFrame() throws IOException {
        List<Frame.Run> runs = runs(Link.read(TWO_D), 40, 3);
        pin("map-points-2d", ChartJson.points(0, FrameEncoder.mapPoints(runs)));
        pin("series-loss-2d", ChartJson.series(FrameEncoder.series(runs, false, Trajectory::loss)));
        pin("series-theta-2d", ChartJson.series(FrameEncoder.series(runs, false, (t, k) -> t.theta(k, 0), (t, k) -> t.theta(k, 1))));
        pin("series-lr-2d", ChartJson.series(FrameEncoder.series(runs, true, Trajectory::lr)));
    }

    @Test
    void mapPointsAndSeriesOfAOneDimensionalFrame() throws IOException {
        List<Frame.Run> runs = runs(Link.read(ONE_D), 12, 1);
        pin("map-points-1d", ChartJson.points(0, FrameEncoder.mapPoints(runs)));
        pin("series-lr-1d", ChartJson.series(FrameEncoder.series(runs, true, Trajectory::lr)));
    }

    /** A frame as the page gets it: one base64 message with every chart's new points and the chips' k. */
    private static String frame(List<Frame.Run> runs, boolean twoD) {
        FrameMessage m = new FrameMessage();
        m.map("contour-chart", FrameEncoder.mapPoints(runs));
        m.series("loss-chart", FrameEncoder.series(runs, false, Trajectory::loss));
        m.series("theta-chart", twoD ? FrameEncoder.series(runs, false, (t, k) -> t.theta(k, 0), (t, k) -> t.theta(k, 1))
                : FrameEncoder.series(runs, false, (t, k) -> t.theta(k, 0)));
        m.series("lr-chart", FrameEncoder.series(runs, true, Trajectory::lr));
        for (Frame.Run r : runs) {
            m.chip(r.index(), r.trajectory().size() - 1);
        }
        return m.encode(0);
    }

    @Test
    void framesOfTwoAndOneDimensions() throws IOException {
        pin("frame-2d", ".b64", frame(runs(Link.read(TWO_D), 40, 3), true));
        pin("frame-1d", ".b64", frame(runs(Link.read(ONE_D), 12, 1), false));
    }

    @Test
    void aSmallFrameByteByByte() {
        FrameMessage m = new FrameMessage();
        m.series("lr", List.of(new org.optimizerplayground.web.ui.chart.SeriesChart.Points(2, new int[] {1}, new double[] {Double.NaN})));
        m.chip(1, 70_000);
        byte[] bytes = m.bytes(70_001, true, 1000);
        assertThat(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(
                "02" + "01" + "71110100"       // version 2, fenced, frame 70 001 of its tab
                + "0000000000408f40"            // sent at 1000.0 ms
                + "0100"                        // one part
                + "02" + "6c72"                 // id "lr"
                + "01" + "0200" + "01000000"    // series points, series 2, one point
                + "000000000000f03f"            // k = 1.0
                + "000000000000f87f"            // NaN: a gap
                + "0100" + "0100" + "70110100"); // one chip: run 1 at k = 70 000
        assertThat(new FrameMessage().isEmpty()).isTrue();
        // Through Vaadin the same bytes go as base64; unordered (tests) they are frame 0, not fenced.
        assertThat(java.util.Base64.getDecoder().decode(m.encode(1000))).startsWith(0x02, 0x00, 0, 0, 0, 0);
    }

    @Test
    void runStylesAndSeriesConfiguration() throws IOException {
        List<String> labels = List.of("1 · Adam α=0.05", "2 · \"SGD\" <b>&</b>");
        pin("runs", ChartJson.runs(Charts.runs(labels)));
        pin("series-config", ChartJson.config(Charts.series("θ per iteration", "θ", labels, List.of(" θ₁", " θ₂"), true)));
    }

    @Test
    void surfacesInTwoAndOneDimensionsAndWithHoles() throws IOException {
        Experiment rosenbrock = Link.read(TWO_D);
        pin("surface-rosenbrock", ChartJson.surface(SurfacePicture.of(rosenbrock.surface(), rosenbrock.view(), "global", "local")));
        Experiment holes = Link.read("surface=custom&f=log(x)%2By%5E2");
        pin("surface-holes", ChartJson.surface(SurfacePicture.of(holes.surface(), holes.view(), "mínimo global", "mínimo local")));
        Experiment parabola = Link.read(ONE_D);
        pin("surface-parabola", ChartJson.surface(SurfacePicture.of(parabola.surface(), parabola.view(), "global", "local")));
    }

    @Test
    void stepArrowsAndTheNumbersAtTheEdges() throws IOException {
        Experiment e = Link.read(TWO_D);
        List<ContourChart.Arrows> arrows = new ArrayList<>();
        for (Frame.Run r : runs(e, 5, 1)) {
            ContourChart.Arrows a = StepArrows.of(r.index(), e.runs().get(r.index()), r.trajectory(), r.latest(),
                    e.view()[1] - e.view()[0]);
            if (a != null) {
                arrows.add(a);
            }
        }
        assertThat(arrows).hasSizeGreaterThan(1);
        pin("arrows", ChartJson.arrows(arrows));
        pin("numbers", ChartJson.arrows(List.of(new ContourChart.Arrows(7, -0.0, 1e15, 1e-7, List.of(
                new ContourChart.Arrow("nan", Double.NaN, Double.POSITIVE_INFINITY),
                new ContourChart.Arrow("inf", Double.NEGATIVE_INFINITY, 123456789012345.0),
                new ContourChart.Arrow("big", 1.5e20, -2.5e-300),
                new ContourChart.Arrow("plain", 0.1 + 0.2, -3))))));
        pin("arrows-none", ChartJson.arrows(List.of()));
    }

    @Test
    void updateRules() throws IOException {
        Experiment e = Link.read(ONE_D);
        List<Frame.Run> runs = runs(e, 3, 1);
        pin("rule-momentum", ChartJson.rule(UpdateRuleText.of(e.runs().get(0), runs.get(0).latest(), "1 · Momentum — k = 3")));
        pin("rule-adam-decay", ChartJson.rule(UpdateRuleText.of(e.runs().get(1), runs.get(1).latest(), "2 · Adam <&> \"q\"\n\t\u2028")));
        pin("rule-before", ChartJson.rule(UpdateRuleText.of(e.runs().get(0), null, "")));
    }

    @Test
    void sweepAndBasins() throws IOException {
        Experiment e = Link.read("surface=bowl&run=sgd&run=adam&steps=20");
        List<LearningRateSweep.Curve> curves = LearningRateSweep.run(e, new double[] {1e-3, 0.5, 2}, Progress.NONE);
        pin("sweep", ChartJson.sweep(AnalysisPictures.sweep("Final J after 20 updates", List.of("1 · GD", "2 · Adam"), curves, e,
                new SweepChart.Texts("diverged", "final J", "status", "steps", "converged", "stopped"))));
        BasinMap.Result one = BasinMap.run(e, 4, ForkJoinPool.commonPool(), Progress.NONE);
        pin("basins-bowl", ChartJson.basins(AnalysisPictures.basins(one, 1, 2, i -> "minimum " + i, "diverged", "none", "low", "high",
                "minima", "start")));
        Experiment many = Link.read("surface=himmelblau&run=sgd(lr=0.01)&steps=30");
        BasinMap.Result four = BasinMap.run(many, 5, ForkJoinPool.commonPool(), Progress.NONE);
        pin("basins-minima", ChartJson.basins(AnalysisPictures.basins(four, 0, 2, i -> "minimum " + AnalysisPictures.place(
                four.minima().get(i)), "diverged", "none", "low", "high", "minima", "start")));
    }
}
