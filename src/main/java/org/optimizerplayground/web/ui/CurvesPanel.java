package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/** The curves per iteration: J (linear or log), θ and the learning rate α_k of every run. */
final class CurvesPanel extends Div implements Frame.View {
    private final SeriesChart loss = new SeriesChart();
    private final SeriesChart theta = new SeriesChart();
    private final SeriesChart rates = new SeriesChart();
    private final Checkbox logLoss = new Checkbox();

    CurvesPanel(Hideables hideables) {
        addClassName("curves");
        for (var chart : List.of(Map.entry(loss, "a11y.loss"), Map.entry(theta, "a11y.theta"), Map.entry(rates, "a11y.lr"))) {
            chart.getKey().getElement().setAttribute("role", "img");
            chart.getKey().getElement().setAttribute("aria-label", getTranslation(chart.getValue()));
        }
        loss.setId("loss-chart");
        theta.setId("theta-chart");
        rates.setId("lr-chart");
        hideables.register("loss-chart", loss);
        logLoss.setLabel(getTranslation("chart.loss.log"));
        logLoss.setId("loss-log");
        logLoss.addValueChangeListener(e -> loss.setLogY(e.getValue()));
        Div lossBox = new Div(loss, logLoss);
        Div thetaBox = new Div(theta);
        Div ratesBox = new Div(rates);
        for (Div box : List.of(lossBox, thetaBox, ratesBox)) {
            box.addClassName("chart-box");
        }
        add(lossBox, thetaBox, ratesBox);
    }

    SeriesChart lossChart() {
        return loss;
    }

    @Override
    public void draw(Frame frame) {
        boolean oneD = frame.experiment().dimension() == 1;
        int thetas = oneD ? 1 : 2;
        if (frame.renamed()) {
            List<String> labels = frame.labels();
            // Every run started over: new, empty series; else the series of the runs that go on keep their points.
            boolean all = frame.restarted();
            configure(loss, all, Charts.series(getTranslation("chart.loss"), "J", labels, List.of(""), false));
            configure(theta, all, Charts.series(getTranslation("chart.theta"), "θ", labels,
                    oneD ? List.of(" w") : List.of(" θ₁", " θ₂"), false));
            configure(rates, all, Charts.series(getTranslation("chart.lr"), "α", labels, List.of(""), false));
            if (all) {
                loss.setLogY(logLoss.getValue());
            }
        } else if (frame.restarted()) {
            loss.clearData();
            theta.clearData();
            rates.clearData();
        }
        int[] restartedRuns = frame.restartedRuns();
        if (restartedRuns.length > 0) {
            loss.clearSeries(restartedRuns);
            theta.clearSeries(seriesOf(restartedRuns, thetas));
            rates.clearSeries(restartedRuns);
        }
        if (!frame.hasPoints()) {
            return;
        }
        List<Frame.Run> runs = frame.newPoints();
        FrameMessage out = frame.message();
        if (loss.isVisible()) {
            out.series("loss-chart", FrameEncoder.series(runs, false, FrameEncoder.LOSS));
        }
        out.series("theta-chart", oneD ? FrameEncoder.series(runs, false, FrameEncoder.THETA_1)
                : FrameEncoder.series(runs, false, FrameEncoder.THETA_1, FrameEncoder.THETA_2));
        out.series("lr-chart", FrameEncoder.series(runs, true, FrameEncoder.RATE));
    }

    private static void configure(SeriesChart chart, boolean empty, SeriesChart.Config config) {
        if (empty) {
            chart.configure(config);
        } else {
            chart.relabel(config);
        }
    }

    /** The series of {@code runs} on a chart with {@code perRun} series per run (series = run × perRun + m). */
    private static int[] seriesOf(int[] runs, int perRun) {
        int[] series = new int[runs.length * perRun];
        for (int i = 0; i < runs.length; i++) {
            for (int m = 0; m < perRun; m++) {
                series[i * perRun + m] = runs[i] * perRun + m;
            }
        }
        return series;
    }
}
