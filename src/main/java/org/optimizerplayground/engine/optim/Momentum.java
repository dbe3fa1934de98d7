package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Momentum (Polyak), as the lecture writes it first:
 * <pre>
 *   1. m ← βm + α·∂θ
 *   2. θ ← θ − m
 * </pre>
 * What Keras {@code SGD(momentum=β)} does; equal to PyTorch {@code SGD(momentum=β)} while α is
 * constant (PyTorch applies α after the buffer, so the two differ under a schedule).
 */
public record Momentum(double lr, double beta) implements Optimizer<Momentum.State> {
    public static final OptimizerKind KIND = new OptimizerKind("momentum", "Momentum",
            List.of(ParamSpec.number("lr", 0.05), ParamSpec.number("beta", 0.9)),
            p -> new Momentum(p.number("lr"), p.number("beta")));

    public Momentum {
        Hyper.lr(lr);
        Hyper.decayRate("beta", beta);
    }

    /** The velocity m and the update count. */
    public static final class State {
        long k;
        final double[] m;

        State(int n) {
            m = new double[n];
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "beta", beta);
    }

    @Override
    public String rule() {
        return "m \\leftarrow \\beta m + \\alpha\\,\\partial\\theta \\\\ \\theta \\leftarrow \\theta - m";
    }

    @Override
    public State init(int dimension) {
        return new State(dimension);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] m = state.m;
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta * m[i] + alpha * g[i];
            theta[i] -= m[i];
        }
        if (terms != null) {
            terms.vector("m", "m", m).vector("step", "m", m);
        }
    }
}
