package org.optimizerplayground.engine.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;

/**
 * Trajectories computed once per experiment and shared: every browser tab and API call that
 * shows an experiment reads the same {@link StoredExperiment}, keyed by the experiment's
 * canonical link ({@link Link#format(Experiment)}: no page-only keys, so {@code speed},
 * {@code hide} … do not split the key; noise is part of it through {@code noise} and
 * {@code seed}, which fix every number).
 *
 * <p><b>Budget.</b> The store counts the bytes of every trajectory it holds and, once they pass
 * its budget, lets go of the least recently used experiments. Nothing is lost: a trajectory is a
 * pure function of its link, so an experiment asked for again is computed again, to the same
 * bits. An experiment larger than the whole budget is handed out but not kept. Readers should
 * hold an entry only while they read it (or weakly) and ask again when it is
 * {@linkplain StoredExperiment#evicted() evicted}, so the budget bounds the memory for real.
 *
 * <p><b>Laziness.</b> An experiment's runs are computed only as far as the furthest reader has
 * asked ({@link StoredExperiment#run(int, int)}): a tab playing at 10 updates per second does
 * not make anyone wait for 100 000 updates.
 *
 * <p>Thread-safe.
 */
public final class TrajectoryStore {
    /** What the store has done so far, for the operator's metrics. */
    public record Stats(long computations, long hits, long evictions, long updates, long bytes, long budget,
                        int experiments) {
    }

    private final long budget;
    private final LinkedHashMap<String, StoredExperiment> entries = new LinkedHashMap<>(16, 0.75f, true);
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

    /** The store's key of an experiment: its canonical link. */
    public static String key(Experiment experiment) {
        return Link.format(experiment);
    }

    /** The shared runs of {@code experiment}: kept ones (a hit), or new ones (a computation, done lazily). */
    public StoredExperiment get(Experiment experiment) {
        return get(key(experiment), experiment);
    }

    /**
     * As {@link #get(Experiment)} with the key already known.
     *
     * @param key {@link #key(Experiment) key(experiment)}
     */
    public StoredExperiment get(String key, Experiment experiment) {
        synchronized (this) {
            StoredExperiment kept = entries.get(key);
            if (kept != null) {
                hits.increment();
                return kept;
            }
        }
        StoredExperiment fresh = new StoredExperiment(key, experiment, this); // computes θ₀ of each run
        synchronized (this) {
            StoredExperiment raced = entries.putIfAbsent(key, fresh);
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

    /** {@code entry} holds {@code delta} more bytes. */
    synchronized void grew(StoredExperiment entry, long delta) {
        if (entry.evicted()) {
            return; // no longer counted: its last holders let it go
        }
        entry.accounted += delta;
        bytes += delta;
        trim(entry);
    }

    /** {@code count} more optimizer updates were computed. */
    void computed(int count) {
        if (count > 0) {
            updates.add(count);
        }
    }

    /** Lets go of the least recently used experiments until the bytes fit the budget. */
    private void trim(StoredExperiment justUsed) {
        Iterator<Map.Entry<String, StoredExperiment>> eldest = entries.entrySet().iterator();
        while (bytes > budget && eldest.hasNext()) {
            StoredExperiment e = eldest.next().getValue();
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

    /** Bytes of the trajectories kept now (at most the budget, once a call has returned). */
    public synchronized long bytes() {
        return bytes;
    }

    /** Counts so far. */
    public synchronized Stats stats() {
        return new Stats(computations.sum(), hits.sum(), evictions, updates.sum(), bytes, budget, entries.size());
    }
}
