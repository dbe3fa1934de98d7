package org.optimizerplayground.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mini-batches of PyTorch's {@code DataLoader(shuffle=True, drop_last=False)}: each epoch a
 * new permutation of the m training points, cut into consecutive batches of {@code batch}
 * points, the last one smaller when {@code batch} does not divide m; an epoch has ⌈m/batch⌉
 * batches, and {@code batch = m} is full-batch gradient descent.
 *
 * <p>Epoch e's permutation is a Fisher–Yates shuffle of the identity (0, 1, …, m − 1): for
 * i = m − 1 down to 1, j = {@code random.nextInt(i + 1)}, swap entries i and j; the epochs draw
 * one after the other from the order stream of {@link NetworkSeeds}. Every run of a race makes
 * its own {@code BatchOrder} from the same seed, so all see the same batches.
 */
public final class BatchOrder {
    private final SplittableRandom random;
    private final int[] permutation;
    private final int batch;
    private int from;
    private int to;
    private long epoch = -1;

    /**
     * @param points m, the number of training points (≥ 1)
     * @param batch points per batch, ≥ 1 (more than m gives one batch of all m points per
     *     epoch, as the {@code DataLoader} does)
     */
    public BatchOrder(int points, int batch, long seed) {
        if (points < 1) {
            throw new IllegalArgumentException("a batch order needs at least one point, got " + points);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + batch);
        }
        this.random = new SplittableRandom(seed);
        this.permutation = new int[points];
        this.batch = batch;
        this.from = points;
        this.to = points;
    }

    /** Moves to the next batch, starting a new epoch (and drawing its permutation) when one ends. */
    public void advance() {
        if (to == permutation.length) {
            for (int i = 0; i < permutation.length; i++) {
                permutation[i] = i;
            }
            for (int i = permutation.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = permutation[i];
                permutation[i] = permutation[j];
                permutation[j] = t;
            }
            epoch++;
            from = 0;
        } else {
            from = to;
        }
        to = Math.min(from + batch, permutation.length);
    }

    /** The current epoch's permutation (read-only; the current batch is {@code [from, to)} of it). */
    int[] permutation() {
        return permutation;
    }

    /** Start of the current batch in the permutation. */
    public int from() {
        return from;
    }

    /** End (exclusive) of the current batch in the permutation. */
    public int to() {
        return to;
    }

    /** The current epoch, 0 for the first; −1 before the first {@link #advance}. */
    public long epoch() {
        return epoch;
    }

    /** Training point {@code i} of the current epoch's order. */
    public int row(int i) {
        return permutation[i];
    }

    /** The number of batches per epoch, ⌈points/batch⌉. */
    public static int batchesPerEpoch(int points, int batch) {
        return (points + batch - 1) / batch;
    }

    /**
     * The permutations of every epoch that {@code updates} updates touch, in order (what a
     * replay in PyTorch needs).
     */
    public static List<int[]> epochs(int points, int batch, long seed, int updates) {
        BatchOrder order = new BatchOrder(points, batch, seed);
        List<int[]> result = new ArrayList<>();
        for (int k = 0; k < updates; k++) {
            order.advance();
            if (order.from() == 0) {
                result.add(order.permutation().clone());
            }
        }
        return result;
    }
}
