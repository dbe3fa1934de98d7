package org.optimizerplayground.engine.network;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.optimizerplayground.engine.util.Check;

/**
 * The network: the input features (1 … 7, distinct, in input order), the widths of the hidden
 * layers (0 … 6 layers of 1 … 8 units), their activation, the loss of the single output, and
 * the L2 coefficient λ ∈ [0, 10].
 *
 * <p>The cost minimised is, over a batch B of points with labels t,
 * <pre>
 *   J_B(W) = (1/|B|) Σ_{i∈B} ℓ(z_i, t_i)  +  (λ/2)·Σ w²
 * </pre>
 * where z_i is the network's output, ℓ the {@link LossKind}, and the penalty sums the squares of
 * the weights only, not the biases (as TensorFlow Playground; its gradient λw is PyTorch's
 * {@code weight_decay=λ} on the weights, under plain SGD).
 *
 * <p>Layer l (l = 0 … L, L = number of hidden layers; l = L is the output) maps
 * {@code width(l)} inputs to {@code width(l + 1)} outputs: z = W_l a + b_l. The flat parameter
 * vector is PyTorch's {@code nn.Sequential} order: W_0 (out × in, row-major), b_0, W_1, b_1, …
 */
public record Architecture(List<Feature> features, List<Integer> hidden, Activation activation,
                           LossKind loss, double l2) {
    /** Most hidden layers. */
    public static final int MAX_LAYERS = 6;
    /** Most units in a hidden layer. */
    public static final int MAX_UNITS = 8;
    /** Largest L2 coefficient. */
    public static final double MAX_L2 = 10;

    public Architecture {
        features = List.copyOf(features);
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(loss, "loss");
        if (features.isEmpty()) {
            throw new IllegalArgumentException("features must name at least one of x, y, x2, y2, xy, sinx, siny");
        }
        if (EnumSet.copyOf(features).size() != features.size()) {
            throw new IllegalArgumentException("features must not repeat a feature, got " + ids(features));
        }
        Check.closed("layers", hidden.size(), 0, MAX_LAYERS);
        for (int units : hidden) {
            Check.closed("units", units, 1, MAX_UNITS);
        }
        Check.closed("l2", l2, 0, MAX_L2);
    }

    /** The number of Linear layers, L + 1. */
    public int layerCount() {
        return hidden.size() + 1;
    }

    /** The width of the layer-l input: the number of features for l = 0, then the hidden widths, then 1. */
    public int width(int l) {
        if (l == 0) {
            return features.size();
        }
        return l <= hidden.size() ? hidden.get(l - 1) : 1;
    }

    /** Where W_l starts in the flat parameter vector. */
    public int weightOffset(int l) {
        int offset = 0;
        for (int i = 0; i < l; i++) {
            offset += width(i + 1) * (width(i) + 1);
        }
        return offset;
    }

    /** Where b_l starts in the flat parameter vector. */
    public int biasOffset(int l) {
        return weightOffset(l) + width(l + 1) * width(l);
    }

    /** The length of the flat parameter vector. */
    public int parameterCount() {
        return weightOffset(layerCount());
    }

    /** The ids of the features, comma-separated ({@code x,y}). */
    public String featureIds() {
        return ids(features);
    }

    private static String ids(List<Feature> features) {
        StringBuilder sb = new StringBuilder();
        for (Feature f : features) {
            sb.append(sb.length() == 0 ? "" : ",").append(f.id());
        }
        return sb.toString();
    }
}
