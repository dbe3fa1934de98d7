package org.optimizerplayground.engine.network;

import java.util.Arrays;

/**
 * The points of one training run in flat, growing columns (no object per point): the update
 * index k, the batch loss, the loss and accuracy on the training and test sets, the L2 penalty,
 * α, and θ for every point, for the latest only, or not at all. {@link TrainHistory} (every
 * update, while a run steps) and {@link TrainRecording} (the written points of an answer) both
 * keep their points here.
 */
final class PointColumns {
    /** Which θ_k are kept. */
    enum Keep { ALL, LATEST, NONE }

    private final int dimension;
    private final Keep keep;
    private int size;
    private int[] k;
    private double[] batchLoss;
    private double[] trainLoss;
    private double[] trainAccuracy;
    private double[] testLoss;
    private double[] testAccuracy;
    private double[] penalty;
    private double[] lr;
    private double[] theta;

    PointColumns(int dimension, int capacity, Keep keep) {
        this.dimension = dimension;
        this.keep = keep;
        int initial = Math.max(1, Math.min(capacity, 4096));
        k = new int[initial];
        batchLoss = new double[initial];
        trainLoss = new double[initial];
        trainAccuracy = new double[initial];
        testLoss = new double[initial];
        testAccuracy = new double[initial];
        penalty = new double[initial];
        lr = new double[initial];
        theta = switch (keep) {
            case ALL -> new double[initial * dimension];
            case LATEST -> new double[dimension];
            case NONE -> null;
        };
    }

    /** A copy that holds exactly the points so far. */
    private PointColumns(PointColumns from) {
        this.dimension = from.dimension;
        this.keep = from.keep;
        this.size = from.size;
        k = Arrays.copyOf(from.k, size);
        batchLoss = Arrays.copyOf(from.batchLoss, size);
        trainLoss = Arrays.copyOf(from.trainLoss, size);
        trainAccuracy = Arrays.copyOf(from.trainAccuracy, size);
        testLoss = Arrays.copyOf(from.testLoss, size);
        testAccuracy = Arrays.copyOf(from.testAccuracy, size);
        penalty = Arrays.copyOf(from.penalty, size);
        lr = Arrays.copyOf(from.lr, size);
        theta = keep == Keep.ALL ? Arrays.copyOf(from.theta, size * dimension)
                : from.theta == null ? null : from.theta.clone();
    }

    void add(int step, double batch, double trainJ, double trainAcc, double testJ, double testAcc, double pen,
             double alpha, double[] t) {
        if (size == k.length) {
            int n = size * 2;
            k = Arrays.copyOf(k, n);
            batchLoss = Arrays.copyOf(batchLoss, n);
            trainLoss = Arrays.copyOf(trainLoss, n);
            trainAccuracy = Arrays.copyOf(trainAccuracy, n);
            testLoss = Arrays.copyOf(testLoss, n);
            testAccuracy = Arrays.copyOf(testAccuracy, n);
            penalty = Arrays.copyOf(penalty, n);
            lr = Arrays.copyOf(lr, n);
            if (keep == Keep.ALL) {
                theta = Arrays.copyOf(theta, n * dimension);
            }
        }
        k[size] = step;
        batchLoss[size] = batch;
        trainLoss[size] = trainJ;
        trainAccuracy[size] = trainAcc;
        testLoss[size] = testJ;
        testAccuracy[size] = testAcc;
        penalty[size] = pen;
        lr[size] = alpha;
        if (keep != Keep.NONE) {
            System.arraycopy(t, 0, theta, keep == Keep.ALL ? size * dimension : 0, dimension);
        }
        size++;
    }

    PointColumns trimmed() {
        return new PointColumns(this);
    }

    int dimension() {
        return dimension;
    }

    Keep keep() {
        return keep;
    }

    int size() {
        return size;
    }

    int k(int i) {
        return k[check(i)];
    }

    double batchLoss(int i) {
        return batchLoss[check(i)];
    }

    double trainLoss(int i) {
        return trainLoss[check(i)];
    }

    double trainAccuracy(int i) {
        return trainAccuracy[check(i)];
    }

    double testLoss(int i) {
        return testLoss[check(i)];
    }

    double testAccuracy(int i) {
        return testAccuracy[check(i)];
    }

    double penalty(int i) {
        return penalty[check(i)];
    }

    double lr(int i) {
        return lr[check(i)];
    }

    /** Component j of θ at point i: any point when all are kept, else only the latest. */
    double theta(int i, int j) {
        check(i);
        if (keep == Keep.NONE || (keep == Keep.LATEST && i != size - 1)) {
            throw new IllegalArgumentException(keep == Keep.NONE ? "θ is not kept"
                    : "only the latest θ is kept, asked for point " + i);
        }
        return theta[(keep == Keep.ALL ? i : 0) * dimension + j];
    }

    /** A copy of θ at point i (see {@link #theta(int, int)}). */
    double[] theta(int i) {
        double[] t = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            t[j] = theta(i, j);
        }
        return t;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("point " + i + " of " + size);
        }
        return i;
    }
}
