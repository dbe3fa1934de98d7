package org.optimizerplayground.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.web.json.JsonWriter;
import org.optimizerplayground.web.json.TextSink;

/**
 * The body of {@code GET /api/trajectory} (SPEC §7), JSON or CSV, written into a {@link TextSink}:
 * the few named fields through {@link JsonWriter}, the points (up to 8 × 100 001 of them) straight
 * into the sink's bytes with their keys written once. The bytes are the same as those of a
 * {@link JsonWriter} walking the whole answer (checked by {@code TrajectoryAnswerTest}).
 *
 * <p>The experiment's fields go out before any run is computed, and each run is asked for only
 * when its turn comes, so a caller sees its answer begin at once even when the runs are not in
 * the store yet.
 */
final class TrajectoryAnswer {
    /** The runs of the answer, each computed to its end when asked for. */
    interface Runs {
        int count();

        Trajectory run(int index);
    }

    private static final byte[] FIRST_K = ascii("{\"k\":");
    private static final byte[] NEXT_K = ascii(",{\"k\":");
    private static final byte[] THETA = ascii(",\"theta\":[");
    private static final byte[] LOSS = ascii("],\"loss\":");
    private static final byte[] GRAD = ascii(",\"grad\":[");
    private static final byte[] LR = ascii("],\"lr\":");
    private static final byte[] NO_LR = ascii("],\"lr\":null}");
    private static final byte[] RUN_END = ascii("]}");

    private TrajectoryAnswer() {
    }

    static void writeJson(TextSink out, Experiment e, Runs runs) throws IOException {
        out.text(JsonWriter.string(json -> {
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
        }));
        out.flush(); // the answer has begun: the caller knows it is coming
        for (int r = 0; r < runs.count(); r++) {
            Trajectory t = runs.run(r);
            if (r > 0) {
                out.ascii(',');
            }
            out.text(JsonWriter.string(json -> {
                json.beginObject();
                json.name("spec").value(t.run().format());
                json.name("optimizer").value(t.run().optimizerId());
                json.name("params");
                TrajectoryController.writeParams(json, t.run());
                json.name("status").value(t.status().key());
                json.name("points").beginArray();
            }));
            points(out, t);
            out.bytes(RUN_END);
        }
        out.ascii(']').ascii('}');
        out.flush();
    }

    private static void points(TextSink out, Trajectory t) throws IOException {
        TextSink.Last lr = new TextSink.Last();
        int dim = t.dimension();
        int size = t.size();
        for (int k = 0; k < size; k++) {
            out.bytes(k == 0 ? FIRST_K : NEXT_K).whole(k).bytes(THETA);
            for (int i = 0; i < dim; i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                out.jsonNumber(t.theta(k, i));
            }
            out.bytes(LOSS).jsonNumber(t.loss(k)).bytes(GRAD);
            for (int i = 0; i < dim; i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                out.jsonNumber(t.grad(k, i));
            }
            if (k == 0) {
                out.bytes(NO_LR);
            } else {
                double a = t.lr(k);
                out.bytes(LR);
                if (Double.isFinite(a)) {
                    out.number(a, lr);
                } else {
                    out.jsonNumber(a);
                }
                out.ascii('}');
            }
        }
    }

    /** CSV: {@code run,k,theta1[,theta2],loss,grad1[,grad2],lr}, a cell left empty where the number is not finite (and lr at k = 0). */
    static void writeCsv(TextSink out, Experiment e, Runs runs) throws IOException {
        int dim = e.dimension();
        out.text(dim == 1 ? "run,k,theta1,loss,grad1,lr\n" : "run,k,theta1,theta2,loss,grad1,grad2,lr\n");
        out.flush();
        for (int r = 0; r < runs.count(); r++) {
            Trajectory t = runs.run(r);
            TextSink.Last lr = new TextSink.Last();
            int size = t.size();
            for (int k = 0; k < size; k++) {
                out.whole(r).ascii(',').whole(k);
                for (int i = 0; i < dim; i++) {
                    cell(out, t.theta(k, i));
                }
                cell(out, t.loss(k));
                for (int i = 0; i < dim; i++) {
                    cell(out, t.grad(k, i));
                }
                out.ascii(',');
                double a = k == 0 ? Double.NaN : t.lr(k);
                if (Double.isFinite(a)) {
                    out.number(a, lr);
                }
                out.ascii('\n');
            }
        }
        out.flush();
    }

    private static void cell(TextSink out, double v) throws IOException {
        out.ascii(',');
        if (Double.isFinite(v)) {
            out.number(v);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
