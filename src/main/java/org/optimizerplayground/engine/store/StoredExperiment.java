package org.optimizerplayground.engine.store;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * The runs of one experiment in the {@link TrajectoryStore}: one {@link StoredRun} per run,
 * each shared with every experiment that has the same run (same surface, θ₀, steps, noise, seed
 * and optimizer settings), whatever its other runs. Holding this holds its runs; the store lets
 * go of runs, not of experiments. Thread-safe.
 */
public final class StoredExperiment {
    /** Points are computed ahead of a request in steps of this many, so that tabs playing side by side share a lock less often. */
    static final int AHEAD = 64;
    /** Updates computed between two looks at who waits for what. */
    static final int SLICE = 1024;

    private final String key;
    private final Experiment experiment;
    private final List<StoredRun> runs;

    StoredExperiment(String key, Experiment experiment, List<StoredRun> runs) {
        this.key = key;
        this.experiment = experiment;
        this.runs = List.copyOf(runs);
    }

    /** The canonical link of the experiment. */
    public String key() {
        return key;
    }

    /** The experiment. */
    public Experiment experiment() {
        return experiment;
    }

    /** Number of runs. */
    public int runs() {
        return runs.size();
    }

    /** The shared entry of run {@code index}. */
    public StoredRun stored(int index) {
        return runs.get(index);
    }

    /** Whether the store has let some of these runs go: whoever still holds this should ask the store again. */
    public boolean evicted() {
        for (StoredRun r : runs) {
            if (r.evicted()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Run {@code index} computed to at least {@code points} points, or to its end if it ends
     * before; see {@link StoredRun#run(int)}.
     *
     * @throws IllegalStateException when the thread is interrupted while it waits
     */
    public Trajectory run(int index, int points) {
        return runs.get(index).run(points);
    }

    /** Every run computed to its end (what the API answers). */
    public List<Trajectory> all() {
        List<Trajectory> result = new ArrayList<>();
        for (StoredRun r : runs) {
            result.add(r.run(Integer.MAX_VALUE));
        }
        return result;
    }

    /** The terms of the last update of run {@code index}; see {@link StoredRun#finalTerms()}. */
    public UpdateTerms finalTerms(int index) {
        return runs.get(index).finalTerms();
    }
}
