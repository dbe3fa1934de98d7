package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Momentum in the lecture's "alternative formulation", where m is the exponentially weighted
 * average of the gradients and α scales the step separately from β:
 * <pre>
 *   1. m ← βm + (1 − β)·∂θ
 *   2. θ ← θ − α·m
 * </pre>
 */
public record MomentumEma(double lr, double beta) implements Optimizer<MomentumEma.State> {
    public static final OptimizerKind KIND = new OptimizerKind("momentum-ema", "Momentum (EWMA form)",
            List.of(ParamSpec.number("lr", 0.05), ParamSpec.number("beta", 0.9)),
            p -> new MomentumEma(p.number("lr"), p.number("beta")));

    public MomentumEma {
        Hyper.lr(lr);
        Hyper.decayRate("beta", beta);
    }

    /** The average m and the update count. */
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
        return "m \\leftarrow \\beta m + (1-\\beta)\\,\\partial\\theta \\\\ \\theta \\leftarrow \\theta - \\alpha m";
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
            m[i] = beta * m[i] + (1 - beta) * g[i];
            double d = alpha * m[i];
            theta[i] -= d;
            if (step != null) {
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("m", "m", m).vector("step", "\\alpha m", step);
        }
    }
}
