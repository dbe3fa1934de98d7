package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.BatchOrder;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.Inputs;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.NetworkSeeds;
import org.optimizerplayground.engine.network.Points;
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
 * {@link #MAX_NUMBERS}).
 */
@RestController
public class NetworkController {
    /** Most numbers one answer may hold (≈ 40 MB of JSON at worst). */
    static final long MAX_NUMBERS = 2_000_000L;
    /** Most numbers of θ a landscape may keep from the paths (its PCA reads them all). */
    static final long MAX_PATH_NUMBERS = 4_000_000L;

    /** What {@code include} may name. */
    enum Part {
        THETA("theta"), DATA("data"), INIT("init"), ORDER("order");

        final String id;

        Part(String id) {
            this.id = id;
        }
    }

    private final AnalysisService analysis;

    public NetworkController(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/api/train")
    public void train(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrainSpec spec;
        String format;
        int every;
        Set<Part> include;
        try {
            QueryString q = QueryString.parse(request.getQueryString());
            format = q.has("format") ? q.get("format") : "json";
            if (!format.equals("json") && !format.equals("csv")) {
                throw new LinkException("format", "format must be json or csv, got '" + Text.quote(format) + "'");
            }
            include = q.has("include") ? include(q.get("include")) : EnumSet.noneOf(Part.class);
            spec = NetworkLink.read(q, Set.of("format", "include", "every"));
            every = every(q, spec);
            if (format.equals("csv") && (include.contains(Part.DATA) || include.contains(Part.INIT)
                    || include.contains(Part.ORDER))) {
                throw new LinkException("include", "data, init and order come with the JSON answer only;"
                        + " with format=csv include may name theta alone");
            }
            checkWork(spec, every, 0);
            checkSize(spec, every, include);
        } catch (LinkException e) {
            ApiErrors.write(response, e);
            return;
        }
        NetworkProblem problem = NetworkProblem.of(spec);
        List<RunRecord> runs = TrainRecording.run(problem, every, include.contains(Part.THETA));
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            try (Writer out = writer(response)) {
                writeCsv(out, runs, include.contains(Part.THETA));
            }
        } else {
            response.setContentType("application/json;charset=UTF-8");
            try (Writer out = writer(response)) {
                writeJson(new JsonWriter(out), problem, every, runs, include);
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
            grid = q.has("grid") ? (int) (long) checked("grid", () -> Numbers.parseWhole("grid", q.get("grid"), 2,
                    Landscape.MAX_GRID)) : Landscape.DEFAULT_GRID;
            spec = NetworkLink.read(q, Set.of("dirs", "grid", "every"));
            every = every(q, spec);
            checkLandscape(spec, every, grid, dirs);
        } catch (LinkException e) {
            ApiErrors.write(response, e);
            return;
        }
        NetworkProblem problem = NetworkProblem.of(spec);
        List<RunRecord> runs = TrainRecording.run(problem, every, true);
        double[] origin = problem.initialParameters();
        Landscape landscape;
        try {
            if (dirs == Landscape.Directions.PCA) {
                List<double[]> points = new ArrayList<>();
                for (RunRecord r : runs) {
                    for (int i = 0; i < r.size(); i++) {
                        points.add(r.theta(i));
                    }
                }
                landscape = Landscape.pca(origin, points);
            } else {
                landscape = Landscape.random(spec.architecture(), origin, spec.seed());
            }
        } catch (IllegalArgumentException e) {
            ApiErrors.write(response, new LinkException("dirs", e.getMessage()));
            return;
        }
        List<double[][]> paths = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        for (RunRecord r : runs) {
            double[][] path = new double[r.size()][];
            for (int i = 0; i < r.size(); i++) {
                path[i] = landscape.project(r.theta(i));
                all.add(path[i]);
            }
            paths.add(path);
        }
        double[] window = Landscape.window(all);
        double[] a = Landscape.axis(window[0], window[1], grid);
        double[] b = Landscape.axis(window[2], window[3], grid);
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

    /**
     * The limits of a landscape of {@code grid}² nodes over {@code spec}'s race written every
     * {@code every} updates: the work (the race plus grid² passes over the training set), the
     * numbers of θ kept for the paths, and two weights for random directions. Throws a
     * {@link LinkException} naming the key to change; the network page checks the same limits.
     */
    public static void checkLandscape(TrainSpec spec, int every, int grid, Landscape.Directions dirs) {
        checkWork(spec, every, (long) grid * grid * spec.data().trainCount());
        long rows = (long) TrainRecording.rows(spec.steps(), every) * spec.runs().size();
        long pathNumbers = rows * spec.architecture().parameterCount();
        if (pathNumbers > MAX_PATH_NUMBERS) {
            throw new LinkException(every > 1 ? "every" : "steps", "the paths would hold " + pathNumbers
                    + " numbers of θ, more than the landscape's " + MAX_PATH_NUMBERS
                    + ": ask for fewer steps or runs, or a larger every= (one point in every e updates)");
        }
        if (dirs == Landscape.Directions.RANDOM && weights(spec.architecture()) < 2) {
            throw new LinkException("dirs", "dirs=random needs at least two weights to move along; this network"
                    + " has " + weights(spec.architecture()) + " (add a feature or a hidden layer, or use dirs=pca)");
        }
    }

    private static int weights(Architecture a) {
        int count = 0;
        for (int l = 0; l < a.layerCount(); l++) {
            count += a.width(l) * a.width(l + 1);
        }
        return count;
    }

    private static Set<Part> include(String text) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String id : text.split(",", -1)) {
            Part part = null;
            for (Part p : Part.values()) {
                if (p.id.equals(id.strip())) {
                    part = p;
                }
            }
            if (part == null) {
                throw new LinkException("include", "include names '" + Text.quote(id.strip())
                        + "', which is not one of theta, data, init, order");
            }
            if (!parts.add(part)) {
                throw new LinkException("include", "include names " + part.id + " twice");
            }
        }
        return parts;
    }

    private static int every(QueryString q, TrainSpec spec) {
        if (!q.has("every")) {
            return 1;
        }
        return (int) (long) checked("every", () -> Numbers.parseWhole("every", q.get("every"), 1, spec.steps()));
    }

    private static void checkWork(TrainSpec spec, int every, long extra) {
        long work = TrainRecording.work(spec, every) + extra;
        if (work > TrainRecording.MAX_WORK) {
            String param = extra > 0 && TrainRecording.work(spec, every) <= TrainRecording.MAX_WORK ? "grid"
                    : every > 1 ? "every" : "steps";
            throw new LinkException(param, "this would take about " + work + " forward passes of a point, more than"
                    + " the API's " + TrainRecording.MAX_WORK + " per request: ask for fewer steps, runs or points,"
                    + " a smaller batch or grid, or a larger every= (the whole sets are evaluated at every written"
                    + " point)");
        }
    }

    private static void checkSize(TrainSpec spec, int every, Set<Part> include) {
        long rows = (long) TrainRecording.rows(spec.steps(), every) * spec.runs().size();
        long numbers = rows * 9;
        if (numbers > MAX_NUMBERS) {
            throw new LinkException(every > 1 ? "every" : "steps", "the answer would hold " + numbers
                    + " numbers, more than the API's " + MAX_NUMBERS + ": ask for fewer steps or runs, or a larger"
                    + " every= (one point in every e updates)");
        }
        if (include.contains(Part.THETA)) {
            numbers += rows * spec.architecture().parameterCount();
        }
        if (include.contains(Part.DATA)) {
            numbers += (long) spec.data().n() * (3 + spec.architecture().features().size());
        }
        if (include.contains(Part.INIT)) {
            numbers += spec.architecture().parameterCount();
        }
        if (include.contains(Part.ORDER)) {
            int m = spec.data().trainCount();
            long epochs = ((long) spec.steps() + BatchOrder.batchesPerEpoch(m, spec.batch()) - 1)
                    / BatchOrder.batchesPerEpoch(m, spec.batch());
            numbers += epochs * m;
        }
        if (numbers > MAX_NUMBERS) {
            throw new LinkException("include", "with include=" + String.join(",", include.stream().map(p -> p.id)
                    .toList()) + " the answer would hold " + numbers + " numbers, more than the API's " + MAX_NUMBERS
                    + ": include less, or ask for fewer steps, runs or points, or a larger every=");
        }
    }

    private static <T> T checked(String key, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException ex) {
            throw new LinkException(key, ex.getMessage());
        }
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    static void writeJson(JsonWriter json, NetworkProblem problem, int every, List<RunRecord> runs,
                          Set<Part> include) throws IOException {
        TrainSpec spec = problem.spec();
        Architecture arch = spec.architecture();
        json.beginObject();
        json.name("link").value(NetworkLink.format(spec));
        json.name("dataset").value(spec.data().shape().id());
        json.name("n").value(spec.data().n());
        json.name("noise").value(spec.data().noise());
        json.name("test").value(spec.data().testShare());
        json.name("seed").value(spec.seed());
        json.name("features").beginArray();
        for (Feature f : arch.features()) {
            json.value(f.id());
        }
        json.endArray();
        json.name("layers").beginArray();
        for (int units : arch.hidden()) {
            json.value(units);
        }
        json.endArray();
        json.name("activation").value(arch.activation().id());
        json.name("loss").value(arch.loss().id());
        json.name("l2").value(arch.l2());
        json.name("batch").value(spec.batch());
        json.name("steps").value(spec.steps());
        json.name("every").value(every);
        json.name("parameters").value(arch.parameterCount());
        json.name("train_points").value(spec.data().trainCount());
        json.name("test_points").value(spec.data().testCount());
        json.name("runs").beginArray();
        for (RunRecord r : runs) {
            json.beginObject();
            json.name("spec").value(r.run().format());
            json.name("optimizer").value(r.run().optimizerId());
            json.name("params");
            TrajectoryController.writeParams(json, r.run());
            json.name("status").value(r.status().key());
            json.name("points").beginArray();
            for (int i = 0; i < r.size(); i++) {
                json.beginObject();
                json.name("k").value(r.k(i));
                json.name("batch_loss").value(r.batchLoss(i));
                json.name("train_loss").value(r.trainLoss(i));
                json.name("train_acc").value(r.trainAccuracy(i));
                json.name("test_loss").value(r.testLoss(i));
                json.name("test_acc").value(r.testAccuracy(i));
                json.name("penalty").value(r.penalty(i));
                json.name("lr").value(r.lr(i));
                if (r.keepsTheta()) {
                    json.name("theta").beginArray();
                    for (int j = 0; j < r.dimension(); j++) {
                        json.value(r.theta(i, j));
                    }
                    json.endArray();
                }
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        if (include.contains(Part.DATA)) {
            json.name("data").beginObject();
            points(json, "train", problem.split().train(), problem.train());
            points(json, "test", problem.split().test(), problem.test());
            json.endObject();
        }
        if (include.contains(Part.INIT)) {
            double[] init = problem.initialParameters();
            json.name("init").values(init, 0, init.length);
        }
        if (include.contains(Part.ORDER)) {
            int m = problem.train().rows();
            BatchOrder order = new BatchOrder(m, spec.batch(), NetworkSeeds.of(spec.seed()).order());
            json.name("order").beginArray();
            for (int k = 0; k < spec.steps(); k++) {
                order.advance();
                if (order.from() == 0) {
                    json.beginArray();
                    for (int i = 0; i < m; i++) {
                        json.value(order.row(i));
                    }
                    json.endArray();
                }
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void points(JsonWriter json, String name, Points points, Inputs inputs) throws IOException {
        json.name(name).beginObject();
        json.name("x").beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.value(points.x(i));
        }
        json.endArray().name("y").beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.value(points.y(i));
        }
        json.endArray().name("label").beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.value(points.label(i));
        }
        json.endArray().name("inputs").beginArray();
        for (int i = 0; i < inputs.rows(); i++) {
            json.beginArray();
            for (int j = 0; j < inputs.columns(); j++) {
                json.value(inputs.value(i, j));
            }
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }

    static void writeCsv(Writer out, List<RunRecord> runs, boolean theta) throws IOException {
        out.write("run,k,batch_loss,train_loss,train_acc,test_loss,test_acc,penalty,lr");
        int dim = runs.get(0).dimension();
        if (theta) {
            for (int j = 1; j <= dim; j++) {
                out.write(",theta" + j);
            }
        }
        out.write('\n');
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            for (int i = 0; i < run.size(); i++) {
                out.write(Integer.toString(r));
                out.write(',');
                out.write(Integer.toString(run.k(i)));
                cell(out, run.batchLoss(i));
                cell(out, run.trainLoss(i));
                cell(out, run.trainAccuracy(i));
                cell(out, run.testLoss(i));
                cell(out, run.testAccuracy(i));
                cell(out, run.penalty(i));
                cell(out, run.lr(i));
                if (theta) {
                    for (int j = 0; j < dim; j++) {
                        cell(out, run.theta(i, j));
                    }
                }
                out.write('\n');
            }
        }
    }

    private static void cell(Writer out, double v) throws IOException {
        out.write(',');
        if (Double.isFinite(v)) {
            out.write(Numbers.format(v));
        }
    }
}
