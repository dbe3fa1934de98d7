package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adadelta, in PyTorch's form: the step's own running size replaces a global rate.
 * <pre>
 *   1. s ← ρs + (1 − ρ)·∂θ ⊙ ∂θ
 *   2. Δ = √(u + ε) ⊘ √(s + ε) ⊙ ∂θ
 *   3. u ← ρu + (1 − ρ)·Δ ⊙ Δ
 *   4. θ ← θ − α·Δ
 * </pre>
 * ε sits inside both roots (there is no {@code eps_mode}).
 */
public record Adadelta(double lr, double rho, double eps) implements Optimizer<Adadelta.State> {
    public static final OptimizerKind KIND = new OptimizerKind("adadelta", "Adadelta",
            List.of(ParamSpec.number("lr", 1.0), ParamSpec.number("rho", 0.9), ParamSpec.number("eps", 1e-6)),
            p -> new Adadelta(p.number("lr"), p.number("rho"), p.number("eps")));

    public Adadelta {
        Hyper.lr(lr);
        Hyper.decayRate("rho", rho);
        Hyper.eps(eps);
    }

    /** The averages of squared gradients s and of squared steps u, and the update count. */
    public static final class State {
        long k;
        final double[] s;
        final double[] u;

        State(int n) {
            s = new double[n];
            u = new double[n];
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "rho", rho, "eps", eps);
    }

    @Override
    public String rule() {
        return "s \\leftarrow \\rho s + (1-\\rho)\\,\\partial\\theta \\odot \\partial\\theta \\\\ "
                + "\\Delta = \\sqrt{u + \\varepsilon} \\oslash \\sqrt{s + \\varepsilon} \\odot \\partial\\theta \\\\ "
                + "u \\leftarrow \\rho u + (1-\\rho)\\,\\Delta \\odot \\Delta \\\\ "
                + "\\theta \\leftarrow \\theta - \\alpha\\Delta";
    }

    @Override
    public State init(int dimension) {
        return new State(dimension);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] s = state.s;
        double[] u = state.u;
        double[] delta = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
            double d = StrictMath.sqrt(u[i] + eps) / StrictMath.sqrt(s[i] + eps) * g[i];
            u[i] = rho * u[i] + (1 - rho) * d * d;
            theta[i] -= alpha * d;
            if (delta != null) {
                delta[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("s", "s", s).vector("delta", "\\Delta", delta).vector("u", "u", u);
        }
    }
}
