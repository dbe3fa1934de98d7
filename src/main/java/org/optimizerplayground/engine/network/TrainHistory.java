package org.optimizerplayground.engine.network;

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
    private final PointColumns points;
    private Status status = Status.RUNNING;

    TrainHistory(RunSpec run, int dimension, int capacity, boolean keepAll) {
        this.run = run;
        this.points = new PointColumns(dimension, capacity,
                keepAll ? PointColumns.Keep.ALL : PointColumns.Keep.LATEST);
    }

    void add(double[] t, double batch, double trainJ, double trainAcc, double testJ, double testAcc,
             double pen, double alpha) {
        points.add(points.size(), batch, trainJ, trainAcc, testJ, testAcc, pen, alpha, t);
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
        return points.dimension();
    }

    /** The number of points so far, N + 1 once finished. */
    public int size() {
        return points.size();
    }

    /** How the run ended, or {@link Status#RUNNING}. */
    public Status status() {
        return status;
    }

    /** Whether θ_k is kept for every k (otherwise only for the latest point). */
    public boolean keepsAll() {
        return points.keep() == PointColumns.Keep.ALL;
    }

    /** Component i of θ_k; only the latest k unless every point is kept. */
    public double theta(int k, int i) {
        return points.theta(k, i);
    }

    /** A copy of θ_k (see {@link #theta(int, int)}). */
    public double[] theta(int k) {
        return points.theta(k);
    }

    public double batchLoss(int k) {
        return points.batchLoss(k);
    }

    public double trainLoss(int k) {
        return points.trainLoss(k);
    }

    public double trainAccuracy(int k) {
        return points.trainAccuracy(k);
    }

    public double testLoss(int k) {
        return points.testLoss(k);
    }

    public double testAccuracy(int k) {
        return points.testAccuracy(k);
    }

    public double penalty(int k) {
        return points.penalty(k);
    }

    public double lr(int k) {
        return points.lr(k);
    }
}
