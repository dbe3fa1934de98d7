package org.optimizerplayground.engine.store;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;

/**
 * The runs of one experiment in the {@link TrajectoryStore}: one {@link RunStepper} per run,
 * advanced only as far as some reader has asked ({@link #run(int, int)}), whose trajectory every
 * reader shares. Thread-safe: each run is extended under its own lock, and readers read the
 * points already published without any lock.
 */
public final class StoredExperiment {
    /** Points are computed ahead of a request in steps of this many, so that tabs playing side by side share a lock less often. */
    static final int AHEAD = 64;

    private final String key;
    private final Experiment experiment;
    private final TrajectoryStore store;
    private final List<RunStepper> steppers = new ArrayList<>();
    private final UpdateTerms[] finalTerms;
    private volatile boolean evicted;
    /** Bytes of this entry the store has counted (guarded by the store's lock). */
    long accounted;

    StoredExperiment(String key, Experiment experiment, TrajectoryStore store) {
        this.key = key;
        this.experiment = experiment;
        this.store = store;
        for (int i = 0; i < experiment.runs().size(); i++) {
            steppers.add(new RunStepper(experiment, i));
        }
        finalTerms = new UpdateTerms[steppers.size()];
    }

    /** The canonical link of the experiment (the store's key). */
    public String key() {
        return key;
    }

    /** The experiment. */
    public Experiment experiment() {
        return experiment;
    }

    /** Number of runs. */
    public int runs() {
        return steppers.size();
    }

    /** Whether the store has let this entry go: whoever still holds it should ask the store again. */
    public boolean evicted() {
        return evicted;
    }

    void evict() {
        evicted = true;
    }

    /**
     * Run {@code index} computed to at least {@code points} points, or to its end if it ends
     * before (diverged, or {@code points} beyond steps + 1). The answer is the shared, growing
     * trajectory: read it up to the size you need ({@link Trajectory#upTo}), never beyond.
     */
    public Trajectory run(int index, int points) {
        RunStepper s = steppers.get(index);
        if (s.trajectory().size() >= points || s.finished()) {
            return s.trajectory();
        }
        long before;
        synchronized (s) {
            before = s.trajectory().bytes();
            int target = (int) Math.min(experiment.steps() + 1L, (((long) points + AHEAD - 1) / AHEAD) * AHEAD);
            int computed = 0;
            while (s.trajectory().size() < target && !s.finished()) {
                s.step(null);
                computed++;
            }
            store.computed(computed);
            before = s.trajectory().bytes() - before;
        }
        if (before != 0) {
            store.grew(this, before);
        }
        return s.trajectory();
    }

    /** Every run computed to its end (what the API answers). */
    public List<Trajectory> all() {
        List<Trajectory> result = new ArrayList<>();
        for (int i = 0; i < steppers.size(); i++) {
            result.add(run(i, Integer.MAX_VALUE));
        }
        return result;
    }

    /**
     * The terms of the last update of run {@code index}, computed to its end: replayed once
     * (see {@link UpdateReplay}) and kept for every tab that jumps to the end. {@code null} for a
     * run that ended at θ₀ (diverged before any update).
     */
    public UpdateTerms finalTerms(int index) {
        Trajectory t = run(index, Integer.MAX_VALUE);
        synchronized (finalTerms) {
            if (finalTerms[index] == null && t.size() > 1) {
                finalTerms[index] = new UpdateReplay(experiment, index).advanceTo(t, t.size() - 1);
            }
            return finalTerms[index];
        }
    }

    /** Bytes of every run's arrays now. */
    long bytes() {
        long sum = 0;
        for (RunStepper s : steppers) {
            sum += s.trajectory().bytes();
        }
        return sum;
    }
}
