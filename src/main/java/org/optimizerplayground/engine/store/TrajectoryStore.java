package org.optimizerplayground.engine.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * Trajectories computed once per run and shared: every browser tab and API call that shows an
 * experiment reads the same {@link StoredRun}s. A run is keyed by everything its numbers depend
 * on ({@link #runKey}: the canonical link of an experiment with that run alone over the
 * surface's own view — surface, θ₀, steps, noise and seed, and the run's optimizer and schedule;
 * the noise is drawn from the experiment's seed whatever the run's place in the list). So two
 * experiments that differ in one run share all their other runs: a student who changes the α of
 * run 2 costs the computation of run 2 alone, and the next student making the same change costs
 * nothing.
 *
 * <p><b>Budget.</b> The store counts the bytes of every trajectory it holds, with what readers
 * keep derived from it ({@link Trajectory#derivedBytes}: thinned points, explainer replays; as
 * they stand when one is kept or the run is extended), and, once they pass its budget, lets go of the least recently used runs. Nothing is lost: a trajectory is a pure
 * function of its key, so a run asked for again is computed again, to the same bits. A run
 * larger than the whole budget is handed out but not kept. Readers should hold an entry only
 * while they read it (or weakly) and ask again when it is {@linkplain StoredRun#evicted()
 * evicted}, so the budget bounds the memory for real.
 *
 * <p><b>Laziness.</b> A run is computed only as far as the furthest reader has asked
 * ({@link StoredRun#run(int)}): a tab playing at 10 updates per second does not make anyone wait
 * for 100 000 updates.
 *
 * <p><b>Counts.</b> {@link Stats#computations()} counts runs started from θ₀,
 * {@link Stats#hits()} runs found kept.
 *
 * <p>Thread-safe.
 */
public final class TrajectoryStore {
    /** What the store has done so far, for the operator's metrics; {@code experiments} is the number of runs kept. */
    public record Stats(long computations, long hits, long evictions, long updates, long bytes, long budget,
                        int experiments) {
    }

    private final long budget;
    private final LinkedHashMap<String, StoredRun> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long evictions;
    private final LongAdder computations = new LongAdder();
    private final LongAdder hits = new LongAdder();
    private final LongAdder updates = new LongAdder();

    /**
     * @param budgetBytes the most bytes of trajectories kept, at least 1 MB
     * @throws IllegalArgumentException when the budget is below 1 MB
     */
    public TrajectoryStore(long budgetBytes) {
        if (!(budgetBytes >= 1 << 20)) {
            throw new IllegalArgumentException("budgetBytes must be at least 1 MB (1048576), got " + budgetBytes);
        }
        this.budget = budgetBytes;
    }

    /** The canonical link of an experiment (what the API's answers are named by). */
    public static String key(Experiment experiment) {
        return Link.format(experiment);
    }

    /** The experiment of run {@code index} of {@code experiment} alone, over the surface's own view. */
    static Experiment alone(Experiment experiment, int index) {
        return experiment.withRuns(List.of(experiment.runs().get(index))).withView(experiment.surface().view());
    }

    /**
     * The store's key of run {@code index} of {@code experiment}: the canonical link of that run
     * alone, without the view window (no number depends on it).
     */
    public static String runKey(Experiment experiment, int index) {
        return Link.format(alone(experiment, index));
    }

    /** The shared runs of {@code experiment}: kept ones (hits), or new ones (computations, done lazily). */
    public StoredExperiment get(Experiment experiment) {
        return get(key(experiment), experiment);
    }

    /**
     * As {@link #get(Experiment)} with the key already known.
     *
     * @param key {@link #key(Experiment) key(experiment)}
     */
    public StoredExperiment get(String key, Experiment experiment) {
        List<StoredRun> runs = new ArrayList<>(experiment.runs().size());
        for (int i = 0; i < experiment.runs().size(); i++) {
            runs.add(run(experiment, i));
        }
        return new StoredExperiment(key, experiment, runs);
    }

    /** The shared run {@code index} of {@code experiment}: a kept one (a hit), or a new one (a computation, done lazily). */
    public StoredRun run(Experiment experiment, int index) {
        return run(runKey(experiment, index), experiment, index);
    }

    /**
     * As {@link #run(Experiment, int)} with the key already known.
     *
     * @param key {@link #runKey(Experiment, int) runKey(experiment, index)}
     */
    public StoredRun run(String key, Experiment experiment, int index) {
        synchronized (this) {
            StoredRun kept = entries.get(key);
            if (kept != null) {
                hits.increment();
                return kept;
            }
        }
        StoredRun fresh = new StoredRun(key, alone(experiment, index), this); // computes θ₀
        synchronized (this) {
            StoredRun raced = entries.putIfAbsent(key, fresh);
            if (raced != null) {
                hits.increment();
                return raced;
            }
            computations.increment();
            fresh.accounted = fresh.bytes();
            bytes += fresh.accounted;
            trim(fresh);
        }
        return fresh;
    }

    /**
     * {@code entry} may hold more bytes than counted: its points grew, or something derived from
     * them is kept with it. Measured outside the store's lock (a growing answer has its own).
     */
    void resized(StoredRun entry) {
        long now = entry.bytes();
        synchronized (this) {
            if (entry.evicted() || now == entry.accounted) {
                return; // an evicted run is no longer counted: its last holders let it go
            }
            bytes += now - entry.accounted;
            entry.accounted = now;
            trim(entry);
        }
    }

    /** {@code count} more optimizer updates were computed. */
    void computed(int count) {
        if (count > 0) {
            updates.add(count);
        }
    }

    /** Lets go of the least recently used runs until the bytes fit the budget. */
    private void trim(StoredRun justUsed) {
        Iterator<Map.Entry<String, StoredRun>> eldest = entries.entrySet().iterator();
        while (bytes > budget && eldest.hasNext()) {
            StoredRun e = eldest.next().getValue();
            if (e == justUsed && entries.size() > 1) {
                continue; // the one being read goes last
            }
            eldest.remove();
            bytes -= e.accounted;
            e.evict();
            evictions++;
        }
    }
    /** The budget in bytes. */
    public long budget() {
        return budget;
    }

    /** Bytes of the trajectories kept now and of what is derived from them (at most the budget, once a call has returned). */
    public synchronized long bytes() {
        return bytes;
    }

    /** Counts so far. */
    public synchronized Stats stats() {
        return new Stats(computations.sum(), hits.sum(), evictions, updates.sum(), bytes, budget, entries.size());
    }
}
