package org.optimizerplayground.engine.run;

import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.schedule.Schedule;

/**
 * The points k = 0 … N of one run and how the run ended, stored in primitive arrays (no object
 * per point). The {@link RunStepper} that computes a run appends to its trajectory; anyone may
 * read it meanwhile, from any thread: points are written in fixed chunks that never move, and a
 * point becomes visible only once it is complete ({@link #size()} is published last).
 *
 * <p>{@link #upTo} gives a read-only view of the first points of the same storage, without a
 * copy: what a browser tab that has played only so far sees.
 *
 * <p>α_k is not stored: it is a pure function of k ({@link RunSpec#schedule()}), recomputed on
 * reading with the same operations that produced it, so the same bits.
 */
public final class Trajectory {
    /** Points per chunk: 4 096, so a chunk of θ in 2-D is 64 KB. */
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final RunSpec run;
    private final Schedule schedule;
    private final int dimension;
    private final Columns columns;
    /** Points this view shows, or −1 for the trajectory being written (all it has). */
    private final int limit;

    /**
     * @param keepAll whether every point is kept, or only the latest (the analysis views run
     *     thousands of trajectories and only need where each one ends)
     */
    Trajectory(RunSpec run, int dimension, int capacity, boolean keepAll) {
        this.run = run;
        this.schedule = run.schedule();
        this.dimension = dimension;
        this.columns = new Columns(dimension, capacity, keepAll);
        this.limit = -1;
    }

    private Trajectory(Trajectory of, int points) {
        this.run = of.run;
        this.schedule = of.schedule;
        this.dimension = of.dimension;
        this.columns = of.columns;
        this.limit = points;
    }

    void add(double[] t, double j, double[] g) {
        columns.add(t, j, g);
    }

    void finish(Status s) {
        columns.status = s;
    }

    /**
     * The first {@code points} points of this trajectory, sharing its storage: status
     * {@link Status#RUNNING} unless they are all the points of a run that has ended.
     *
     * @throws IllegalArgumentException when {@code points} is below 1 or beyond {@link #size()}
     */
    public Trajectory upTo(int points) {
        int size = size();
        if (points < 1 || points > size) {
            throw new IllegalArgumentException("points must be in [1, " + size + "], got " + points);
        }
        if (!columns.keepAll && points != size) {
            throw new IllegalArgumentException("only the latest point is kept, so a view must show all " + size);
        }
        return new Trajectory(this, points);
    }

    /**
     * What a reader derives from the whole of an ended run ({@code compute}'s answer), kept with the
     * run's storage under {@code key} and shared by every view of it: a run in the store is read
     * by every tab that has it, and each would otherwise redo the same work on the same numbers
     * (thinning 100 000 updates for its charts, replaying its explainer). Computed afresh, not
     * kept, when this view does not show all the points of an ended run (they may still change
     * for another view), or when {@value #DERIVED_MAX} answers are kept already. {@code key} must
     * name everything the answer depends on besides the run's points, and the answer must not be
     * changed by whoever reads it.
     */
    public <T> T derived(Object key, Supplier<T> compute) {
        return status() == Status.RUNNING || columns.answers == null ? compute.get() : columns.answers.kept(key, compute);
    }

    /**
     * As {@link #derived}, but kept while the run is still being computed too: for an answer that
     * follows the run as it grows ({@code compute}'s answer must then be thread-safe and extend
     * itself as far as each reader asks, never further than the points it is given). Computed
     * afresh, not kept, only when the trajectory keeps its latest point alone or {@value #DERIVED_MAX}
     * answers are kept already.
     */
    public <T> T growing(Object key, Supplier<T> compute) {
        return columns.answers == null ? compute.get() : columns.answers.kept(key, compute);
    }

    /**
     * What a kept answer of {@link #derived} or {@link #growing} says of its size, so that a budget
     * can count it: answers that are not arrays of numbers implement this.
     */
    public interface Sized {
        /** Bytes held now (an answer that grows says so when asked again). */
        long bytes();
    }

    /**
     * Bytes of the answers of {@link #derived} and {@link #growing} kept with this run's storage,
     * as they are now: arrays of numbers by their length, {@link Sized} answers by their word,
     * anything else as a small object (64 bytes).
     */
    public long derivedBytes() {
        return columns.answers == null ? 0 : columns.answers.bytes();
    }

    /**
     * {@code listener} runs whenever an answer of {@link #derived} or {@link #growing} is newly
     * kept with this run's storage (the store that holds the run counts it, see {@link #derivedBytes}).
     */
    public void whenDerivedKept(Runnable listener) {
        if (columns.answers != null) {
            columns.answers.whenKept(listener);
        }
    }

    /** At most this many answers of {@link #derived} are kept per run. */
    static final int DERIVED_MAX = DerivedAnswers.MAX;

    /** The run this trajectory belongs to. */
    public RunSpec run() {
        return run;
    }

    /** 1 or 2. */
    public int dimension() {
        return dimension;
    }

    /** Number of points so far (the last k plus one). */
    public int size() {
        return limit < 0 ? columns.size : limit;
    }

    /** {@link Status#RUNNING} until the run has ended (for a view: until it shows the last point). */
    public Status status() {
        if (limit < 0) {
            return columns.status;
        }
        Status s = columns.status;
        return s != Status.RUNNING && limit == columns.size ? s : Status.RUNNING;
    }

    /** θ_k,i. */
    public double theta(int k, int i) {
        return columns.theta(slot(k), i);
    }

    /** ∂J/∂θ_i at θ_k. */
    public double grad(int k, int i) {
        return columns.grad(slot(k), i);
    }

    /** J(θ_k). */
    public double loss(int k) {
        return columns.loss(slot(k));
    }

    /** α_k; NaN for k = 0. */
    public double lr(int k) {
        if (k < 0 || k >= size()) {
            throw new IndexOutOfBoundsException("k = " + k + " but the trajectory has " + size() + " points");
        }
        return k == 0 ? Double.NaN : schedule.at(k - 1);
    }

    /** Bytes of the arrays that hold the points (what a budget counts). */
    public long bytes() {
        return columns.bytes();
    }

    /** Where point k is stored; a trajectory that keeps only its latest point has only that one. */
    private int slot(int k) {
        if (columns.keepAll) {
            return k;
        }
        int size = columns.size;
        if (k != size - 1) {
            throw new IndexOutOfBoundsException("only the latest point (k = " + (size - 1) + ") is kept, not k = " + k);
        }
        return 0;
    }

    /** Point k as a record (a copy). */
    public Point point(int k) {
        if (k < 0 || k >= size()) {
            throw new IndexOutOfBoundsException("k = " + k + " but the trajectory has " + size() + " points");
        }
        double[] t = new double[dimension];
        double[] g = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            t[i] = theta(k, i);
            g[i] = grad(k, i);
        }
        return new Point(k, t, loss(k), g, lr(k));
    }

    /** The last point. */
    public Point last() {
        return point(size() - 1);
    }

    /**
     * The numbers, in chunks of {@value #CHUNK} points allocated as they fill (the last one only
     * as long as the run needs), never moved once written. One writer; readers see a point once
     * the volatile {@link #size} counts it.
     */
    private static final class Columns {
        private final int dimension;
        private final boolean keepAll;
        private final int capacity;
        private final double[][] theta;
        private final double[][] grad;
        private final double[][] loss;
        private volatile int size;
        private volatile Status status = Status.RUNNING;
        /** What readers derive from the points and keep with them; null when only the latest point is kept. */
        private final DerivedAnswers answers;

        Columns(int dimension, int capacity, boolean keepAll) {
            this.dimension = dimension;
            this.keepAll = keepAll;
            this.capacity = keepAll ? capacity : 1;
            this.answers = keepAll ? new DerivedAnswers() : null;
            int chunks = (this.capacity + CHUNK - 1) >>> CHUNK_BITS;
            theta = new double[chunks][];
            grad = new double[chunks][];
            loss = new double[chunks][];
        }

        void add(double[] t, double j, double[] g) {
            int at = keepAll ? size : 0;
            if (at >= capacity) {
                throw new IllegalStateException("the trajectory is full (" + capacity + " points)");
            }
            int c = at >>> CHUNK_BITS;
            int o = at & (CHUNK - 1);
            if (loss[c] == null) {
                int length = Math.min(CHUNK, capacity - (c << CHUNK_BITS));
                theta[c] = new double[length * dimension];
                grad[c] = new double[length * dimension];
                loss[c] = new double[length];
            }
            System.arraycopy(t, 0, theta[c], o * dimension, dimension);
            System.arraycopy(g, 0, grad[c], o * dimension, dimension);
            loss[c][o] = j;
            size = size + 1; // publishes the point
        }

        double theta(int at, int i) {
            return theta[at >>> CHUNK_BITS][(at & (CHUNK - 1)) * dimension + i];
        }

        double grad(int at, int i) {
            return grad[at >>> CHUNK_BITS][(at & (CHUNK - 1)) * dimension + i];
        }

        double loss(int at) {
            return loss[at >>> CHUNK_BITS][at & (CHUNK - 1)];
        }

        long bytes() {
            long doubles = 0;
            int chunks = 0;
            for (double[] l : loss) {
                if (l != null) {
                    doubles += l.length * (2L * dimension + 1);
                    chunks++;
                }
            }
            // 16 bytes of header per array, three arrays per chunk, plus the three chunk tables
            return doubles * Double.BYTES + chunks * 3L * 16 + 3L * (16 + 4L * loss.length) + 64;
        }
    }
}
