package org.optimizerplayground.web.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.ui.chart.BasinChart;
import org.optimizerplayground.web.ui.chart.SweepChart;

/** What the analysis charts draw: {@code sweep-chart.show} and {@code basin-chart.show}. */
final class AnalysisPictures {
    /** Colours of the basins: Paul Tol's "light" set, told apart with colour-blindness too. */
    private static final String[] BASINS = {
        "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"};
    private static final String DIVERGED = "#3b3b3b";
    private static final String NONE = "#d9d9d9";
    private static final int LOSS_BANDS = 10;

    private AnalysisPictures() {
    }

    static SweepChart.Sweep sweep(String title, List<String> labels, List<LearningRateSweep.Curve> curves,
                                  Experiment e, SweepChart.Texts words) {
        boolean positive = curves.stream().flatMap(c -> c.points().stream())
                .filter(p -> Double.isFinite(p.finalLoss())).allMatch(p -> p.finalLoss() > 0);
        List<SweepChart.Run> runs = new java.util.ArrayList<>();
        for (int r = 0; r < curves.size(); r++) {
            List<SweepChart.Point> points = curves.get(r).points().stream().map(p -> new SweepChart.Point(p.lr(),
                    p.finalLoss(), p.status().key(), p.stepsToTolerance())).toList();
            runs.add(new SweepChart.Run(labels.get(r), Palette.run(r), points));
        }
        List<SweepChart.Mark> marks = new java.util.ArrayList<>();
        for (int r = 0; r < e.runs().size(); r++) {
            marks.add(new SweepChart.Mark(r, e.runs().get(r).optimizer().lr()));
        }
        return new SweepChart.Sweep(title, "α", "J", positive, runs, words, marks);
    }

    /**
     * One run's basin map: coloured by the minimum each start ends in when the surface has
     * several, otherwise by final loss (ten bands from low to high J); diverged starts dark.
     */
    static BasinChart.Basins basins(BasinMap.Result result, int run, int dimension, IntFunction<String> minimumLabel,
                         String divergedLabel, String noneLabel, String lowLabel, String highLabel,
                         String minimaLabel, String startLabel) {
        BasinMap.RunMap map = result.runs().get(run);
        int n = result.grid();
        int cells = map.basin().length;
        int[] index = new int[cells];
        List<BasinChart.Legend> legend = new java.util.ArrayList<>();
        String[] palette;
        if (result.minima().size() >= 2) {
            int m = result.minima().size();
            palette = new String[m + 2];
            for (int i = 0; i < m; i++) {
                palette[i] = BASINS[i % BASINS.length];
                legend.add(new BasinChart.Legend(minimumLabel.apply(i), palette[i]));
            }
            palette[m] = DIVERGED;
            palette[m + 1] = NONE;
            for (int c = 0; c < cells; c++) {
                int b = map.basin()[c];
                index[c] = b >= 0 ? b : b == BasinMap.DIVERGED ? m : m + 1;
            }
            legend.add(new BasinChart.Legend(divergedLabel, DIVERGED));
            legend.add(new BasinChart.Legend(noneLabel, NONE));
        } else {
            double[] finite = Arrays.stream(map.finalLoss()).filter(Double::isFinite).sorted().toArray();
            palette = new String[LOSS_BANDS + 1];
            for (int i = 0; i < LOSS_BANDS; i++) {
                palette[i] = Palette.band((double) i / (LOSS_BANDS - 1));
            }
            palette[LOSS_BANDS] = DIVERGED;
            for (int c = 0; c < cells; c++) {
                double j = map.finalLoss()[c];
                if (map.basin()[c] == BasinMap.DIVERGED || !Double.isFinite(j) || finite.length == 0) {
                    index[c] = LOSS_BANDS;
                } else {
                    // The band is the loss's rank among all final losses: readable at any scale.
                    int rank = Math.max(0, Arrays.binarySearch(finite, j));
                    index[c] = Math.min(LOSS_BANDS - 1, rank * LOSS_BANDS / finite.length);
                }
            }
            legend.add(new BasinChart.Legend(lowLabel, palette[0]));
            legend.add(new BasinChart.Legend(highLabel, palette[LOSS_BANDS - 1]));
            legend.add(new BasinChart.Legend(divergedLabel, DIVERGED));
        }
        return new BasinChart.Basins(result.view().clone(), n, dimension == 1 ? 1 : n, index, List.of(palette),
                legend, minimaLabel, result.minima(), startLabel, dimension == 1 ? "w" : "x", dimension == 1 ? "" : "y");
    }

    /** "(3, 2)": a minimum's place, three significant digits. */
    static String place(double[] point) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < point.length; i++) {
            double v = ThreeDigits.round(point[i]);
            s.append(i == 0 ? "" : ", ").append(Numbers.format(v));
        }
        return s.append(")").toString();
    }
}
