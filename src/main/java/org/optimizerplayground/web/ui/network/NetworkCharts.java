package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.web.ui.Palette;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * The curves per update of every run: the batch loss (every update), the training and test loss
 * and the accuracies (at each frame's evaluation). Series index = run (accuracy: 2 × run for the
 * training set, 2 × run + 1, dashed, for the test set).
 */
final class NetworkCharts extends Div {
    /** Long runs are thinned to about this many batch-loss points per run. */
    static final int MAX_POINTS = 5_000;

    private final SeriesChart batchLoss = chart("net-batch-loss");
    private final SeriesChart trainLoss = chart("net-train-loss");
    private final SeriesChart testLoss = chart("net-test-loss");
    private final SeriesChart accuracy = chart("net-accuracy");

    NetworkCharts() {
        addClassName("network-charts");
        Paragraph note = new Paragraph(getTranslation("net.charts.note"));
        note.addClassName("network-note");
        add(box(batchLoss), box(trainLoss), box(testLoss), box(accuracy), note);
    }

    /** New runs or a new setting: titles and series, empty. */
    void configure(List<String> labels) {
        batchLoss.configure(config(getTranslation("net.chart.batch"), "J_B", labels, false));
        trainLoss.configure(config(getTranslation("net.chart.train"), "J train", labels, false));
        testLoss.configure(config(getTranslation("net.chart.test"), "J test", labels, false));
        accuracy.configure(config(getTranslation("net.chart.accuracy"), getTranslation("net.accuracy"), labels, true));
    }

    /** Appends the points of this frame that were not sent before. */
    void append(NetworkSession session) {
        int runs = session.spec().runs().size();
        int stride = Math.max(1, (session.spec().steps() + MAX_POINTS - 1) / MAX_POINTS);
        List<TrainHistory> histories = session.histories();
        int[][] ranges = new int[runs][];
        List<List<NetworkSession.Metrics>> metrics = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ranges[i] = session.takeNewUpdates(i);
            metrics.add(session.takeNewMetrics(i));
        }
        List<SeriesChart.Points> batch = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            TrainHistory h = histories.get(i);
            int from = Math.max(1, ranges[i][0]); // no batch at k = 0
            int to = ranges[i][1];
            boolean ended = h.status() != Status.RUNNING;
            int[] ks = IntStream.range(from, Math.max(from, to))
                    .filter(k -> k % stride == 0 || (ended && k == h.size() - 1)).toArray();
            double[] ys = new double[ks.length];
            for (int j = 0; j < ks.length; j++) {
                ys[j] = h.batchLoss(ks[j]);
            }
            batch.add(new SeriesChart.Points(i, ks, ys));
        }
        batchLoss.append(batch);
        trainLoss.append(metricSeries(metrics, 1, NetworkSession.Metrics::trainLoss, null));
        testLoss.append(metricSeries(metrics, 1, NetworkSession.Metrics::testLoss, null));
        accuracy.append(metricSeries(metrics, 2, NetworkSession.Metrics::trainAccuracy,
                NetworkSession.Metrics::testAccuracy));
    }

    private static List<SeriesChart.Points> metricSeries(List<List<NetworkSession.Metrics>> metrics, int perRun,
                                                        ToDoubleFunction<NetworkSession.Metrics> first,
                                                        ToDoubleFunction<NetworkSession.Metrics> second) {
        List<SeriesChart.Points> series = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            List<NetworkSession.Metrics> points = metrics.get(i);
            for (int m = 0; m < perRun; m++) {
                ToDoubleFunction<NetworkSession.Metrics> measure = m == 0 ? first : second;
                series.add(new SeriesChart.Points(i * perRun + m,
                        points.stream().mapToInt(NetworkSession.Metrics::k).toArray(),
                        points.stream().mapToDouble(measure).toArray()));
            }
        }
        return series;
    }

    private SeriesChart.Config config(String title, String yLabel, List<String> labels, boolean trainAndTest) {
        String train = " " + getTranslation("net.chart.train-set");
        String test = " " + getTranslation("net.chart.test-set");
        List<SeriesChart.Line> lines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int m = 0; m < (trainAndTest ? 2 : 1); m++) {
                lines.add(new SeriesChart.Line(labels.get(i) + (trainAndTest ? (m == 0 ? train : test) : ""),
                        Palette.run(i), m == 1 ? new int[] {6, 3} : new int[0]));
            }
        }
        return new SeriesChart.Config(title, "k", yLabel, false, false, lines);
    }

    private static SeriesChart chart(String id) {
        SeriesChart c = new SeriesChart();
        c.setId(id);
        c.getElement().setAttribute("role", "img");
        return c;
    }

    private static Div box(SeriesChart chart) {
        Div box = new Div(chart);
        box.addClassName("chart-box");
        return box;
    }
}
