package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.RaceSlice;
import org.optimizerplayground.engine.network.TrainRecording;
import org.optimizerplayground.engine.network.TrainRecording.RunRecord;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.optimizerplayground.web.json.JsonWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network API (issue 12): {@code GET /api/train} (every run of a network race, JSON or CSV,
 * optionally with what a PyTorch replay needs) and {@code GET /api/landscape} (a 2-D slice of the
 * training cost through θ₀ with each run's projected path). Both read the network link keys of
 * {@link NetworkLink} strictly, as {@code /api/trajectory} reads the surface keys: anything a
 * client can send that cannot be read is a 400 naming the key; the work and the size of an
 * answer are bounded before anything is computed (see {@link TrainRecording#MAX_WORK} and
 * {@link NetworkLimits#MAX_NUMBERS}).
 */
@RestController
public class NetworkController {
    private final AnalysisService analysis;

    public NetworkController(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/api/train")
    public void train(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrainSpec spec;
        String format;
        int every;
        Set<NetworkLimits.Part> include;
        try {
            QueryString q = QueryString.parse(request.getQueryString());
            format = q.has("format") ? q.get("format") : "json";
            if (!format.equals("json") && !format.equals("csv")) {
                throw new LinkException("format", "format must be json or csv, got '" + Text.quote(format) + "'");
            }
            include = q.has("include") ? NetworkLimits.include(q.get("include")) : EnumSet.noneOf(NetworkLimits.Part.class);
            spec = NetworkLink.read(q, Set.of("format", "include", "every"));
            every = NetworkLimits.every(q, spec);
            if (format.equals("csv") && (include.contains(NetworkLimits.Part.DATA) || include.contains(NetworkLimits.Part.INIT)
                    || include.contains(NetworkLimits.Part.ORDER))) {
                throw new LinkException("include", "data, init and order come with the JSON answer only;"
                        + " with format=csv include may name theta alone");
            }
            NetworkLimits.checkWork(spec, every, 0);
            NetworkLimits.checkSize(spec, every, include);
        } catch (LinkException e) {
            ApiErrors.write(response, e);
            return;
        }
        NetworkProblem problem = NetworkProblem.of(spec);
        List<RunRecord> runs = TrainRecording.run(problem, every, include.contains(NetworkLimits.Part.THETA));
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            try (Writer out = writer(response)) {
                TrainAnswer.writeCsv(out, runs, include.contains(NetworkLimits.Part.THETA));
            }
        } else {
            response.setContentType("application/json;charset=UTF-8");
            try (Writer out = writer(response)) {
                TrainAnswer.writeJson(new JsonWriter(out), problem, every, runs, include);
            }
        }
    }

    @GetMapping("/api/landscape")
    public void landscape(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrainSpec spec;
        int every;
        int grid;
        Landscape.Directions dirs;
        try {
            QueryString q = QueryString.parse(request.getQueryString());
            dirs = q.has("dirs") ? Landscape.Directions.byId(q.get("dirs")).orElseThrow(() -> new LinkException(
                    "dirs", "dirs must be pca or random, got '" + Text.quote(q.get("dirs")) + "'"))
                    : Landscape.Directions.PCA;
            grid = q.has("grid") ? (int) (long) NetworkLimits.checked("grid", () -> Numbers.parseWhole("grid", q.get("grid"), 2,
                    Landscape.MAX_GRID)) : Landscape.DEFAULT_GRID;
            spec = NetworkLink.read(q, Set.of("dirs", "grid", "every"));
            every = NetworkLimits.every(q, spec);
            NetworkLimits.checkLandscape(spec, every, grid, dirs);
        } catch (LinkException e) {
            ApiErrors.write(response, e);
            return;
        }
        NetworkProblem problem = NetworkProblem.of(spec);
        List<RunRecord> runs = TrainRecording.run(problem, every, true);
        RaceSlice slice;
        try {
            slice = RaceSlice.of(problem, runs, dirs, grid);
        } catch (IllegalArgumentException e) {
            ApiErrors.write(response, new LinkException("dirs", e.getMessage()));
            return;
        }
        Landscape landscape = slice.landscape();
        List<double[][]> paths = slice.paths();
        double[] window = slice.window();
        double[] a = slice.a();
        double[] b = slice.b();
        double[][] cost = landscape.grid(spec.architecture(), problem.train(), a, b, analysis.pool());
        response.setContentType("application/json;charset=UTF-8");
        try (Writer out = writer(response)) {
            JsonWriter json = new JsonWriter(out);
            json.beginObject();
            json.name("link").value(NetworkLink.format(spec));
            json.name("dirs").value(dirs.id());
            json.name("grid").value(grid);
            json.name("every").value(every);
            json.name("parameters").value(spec.architecture().parameterCount());
            json.name("explained");
            if (landscape.explained().isPresent()) {
                double[] e = landscape.explained().get();
                json.values(e, 0, e.length);
            } else {
                json.nullValue();
            }
            json.name("window").values(window, 0, window.length);
            json.name("a").values(a, 0, a.length);
            json.name("b").values(b, 0, b.length);
            json.name("loss").beginArray();
            for (double[] row : cost) {
                json.values(row, 0, row.length);
            }
            json.endArray();
            json.name("runs").beginArray();
            for (int r = 0; r < runs.size(); r++) {
                RunRecord run = runs.get(r);
                double[][] path = paths.get(r);
                json.beginObject();
                json.name("spec").value(run.run().format());
                json.name("optimizer").value(run.run().optimizerId());
                json.name("status").value(run.status().key());
                json.name("k").beginArray();
                for (int i = 0; i < run.size(); i++) {
                    json.value(run.k(i));
                }
                json.endArray();
                json.name("a").beginArray();
                for (double[] p : path) {
                    json.value(p[0]);
                }
                json.endArray();
                json.name("b").beginArray();
                for (double[] p : path) {
                    json.value(p[1]);
                }
                json.endArray();
                json.name("loss").beginArray();
                for (int i = 0; i < run.size(); i++) {
                    json.value(run.cost(i));
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }
}
