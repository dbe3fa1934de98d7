package org.optimizerplayground.web.ui;

import java.util.List;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.json.JsonWriter;

/**
 * Turns the new points of each run into the JSON each chart appends: the map's points, J per
 * iteration, θ per iteration and α_k per iteration. Only points not sent before are written.
 *
 * <p>Long runs are thinned to about {@link #MAX_POINTS} points per run (every s-th k, plus the
 * last point of a run that has ended): the browser draws what it can show, and the exact
 * numbers stay one click away in the API link.
 */
final class FrameEncoder {
    static final int MAX_POINTS = 5_000;

    /** Which points of one run go out in this frame: indices k in [from, to), thinned by stride. */
    record Slice(int run, Trajectory trajectory, int from, int to, int stride) {
        boolean sends(int k) {
            return k % stride == 0 || (k == trajectory.size() - 1 && trajectory.status()
                    != org.optimizerplayground.engine.run.Status.RUNNING);
        }

        boolean isEmpty() {
            for (int k = from; k < to; k++) {
                if (sends(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private FrameEncoder() {
    }

    /** Every s-th point is drawn, so a run of {@code steps} updates shows at most ~5 000 points. */
    static int stride(int steps) {
        return Math.max(1, (steps + MAX_POINTS - 1) / MAX_POINTS);
    }

    /**
     * {@code contour-chart.appendPoints}: [x, y] per point in 2-D, [w, J] in 1-D, and {@code t},
     * the server's wall clock when the frame was made ({@link System#currentTimeMillis()}), so
     * that a page on the same machine can tell how late a frame arrives (bench/streaming.sh).
     */
    static String mapPoints(List<Slice> slices) {
        long sentAt = System.currentTimeMillis();
        return JsonWriter.string(json -> {
            json.beginObject().name("t").value(sentAt).name("runs").beginArray();
            for (Slice s : slices) {
                Trajectory t = s.trajectory();
                json.beginObject().name("index").value(s.run()).name("points").beginArray();
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
    static String series(List<Slice> slices, boolean skipStart, Measure... measures) {
        return JsonWriter.string(json -> {
            json.beginObject().name("series").beginArray();
            for (Slice s : slices) {
                for (int m = 0; m < measures.length; m++) {
                    json.beginObject().name("index").value((long) s.run() * measures.length + m);
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
