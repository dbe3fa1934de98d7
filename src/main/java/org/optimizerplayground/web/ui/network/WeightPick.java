package org.optimizerplayground.web.ui.network;

import java.util.Optional;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * The one weight whose numbers the update-rule panel shows, the page's link key {@code weight}:
 * {@code auto} (the default: the parameter with the largest |gradient| at the update shown), or
 * {@code L,u,i}: Linear layer L (1 = the one fed by the input features, the last one gives the
 * output), unit u of its output (1 …), input i (1 … its inputs: the features for layer 1, the
 * previous layer's units after) or {@code b} for the unit's bias. In the flat parameter vector
 * ({@code nn.Sequential} order) that is W_(L−1)[u−1, i−1] or b_(L−1)[u−1].
 *
 * @param layer 1 … the number of Linear layers, or 0 for {@code auto}
 * @param unit 1 … the layer's outputs (0 for {@code auto})
 * @param input 1 … the layer's inputs, or 0 for the bias (and for {@code auto})
 */
record WeightPick(int layer, int unit, int input) {
    static final WeightPick AUTO = new WeightPick(0, 0, 0);
    static final String BIAS = "b";

    boolean auto() {
        return layer == 0;
    }

    /** The link's value: {@code auto} or {@code L,u,i} / {@code L,u,b}. */
    String format() {
        return auto() ? "auto" : layer + "," + unit + "," + (input == 0 ? BIAS : Integer.toString(input));
    }

    /**
     * Reads the link's value, checking it against {@code architecture}.
     *
     * @throws IllegalArgumentException naming {@code weight}, the value and the allowed range
     */
    static WeightPick parse(String text, Architecture architecture) {
        if (text.equals("auto")) {
            return AUTO;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("weight must be auto or layer,unit,input (such as 1,2,1 or 1,2,b), got '"
                    + Text.quote(text) + "'");
        }
        int layers = architecture.layerCount();
        int layer = (int) Numbers.parseWhole("weight's layer", parts[0], 1, layers);
        int unit = (int) Numbers.parseWhole("weight's unit", parts[1], 1, architecture.width(layer));
        int input = parts[2].equals(BIAS) ? 0
                : (int) Numbers.parseWhole("weight's input", parts[2], 1, architecture.width(layer - 1));
        return new WeightPick(layer, unit, input);
    }

    /** Whether this weight exists in {@code architecture} ({@code auto} always does). */
    boolean fits(Architecture architecture) {
        return auto() || layer <= architecture.layerCount() && unit <= architecture.width(layer)
                && input <= architecture.width(layer - 1);
    }

    /** The index of this weight in the flat parameter vector; empty for {@code auto}. */
    Optional<Integer> index(Architecture architecture) {
        if (auto()) {
            return Optional.empty();
        }
        int l = layer - 1;
        return Optional.of(input == 0 ? architecture.biasOffset(l) + unit - 1
                : architecture.weightOffset(l) + (unit - 1) * architecture.width(l) + input - 1);
    }

    /** The weight at flat index {@code index} of {@code architecture}'s parameters. */
    static WeightPick at(Architecture architecture, int index) {
        for (int l = 0; l < architecture.layerCount(); l++) {
            int in = architecture.width(l);
            int out = architecture.width(l + 1);
            int w = architecture.weightOffset(l);
            if (index < w + out * in) {
                return new WeightPick(l + 1, (index - w) / in + 1, (index - w) % in + 1);
            }
            if (index < w + out * in + out) {
                return new WeightPick(l + 1, index - w - out * in + 1, 0);
            }
        }
        throw new IllegalArgumentException("index must be 0 … " + (architecture.parameterCount() - 1) + ", got " + index);
    }

    /** The index of the largest |g_i| (the first of equals; NaN counts as largest). */
    static int largest(double[] g) {
        int best = 0;
        for (int i = 1; i < g.length; i++) {
            if (Double.isNaN(g[i]) && !Double.isNaN(g[best]) || Math.abs(g[i]) > Math.abs(g[best])) {
                best = i;
            }
        }
        return best;
    }

    /**
     * In words, in the page's language: "weight of layer 1, unit 2 from input y" / "… from unit 3
     * of layer 1" / "bias of layer 1, unit 2"; layer = the number of Linear layers is called the
     * output layer.
     */
    String describe(Architecture architecture, Translator t) {
        if (auto()) {
            return t.text("net.weight.largest");
        }
        String where = t.text(layer == architecture.layerCount() ? "net.weight.where.output" : "net.weight.where",
                Integer.toString(layer), Integer.toString(unit));
        if (input == 0) {
            return t.text("net.weight.bias", where);
        }
        return layer == 1 ? t.text("net.weight.from-input", where, architecture.features().get(input - 1).id())
                : t.text("net.weight.from-unit", where, Integer.toString(input), Integer.toString(layer - 1));
    }

    /** The symbol: W^{(L)}_{u,i} or b^{(L)}_u. */
    String latex() {
        return input == 0 ? "b^{(" + layer + ")}_{" + unit + "}" : "W^{(" + layer + ")}_{" + unit + "," + input + "}";
    }
}
