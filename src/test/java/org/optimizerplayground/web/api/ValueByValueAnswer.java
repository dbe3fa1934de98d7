package org.optimizerplayground.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.json.JsonWriter;

/**
 * The trajectory answer as {@code TrajectoryController} wrote it before {@link TrajectoryAnswer}: value by value
 * through {@link JsonWriter} (or a {@link Writer} for CSV). The reference the fast answer is compared with
 * ({@code TrajectoryAnswerTest}) and timed against ({@code TrajectoryAnswerTiming}).
 */
final class ValueByValueAnswer {
    private ValueByValueAnswer() {
    }

    static void json(JsonWriter json, Experiment e, List<Trajectory> trajectories) throws IOException {
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
            TrajectoryController.writeParams(json, t.run());
            json.name("status").value(t.status().key());
            json.name("points").beginArray();
            for (int k = 0; k < t.size(); k++) {
                json.beginObject();
                json.name("k").value(k);
                json.name("theta").beginArray();
                for (int i = 0; i < t.dimension(); i++) {
                    json.value(t.theta(k, i));
                }
                json.endArray();
                json.name("loss").value(t.loss(k));
                json.name("grad").beginArray();
                for (int i = 0; i < t.dimension(); i++) {
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

    static void csv(Writer out, Experiment e, List<Trajectory> trajectories) throws IOException {
        int dim = e.dimension();
        out.write(dim == 1 ? "run,k,theta1,loss,grad1,lr\n" : "run,k,theta1,theta2,loss,grad1,grad2,lr\n");
        for (int r = 0; r < trajectories.size(); r++) {
            Trajectory t = trajectories.get(r);
            for (int k = 0; k < t.size(); k++) {
                out.write(r + "," + k);
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

    private static void cell(Writer out, double v) throws IOException {
        out.write(',');
        if (Double.isFinite(v)) {
            out.write(Numbers.format(v));
        }
    }
}
