package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adagrad: the sum of all squared gradients scales each component's rate down for good.
 * <pre>
 *   1. s ← s + ∂θ ⊙ ∂θ
 *   2. θ ← θ − α·∂θ ⊘ D(s)        D(s) = √(s + ε)  (eps_mode=outside: √s + ε, PyTorch)
 * </pre>
 * s starts at {@code initial_accumulator} (PyTorch's {@code initial_accumulator_value}).
 */
public record Adagrad(double lr, double eps, EpsMode epsMode, double initialAccumulator)
        implements Optimizer<Adagrad.State> {
    public static final OptimizerKind KIND = new OptimizerKind("adagrad", "Adagrad",
            List.of(ParamSpec.number("lr", 0.1), ParamSpec.number("eps", 1e-7),
                    ParamSpec.epsMode(EpsMode.INSIDE, EpsMode.OUTSIDE), ParamSpec.number("initial_accumulator", 0)),
            p -> new Adagrad(p.number("lr"), p.number("eps"), p.epsMode(), p.number("initial_accumulator")));

    public Adagrad {
        Hyper.lr(lr);
        Hyper.eps(eps);
        Hyper.epsMode(epsMode, false);
        Hyper.initialAccumulator(initialAccumulator);
    }

    /** The accumulated squared gradients s and the update count. */
    public static final class State {
        long k;
        final double[] s;

        State(int n, double initial) {
            s = new double[n];
            java.util.Arrays.fill(s, initial);
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "eps", eps, "eps_mode", epsMode, "initial_accumulator", initialAccumulator);
    }

    @Override
    public String rule() {
        return "s \\leftarrow s + \\partial\\theta \\odot \\partial\\theta \\\\ "
                + "\\theta \\leftarrow \\theta - \\alpha\\,\\partial\\theta \\oslash " + Latex.denominator(epsMode, "s");
    }

    @Override
    public State init(int dimension) {
        return new State(dimension, initialAccumulator);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        double[] s = state.s;
        double[] step = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            s[i] += g[i] * g[i];
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
