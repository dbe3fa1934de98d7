package org.optimizerplayground.engine.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activation of the hidden layers, a = f(z), with its derivative written in terms of the
 * output a (so backpropagation needs no copy of z):
 * <pre>
 *   tanh     a = tanh z                 f′ = 1 − a²
 *   relu     a = max(0, z)              f′ = 1 if a &gt; 0, else 0   (0 at z = 0, as PyTorch)
 *   sigmoid  a = 1 / (1 + e^(−z))       f′ = a(1 − a)
 *   linear   a = z                      f′ = 1
 * </pre>
 * NaN in gives NaN out (relu included: {@code max} keeps NaN). The output layer is always linear.
 */
public enum Activation {
    TANH("tanh") {
        @Override
        public double apply(double z) {
            return StrictMath.tanh(z);
        }

        @Override
        public double derivative(double a) {
            return 1 - a * a;
        }
    },
    RELU("relu") {
        @Override
        public double apply(double z) {
            return Math.max(0.0, z);
        }

        @Override
        public double derivative(double a) {
            return a > 0 ? 1 : 0;
        }
    },
    SIGMOID("sigmoid") {
        @Override
        public double apply(double z) {
            return LossKind.sigmoid(z);
        }

        @Override
        public double derivative(double a) {
            return a * (1 - a);
        }
    },
    LINEAR("linear") {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double a) {
            return 1;
        }
    };

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The link value ({@code tanh}). */
    public String id() {
        return id;
    }

    /** f(z). */
    public abstract double apply(double z);

    /** f′ at the point whose output is {@code a}. */
    public abstract double derivative(double a);

    /** The activation with this id, if there is one. */
    public static Optional<Activation> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
