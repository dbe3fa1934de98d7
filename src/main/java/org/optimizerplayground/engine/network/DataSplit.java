package org.optimizerplayground.engine.network;

import java.util.Objects;

/** A data set cut into the points the network trains on and the held-out points it is tested on. */
public record DataSplit(Points train, Points test) {
    public DataSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }
}
