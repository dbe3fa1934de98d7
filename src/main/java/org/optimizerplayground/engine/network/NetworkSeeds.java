package org.optimizerplayground.engine.network;

import java.util.SplittableRandom;

/**
 * The three random streams of a network setting, all derived from its one {@code seed}: with
 * {@code root = new SplittableRandom(seed)}, the data set is drawn from
 * {@code new SplittableRandom(root.nextLong())}, the initial weights from a stream seeded by
 * the second {@code root.nextLong()}, the batch order from one seeded by the third. Separate
 * streams keep things apart: the same seed gives the same initial weights whatever the data
 * set, and the same batch order whatever the architecture.
 *
 * @param data the seed of the data-set stream
 * @param init the seed of the initialisation stream
 * @param order the seed of the batch-order stream
 */
public record NetworkSeeds(long data, long init, long order) {
    /** The three seeds derived from {@code seed}. */
    public static NetworkSeeds of(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        long d = root.nextLong();
        long i = root.nextLong();
        long o = root.nextLong();
        return new NetworkSeeds(d, i, o);
    }

    /** A new stream for the data set, at its beginning. */
    public SplittableRandom dataRandom() {
        return new SplittableRandom(data);
    }

    /** A new stream for the initial weights, at its beginning. */
    public SplittableRandom initRandom() {
        return new SplittableRandom(init);
    }

    /** A new stream for the batch order, at its beginning. */
    public SplittableRandom orderRandom() {
        return new SplittableRandom(order);
    }
}
