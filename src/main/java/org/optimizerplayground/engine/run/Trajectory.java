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
    private double[] theta;
    private double[] grad;
    private double[] loss;
    private double[] lr;
    private int size;
    private Status status = Status.RUNNING;

    Trajectory(RunSpec run, int dimension, int capacity) {
        this.run = run;
        this.dimension = dimension;
        int initial = Math.max(1, Math.min(capacity, 4096));
        theta = new double[initial * dimension];
        grad = new double[initial * dimension];
        loss = new double[initial];
        lr = new double[initial];
    }

    void add(double[] t, double j, double[] g, double alpha) {
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
        return theta[k * dimension + i];
    }

    /** ∂J/∂θ_i at θ_k. */
    public double grad(int k, int i) {
        return grad[k * dimension + i];
    }

    /** J(θ_k). */
    public double loss(int k) {
        return loss[k];
    }

    /** α_k; NaN for k = 0. */
    public double lr(int k) {
        return lr[k];
    }

    /** Point k as a record (a copy). */
    public Point point(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("k = " + k + " but the trajectory has " + size + " points");
        }
        return new Point(k, Arrays.copyOfRange(theta, k * dimension, (k + 1) * dimension), loss[k],
                Arrays.copyOfRange(grad, k * dimension, (k + 1) * dimension), lr[k]);
    }

    /** The last point. */
    public Point last() {
        return point(size - 1);
    }
}
