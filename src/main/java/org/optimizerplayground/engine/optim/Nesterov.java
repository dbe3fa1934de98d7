package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Nesterov momentum in the form Keras and PyTorch use ({@code nesterov=True}): the step looks
 * ahead along the new velocity.
 * <pre>
 *   1. m ← βm + α·∂θ
 *   2. θ ← θ − (βm + α·∂θ)
 * </pre>
 */
public record Nesterov(double lr, double beta) implements Optimizer<Nesterov.State> {
    public static final OptimizerKind KIND = new OptimizerKind("nesterov", "Nesterov momentum",
            List.of(ParamSpec.number("lr", 0.05), ParamSpec.number("beta", 0.9)),
            p -> new Nesterov(p.number("lr"), p.number("beta")));

    public Nesterov {
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
        return "m \\leftarrow \\beta m + \\alpha\\,\\partial\\theta \\\\ "
                + "\\theta \\leftarrow \\theta - (\\beta m + \\alpha\\,\\partial\\theta)";
    }

    @Override
    public State init(int dimension) {
        return new State(dimension);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] m = state.m;
        double[] step = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double ag = alpha * g[i];
            m[i] = beta * m[i] + ag;
            double d = beta * m[i] + ag;
            theta[i] -= d;
            if (step != null) {
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("m", "m", m).vector("step", "\\beta m + \\alpha\\,\\partial\\theta", step);
        }
    }
}
