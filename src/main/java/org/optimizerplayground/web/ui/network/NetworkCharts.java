package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.web.json.JsonWriter;
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
        Paragraph note = new Paragraph("The batch loss is drawn at every update; the loss and accuracy on the whole "
                + "training and test sets are evaluated once per frame (about 30 times a second) at each run's "
                + "latest update, so those curves have one point per frame.");
        note.addClassName("network-note");
        add(box(batchLoss), box(trainLoss), box(testLoss), box(accuracy), note);
    }

    /** New runs or a new setting: titles and series, empty. */
    void configure(List<String> labels) {
        batchLoss.configure(config("Batch loss per update", "J_B", labels, false));
        trainLoss.configure(config("Training loss (evaluated once per frame)", "J train", labels, false));
        testLoss.configure(config("Test loss (evaluated once per frame)", "J test", labels, false));
        accuracy.configure(config("Accuracy: training (solid), test (dashed)", "accuracy", labels, true));
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
        batchLoss.append(JsonWriter.string(json -> {
            json.beginObject().name("series").beginArray();
            for (int i = 0; i < runs; i++) {
                TrainHistory h = histories.get(i);
                int from = Math.max(1, ranges[i][0]); // no batch at k = 0
                int to = ranges[i][1];
                boolean ended = h.status() != org.optimizerplayground.engine.run.Status.RUNNING;
                json.beginObject().name("index").value(i).name("x").beginArray();
                for (int k = from; k < to; k++) {
                    if (k % stride == 0 || (ended && k == h.size() - 1)) {
                        json.value(k);
                    }
                }
                json.endArray().name("y").beginArray();
                for (int k = from; k < to; k++) {
                    if (k % stride == 0 || (ended && k == h.size() - 1)) {
                        json.value(h.batchLoss(k));
                    }
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
        }));
        trainLoss.append(metricSeries(metrics, 1, NetworkSession.Metrics::trainLoss, null));
        testLoss.append(metricSeries(metrics, 1, NetworkSession.Metrics::testLoss, null));
        accuracy.append(metricSeries(metrics, 2, NetworkSession.Metrics::trainAccuracy,
                NetworkSession.Metrics::testAccuracy));
    }

    private static String metricSeries(List<List<NetworkSession.Metrics>> metrics, int perRun,
                                       java.util.function.ToDoubleFunction<NetworkSession.Metrics> first,
                                       java.util.function.ToDoubleFunction<NetworkSession.Metrics> second) {
        return JsonWriter.string(json -> {
            json.beginObject().name("series").beginArray();
            for (int i = 0; i < metrics.size(); i++) {
                for (int m = 0; m < perRun; m++) {
                    var measure = m == 0 ? first : second;
                    json.beginObject().name("index").value((long) i * perRun + m).name("x").beginArray();
                    for (var p : metrics.get(i)) {
                        json.value(p.k());
                    }
                    json.endArray().name("y").beginArray();
                    for (var p : metrics.get(i)) {
                        json.value(measure.applyAsDouble(p));
                    }
                    json.endArray().endObject();
                }
            }
            json.endArray().endObject();
        });
    }

    private static String config(String title, String yLabel, List<String> labels, boolean trainAndTest) {
        return JsonWriter.string(json -> {
            json.beginObject().name("title").value(title).name("xLabel").value("k").name("yLabel").value(yLabel)
                    .name("logY").value(false).name("legend").value(false).name("series").beginArray();
            for (int i = 0; i < labels.size(); i++) {
                for (int m = 0; m < (trainAndTest ? 2 : 1); m++) {
                    json.beginObject().name("label").value(labels.get(i) + (trainAndTest ? (m == 0 ? " train" : " test") : ""))
                            .name("color").value(Palette.run(i)).name("dash").beginArray();
                    if (m == 1) {
                        json.value(6).value(3);
                    }
                    json.endArray().endObject();
                }
            }
            json.endArray().endObject();
        });
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
