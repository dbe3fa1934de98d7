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
 * reader shares. Thread-safe: one thread at a time extends a run, and readers read the points
 * already published without any lock.
 */
public final class StoredExperiment {
    /** Points are computed ahead of a request in steps of this many, so that tabs playing side by side share a lock less often. */
    static final int AHEAD = 64;
    /** Updates computed between two looks at who waits for what. */
    static final int SLICE = 1024;

    /** One run being computed: its stepper, whether a thread is stepping it, and how far it is wanted. */
    private static final class Computation {
        final RunStepper stepper;
        /** Guarded by this. */
        boolean computing;
        /** Guarded by this. */
        int wanted;

        Computation(RunStepper stepper) {
            this.stepper = stepper;
        }
    }

    private final String key;
    private final Experiment experiment;
    private final TrajectoryStore store;
    private final List<Computation> computations = new ArrayList<>();
    private final UpdateTerms[] finalTerms;
    private volatile boolean evicted;
    /** Bytes of this entry the store has counted (guarded by the store's lock). */
    long accounted;

    StoredExperiment(String key, Experiment experiment, TrajectoryStore store) {
        this.key = key;
        this.experiment = experiment;
        this.store = store;
        for (int i = 0; i < experiment.runs().size(); i++) {
            computations.add(new Computation(new RunStepper(experiment, i)));
        }
        finalTerms = new UpdateTerms[computations.size()];
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
        return computations.size();
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
     *
     * <p>One thread at a time computes a run, outside any lock, in slices of {@value #SLICE}
     * updates, and raises its goal when others ask for more; the others wait only until their
     * own points are there, so a tab that needs 200 more points is not held up while an API
     * call has the whole run computed.
     *
     * @throws IllegalStateException when the thread is interrupted while it waits
     */
    public Trajectory run(int index, int points) {
        Computation c = computations.get(index);
        RunStepper s = c.stepper;
        Trajectory t = s.trajectory();
        if (t.size() >= points || s.finished()) {
            return t;
        }
        int target = (int) Math.min(experiment.steps() + 1L, (((long) points + AHEAD - 1) / AHEAD) * AHEAD);
        synchronized (c) {
            c.wanted = Math.max(c.wanted, target);
            while (c.computing && t.size() < points && !s.finished()) {
                try {
                    c.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for run " + index + " of " + key, e);
                }
            }
            if (t.size() >= points || s.finished()) {
                return t;
            }
            c.computing = true;
        }
        compute(c);
        return t;
    }

    /** Steps {@code c}'s run until it has what every asker wanted; the caller has set {@code computing}. */
    private void compute(Computation c) {
        RunStepper s = c.stepper;
        Trajectory t = s.trajectory();
        long before = t.bytes();
        int computed = 0;
        try {
            while (true) {
                int goal;
                synchronized (c) {
                    c.notifyAll();
                    goal = c.wanted;
                    if (t.size() >= goal || s.finished()) {
                        break;
                    }
                }
                int sliceEnd = Math.min(goal, t.size() + SLICE);
                while (t.size() < sliceEnd && !s.finished()) {
                    s.step(null);
                    computed++;
                }
            }
        } finally {
            synchronized (c) {
                c.computing = false;
                c.notifyAll();
            }
            store.computed(computed);
            long grown = t.bytes() - before;
            if (grown != 0) {
                store.grew(this, grown);
            }
        }
    }

    /** Every run computed to its end (what the API answers). */
    public List<Trajectory> all() {
        List<Trajectory> result = new ArrayList<>();
        for (int i = 0; i < computations.size(); i++) {
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
        for (Computation c : computations) {
            sum += c.stepper.trajectory().bytes();
        }
        return sum;
    }
}
