package org.optimizerplayground.engine.network;

import java.util.SplittableRandom;

/**
 * Glorot (Xavier) uniform initialisation, PyTorch's {@code nn.init.xavier_uniform_} and Keras's
 * default: every weight of layer l is drawn from u(−a, a) = −a + 2a·U with
 * a = √(6 / (fan_in + fan_out)) = √(6 / (width(l) + width(l + 1))); every bias is 0. The
 * weights are drawn in flat-vector order (W_0 row-major, W_1, …), one U per weight.
 */
public final class GlorotInit {
    private GlorotInit() {
    }

    /** The initial flat parameter vector of {@code architecture} from {@code random}. */
    public static double[] parameters(Architecture architecture, SplittableRandom random) {
        double[] theta = new double[architecture.parameterCount()];
        for (int l = 0; l < architecture.layerCount(); l++) {
            int in = architecture.width(l);
            int out = architecture.width(l + 1);
            double a = StrictMath.sqrt(6.0 / (in + out));
            int w = architecture.weightOffset(l);
            for (int i = 0; i < in * out; i++) {
                theta[w + i] = -a + 2 * a * random.nextDouble();
            }
        }
        return theta;
    }
}
