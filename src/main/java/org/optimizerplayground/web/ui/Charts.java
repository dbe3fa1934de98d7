package org.optimizerplayground.web.ui;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/** How the charts draw the runs: one dataset per run (and per θ component), in the run's colour. */
final class Charts {
    /** θ₂ is drawn dashed next to θ₁ in the same colour. */
    private static final int[][] DASHES = {{}, {6, 3}};

    private Charts() {
    }

    /** The map's runs. */
    static List<ContourChart.RunStyle> runs(List<String> labels) {
        List<ContourChart.RunStyle> runs = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            runs.add(new ContourChart.RunStyle(labels.get(i), Palette.run(i)));
        }
        return runs;
    }

    /**
     * A series chart with one series per run and suffix (series index = run × suffixes + suffix),
     * as {@link FrameEncoder#series} numbers them. No legend: the run chips above the map already
     * say which colour is which run (θ₂ is the dashed line).
     */
    static SeriesChart.Config series(String title, String yLabel, List<String> labels, List<String> suffixes,
                                     boolean logY) {
        List<SeriesChart.Line> lines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int m = 0; m < suffixes.size(); m++) {
                lines.add(new SeriesChart.Line(labels.get(i) + suffixes.get(m), Palette.run(i),
                        DASHES[Math.min(m, DASHES.length - 1)]));
            }
        }
        return new SeriesChart.Config(title, "k", yLabel, logY, false, lines);
    }
}
