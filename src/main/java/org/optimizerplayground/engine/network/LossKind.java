package org.optimizerplayground.engine.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * The data loss of one point, ℓ(z, t), for the network output z and the label t ∈ {0, 1}, and
 * its derivative ∂ℓ/∂z. A batch's loss is the mean over its points (PyTorch's
 * {@code reduction='mean'}).
 * <pre>
 *   bce  ℓ = max(z, 0) − z·t + ln(1 + e^(−|z|))   ∂ℓ/∂z = σ(z) − t
 *        (binary cross-entropy of the logit z, −t ln σ(z) − (1 − t) ln(1 − σ(z)), in the
 *        overflow-free form of PyTorch's BCEWithLogitsLoss); predicted class 1 when z ≥ 0
 *   mse  ℓ = (z − t)²                            ∂ℓ/∂z = 2(z − t)
 *        (PyTorch's MSELoss, no ½); predicted class 1 when z ≥ 0.5
 * </pre>
 */
public enum LossKind {
    BCE("bce") {
        @Override
        public double loss(double z, double t) {
            return Math.max(z, 0) - z * t + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
        }

        @Override
        public double derivative(double z, double t) {
            return sigmoid(z) - t;
        }

        @Override
        public int predict(double z) {
            return z >= 0 ? 1 : 0;
        }
    },
    MSE("mse") {
        @Override
        public double loss(double z, double t) {
            double d = z - t;
            return d * d;
        }

        @Override
        public double derivative(double z, double t) {
            return 2 * (z - t);
        }

        @Override
        public int predict(double z) {
            return z >= 0.5 ? 1 : 0;
        }
    };

    private final String id;

    LossKind(String id) {
        this.id = id;
    }

    /** The link value ({@code bce}). */
    public String id() {
        return id;
    }

    /** ℓ(z, t); NaN when z is NaN. */
    public abstract double loss(double z, double t);

    /** ∂ℓ/∂z; NaN when z is NaN. */
    public abstract double derivative(double z, double t);

    /** The class the output z predicts (0 for NaN). */
    public abstract int predict(double z);

    /** The loss with this id, if there is one. */
    public static Optional<LossKind> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** σ(z) = 1 / (1 + e^(−z)), computed as e^z / (1 + e^z) for z &lt; 0 so that nothing overflows. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }
}
