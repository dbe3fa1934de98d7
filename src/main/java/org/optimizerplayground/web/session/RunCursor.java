package org.optimizerplayground.web.session;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;
import org.optimizerplayground.engine.store.StoredRun;
import org.optimizerplayground.engine.store.TrajectoryStore;

/**
 * One run as one tab plays it: its key in the shared {@link TrajectoryStore} and a weak hold on
 * its entry, how far it has played, what was delivered, and an {@link UpdateReplay} (a few
 * vectors) that recovers the terms of its latest update. The points themselves stay in the store.
 *
 * <p>The terms are replayed only when someone reads them ({@link #latest}): a tab reads those of
 * the run in focus (the rule panel) and, with the step arrows on, those of every run; the other
 * runs' replays stay where they are and catch up, update after update, when they are read again.
 * The replay goes forward only and is deterministic, so the terms are bit for bit those an eager
 * replay gave.
 *
 * <p>Not thread-safe: it belongs to one {@link SimulationSession}.
 */
final class RunCursor {
    /** Epochs are unique across sessions, so a view that outlives its session never mistakes a new run for one it drew. */
    private static final AtomicLong EPOCHS = new AtomicLong();
    /** The terms before the first update: none. */
    private static final Supplier<UpdateTerms> NONE = () -> null;

    private final String key;
    private WeakReference<StoredRun> entry = new WeakReference<>(null);
    private UpdateReplay replay;
    /** The terms of update {@code replay.k()}, once replayed (the replay answers them only once). */
    private UpdateTerms replayed;
    /** Points this tab shows (k = 0 … points − 1). */
    int points = 1;
    boolean ended;
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
     * (it computes them once, for every tab of this link). No term is replayed here: see {@link #latest}.
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
            replay = null; // the store keeps the final terms for every tab
            replayed = null;
        }
        return played;
    }

    /**
     * The terms of the latest update as it is now (k = points − 1), as a handle read later: the
     * first read replays the updates since the last read (or answers the store's final terms of a
     * run that has ended), and later reads answer the same object. {@code null} terms before the
     * first update. A handle read after a later one was (an old frame kept for a redraw) replays
     * from θ₀: same numbers, at a cost.
     */
    Supplier<UpdateTerms> latest(TrajectoryStore store, Experiment e, int index) {
        if (points == 1) {
            return NONE;
        }
        StoredRun run = entry(store, e, index);
        if (ended) {
            return new Once(run::finalTerms);
        }
        Trajectory t = run.run(points);
        int k = points - 1;
        return new Once(() -> termsAt(t, k, e, index));
    }

    /** How many updates the replay has gone through (for tests); −1 once the run has ended. */
    int replayedTo() {
        return replay == null ? -1 : replay.k();
    }

    private UpdateTerms termsAt(Trajectory t, int k, Experiment e, int index) {
        if (replay != null && (k > replay.k() || k == replay.k() && replayed != null)) {
            if (k > replay.k()) {
                replayed = replay.advanceTo(t, k);
            }
            return replayed;
        }
        return new UpdateReplay(e, index).advanceTo(t, k);
    }

    /** A value computed on its first read and kept. Not thread-safe (read under the tab's lock). */
    private static final class Once implements Supplier<UpdateTerms> {
        private Supplier<UpdateTerms> source;
        private UpdateTerms value;

        Once(Supplier<UpdateTerms> source) {
            this.source = source;
        }

        @Override
        public UpdateTerms get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
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
