package org.optimizerplayground.web.ui;

import java.util.List;
import org.optimizerplayground.web.json.JsonWriter;

/** The JSON that configures the charts' datasets: one per run (and per θ component). */
final class Charts {
    /** θ₂ is drawn dashed next to θ₁ in the same colour. */
    private static final int[][] DASHES = {{}, {6, 3}};

    private Charts() {
    }

    /** {@code contour-chart.setRuns}. */
    static String runs(List<String> labels) {
        return JsonWriter.string(json -> {
            json.beginArray();
            for (int i = 0; i < labels.size(); i++) {
                json.beginObject().name("label").value(labels.get(i)).name("color").value(Palette.run(i)).endObject();
            }
            json.endArray();
        });
    }

    /**
     * {@code series-chart.configure}: one series per run and suffix (series index = run ×
     * suffixes + suffix), as {@link FrameEncoder#series} numbers them. No legend: the run chips
     * above the map already say which colour is which run (θ₂ is the dashed line).
     */
    static String series(String title, String yLabel, List<String> labels, List<String> suffixes, boolean logY) {
        return JsonWriter.string(json -> {
            json.beginObject().name("title").value(title).name("xLabel").value("k").name("yLabel").value(yLabel)
                    .name("logY").value(logY).name("legend").value(false).name("series").beginArray();
            for (int i = 0; i < labels.size(); i++) {
                for (int m = 0; m < suffixes.size(); m++) {
                    json.beginObject().name("label").value(labels.get(i) + suffixes.get(m))
                            .name("color").value(Palette.run(i)).name("dash").beginArray();
                    for (int d : DASHES[Math.min(m, DASHES.length - 1)]) {
                        json.value(d);
                    }
                    json.endArray().endObject();
                }
            }
            json.endArray().endObject();
        });
    }
}
