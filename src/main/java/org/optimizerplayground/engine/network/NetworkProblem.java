package org.optimizerplayground.engine.network;

/**
 * What every run of a race shares, computed once from a {@link TrainSpec}: the data split, the
 * network's inputs for the training and test points, the initial parameters θ₀ and the seed of
 * the batch order. Read-only after construction; safe to share between threads.
 */
public final class NetworkProblem {
    private final TrainSpec spec;
    private final DataSplit split;
    private final Inputs train;
    private final Inputs test;
    private final double[] initial;
    private final long orderSeed;

    private NetworkProblem(TrainSpec spec) {
        this.spec = spec;
        NetworkSeeds seeds = NetworkSeeds.of(spec.seed());
        this.split = spec.data().generate(seeds.dataRandom());
        Architecture a = spec.architecture();
        this.train = Inputs.of(split.train(), a.features());
        this.test = Inputs.of(split.test(), a.features());
        this.initial = GlorotInit.parameters(a, seeds.initRandom());
        this.orderSeed = seeds.order();
    }

    /** Draws the data and the initial weights of {@code spec}. */
    public static NetworkProblem of(TrainSpec spec) {
        return new NetworkProblem(spec);
    }

    public TrainSpec spec() {
        return spec;
    }

    /** The points in the plane, before features. */
    public DataSplit split() {
        return split;
    }

    /** The network's inputs for the training points. */
    public Inputs train() {
        return train;
    }

    /** The network's inputs for the test points. */
    public Inputs test() {
        return test;
    }

    /** A copy of θ₀, in {@code nn.Sequential} order. */
    public double[] initialParameters() {
        return initial.clone();
    }

    /** A new batch order at its start: the same for every run. */
    public BatchOrder newBatchOrder() {
        return new BatchOrder(train.rows(), spec.batch(), orderSeed);
    }

    /** Each epoch's permutation of the training points over {@code updates} updates. */
    public java.util.List<int[]> epochs(int updates) {
        return BatchOrder.epochs(train.rows(), spec.batch(), orderSeed, updates);
    }
}
