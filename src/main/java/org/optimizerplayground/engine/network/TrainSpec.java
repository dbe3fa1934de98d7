package org.optimizerplayground.engine.network;

import java.util.List;
import java.util.Objects;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.util.Check;

/**
 * A network race: the data set, the network, the batch size, the number of updates, the seed of
 * data, initial weights and batch order (see {@link NetworkSeeds}), and the runs (1 … 8
 * optimizers with their learning-rate decays, the same {@link RunSpec}s as the surfaces').
 *
 * <p>{@code batch} ∈ [1, 2000]; a batch larger than the training set is the whole training set,
 * as PyTorch's {@code DataLoader} gives. {@code steps} ∈ [1, 100 000].
 */
public record TrainSpec(DataSpec data, Architecture architecture, int batch, int steps, long seed,
                        List<RunSpec> runs) {
    /** Most updates per run. */
    public static final int MAX_STEPS = 100_000;
    /** Most runs in a race. */
    public static final int MAX_RUNS = 8;

    public TrainSpec {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(architecture, "architecture");
        runs = List.copyOf(runs);
        Check.closed("batch", batch, 1, DataSpec.MAX_POINTS);
        Check.closed("steps", steps, 1, MAX_STEPS);
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("run must be given 1 to " + MAX_RUNS + " times, got " + runs.size());
        }
    }

    /** The points per batch actually used: min(batch, training points). */
    public int effectiveBatch() {
        return Math.min(batch, data.trainCount());
    }
}
