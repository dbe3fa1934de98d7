package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Lion (Chen et al. 2023): only the sign of an interpolated momentum moves θ, so every
 * component steps by exactly α (plus decoupled weight decay).
 * <pre>
 *   1. c = β₁m + (1 − β₁)·∂θ
 *   2. θ ← θ − α(sign(c) + λθ)
 *   3. m ← β₂m + (1 − β₂)·∂θ
 * </pre>
 */
public record Lion(double lr, double beta1, double beta2, double weightDecay) implements Optimizer<Lion.State> {
    public static final OptimizerKind KIND = new OptimizerKind("lion", "Lion",
            List.of(ParamSpec.number("lr", 0.001), ParamSpec.number("beta1", 0.9), ParamSpec.number("beta2", 0.99),
                    ParamSpec.number("weight_decay", 0)),
            p -> new Lion(p.number("lr"), p.number("beta1"), p.number("beta2"), p.number("weight_decay")));

    public Lion {
        Hyper.lr(lr);
        Hyper.decayRate("beta1", beta1);
        Hyper.decayRate("beta2", beta2);
        Hyper.weightDecay(weightDecay);
    }

    /** The momentum m and the update count. */
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
        return Kv.of("lr", lr, "beta1", beta1, "beta2", beta2, "weight_decay", weightDecay);
    }

    @Override
    public String rule() {
        return "c = \\beta_1 m + (1-\\beta_1)\\,\\partial\\theta \\\\ "
                + "\\theta \\leftarrow \\theta - \\alpha\\left(\\operatorname{sign}(c) + \\lambda\\theta\\right) \\\\ "
                + "m \\leftarrow \\beta_2 m + (1-\\beta_2)\\,\\partial\\theta";
    }

    @Override
    public State init(int dimension) {
        return new State(dimension);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] m = state.m;
        int n = theta.length;
        double[] c = terms == null ? null : new double[n];
        double[] step = terms == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            double ci = beta1 * m[i] + (1 - beta1) * g[i];
            double d = alpha * (Math.signum(ci) + weightDecay * theta[i]);
            theta[i] -= d;
            m[i] = beta2 * m[i] + (1 - beta2) * g[i];
            if (terms != null) {
                c[i] = ci;
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("c", "c", c).vector("step", "\\Delta\\theta", step).vector("m", "m", m);
        }
    }
}
