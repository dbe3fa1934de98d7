package org.optimizerplayground.web.session;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;
import org.optimizerplayground.engine.store.StoredRun;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * One run as one tab plays it: its key in the shared {@link TrajectoryStore} and a weak hold on
 * its entry, how far it has played, what was delivered, and the terms of its latest update (from
 * an {@link UpdateReplay}, a few vectors). The points themselves stay in the store.
 *
 * <p>Not thread-safe: it belongs to one {@link SimulationSession}.
 */
final class RunCursor {
    /** Epochs are unique across sessions, so a view that outlives its session never mistakes a new run for one it drew. */
    private static final AtomicLong EPOCHS = new AtomicLong();

    private final String key;
    private WeakReference<StoredRun> entry = new WeakReference<>(null);
    private UpdateReplay replay;
    /** Points this tab shows (k = 0 … points − 1). */
    int points = 1;
    boolean ended;
    UpdateTerms latest;
    int delivered;
    /** Changes whenever the run starts over or moves to another place in the list. */
    long epoch = EPOCHS.incrementAndGet();

    private RunCursor(String key, UpdateReplay replay) {
        this.key = key;
        this.replay = replay;
    }

    /** Run {@code index} of {@code e} from θ₀, under a new epoch. */
    static RunCursor start(TrajectoryStore store, Experiment e, int index) {
        RunCursor r = new RunCursor(TrajectoryStore.runKey(e, index), new UpdateReplay(e, index));
        Trajectory t = r.entry(store, e, index).run(1);
        r.ended = t.status() != Status.RUNNING && t.size() == 1;
        return r;
    }

    /** The same run at another place in the list: drawn again from θ₀ under a new epoch, at the same k. */
    void moved() {
        delivered = 0;
        epoch = EPOCHS.incrementAndGet();
    }

    /**
     * Moves {@code updates} further (fewer if the run ends first), asking the store for the points
     * (it computes them once, for every tab of this link); the terms of the new latest update come
     * from the replay, or from the store when the run has ended.
     *
     * @return the updates played
     */
    int advance(TrajectoryStore store, Experiment e, int index, int updates) {
        StoredRun run = entry(store, e, index);
        int target = (int) Math.min((long) points + updates, e.steps() + 1L);
        Trajectory t = run.run(target);
        int reached = Math.min(target, t.size());
        int played = reached - points;
        points = reached;
        ended = t.status() != Status.RUNNING && reached == t.size();
        if (ended) {
            latest = run.finalTerms();
            replay = null;
        } else if (reached > 1) {
            latest = replay.advanceTo(t, reached - 1);
        }
        return played;
    }

    /** The store's entry of this run: the one held weakly, or asked for again if it went (same numbers, bit for bit). */
    StoredRun entry(TrajectoryStore store, Experiment e, int index) {
        StoredRun held = entry.get();
        if (held == null || held.evicted()) {
            held = store.run(key, e, index);
            entry = new WeakReference<>(held);
        }
        return held;
    }
}
