package org.optimizerplayground.web.ui;

import java.util.List;
import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * What one tick of the session gives the panels that draw, made once per tick by
 * {@link LiveSession}: the session's generation (a new one means the runs started over), whether
 * it plays, whether this frame must be exact (an edit or a step, not a timed tick), the
 * experiment and the runs' names it belongs to, the run in focus, and per run the points new
 * since the last frame and the terms of its latest update.
 *
 * @param restarted every run started over since the last frame: charts drop all their points
 *     (when only some did, their {@link Run#restarted()} says so)
 * @param renamed the runs' names or number changed since the last frame: charts reconfigure
 * @param message what the views send the page this frame (new points, chips' k), sent once after all drew
 */
record Frame(long generation, boolean restarted, boolean renamed, boolean playing, boolean exact,
             Experiment experiment, List<String> labels, int focus, List<Run> runs, FrameMessage message) {
    /** Long runs are thinned to about this many drawn points per run. */
    static final int MAX_POINTS = 5_000;

    /** Runs of at most this many updates are drawn point for point, on the map and the curves. */
    static final int DETAIL = MAX_POINTS;
    /** A longer run's map path: about this many points (every s-th, and the last). */
    static final int MAP_POINTS = 1_000;
    /** A longer run's curves: its updates in about this many buckets, each drawn by its minimum and maximum. */
    static final int BUCKETS = 500;

    /**
     * This frame without its message, for a panel that keeps its last frame to redraw it on a
     * user's choice: the message (up to about 1 MB for a long run's first frame) is sent once and
     * is not needed again, so a kept frame must not keep it reachable for the life of the tab.
     */
    Frame kept() {
        return message == null ? this
                : new Frame(generation, restarted, renamed, playing, exact, experiment, labels, focus, runs, null);
    }

    /** Every s-th point is drawn, so a run of {@code steps} updates shows at most ~5 000 points. */
    static int stride(int steps) {
        return Math.max(1, (steps + MAX_POINTS - 1) / MAX_POINTS);
    }

    /** The map's stride: every point up to {@link #DETAIL} updates, else about {@link #MAP_POINTS} points. */
    static int mapStride(int steps) {
        return steps <= DETAIL ? stride(steps) : (steps + MAP_POINTS - 1) / MAP_POINTS;
    }

    /** The curves' bucket: 1 (no buckets) up to {@link #DETAIL} updates, else about {@link #BUCKETS} buckets. */
    static int bucket(int steps) {
        return steps <= DETAIL ? 1 : (steps + BUCKETS - 1) / BUCKETS;
    }

    /**
     * One run in this frame: its trajectory so far, the indices k in [from, to) not drawn
     * before, and the terms of its latest update ({@link #latest()}, null before the first),
     * replayed only if a view reads them (the rule panel reads the run in focus, the step arrows
     * every run). The map draws every
     * {@code stride}-th k; with {@code bucket} > 1 the curves draw per bucket of that many updates
     * the k of its minimum and maximum (see {@link FrameEncoder#series}). {@code epoch} changes
     * whenever the run starts over ({@link org.optimizerplayground.web.session.SimulationSession#epoch});
     * {@code restarted}: it did since the last frame, so charts drop this run's points (and only this run's).
     */
    record Run(int index, Trajectory trajectory, int from, int to, int stride, Supplier<UpdateTerms> terms,
               int bucket, long epoch, boolean restarted) {
        /** A run that goes on from the last frame. */
        Run(int index, Trajectory trajectory, int from, int to, int stride, UpdateTerms latest, int bucket) {
            this(index, trajectory, from, to, stride, () -> latest, bucket, 0, false);
        }

        /** A run whose curves draw the same k as its map (no buckets). */
        Run(int index, Trajectory trajectory, int from, int to, int stride, UpdateTerms latest) {
            this(index, trajectory, from, to, stride, latest, 1);
        }

        /** The terms of the run's latest update (null before the first): replayed on the first read of this frame. */
        UpdateTerms latest() {
            return terms.get();
        }

        /** Whether the run has ended (its last point is drawn). */
        boolean ended() {
            return trajectory.status() != Status.RUNNING;
        }

        /** Whether point k is drawn on the map: every stride-th, and the last one of a run that has ended. */
        boolean sends(int k) {
            return k % stride == 0 || (k == trajectory.size() - 1 && ended());
        }

        /** Whether this frame has no new point of this run to draw, on the map or the curves. */
        boolean isEmpty() {
            for (int k = from; k < to; k++) {
                if (sends(k) || bucket > 1 && (k + 1) % bucket == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether any run has a new point to draw. */
    boolean hasPoints() {
        return runs.stream().anyMatch(r -> !r.isEmpty());
    }

    /** The runs with new points to draw. */
    List<Run> newPoints() {
        return runs.stream().filter(r -> !r.isEmpty()).toList();
    }

    /** The indices of the runs that started over since the last frame, when not all did (else empty). */
    int[] restartedRuns() {
        return restarted ? new int[0] : runs.stream().filter(Run::restarted).mapToInt(Run::index).toArray();
    }

    /** Something that draws frames. */
    interface View {
        void draw(Frame frame);
    }
}
