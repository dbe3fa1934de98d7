package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.analysis.Progress;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.optimizerplayground.web.json.JsonWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sweep} and {@code GET /api/basins} (SPEC §9), with the same 400 rules as the
 * trajectory API and bounded work per request (count ≤ 200, grid ≤ 200, steps ≤ 10 000 for a
 * sweep and ≤ 2 000 for a basin map). Basin maps run on the pool the page's analysis views use
 * ({@link AnalysisService}), so requests cannot multiply threads.
 */
@RestController
public class AnalysisController {
    private final AnalysisService analysis;
    private final ApiGate gate;

    public AnalysisController(AnalysisService analysis, ApiGate gate) {
        this.analysis = analysis;
        this.gate = gate;
    }

    @GetMapping("/api/sweep")
    public void sweep(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Experiment e;
        double[] rates;
        boolean csv;
        boolean download;
        try {
            QueryString q = QueryString.parse(request.getQueryString());
            csv = csv(q);
            download = FileDownload.wanted(q);
            e = Link.readForApi(q, Set.of("lr_from", "lr_to", "count", "format", FileDownload.KEY));
            double from = q.has("lr_from") ? number(q, "lr_from") : LearningRateSweep.DEFAULT_FROM;
            double to = q.has("lr_to") ? number(q, "lr_to") : LearningRateSweep.DEFAULT_TO;
            int count = q.has("count") ? (int) whole(q, "count", 2, LearningRateSweep.MAX_COUNT)
                    : LearningRateSweep.DEFAULT_COUNT;
            rates = checked(from < to ? "count" : "lr_to", () -> LearningRateSweep.rates(from, to, count));
            checked("steps", () -> {
                LearningRateSweep.checkSteps(e);
                return null;
            });
        } catch (LinkException ex) {
            ApiErrors.write(response, ex);
            return;
        }
        String canonical = "sweep?" + Link.format(e) + "&lr_from=" + Numbers.format(rates[0]) + "&lr_to="
                + Numbers.format(rates[rates.length - 1]) + "&count=" + rates.length + answerFormat(csv, download);
        if (CacheableAnswer.notModified(request, response, canonical)) {
            return;
        }
        boolean asCsv = csv;
        boolean asFile = download;
        gate.run(request, response, () -> sweepAnswer(response, e, rates, asCsv, asFile));
    }

    /** The part of an answer's cache key that says how it is written: the same numbers as CSV or as a file differ. */
    private static String answerFormat(boolean csv, boolean download) {
        return (csv ? "&format=csv" : "&format=json") + (download ? "&download=true" : "");
    }

    private static void sweepAnswer(HttpServletResponse response, Experiment e, double[] rates, boolean csv,
            boolean download) throws IOException {
        List<LearningRateSweep.Curve> curves = LearningRateSweep.run(e, rates, Progress.NONE);
        if (download) {
            FileDownload.attach(response, FileDownload.fileName(e, "sweep", csv ? "csv" : "json"));
        }
        if (csv) {
            csv(response, out -> AnalysisCsv.sweep(out, curves));
            return;
        }
        json(response, json -> {
            json.beginObject().name("runs").beginArray();
            for (LearningRateSweep.Curve c : curves) {
                json.beginObject().name("spec").value(c.run().format()).name("points").beginArray();
                for (LearningRateSweep.Point p : c.points()) {
                    json.beginObject().name("lr").value(p.lr()).name("final_loss").value(p.finalLoss())
                            .name("status").value(p.status().key()).name("steps_to_tol").value(p.stepsToTolerance())
                            .endObject();
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
        });
    }

    @GetMapping("/api/basins")
    public void basins(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Experiment e;
        int grid;
        boolean csv;
        boolean download;
        try {
            QueryString q = QueryString.parse(request.getQueryString());
            csv = csv(q);
            download = FileDownload.wanted(q);
            e = Link.readForApi(q, Set.of("grid", "format", FileDownload.KEY));
            grid = q.has("grid") ? (int) whole(q, "grid", 1, BasinMap.MAX_GRID) : 50;
            checked("grid", () -> {
                BasinMap.checkGrid(grid);
                return null;
            });
            checked("steps", () -> {
                BasinMap.checkSteps(e);
                return null;
            });
        } catch (LinkException ex) {
            ApiErrors.write(response, ex);
            return;
        }
        if (CacheableAnswer.notModified(request, response,
                "basins?" + Link.format(e) + "&grid=" + grid + answerFormat(csv, download))) {
            return;
        }
        int g = grid;
        boolean asCsv = csv;
        boolean asFile = download;
        gate.run(request, response, () -> basinsAnswer(response, e, g, asCsv, asFile));
    }

    private void basinsAnswer(HttpServletResponse response, Experiment e, int grid, boolean csv, boolean download)
            throws IOException {
        BasinMap.Result result = BasinMap.run(e, grid, analysis.pool(), Progress.NONE);
        if (download) {
            FileDownload.attach(response, FileDownload.fileName(e, "basins", csv ? "csv" : "json"));
        }
        if (csv) {
            Experiment experiment = e;
            csv(response, out -> AnalysisCsv.basins(out, experiment, result));
            return;
        }
        json(response, json -> {
            json.beginObject().name("minima").beginArray();
            for (double[] m : result.minima()) {
                json.values(m, 0, m.length);
            }
            json.endArray().name("runs").beginArray();
            for (BasinMap.RunMap map : result.runs()) {
                json.beginObject().name("spec").value(map.run().format()).name("grid").value(result.grid())
                        .name("view").values(result.view(), 0, result.view().length)
                        .name("basin").beginArray();
                for (int b : map.basin()) {
                    json.value(b);
                }
                json.endArray().name("final_loss").values(map.finalLoss(), 0, map.finalLoss().length).endObject();
            }
            json.endArray().endObject();
        });
    }

    /** {@code format}: {@code json} (the default) or {@code csv}. */
    private static boolean csv(QueryString q) {
        String format = q.has("format") ? q.get("format") : "json";
        if (!format.equals("json") && !format.equals("csv")) {
            throw new LinkException("format", "format must be json or csv, got '"
                    + org.optimizerplayground.engine.util.Text.quote(format) + "'");
        }
        return format.equals("csv");
    }

    private static void csv(HttpServletResponse response, JsonWriter.IoConsumer<Writer> body) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            body.accept(out);
        }
    }

    private static double number(QueryString q, String key) {
        return checked(key, () -> Numbers.parseDouble(key, q.get(key)));
    }

    /** A whole number in {@code [lo, hi]}, refused as typed when outside, before the caller's cast. */
    private static long whole(QueryString q, String key, long lo, long hi) {
        return checked(key, () -> Numbers.parseWhole(key, q.get(key), lo, hi));
    }

    private static <T> T checked(String key, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException ex) {
            String message = ex.getMessage();
            String param = message.startsWith("lr_from") ? "lr_from" : message.startsWith("lr_to") ? "lr_to"
                    : message.startsWith("count") ? "count" : key;
            throw new LinkException(param, message);
        }
    }

    private static void json(HttpServletResponse response, JsonWriter.IoConsumer<JsonWriter> body) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            body.accept(new JsonWriter(out));
        }
    }
}
