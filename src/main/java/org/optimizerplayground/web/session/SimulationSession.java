package org.optimizerplayground.web.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * The simulation behind one browser tab: the experiment, one {@link RunStepper} per run, and
 * the play state. Time comes in from outside ({@link #tick}), so the session is a plain object
 * that tests drive by hand; {@link SessionDriver} wires it to the shared scheduler.
 *
 * <p>Not thread-safe: every call happens under the tab's UI lock.
 */
public final class SimulationSession {
    /** Most updates one frame may apply per run, so a stalled tab cannot ask for a huge batch. */
    static final int MAX_UPDATES_PER_FRAME = 2_000;

    private Experiment experiment;
    private int speed;
    private boolean wantsPlay;
    private List<RunStepper> steppers;
    private UpdateTerms[] latestTerms;
    private int[] delivered;
    private double budget;
    private long lastTickNanos = -1;
    private long generation;
    private long updatesComputed;

    public SimulationSession(Experiment experiment, int speed) {
        this.speed = speed;
        restart(experiment);
    }

    /** The experiment being simulated. */
    public Experiment experiment() {
        return experiment;
    }

    /** Updates per second, or {@link PageOptions#MAX_SPEED}. */
    public int speed() {
        return speed;
    }

    /** Whether the user wants it to play (pressed play and not pause or step since). */
    public boolean wantsPlay() {
        return wantsPlay;
    }

    /** Whether frames should be ticking: wants to play, and some run has not ended. */
    public boolean needsTicks() {
        return wantsPlay && !finished();
    }

    /** Whether every run has ended. */
    public boolean finished() {
        return steppers.stream().allMatch(RunStepper::finished);
    }

    /** Increases on every restart, so a listener can tell a fresh start from more points. */
    public long generation() {
        return generation;
    }

    /** Optimizer updates computed since the session began, over every run and restart (for the metrics). */
    public long updatesComputed() {
        return updatesComputed;
    }

    /** The trajectories so far, one per run. */
    public List<Trajectory> trajectories() {
        return steppers.stream().map(RunStepper::trajectory).toList();
    }

    /** The named terms of the latest update of run {@code index}, or {@code null} before the first. */
    public UpdateTerms latestTerms(int index) {
        return latestTerms[index];
    }

    /** Replaces the experiment: every run restarts from θ₀; playing goes on if it was on. */
    public void setExperiment(Experiment newExperiment) {
        restart(newExperiment);
        if (wantsPlay && speed == PageOptions.MAX_SPEED) {
            runToEnd();
        }
    }

    /**
     * Takes a new view window (a zoom of the map): no number of the runs depends on it, so they go
     * on where they are.
     *
     * @throws IllegalArgumentException if {@code sameButView} differs from the experiment in more than its view
     */
    public void setView(Experiment sameButView) {
        if (!sameButView.equals(experiment.withView(sameButView.view()))) {
            throw new IllegalArgumentException("setView takes the same experiment with another view window");
        }
        experiment = sameButView;
    }

    /** Changes the speed; switching to {@code max} while playing draws the rest at once. */
    public void setSpeed(int newSpeed) {
        speed = newSpeed;
        if (wantsPlay && speed == PageOptions.MAX_SPEED) {
            runToEnd();
        }
    }

    /** Starts playing; from the end of a finished run it starts over. */
    public void play() {
        if (finished()) {
            restart(experiment);
        }
        wantsPlay = true;
        lastTickNanos = -1;
        if (speed == PageOptions.MAX_SPEED) {
            runToEnd();
        }
    }

    /** Stops playing where it is. */
    public void pause() {
        wantsPlay = false;
    }

    /** Exactly one update of every run that has not ended (pauses first). */
    public void step() {
        wantsPlay = false;
        for (int i = 0; i < steppers.size(); i++) {
            RunStepper s = steppers.get(i);
            if (!s.finished()) {
                UpdateTerms terms = new UpdateTerms();
                s.step(terms);
                latestTerms[i] = terms;
                updatesComputed++;
            }
        }
    }

    /** Back to θ₀, paused. */
    public void reset() {
        wantsPlay = false;
        restart(experiment);
    }

    /**
     * Advances by the updates that {@code speed} allows since the last tick (at least one per
     * tick when the rate is low enough to need fewer than one per frame).
     *
     * @param nowNanos a monotonic clock reading ({@link System#nanoTime()})
     */
    public void tick(long nowNanos) {
        if (!needsTicks()) {
            return;
        }
        if (speed == PageOptions.MAX_SPEED) {
            runToEnd();
            return;
        }
        double elapsed = lastTickNanos < 0 ? 1.0 / 30 : (nowNanos - lastTickNanos) / 1e9;
        lastTickNanos = nowNanos;
        budget += speed * Math.min(elapsed, 0.25);
        int updates = (int) Math.min(Math.floor(budget), MAX_UPDATES_PER_FRAME);
        budget -= updates;
        advance(updates);
    }

    /**
     * The range of points of run {@code index} that have not been delivered yet,
     * {@code [from, to)}, and marks them delivered: frames carry only new points.
     */
    public int[] takeNew(int index) {
        int from = delivered[index];
        int to = steppers.get(index).trajectory().size();
        delivered[index] = to;
        return new int[] {from, to};
    }

    private void advance(int updates) {
        for (int i = 0; i < steppers.size(); i++) {
            RunStepper s = steppers.get(i);
            for (int n = 0; n < updates && !s.finished(); n++) {
                boolean last = n == updates - 1 || s.k() + 1 == experiment.steps();
                UpdateTerms terms = last ? new UpdateTerms() : null;
                s.step(terms);
                updatesComputed++;
                if (terms != null) {
                    latestTerms[i] = terms;
                }
            }
        }
    }

    private void runToEnd() {
        advance(experiment.steps());
    }

    private void restart(Experiment e) {
        experiment = e;
        steppers = new ArrayList<>();
        for (int i = 0; i < e.runs().size(); i++) {
            steppers.add(new RunStepper(e, i));
        }
        latestTerms = new UpdateTerms[e.runs().size()];
        delivered = new int[e.runs().size()];
        Arrays.fill(delivered, 0);
        budget = 0;
        lastTickNanos = -1;
        generation++;
    }
}
