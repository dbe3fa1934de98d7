package org.optimizerplayground.web.ui;

import java.util.List;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.json.JsonWriter;

/**
 * Turns the new points of each run into the JSON each chart appends: the map's points, J per
 * iteration, θ per iteration and α_k per iteration. Only points not sent before are written.
 *
 * <p>Long runs are thinned to about {@link Frame#MAX_POINTS} points per run (every s-th k, plus the
 * last point of a run that has ended): the browser draws what it can show, and the exact
 * numbers stay one click away in the API link.
 */
final class FrameEncoder {
    private FrameEncoder() {
    }

    /**
     * {@code contour-chart.appendPoints}: [x, y] per point in 2-D, [w, J] in 1-D, and {@code t},
     * the server's wall clock when the frame was made ({@link System#currentTimeMillis()}), so
     * that a page on the same machine can tell how late a frame arrives (bench/streaming.sh).
     */
    static String mapPoints(List<Frame.Run> slices) {
        long sentAt = System.currentTimeMillis();
        return JsonWriter.string(json -> {
            json.beginObject().name("t").value(sentAt).name("runs").beginArray();
            for (Frame.Run s : slices) {
                Trajectory t = s.trajectory();
                json.beginObject().name("index").value(s.index()).name("points").beginArray();
                for (int k = s.from(); k < s.to(); k++) {
                    if (s.sends(k)) {
                        json.beginArray().value(t.theta(k, 0))
                                .value(t.dimension() == 2 ? t.theta(k, 1) : t.loss(k)).endArray();
                    }
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
        });
    }

    /** What one series chart plots of a point. */
    @FunctionalInterface
    interface Measure {
        double of(Trajectory t, int k);
    }

    /**
     * {@code series-chart.append} for charts with one series per run and measure, series index =
     * run × measures + measure (θ₁ and θ₂ of run 0 are series 0 and 1).
     */
    static String series(List<Frame.Run> slices, boolean skipStart, Measure... measures) {
        return JsonWriter.string(json -> {
            json.beginObject().name("series").beginArray();
            for (Frame.Run s : slices) {
                for (int m = 0; m < measures.length; m++) {
                    json.beginObject().name("index").value((long) s.index() * measures.length + m);
                    json.name("x").beginArray();
                    for (int k = s.from(); k < s.to(); k++) {
                        if (s.sends(k) && !(skipStart && k == 0)) {
                            json.value(k);
                        }
                    }
                    json.endArray().name("y").beginArray();
                    for (int k = s.from(); k < s.to(); k++) {
                        if (s.sends(k) && !(skipStart && k == 0)) {
                            json.value(measures[m].of(s.trajectory(), k));
                        }
                    }
                    json.endArray().endObject();
                }
            }
            json.endArray().endObject();
        });
    }
}
