package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adamax, Adam with the infinity norm, in PyTorch's form:
 * <pre>
 *   1. m ← β₁m + (1 − β₁)·∂θ
 *   2. u ← max(β₂u, |∂θ| + ε)
 *   3. θ ← θ − α/(1 − β₁ᵏ)·m ⊘ u
 * </pre>
 * ε sits inside the max (there is no {@code eps_mode}).
 */
public record Adamax(double lr, double beta1, double beta2, double eps) implements Optimizer<Adamax.State> {
    public static final OptimizerKind KIND = new OptimizerKind("adamax", "Adamax",
            List.of(ParamSpec.number("lr", 0.01), ParamSpec.number("beta1", 0.9), ParamSpec.number("beta2", 0.999),
                    ParamSpec.number("eps", 1e-7)),
            p -> new Adamax(p.number("lr"), p.number("beta1"), p.number("beta2"), p.number("eps")));

    public Adamax {
        Hyper.lr(lr);
        Hyper.decayRate("beta1", beta1);
        Hyper.decayRate("beta2", beta2);
        Hyper.eps(eps);
    }

    /** The first moment m, the infinity norm u, the update count k and β₁ᵏ (a running product). */
    public static final class State {
        long k;
        double beta1Power = 1;
        final double[] m;
        final double[] u;

        State(int n) {
            m = new double[n];
            u = new double[n];
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "beta1", beta1, "beta2", beta2, "eps", eps);
    }

    @Override
    public String rule() {
        return "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\,\\partial\\theta \\\\ "
                + "u \\leftarrow \\max(\\beta_2 u, |\\partial\\theta| + \\varepsilon) \\\\ "
                + "\\theta \\leftarrow \\theta - \\frac{\\alpha}{1-(\\beta_1)^k}\\, m \\oslash u";
    }

    @Override
    public State init(int dimension) {
        return new State(dimension);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        state.beta1Power *= beta1;
        double bc1 = 1 - state.beta1Power;
        double rate = alpha / bc1;
        double[] m = state.m;
        double[] u = state.u;
        double[] step = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            u[i] = Math.max(beta2 * u[i], Math.abs(g[i]) + eps);
            double d = rate * (m[i] / u[i]);
            theta[i] -= d;
            if (step != null) {
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("m", "m", m).vector("u", "u", u).scalar("bias1", "1-(\\beta_1)^k", bc1)
                    .vector("step", "\\Delta\\theta", step);
        }
    }
}
