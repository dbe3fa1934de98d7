package org.optimizerplayground.web.session;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;
import org.optimizerplayground.engine.store.StoredExperiment;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * The simulation behind one browser tab: the experiment, how far each run has played (a cursor
 * into the trajectories of the shared {@link TrajectoryStore}, not a copy of them), and the play
 * state. Time comes in from outside ({@link #tick}), so the session is a plain object that tests
 * drive by hand; {@link SessionDriver} wires it to the shared scheduler.
 *
 * <p>What a session holds is small and does not grow with steps × runs: per run a cursor, the
 * points already delivered, the terms of its latest update and an {@link UpdateReplay} (a few
 * vectors) that recovers those terms. The trajectories themselves live in the store; the
 * session keeps only a weak reference to its entry, so the store's budget bounds them, and asks
 * the store again when the entry was evicted (the numbers come back the same, bit for bit).
 *
 * <p>Not thread-safe: every call happens under the tab's UI lock.
 */
public final class SimulationSession {
    /** Most updates one frame may apply per run, so a stalled tab cannot ask for a huge batch. */
    static final int MAX_UPDATES_PER_FRAME = 2_000;

    private final TrajectoryStore store;
    private Experiment experiment;
    private String key;
    private WeakReference<StoredExperiment> entry = new WeakReference<>(null);
    private int speed;
    private boolean wantsPlay;
    /** Points of run i this tab shows (k = 0 … cursor − 1). */
    private int[] cursor;
    private boolean[] ended;
    private UpdateReplay[] replays;
    private UpdateTerms[] latestTerms;
    private int[] delivered;
    private double budget;
    private long lastTickNanos = -1;
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
        for (boolean e : ended) {
            if (!e) {
                return false;
            }
        }
        return true;
    }

    /** Increases on every restart, so a listener can tell a fresh start from more points. */
    public long generation() {
        return generation;
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
        StoredExperiment runs = entry();
        List<Trajectory> result = new ArrayList<>(cursor.length);
        for (int i = 0; i < cursor.length; i++) {
            result.add(runs.run(i, cursor[i]).upTo(cursor[i]));
        }
        return result;
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
        int to = cursor[index];
        delivered[index] = to;
        return new int[] {from, to};
    }

    /**
     * Moves every run that has not ended {@code updates} further, asking the store for the points
     * (it computes them once, for every tab of this link); the terms of each run's new latest update
     * come from the replay, or from the store when the run has ended.
     */
    private void advance(int updates) {
        if (updates <= 0) {
            return;
        }
        StoredExperiment runs = entry();
        for (int i = 0; i < cursor.length; i++) {
            if (ended[i]) {
                continue;
            }
            int target = (int) Math.min((long) cursor[i] + updates, experiment.steps() + 1L);
            Trajectory t = runs.run(i, target);
            int reached = Math.min(target, t.size());
            updatesComputed += reached - cursor[i];
            cursor[i] = reached;
            ended[i] = t.status() != Status.RUNNING && reached == t.size();
            if (ended[i]) {
                latestTerms[i] = runs.finalTerms(i);
                replays[i] = null;
            } else if (reached > 1) {
                latestTerms[i] = replays[i].advanceTo(t, reached - 1);
            }
        }
    }

    private void runToEnd() {
        advance(experiment.steps());
    }

    /** The store's entry of this experiment: the one held weakly, or asked for again if it went. */
    private StoredExperiment entry() {
        StoredExperiment e = entry.get();
        if (e == null || e.evicted()) {
            e = store.get(key, experiment);
            entry = new WeakReference<>(e);
        }
        return e;
    }

    private void restart(Experiment e) {
        experiment = e;
        key = TrajectoryStore.key(e);
        entry = new WeakReference<>(null);
        StoredExperiment runs = entry();
        int n = e.runs().size();
        cursor = new int[n];
        ended = new boolean[n];
        replays = new UpdateReplay[n];
        for (int i = 0; i < n; i++) {
            Trajectory t = runs.run(i, 1);
            cursor[i] = 1;
            ended[i] = t.status() != Status.RUNNING && t.size() == 1;
            replays[i] = new UpdateReplay(e, i);
        }
        latestTerms = new UpdateTerms[n];
        delivered = new int[n];
        budget = 0;
        lastTickNanos = -1;
        generation++;
    }
}
