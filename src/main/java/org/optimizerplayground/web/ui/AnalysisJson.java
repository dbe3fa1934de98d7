package org.optimizerplayground.web.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.json.JsonWriter;

/** The JSON the analysis charts draw: {@code sweep-chart.show} and {@code basin-chart.show}. */
final class AnalysisJson {
    /** Colours of the basins: Paul Tol's "light" set, told apart with colour-blindness too. */
    private static final String[] BASINS = {
        "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"};
    private static final String DIVERGED = "#3b3b3b";
    private static final String NONE = "#d9d9d9";
    private static final int LOSS_BANDS = 10;

    private AnalysisJson() {
    }

    /** The sweep chart's own words, in the page's language. */
    record SweepWords(String diverged, String finalJ, String status, String stepsToTolerance, String converged,
                      String maxSteps) {
    }

    static String sweep(String title, List<String> labels, List<LearningRateSweep.Curve> curves, Experiment e,
                        SweepWords words) {
        boolean positive = curves.stream().flatMap(c -> c.points().stream())
                .filter(p -> Double.isFinite(p.finalLoss())).allMatch(p -> p.finalLoss() > 0);
        return JsonWriter.string(json -> {
            json.beginObject().name("title").value(title).name("xLabel").value("α").name("yLabel").value("J")
                    .name("logY").value(positive).name("runs").beginArray();
            for (int r = 0; r < curves.size(); r++) {
                json.beginObject().name("label").value(labels.get(r)).name("color").value(Palette.run(r))
                        .name("points").beginArray();
                for (LearningRateSweep.Point p : curves.get(r).points()) {
                    json.beginObject().name("lr").value(p.lr()).name("loss").value(p.finalLoss())
                            .name("status").value(p.status().key()).name("steps").value(p.stepsToTolerance())
                            .endObject();
                }
                json.endArray().endObject();
            }
            json.endArray().name("texts").beginObject().name("diverged").value(words.diverged())
                    .name("finalJ").value(words.finalJ()).name("status").value(words.status())
                    .name("stepsToTolerance").value(words.stepsToTolerance())
                    .name("statuses").beginObject().name("converged").value(words.converged())
                    .name("max-steps").value(words.maxSteps()).name("diverged").value(words.diverged()).endObject()
                    .endObject();
            json.name("marks").beginArray();
            for (int r = 0; r < e.runs().size(); r++) {
                json.beginObject().name("run").value(r).name("lr").value(e.runs().get(r).optimizer().lr()).endObject();
            }
            json.endArray().endObject();
        });
    }

    /**
     * One run's basin map: coloured by the minimum each start ends in when the surface has
     * several, otherwise by final loss (ten bands from low to high J); diverged starts dark.
     */
    static String basins(BasinMap.Result result, int run, int dimension, IntFunction<String> minimumLabel,
                         String divergedLabel, String noneLabel, String lowLabel, String highLabel,
                         String minimaLabel, String startLabel) {
        BasinMap.RunMap map = result.runs().get(run);
        int n = result.grid();
        int cells = map.basin().length;
        int[] index = new int[cells];
        List<String[]> legend = new java.util.ArrayList<>();
        String[] palette;
        if (result.minima().size() >= 2) {
            int m = result.minima().size();
            palette = new String[m + 2];
            for (int i = 0; i < m; i++) {
                palette[i] = BASINS[i % BASINS.length];
                legend.add(new String[] {minimumLabel.apply(i), palette[i]});
            }
            palette[m] = DIVERGED;
            palette[m + 1] = NONE;
            for (int c = 0; c < cells; c++) {
                int b = map.basin()[c];
                index[c] = b >= 0 ? b : b == BasinMap.DIVERGED ? m : m + 1;
            }
            legend.add(new String[] {divergedLabel, DIVERGED});
            legend.add(new String[] {noneLabel, NONE});
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
            legend.add(new String[] {lowLabel, palette[0]});
            legend.add(new String[] {highLabel, palette[LOSS_BANDS - 1]});
            legend.add(new String[] {divergedLabel, DIVERGED});
        }
        double[] view = result.view();
        return JsonWriter.string(json -> {
            json.beginObject().name("view").values(view, 0, view.length).name("nx").value(n)
                    .name("ny").value(dimension == 1 ? 1 : n).name("cells").beginArray();
            for (int i : index) {
                json.value(i);
            }
            json.endArray().name("palette").beginArray();
            for (String p : palette) {
                json.value(p);
            }
            json.endArray().name("legend").beginArray();
            for (String[] l : legend) {
                json.beginObject().name("label").value(l[0]).name("color").value(l[1]).endObject();
            }
            json.endArray().name("minimaLabel").value(minimaLabel).name("minima").beginArray();
            for (double[] m : result.minima()) {
                json.values(m, 0, m.length);
            }
            json.endArray().name("startLabel").value(startLabel);
            json.name("labels").beginObject().name("x").value(dimension == 1 ? "w" : "x")
                    .name("y").value(dimension == 1 ? "" : "y").endObject().endObject();
        });
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
