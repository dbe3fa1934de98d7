package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.util.Text;
import org.optimizerplayground.web.json.JsonWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/trajectory} (SPEC §7): the trajectories of the experiment a link describes,
 * as JSON or, with {@code format=csv}, as CSV. Reads the raw query string itself so that
 * repeated keys, bad percent-encoding and unknown keys are all answered with a 400 naming the
 * key, never with a server error.
 *
 * <p>The trajectories come from the shared {@link TrajectoryStore} (computed once for every tab
 * and call of the same link); making the answer waits for a turn at the {@link ApiGate}; the
 * answer carries an {@code ETag} (see {@link CacheableAnswer}), and a request that already has it
 * gets a 304 at once.
 */
@RestController
public class TrajectoryController {
    private static final Set<String> OWN_KEYS = Set.of("format", FileDownload.KEY);

    private final TrajectoryStore store;
    private final ApiGate gate;

    public TrajectoryController(TrajectoryStore store, ApiGate gate) {
        this.store = store;
        this.gate = gate;
    }

    @GetMapping("/api/trajectory")
    public void trajectory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Experiment experiment;
        String format;
        boolean download;
        try {
            QueryString query = QueryString.parse(request.getQueryString());
            format = query.has("format") ? query.get("format") : "json";
            if (!format.equals("json") && !format.equals("csv")) {
                throw new LinkException("format", "format must be json or csv, got '" + Text.quote(format) + "'");
            }
            download = FileDownload.wanted(query);
            experiment = Link.readForApi(query, OWN_KEYS);
        } catch (LinkException e) {
            ApiErrors.write(response, e);
            return;
        }
        String key = TrajectoryStore.key(experiment);
        String answerId = "trajectory?" + key + "&format=" + format + (download ? "&download=true" : "");
        if (CacheableAnswer.notModified(request, response, answerId)) {
            return;
        }
        Experiment e = experiment;
        String f = format;
        boolean d = download;
        gate.run(response, () -> answer(response, e, key, f, d));
    }

    private void answer(HttpServletResponse response, Experiment experiment, String key, String format, boolean download)
            throws IOException {
        List<Trajectory> trajectories = store.get(key, experiment).all();
        if (download) {
            FileDownload.attach(response, FileDownload.fileName(experiment, "", format));
        }
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            try (Writer out = writer(response)) {
                writeCsv(out, experiment, trajectories);
            }
        } else {
            response.setContentType("application/json;charset=UTF-8");
            try (Writer out = writer(response)) {
                writeJson(new JsonWriter(out), experiment, trajectories);
            }
        }
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    static void writeJson(JsonWriter json, Experiment e, List<Trajectory> trajectories) throws IOException {
        json.beginObject();
        json.name("surface").value(e.surface().id());
        if (e.surface() instanceof CustomSurface c) {
            json.name("f").value(c.expression().text());
        }
        json.name("dim").value(e.dimension());
        json.name("start").beginArray();
        for (double v : e.start()) {
            json.value(v);
        }
        json.endArray();
        json.name("steps").value(e.steps());
        json.name("noise").value(e.noise());
        json.name("seed").value(e.seed());
        json.name("link").value(Link.format(e));
        json.name("runs").beginArray();
        for (Trajectory t : trajectories) {
            json.beginObject();
            json.name("spec").value(t.run().format());
            json.name("optimizer").value(t.run().optimizerId());
            json.name("params");
            writeParams(json, t.run());
            json.name("status").value(t.status().key());
            json.name("points").beginArray();
            int dim = t.dimension();
            for (int k = 0; k < t.size(); k++) {
                json.beginObject();
                json.name("k").value(k);
                json.name("theta").beginArray();
                for (int i = 0; i < dim; i++) {
                    json.value(t.theta(k, i));
                }
                json.endArray();
                json.name("loss").value(t.loss(k));
                json.name("grad").beginArray();
                for (int i = 0; i < dim; i++) {
                    json.value(t.grad(k, i));
                }
                json.endArray();
                json.name("lr");
                if (k == 0) {
                    json.nullValue();
                } else {
                    json.value(t.lr(k));
                }
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** Every parameter of {@code run} with its resolved value, as a JSON object. */
    static void writeParams(JsonWriter json, RunSpec run) throws IOException {
        json.beginObject();
        for (Map.Entry<String, Object> p : run.parameters().entrySet()) {
            json.name(p.getKey());
            Object v = p.getValue();
            if (v instanceof Double d) {
                json.value(d);
            } else if (v instanceof Long l) {
                json.value(l);
            } else if (v instanceof Boolean b) {
                json.value(b);
            } else if (v instanceof EpsMode m) {
                json.value(m.key());
            } else {
                json.value(String.valueOf(v));
            }
        }
        json.endObject();
    }

    static void writeCsv(Writer out, Experiment e, List<Trajectory> trajectories) throws IOException {
        int dim = e.dimension();
        out.write(dim == 1 ? "run,k,theta1,loss,grad1,lr\n" : "run,k,theta1,theta2,loss,grad1,grad2,lr\n");
        for (int r = 0; r < trajectories.size(); r++) {
            Trajectory t = trajectories.get(r);
            for (int k = 0; k < t.size(); k++) {
                out.write(Integer.toString(r));
                out.write(',');
                out.write(Integer.toString(k));
                for (int i = 0; i < dim; i++) {
                    cell(out, t.theta(k, i));
                }
                cell(out, t.loss(k));
                for (int i = 0; i < dim; i++) {
                    cell(out, t.grad(k, i));
                }
                cell(out, k == 0 ? Double.NaN : t.lr(k));
                out.write('\n');
            }
        }
    }

    /** A CSV cell: the number, or empty where it is not finite (or, for lr at k = 0, absent). */
    private static void cell(Writer out, double v) throws IOException {
        out.write(',');
        if (Double.isFinite(v)) {
            out.write(org.optimizerplayground.engine.util.Numbers.format(v));
        }
    }
}
