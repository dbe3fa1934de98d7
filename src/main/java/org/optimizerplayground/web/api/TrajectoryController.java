package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.StoredExperiment;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.engine.util.Text;
import org.optimizerplayground.web.json.JsonWriter;
import org.optimizerplayground.web.json.TextSink;
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
        gate.run(request, response, pause -> answer(response, e, key, f, d, pause));
    }

    private void answer(HttpServletResponse response, Experiment experiment, String key, String format, boolean download,
                        TextSink.Pause pause) throws IOException {
        StoredExperiment stored = store.get(key, experiment);
        TrajectoryAnswer.Runs runs = new TrajectoryAnswer.Runs() {
            @Override
            public int count() {
                return stored.runs();
            }

            @Override
            public Trajectory run(int index) {
                return stored.run(index, Integer.MAX_VALUE);
            }
        };
        if (download) {
            FileDownload.attach(response, FileDownload.fileName(experiment, "", format));
        }
        TextSink out = new TextSink(response.getOutputStream(), pause);
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            TrajectoryAnswer.writeCsv(out, experiment, runs);
        } else {
            response.setContentType("application/json;charset=UTF-8");
            TrajectoryAnswer.writeJson(out, experiment, runs);
        }
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
}
