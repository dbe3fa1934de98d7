package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Gradient descent, as the lecture writes it:
 * <pre>
 *   θ ← θ − α·∂θ
 * </pre>
 * PyTorch {@code SGD(lr)}, Keras {@code SGD(learning_rate)}.
 */
public record Sgd(double lr) implements Optimizer<Sgd.State> {
    public static final OptimizerKind KIND = new OptimizerKind("sgd", "Gradient descent",
            List.of(ParamSpec.number("lr", 0.05)),
            p -> new Sgd(p.number("lr")));

    public Sgd {
        Hyper.lr(lr);
    }

    /** Gradient descent keeps no state beyond the update count. */
    public static final class State {
        long k;
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr);
    }

    @Override
    public String rule() {
        return "\\theta \\leftarrow \\theta - \\alpha\\,\\partial\\theta";
    }

    @Override
    public State init(int dimension) {
        return new State();
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] step = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double d = alpha * g[i];
            theta[i] -= d;
            if (step != null) {
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("step", "\\alpha\\,\\partial\\theta", step);
        }
    }
}
