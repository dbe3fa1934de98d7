package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * RMSprop, as the lecture writes it (with ρ for the lecture's β, as Keras names it):
 * <pre>
 *   1. s ← ρs + (1 − ρ)·∂θ ⊙ ∂θ
 *   2. θ ← θ − α·∂θ ⊘ D(s)        D(s) = √(s + ε)  (eps_mode=outside: √s + ε, PyTorch)
 * </pre>
 * No bias correction, as in Keras and PyTorch ({@code RMSprop(alpha=ρ)}).
 */
public record RmsProp(double lr, double rho, double eps, EpsMode epsMode) implements Optimizer<RmsProp.State> {
    public static final OptimizerKind KIND = new OptimizerKind("rmsprop", "RMSprop",
            List.of(ParamSpec.number("lr", 0.01), ParamSpec.number("rho", 0.9), ParamSpec.number("eps", 1e-7),
                    ParamSpec.epsMode(EpsMode.INSIDE, EpsMode.OUTSIDE)),
            p -> new RmsProp(p.number("lr"), p.number("rho"), p.number("eps"), p.epsMode()));

    public RmsProp {
        Hyper.lr(lr);
        Hyper.decayRate("rho", rho);
        Hyper.eps(eps);
        Hyper.epsMode(epsMode, false);
    }

    /** The average of squared gradients s and the update count. */
    public static final class State {
        long k;
        final double[] s;

        State(int n) {
            s = new double[n];
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "rho", rho, "eps", eps, "eps_mode", epsMode);
    }

    @Override
    public String rule() {
        return "s \\leftarrow \\rho s + (1-\\rho)\\,\\partial\\theta \\odot \\partial\\theta \\\\ "
                + "\\theta \\leftarrow \\theta - \\alpha\\,\\partial\\theta \\oslash " + Latex.denominator(epsMode, "s");
    }

    @Override
    public State init(int dimension) {
        return new State(dimension);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] s = state.s;
        double[] step = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
            double d = alpha * g[i] / epsMode.denominator(s[i], eps);
            theta[i] -= d;
            if (step != null) {
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("s", "s", s).vector("step", "\\alpha\\,\\partial\\theta \\oslash D(s)", step);
        }
    }
}
