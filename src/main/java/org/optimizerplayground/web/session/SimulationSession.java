package org.optimizerplayground.web.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * The simulation behind one browser tab: the experiment, how far each run has played (a cursor
 * into the trajectories of the shared {@link TrajectoryStore}, not a copy of them), and the play
 * state. Time comes in from outside ({@link #tick}), so the session is a plain object that tests
 * drive by hand; {@link SessionDriver} wires it to the shared scheduler.
 *
 * <p>What a session holds is small and does not grow with steps × runs: per run a cursor, the
 * points already delivered and an {@link UpdateReplay} (a few vectors) that recovers the terms of
 * its latest update when they are read (only the runs whose terms a view shows pay for it). The
 * trajectories themselves live in the store; the session keeps only weak references to its runs'
 * entries, so the store's budget bounds them, and asks the store again when the entry was evicted
 * (the numbers come back the same, bit for bit).
 *
 * <p>Not thread-safe: every call happens under the tab's UI lock.
 */
public final class SimulationSession {
    /** Most updates one frame may apply per run, so a stalled tab cannot ask for a huge batch. */
    static final int MAX_UPDATES_PER_FRAME = 2_000;

    private final TrajectoryStore store;
    private Experiment experiment;
    private int speed;
    private boolean wantsPlay;
    /** Per run: how this tab plays it. */
    private RunCursor[] runs;
    private final Pace pace = new Pace(MAX_UPDATES_PER_FRAME);
    private long generation;
    private long updatesComputed;

    public SimulationSession(TrajectoryStore store, Experiment experiment, int speed) {
        this.store = store;
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
        for (RunCursor r : runs) {
            if (!r.ended) {
                return false;
            }
        }
        return true;
    }

    /** Increases whenever any run starts over, so a listener can tell a fresh start from more points. */
    public long generation() {
        return generation;
    }

    /**
     * Changes whenever run {@code index} starts over from θ₀ or comes to this place from another
     * (a run before it was removed): a listener that drew run {@code index} under another epoch
     * drops its points; one that drew it under this epoch only adds the new ones.
     */
    public long epoch(int index) {
        return runs[index].epoch;
    }

    /**
     * Optimizer updates this session has played since it began, over every run and restart (for
     * the metrics); the store computes each of them once for every tab that plays the same link.
     */
    public long updatesComputed() {
        return updatesComputed;
    }

    /** The trajectories as far as this tab has played them, one per run: views of the store's, not copies. */
    public List<Trajectory> trajectories() {
        List<Trajectory> result = new ArrayList<>(runs.length);
        for (int i = 0; i < runs.length; i++) {
            result.add(runs[i].entry(store, experiment, i).run(runs[i].points).upTo(runs[i].points));
        }
        return result;
    }

    /** The named terms of the latest update of run {@code index}, or {@code null} before the first. */
    public UpdateTerms latestTerms(int index) {
        return latestTermsOnRead(index).get();
    }

    /**
     * The named terms of the latest update of run {@code index} as they are now, replayed only
     * when (and if) the answer is read, under the tab's lock: a frame carries them for every run,
     * and the views read those of the run in focus, or of every run when the step arrows show.
     */
    public Supplier<UpdateTerms> latestTermsOnRead(int index) {
        return runs[index].latest(store, experiment, index);
    }

    /** How far the replay of run {@code index} has gone (for tests): as far as its terms were last read. */
    public int termsReplayedTo(int index) {
        return runs[index].replayedTo();
    }

    /**
     * Replaces the experiment; playing goes on if it was on. A new surface, θ₀, number of steps,
     * noise or seed restarts every run from θ₀. Otherwise only the runs that are new or changed
     * (another optimizer, α, β …) start over: every other run keeps its place in time, its points
     * and its {@linkplain #epoch epoch} (a run that moved to another place, because one before it
     * was removed, keeps its k but gets a new epoch, so it is delivered again from θ₀).
     */
    public void setExperiment(Experiment newExperiment) {
        if (newExperiment.dimension() == experiment.dimension()
                && newExperiment.withRuns(experiment.runs()).withView(experiment.view()).equals(experiment)) {
            restartChangedRuns(newExperiment);
        } else {
            restart(newExperiment);
        }
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
        pace.resume();
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
        advance(1);
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
        advance(pace.updates(speed, nowNanos));
    }

    /**
     * The range of points of run {@code index} that have not been delivered yet,
     * {@code [from, to)}, and marks them delivered: frames carry only new points.
     */
    public int[] takeNew(int index) {
        RunCursor r = runs[index];
        int from = r.delivered;
        r.delivered = r.points;
        return new int[] {from, r.points};
    }

    /**
     * Moves every run that has not ended {@code updates} further, asking the store for the points
     * (it computes them once, for every tab of this link); no update's terms are replayed until read.
     */
    private void advance(int updates) {
        if (updates <= 0) {
            return;
        }
        for (int i = 0; i < runs.length; i++) {
            if (!runs[i].ended) {
                updatesComputed += runs[i].advance(store, experiment, i, updates);
            }
        }
    }

    private void runToEnd() {
        advance(experiment.steps());
    }

    /** Every run from θ₀. */
    private void restart(Experiment e) {
        experiment = e;
        runs = new RunCursor[e.runs().size()];
        for (int i = 0; i < runs.length; i++) {
            startRun(i);
        }
        pace.restart();
        generation++;
    }

    /**
     * The same ground with other runs: each new run goes on from an old run with the same settings
     * (the one at its own place first, else the first one left), or starts from θ₀.
     */
    private void restartChangedRuns(Experiment e) {
        List<RunSpec> before = experiment.runs();
        List<RunSpec> after = e.runs();
        RunCursor[] old = runs;
        experiment = e;
        runs = new RunCursor[after.size()];
        boolean[] taken = new boolean[before.size()];
        for (int i = 0; i < runs.length; i++) {
            if (i < before.size() && before.get(i).equals(after.get(i))) {
                runs[i] = old[i];
                taken[i] = true;
            }
        }
        boolean restarted = runs.length != before.size();
        for (int i = 0; i < runs.length; i++) {
            for (int j = 0; runs[i] == null && j < before.size(); j++) {
                if (!taken[j] && before.get(j).equals(after.get(i))) {
                    taken[j] = true;
                    runs[i] = old[j];
                    runs[i].moved(); // at another place: drawn again from θ₀
                }
            }
            if (runs[i] == null) {
                startRun(i);
            }
            restarted |= i >= old.length || runs[i] != old[i];
        }
        if (restarted) {
            generation++;
        }
    }

    /** Run {@code i} of the experiment from θ₀, under a new epoch. */
    private void startRun(int i) {
        runs[i] = RunCursor.start(store, experiment, i);
    }
}
