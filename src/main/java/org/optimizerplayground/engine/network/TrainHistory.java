package org.optimizerplayground.engine.network;

import java.util.Arrays;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.Status;

/**
 * The points k = 0 … N of one training run in flat arrays (no object per point), and how it
 * ended. Point k holds θ_k (when every point is kept), the mean data loss and the accuracy of
 * θ_k on the training set and on the test set, the L2 penalty (λ/2)‖W_k‖², and for k ≥ 1 the
 * loss of batch k at θ_(k−1) (the batch whose gradient made θ_k, what PyTorch's
 * {@code loss.item()} shows in a training loop) and the learning rate α_k. Values that do not
 * exist are NaN: the batch loss and α at k = 0, the test numbers when there is no test set.
 */
public final class TrainHistory {
    private final RunSpec run;
    private final int dimension;
    private final boolean keepAll;
    private double[] theta;
    private double[] batchLoss;
    private double[] trainLoss;
    private double[] trainAccuracy;
    private double[] testLoss;
    private double[] testAccuracy;
    private double[] penalty;
    private double[] lr;
    private int size;
    private Status status = Status.RUNNING;

    TrainHistory(RunSpec run, int dimension, int capacity, boolean keepAll) {
        this.run = run;
        this.dimension = dimension;
        this.keepAll = keepAll;
        int initial = Math.max(1, Math.min(capacity, 4096));
        theta = new double[(keepAll ? initial : 1) * dimension];
        batchLoss = new double[initial];
        trainLoss = new double[initial];
        trainAccuracy = new double[initial];
        testLoss = new double[initial];
        testAccuracy = new double[initial];
        penalty = new double[initial];
        lr = new double[initial];
    }

    void add(double[] t, double batch, double trainJ, double trainAcc, double testJ, double testAcc,
             double pen, double alpha) {
        if (size == lr.length) {
            int n = size * 2;
            batchLoss = Arrays.copyOf(batchLoss, n);
            trainLoss = Arrays.copyOf(trainLoss, n);
            trainAccuracy = Arrays.copyOf(trainAccuracy, n);
            testLoss = Arrays.copyOf(testLoss, n);
            testAccuracy = Arrays.copyOf(testAccuracy, n);
            penalty = Arrays.copyOf(penalty, n);
            lr = Arrays.copyOf(lr, n);
            if (keepAll) {
                theta = Arrays.copyOf(theta, n * dimension);
            }
        }
        System.arraycopy(t, 0, theta, keepAll ? size * dimension : 0, dimension);
        batchLoss[size] = batch;
        trainLoss[size] = trainJ;
        trainAccuracy[size] = trainAcc;
        testLoss[size] = testJ;
        testAccuracy[size] = testAcc;
        penalty[size] = pen;
        lr[size] = alpha;
        size++;
    }

    void finish(Status s) {
        status = s;
    }

    /** The run these points belong to. */
    public RunSpec run() {
        return run;
    }

    /** The length of θ. */
    public int dimension() {
        return dimension;
    }

    /** The number of points so far, N + 1 once finished. */
    public int size() {
        return size;
    }

    /** How the run ended, or {@link Status#RUNNING}. */
    public Status status() {
        return status;
    }

    /** Whether θ_k is kept for every k (otherwise only for the latest point). */
    public boolean keepsAll() {
        return keepAll;
    }

    /** Component i of θ_k; only the latest k unless every point is kept. */
    public double theta(int k, int i) {
        check(k);
        if (!keepAll && k != size - 1) {
            throw new IllegalArgumentException("only the latest θ is kept, asked for k = " + k);
        }
        return theta[(keepAll ? k : 0) * dimension + i];
    }

    /** A copy of θ_k (see {@link #theta(int, int)}). */
    public double[] theta(int k) {
        double[] t = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            t[i] = theta(k, i);
        }
        return t;
    }

    public double batchLoss(int k) {
        check(k);
        return batchLoss[k];
    }

    public double trainLoss(int k) {
        check(k);
        return trainLoss[k];
    }

    public double trainAccuracy(int k) {
        check(k);
        return trainAccuracy[k];
    }

    public double testLoss(int k) {
        check(k);
        return testLoss[k];
    }

    public double testAccuracy(int k) {
        check(k);
        return testAccuracy[k];
    }

    public double penalty(int k) {
        check(k);
        return penalty[k];
    }

    public double lr(int k) {
        check(k);
        return lr[k];
    }

    private void check(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("point " + k + " of " + size);
        }
    }
}
