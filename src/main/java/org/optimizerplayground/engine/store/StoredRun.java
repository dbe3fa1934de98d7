package org.optimizerplayground.engine.store;

import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;

/**
 * One run in the {@link TrajectoryStore}: its {@link RunStepper}, advanced only as far as some
 * reader has asked ({@link #run(int)}), whose trajectory every reader shares. A run's numbers
 * depend only on the surface, θ₀, the number of updates, the noise and its seed, and its own
 * optimizer settings (the noise is drawn from the experiment's seed, whatever the run's place),
 * so one stored run serves every experiment that has it, whatever its other runs.
 *
 * <p>Thread-safe: one thread at a time extends the run, and readers read the points already
 * published without any lock.
 */
public final class StoredRun {
    private final String key;
    /** The experiment of this run alone (its only run), over the surface's own view. */
    private final Experiment experiment;
    private final TrajectoryStore store;
    private final RunStepper stepper;
    /** Guarded by this. */
    private boolean computing;
    /** Guarded by this. */
    private int wanted;
    /** Guarded by this. */
    private UpdateTerms finalTerms;
    private volatile boolean evicted;
    /** Bytes of this run the store has counted (guarded by the store's lock). */
    long accounted;

    StoredRun(String key, Experiment alone, TrajectoryStore store) {
        this.key = key;
        this.experiment = alone;
        this.store = store;
        this.stepper = new RunStepper(alone, 0); // computes θ₀
        // What tabs derive from the run (thinned points, explainer replays) is kept with it: counted too.
        stepper.trajectory().whenDerivedKept(() -> store.resized(this));
    }

    /** The store's key of this run ({@link TrajectoryStore#runKey}). */
    public String key() {
        return key;
    }

    /** Whether the store has let this run go: whoever still holds it should ask the store again. */
    public boolean evicted() {
        return evicted;
    }

    void evict() {
        evicted = true;
    }

    /**
     * The run computed to at least {@code points} points, or to its end if it ends before
     * (diverged, or {@code points} beyond steps + 1). The answer is the shared, growing
     * trajectory: read it up to the size you need ({@link Trajectory#upTo}), never beyond.
     *
     * <p>One thread at a time computes the run, outside any lock, in slices of
     * {@value StoredExperiment#SLICE} updates, and raises its goal when others ask for more; the
     * others wait only until their own points are there, so a tab that needs 200 more points is
     * not held up while an API call has the whole run computed.
     *
     * @throws IllegalStateException when the thread is interrupted while it waits
     */
    public Trajectory run(int points) {
        Trajectory t = stepper.trajectory();
        if (t.size() >= points || stepper.finished()) {
            return t;
        }
        int ahead = StoredExperiment.AHEAD;
        int target = (int) Math.min(experiment.steps() + 1L, (((long) points + ahead - 1) / ahead) * ahead);
        synchronized (this) {
            wanted = Math.max(wanted, target);
            while (computing && t.size() < points && !stepper.finished()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for run " + key, e);
                }
            }
            if (t.size() >= points || stepper.finished()) {
                return t;
            }
            computing = true;
        }
        compute();
        return t;
    }

    /** Steps the run until it has what every asker wanted; the caller has set {@code computing}. */
    private void compute() {
        Trajectory t = stepper.trajectory();
        int computed = 0;
        try {
            while (true) {
                int goal;
                synchronized (this) {
                    notifyAll();
                    goal = wanted;
                    if (t.size() >= goal || stepper.finished()) {
                        break;
                    }
                }
                int sliceEnd = Math.min(goal, t.size() + StoredExperiment.SLICE);
                while (t.size() < sliceEnd && !stepper.finished()) {
                    stepper.step(null);
                    computed++;
                }
            }
        } finally {
            synchronized (this) {
                computing = false;
                notifyAll();
            }
            store.computed(computed);
            store.resized(this); // the new points, and what was derived from the run meanwhile
        }
    }

    /**
     * The terms of the run's last update, computed to its end: replayed once (see
     * {@link UpdateReplay}) and kept for every tab that jumps to the end. {@code null} for a run
     * that ended at θ₀ (diverged before any update).
     */
    public UpdateTerms finalTerms() {
        Trajectory t = run(Integer.MAX_VALUE);
        synchronized (this) {
            if (finalTerms == null && t.size() > 1) {
                finalTerms = new UpdateReplay(experiment, 0).advanceTo(t, t.size() - 1);
            }
            return finalTerms;
        }
    }

    /** Bytes of the run's arrays now, and of what is kept derived from them ({@link Trajectory#derivedBytes}). */
    long bytes() {
        Trajectory t = stepper.trajectory();
        return t.bytes() + t.derivedBytes();
    }
}
