package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Nadam, Adam with Nesterov momentum, in PyTorch's {@code NAdam} form (Dozat 2016 with the
 * momentum schedule μ_k):
 * <pre>
 *   μ_k = β₁(1 − ½·0.96^(kψ))      P_k = μ₁⋯μ_k
 *   m ← β₁m + (1 − β₁)·∂θ          s ← β₂s + (1 − β₂)·∂θ ⊙ ∂θ      s′ = s / (1 − β₂ᵏ)
 *   θ ← θ − α(1 − μ_k)/(1 − P_k)·∂θ ⊘ D(s′) − α·μ_{k+1}/(1 − P_k·μ_{k+1})·m ⊘ D(s′)
 * </pre>
 * ψ = {@code momentum_decay}; ψ = 1 gives Keras 3's schedule.
 */
public record Nadam(double lr, double beta1, double beta2, double eps, EpsMode epsMode, double momentumDecay)
        implements Optimizer<Nadam.State> {
    public static final OptimizerKind KIND = new OptimizerKind("nadam", "Nadam",
            List.of(ParamSpec.number("lr", 0.01), ParamSpec.number("beta1", 0.9), ParamSpec.number("beta2", 0.999),
                    ParamSpec.number("eps", 1e-7), ParamSpec.epsMode(EpsMode.INSIDE, EpsMode.OUTSIDE),
                    ParamSpec.number("momentum_decay", 0.004)),
            p -> new Nadam(p.number("lr"), p.number("beta1"), p.number("beta2"), p.number("eps"), p.epsMode(),
                    p.number("momentum_decay")));

    public Nadam {
        Hyper.lr(lr);
        Hyper.decayRate("beta1", beta1);
        Hyper.decayRate("beta2", beta2);
        Hyper.eps(eps);
        Hyper.epsMode(epsMode, false);
        Hyper.momentumDecay(momentumDecay);
    }

    /**
     * The moments m and s, the product P_k of the μ's, the update count k, and the powers β₂ᵏ
     * and 0.96^(kψ) kept as running products (one multiplication per update instead of a pow).
     */
    public static final class State {
        long k;
        double muProduct = 1;
        double beta2Power = 1;
        double decayPower = 1;
        final double decayStep;
        final double[] m;
        final double[] s;

        State(int n, double decayStep) {
            this.decayStep = decayStep;
            m = new double[n];
            s = new double[n];
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "beta1", beta1, "beta2", beta2, "eps", eps, "eps_mode", epsMode,
                "momentum_decay", momentumDecay);
    }

    @Override
    public String rule() {
        return "\\mu_k = \\beta_1\\left(1 - \\tfrac12\\,0.96^{k\\psi}\\right) \\quad P_k = \\mu_1\\cdots\\mu_k \\\\ "
                + "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\,\\partial\\theta \\\\ "
                + "s \\leftarrow \\beta_2 s + (1-\\beta_2)\\,\\partial\\theta \\odot \\partial\\theta "
                + "\\quad s' \\leftarrow \\frac{s}{1-(\\beta_2)^k} \\\\ "
                + "\\theta \\leftarrow \\theta - \\alpha\\frac{1-\\mu_k}{1-P_k}\\,\\partial\\theta \\oslash "
                + Latex.denominator(epsMode, "s'")
                + " - \\alpha\\frac{\\mu_{k+1}}{1-P_k\\mu_{k+1}}\\, m \\oslash " + Latex.denominator(epsMode, "s'");
    }

    @Override
    public State init(int dimension) {
        return new State(dimension, StrictMath.pow(0.96, momentumDecay));
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        state.beta2Power *= beta2;
        double bc2 = 1 - state.beta2Power;
        state.decayPower *= state.decayStep;
        double mu = beta1 * (1 - 0.5 * state.decayPower);
        double muNext = beta1 * (1 - 0.5 * state.decayPower * state.decayStep);
        double product = state.muProduct * mu;
        state.muProduct = product;
        double gradCoef = alpha * (1 - mu) / (1 - product);
        double momentumCoef = alpha * muNext / (1 - product * muNext);
        double[] m = state.m;
        double[] s = state.s;
        int n = theta.length;
        double[] sHat = terms == null ? null : new double[n];
        double[] step = terms == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
            double sh = s[i] / bc2;
            double den = epsMode.denominator(sh, eps);
            double before = theta[i];
            theta[i] -= gradCoef * (g[i] / den);
            theta[i] -= momentumCoef * (m[i] / den);
            if (terms != null) {
                sHat[i] = sh;
                step[i] = before - theta[i];
            }
        }
        if (terms != null) {
            terms.scalar("mu", "\\mu_k", mu).scalar("mu_next", "\\mu_{k+1}", muNext).scalar("mu_product", "P_k", product)
                    .vector("m", "m", m).vector("s", "s", s).vector("s_hat", "s'", sHat)
                    .vector("step", "\\Delta\\theta", step);
        }
    }
}
