package org.optimizerplayground.engine.run;

import java.util.Arrays;
import org.optimizerplayground.engine.experiment.RunSpec;

/**
 * The points k = 0 … N of one run, stored in flat arrays (no object per point), and how the
 * run ended. Grows as a {@link RunStepper} advances; read it through {@link #point} or the
 * component accessors.
 */
public final class Trajectory {
    private final RunSpec run;
    private final int dimension;
    private final boolean keepAll;
    private double[] theta;
    private double[] grad;
    private double[] loss;
    private double[] lr;
    private int size;
    private Status status = Status.RUNNING;

    /**
     * @param keepAll whether every point is kept, or only the latest (the analysis views run
     *     thousands of trajectories and only need where each one ends)
     */
    Trajectory(RunSpec run, int dimension, int capacity, boolean keepAll) {
        this.run = run;
        this.dimension = dimension;
        this.keepAll = keepAll;
        int initial = keepAll ? Math.max(1, Math.min(capacity, 4096)) : 1;
        theta = new double[initial * dimension];
        grad = new double[initial * dimension];
        loss = new double[initial];
        lr = new double[initial];
    }

    void add(double[] t, double j, double[] g, double alpha) {
        if (!keepAll) {
            System.arraycopy(t, 0, theta, 0, dimension);
            System.arraycopy(g, 0, grad, 0, dimension);
            loss[0] = j;
            lr[0] = alpha;
            size++;
            return;
        }
        if (size == loss.length) {
            int n = size * 2;
            theta = Arrays.copyOf(theta, n * dimension);
            grad = Arrays.copyOf(grad, n * dimension);
            loss = Arrays.copyOf(loss, n);
            lr = Arrays.copyOf(lr, n);
        }
        System.arraycopy(t, 0, theta, size * dimension, dimension);
        System.arraycopy(g, 0, grad, size * dimension, dimension);
        loss[size] = j;
        lr[size] = alpha;
        size++;
    }

    void finish(Status s) {
        status = s;
    }

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
        return size;
    }

    /** {@link Status#RUNNING} until the run has ended. */
    public Status status() {
        return status;
    }

    /** θ_k,i. */
    public double theta(int k, int i) {
        return theta[slot(k) * dimension + i];
    }

    /** ∂J/∂θ_i at θ_k. */
    public double grad(int k, int i) {
        return grad[slot(k) * dimension + i];
    }

    /** J(θ_k). */
    public double loss(int k) {
        return loss[slot(k)];
    }

    /** α_k; NaN for k = 0. */
    public double lr(int k) {
        return lr[slot(k)];
    }

    /** Where point k is stored; a trajectory that keeps only its latest point has only that one. */
    private int slot(int k) {
        if (keepAll) {
            return k;
        }
        if (k != size - 1) {
            throw new IndexOutOfBoundsException("only the latest point (k = " + (size - 1) + ") is kept, not k = " + k);
        }
        return 0;
    }

    /** Point k as a record (a copy). */
    public Point point(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("k = " + k + " but the trajectory has " + size + " points");
        }
        int at = slot(k);
        return new Point(k, Arrays.copyOfRange(theta, at * dimension, (at + 1) * dimension), loss[at],
                Arrays.copyOfRange(grad, at * dimension, (at + 1) * dimension), lr[at]);
    }

    /** The last point. */
    public Point last() {
        return point(size - 1);
    }
}
