package org.optimizerplayground.engine.network;

/**
 * Forward pass and backpropagation of an {@link Architecture} over a flat parameter vector θ,
 * with every buffer allocated once: the hot loop allocates nothing. Not thread-safe (one per
 * run).
 *
 * <p>Forward, for one point with feature vector a⁰: for l = 0 … L,
 * z^l = W_l a^l + b_l, a^(l+1) = f(z^l) for the hidden layers, and the output is the scalar
 * z = z^L (a logit for {@code bce}, a value for {@code mse}).
 *
 * <p>Backward, for a batch B: δ^L = (1/|B|)·∂ℓ/∂z per point, then for l = L … 0:
 * ∂J/∂W_l += δ^l (a^l)ᵀ, ∂J/∂b_l += δ^l, and δ^(l−1) = (W_lᵀ δ^l) ⊙ f′(a^l); summed over the
 * points of the batch in batch order; finally ∂J/∂W += λW for the L2 term (weights only).
 */
public final class Mlp {
    private final Architecture architecture;
    private final Activation activation;
    private final LossKind loss;
    private final double l2;
    private final int layers;
    private final int[] width;
    private final int[] weightOffset;
    private final int[] biasOffset;
    /** a^l for l = 1 … L (index 0 unused: the input is read in place). */
    private final double[][] act;
    /** δ^l for l = 0 … L: one entry per output of layer l. */
    private final double[][] delta;
    private double accuracy = Double.NaN;

    public Mlp(Architecture architecture) {
        this.architecture = architecture;
        this.activation = architecture.activation();
        this.loss = architecture.loss();
        this.l2 = architecture.l2();
        this.layers = architecture.layerCount();
        this.width = new int[layers + 1];
        this.weightOffset = new int[layers];
        this.biasOffset = new int[layers];
        this.act = new double[layers][];
        this.delta = new double[layers][];
        for (int l = 0; l <= layers; l++) {
            width[l] = architecture.width(l);
        }
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = architecture.weightOffset(l);
            biasOffset[l] = architecture.biasOffset(l);
            act[l] = new double[width[l]];
            delta[l] = new double[width[l + 1]];
        }
    }

    /** The architecture computed. */
    public Architecture architecture() {
        return architecture;
    }

    /**
     * The output z for one point whose features are {@code input[offset …]}.
     * NaN or infinite parameters give NaN or infinite outputs, never an exception.
     */
    public double output(double[] theta, double[] input, int offset) {
        double[] src = input;
        int so = offset;
        for (int l = 0; l < layers; l++) {
            int in = width[l];
            int out = width[l + 1];
            int w = weightOffset[l];
            int b = biasOffset[l];
            if (l == layers - 1) {
                double s = 0;
                for (int i = 0; i < in; i++) {
                    s += theta[w + i] * src[so + i];
                }
                return s + theta[b];
            }
            double[] dst = act[l + 1];
            for (int j = 0; j < out; j++) {
                double s = 0;
                int row = w + j * in;
                for (int i = 0; i < in; i++) {
                    s += theta[row + i] * src[so + i];
                }
                dst[j] = activation.apply(s + theta[b + j]);
            }
            src = dst;
            so = 0;
        }
        throw new AssertionError("a network has at least one layer");
    }

    /**
     * The mean data loss of the batch {@code rows[from … to)} of {@code data}, and its gradient
     * plus the L2 term's, ∂J_B/∂θ, written into {@code grad} (overwritten).
     *
     * @return (1/|B|) Σ ℓ(z_i, t_i), without the L2 penalty; NaN when anything is NaN
     */
    public double lossAndGradient(double[] theta, Inputs data, int[] rows, int from, int to, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double[] values = data.values();
        double[] targets = data.targets();
        int columns = data.columns();
        double scale = 1.0 / (to - from);
        double sum = 0;
        for (int p = from; p < to; p++) {
            int r = rows[p];
            int offset = r * columns;
            double z = output(theta, values, offset);
            double t = targets[r];
            sum += loss.loss(z, t);
            backward(theta, values, offset, loss.derivative(z, t) * scale, grad);
        }
        addL2(theta, grad);
        return sum / (to - from);
    }

    private void backward(double[] theta, double[] input, int offset, double dz, double[] grad) {
        delta[layers - 1][0] = dz;
        for (int l = layers - 1; l >= 0; l--) {
            int in = width[l];
            int out = width[l + 1];
            int w = weightOffset[l];
            int b = biasOffset[l];
            double[] src = l == 0 ? input : act[l];
            int so = l == 0 ? offset : 0;
            double[] d = delta[l];
            for (int j = 0; j < out; j++) {
                double dj = d[j];
                grad[b + j] += dj;
                int row = w + j * in;
                for (int i = 0; i < in; i++) {
                    grad[row + i] += dj * src[so + i];
                }
            }
            if (l > 0) {
                double[] below = delta[l - 1];
                double[] a = act[l];
                for (int i = 0; i < in; i++) {
                    double s = 0;
                    for (int j = 0; j < out; j++) {
                        s += theta[w + j * in + i] * d[j];
                    }
                    below[i] = s * activation.derivative(a[i]);
                }
            }
        }
    }

    private void addL2(double[] theta, double[] grad) {
        if (l2 == 0) {
            return;
        }
        for (int l = 0; l < layers; l++) {
            for (int i = weightOffset[l]; i < biasOffset[l]; i++) {
                grad[i] += l2 * theta[i];
            }
        }
    }

    /** The L2 penalty (λ/2)·Σ w² over the weights (0 when λ = 0). */
    public double penalty(double[] theta) {
        if (l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (int l = 0; l < layers; l++) {
            for (int i = weightOffset[l]; i < biasOffset[l]; i++) {
                sum += theta[i] * theta[i];
            }
        }
        return 0.5 * l2 * sum;
    }

    /**
     * The mean data loss over every point of {@code data}; the share of points whose class is
     * predicted right is then {@link #accuracy()}. Both are NaN for an empty set.
     */
    public double evaluate(double[] theta, Inputs data) {
        int n = data.rows();
        if (n == 0) {
            accuracy = Double.NaN;
            return Double.NaN;
        }
        double[] values = data.values();
        double[] targets = data.targets();
        int columns = data.columns();
        double sum = 0;
        int correct = 0;
        for (int r = 0; r < n; r++) {
            double z = output(theta, values, r * columns);
            double t = targets[r];
            sum += loss.loss(z, t);
            if (loss.predict(z) == (int) t) {
                correct++;
            }
        }
        accuracy = (double) correct / n;
        return sum / n;
    }

    /** The accuracy found by the latest {@link #evaluate}. */
    public double accuracy() {
        return accuracy;
    }
}
