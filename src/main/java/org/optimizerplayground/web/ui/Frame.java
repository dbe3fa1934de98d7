package org.optimizerplayground.web.ui;

import java.util.List;
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
 * @param restarted the runs started over since the last frame: charts drop their points
 * @param renamed the runs' names or number changed since the last frame: charts reconfigure
 * @param message what the views send the page this frame (new points, chips' k), sent once after all drew
 */
record Frame(long generation, boolean restarted, boolean renamed, boolean playing, boolean exact,
             Experiment experiment, List<String> labels, int focus, List<Run> runs, FrameMessage message) {
    /** Long runs are thinned to about this many drawn points per run. */
    static final int MAX_POINTS = 5_000;

    /** Every s-th point is drawn, so a run of {@code steps} updates shows at most ~5 000 points. */
    static int stride(int steps) {
        return Math.max(1, (steps + MAX_POINTS - 1) / MAX_POINTS);
    }

    /**
     * One run in this frame: its trajectory so far, the indices k in [from, to) not drawn
     * before (thinned by {@code stride}), and the terms of its latest update (null before the first).
     */
    record Run(int index, Trajectory trajectory, int from, int to, int stride, UpdateTerms latest) {
        /** Whether point k is drawn: every stride-th, and the last one of a run that has ended. */
        boolean sends(int k) {
            return k % stride == 0 || (k == trajectory.size() - 1 && trajectory.status() != Status.RUNNING);
        }

        /** Whether this frame has no new point of this run to draw. */
        boolean isEmpty() {
            for (int k = from; k < to; k++) {
                if (sends(k)) {
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

    /** Something that draws frames. */
    interface View {
        void draw(Frame frame);
    }
}
