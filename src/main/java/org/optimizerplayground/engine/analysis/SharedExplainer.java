package org.optimizerplayground.engine.analysis;

import java.util.Arrays;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * The EWMA explainer's numbers of one long run, replayed once and read by every tab that shows
 * the run, whether it still plays or has ended (kept with the run's stored points, see
 * {@link Trajectory#growing}). A hall of tabs playing the same link at 5 000 updates/s would
 * otherwise each replay every update of the run in focus.
 *
 * <p><b>Which updates are kept.</b> A reader that has played n updates shows every
 * {@link #stride}(n)-th of them: every update up to {@value #DETAIL}, beyond that about
 * {@value #POINTS} (the stride is a power of two of at least 8). The stride only grows with n,
 * and a power of two divides every larger one, so the updates a reader needs are among those
 * kept here: update index i (k = i + 1) is kept when it is a multiple of the coarse stride of
 * i + 1 updates. That is about 3 000 updates of a 100 000-update run (≈ 290 KB in 2-D), whatever
 * the number of readers, and none is replayed twice. Readers of at most {@value #DETAIL} updates
 * replay for themselves ({@link ExplainerReplay}): that costs at most {@value #DETAIL} updates.
 *
 * <p>The numbers are {@link ExplainerReplay}'s, so bit for bit those of {@link Ewma#of} and
 * {@link EffectiveRate#of}. Thread-safe: readers of different tabs advance and read it at once.
 */
public final class SharedExplainer implements Trajectory.Sized {
    /** Readers of at most this many updates show every update (as the map does). */
    public static final int DETAIL = 5_000;
    /** Beyond {@link #DETAIL} updates, a reader shows at most about this many. */
    public static final int POINTS = 1_024;
    /** The smallest stride beyond {@link #DETAIL}: the power of two that brings 5 001 updates to ≤ {@value #POINTS}. */
    private static final int FIRST_COARSE = 8;

    private final ExplainerReplay replay;
    private final int dim;
    /** The indices kept, ascending, and per component their ∂θ, m, m̂, s, ŝ, rate. */
    private int[] index = new int[64];
    private double[][][] values;
    private int kept;

    /** A replay of run {@code run} of {@code e} from θ₀, with no update yet. */
    public SharedExplainer(Experiment e, int run) {
        this.replay = new ExplainerReplay(e, run);
        this.dim = e.dimension();
        this.values = new double[dim][6][64];
    }

    /**
     * The stride a reader of {@code updates} updates shows: 1 up to {@value #DETAIL}, else the
     * smallest power of two that leaves at most {@value #POINTS} updates.
     */
    public static int stride(int updates) {
        return updates <= DETAIL ? 1 : coarse(updates);
    }

    /** The smallest power of two, at least {@value #FIRST_COARSE}, that leaves at most {@value #POINTS} of {@code updates}. */
    private static int coarse(int updates) {
        int s = FIRST_COARSE;
        while ((updates + s - 1) / s > POINTS) {
            s <<= 1;
        }
        return s;
    }

    /**
     * Replays, if nobody has yet, up to {@code target} updates along {@code points} (this run's
     * stored points, or a view of them: as far as the reader has played); never goes back.
     *
     * @return how many updates the caller may read: {@code target}, or fewer if the points end first
     */
    public synchronized int advanceTo(Trajectory points, int target) {
        int end = Math.min(target, points.size() - 1);
        if (end > replay.updates()) {
            // Only every FIRST_COARSE-th update can be kept: the replay keeps those, this sorts out the rest.
            replay.advanceTo(points, end, FIRST_COARSE);
            int from = Math.ceilDiv(replay.windowStart(), FIRST_COARSE) * FIRST_COARSE;
            for (int i = from; i < replay.updates(); i += FIRST_COARSE) {
                if (i % coarse(i + 1) == 0) {
                    keep(i);
                }
            }
            replay.forgetWindow();
        }
        return Math.min(end, replay.updates());
    }

    private void keep(int i) {
        if (kept == index.length) {
            index = Arrays.copyOf(index, kept * 2);
            for (double[][] c : values) {
                for (int w = 0; w < c.length; w++) {
                    c[w] = Arrays.copyOf(c[w], kept * 2);
                }
            }
        }
        index[kept] = i;
        for (int c = 0; c < dim; c++) {
            for (int w = 0; w < 6; w++) {
                values[c][w][kept] = replay.at(c, w, i);
            }
        }
        kept++;
    }

    /**
     * Value {@code i} (update k = i + 1) of ∂θ, m, m̂, s, ŝ or the rate ({@code which} 0 … 5) of a
     * component, for a reader of more than {@value #DETAIL} updates: {@code i} a multiple of its stride.
     *
     * @throws IndexOutOfBoundsException when update {@code i} was not replayed or is not kept
     */
    public synchronized double at(int component, int which, int i) {
        int slot = Arrays.binarySearch(index, 0, kept, i);
        if (slot < 0) {
            throw new IndexOutOfBoundsException("update index " + i + " is not kept: replayed " + replay.updates()
                    + " updates, and only multiples of the stride of a reader that has played further");
        }
        return values[component][which][slot];
    }

    /** Updates replayed so far (by any reader). */
    public synchronized int updates() {
        return replay.updates();
    }

    /** Bytes of the numbers kept, and of the replay's own state (what the store's budget counts). */
    @Override
    public synchronized long bytes() {
        return 16 + 4L * index.length + (long) dim * 6 * (16 + 8L * index.length) + replay.bytes();
    }

    /** Updates whose numbers are kept. */
    public synchronized int kept() {
        return kept;
    }
}
