package org.optimizerplayground.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adam with bias correction, as the lecture writes it:
 * <pre>
 *   1. m ← β₁m + (1 − β₁)·∂θ
 *   2. s ← β₂s + (1 − β₂)·∂θ ⊙ ∂θ
 *   3. m′ ← m / (1 − β₁ᵏ)      s′ ← s / (1 − β₂ᵏ)
 *   4. θ ← θ − α·m′ ⊘ D(s′)     D(v) = √(v + ε)  (eps_mode=outside: √v + ε, PyTorch)
 * </pre>
 * {@code eps_mode=hat} is Keras's form: α̂ = α·√(1 − β₂ᵏ)/(1 − β₁ᵏ), θ ← θ − α̂·m ⊘ (√s + ε).
 * With {@code amsgrad=true}, s_max ← max(s_max, s) on the raw s and s′ = s_max/(1 − β₂ᵏ), as
 * PyTorch does.
 */
public record Adam(double lr, double beta1, double beta2, double eps, EpsMode epsMode, boolean amsgrad)
        implements Optimizer<Adam.State> {
    public static final OptimizerKind KIND = new OptimizerKind("adam", "Adam",
            List.of(ParamSpec.number("lr", 0.01), ParamSpec.number("beta1", 0.9), ParamSpec.number("beta2", 0.999),
                    ParamSpec.number("eps", 1e-7), ParamSpec.epsMode(EpsMode.INSIDE, EpsMode.OUTSIDE, EpsMode.HAT),
                    ParamSpec.flag("amsgrad", false)),
            p -> new Adam(p.number("lr"), p.number("beta1"), p.number("beta2"), p.number("eps"), p.epsMode(),
                    p.flag("amsgrad")));

    public Adam {
        Hyper.lr(lr);
        Hyper.decayRate("beta1", beta1);
        Hyper.decayRate("beta2", beta2);
        Hyper.eps(eps);
        Hyper.epsMode(epsMode, true);
    }

    /**
     * The moments m and s, the running maximum of s (AMSGrad), the update count k and the powers
     * β₁ᵏ, β₂ᵏ (kept as running products: one multiplication per update instead of a pow).
     */
    public static final class State {
        long k;
        double beta1Power = 1;
        double beta2Power = 1;
        final double[] m;
        final double[] s;
        final double[] sMax;

        State(int n, boolean amsgrad) {
            m = new double[n];
            s = new double[n];
            sMax = amsgrad ? new double[n] : null;
        }
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> parameters() {
        return Kv.of("lr", lr, "beta1", beta1, "beta2", beta2, "eps", eps, "eps_mode", epsMode, "amsgrad", amsgrad);
    }

    @Override
    public String rule() {
        String moments = "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\,\\partial\\theta \\\\ "
                + "s \\leftarrow \\beta_2 s + (1-\\beta_2)\\,\\partial\\theta \\odot \\partial\\theta \\\\ "
                + (amsgrad ? "s_{max} \\leftarrow \\max(s_{max}, s) \\\\ " : "");
        String s = amsgrad ? "s_{max}" : "s";
        if (epsMode == EpsMode.HAT) {
            return moments + "\\hat\\alpha \\leftarrow \\alpha \\frac{\\sqrt{1-(\\beta_2)^k}}{1-(\\beta_1)^k} \\\\ "
                    + "\\theta \\leftarrow \\theta - \\hat\\alpha\\, m \\oslash (\\sqrt{" + s + "} + \\varepsilon)";
        }
        return moments + "m' \\leftarrow \\frac{m}{1-(\\beta_1)^k} \\quad s' \\leftarrow \\frac{" + s + "}{1-(\\beta_2)^k} \\\\ "
                + "\\theta \\leftarrow \\theta - \\alpha\\, m' \\oslash " + Latex.denominator(epsMode, "s'");
    }

    @Override
    public State init(int dimension) {
        return new State(dimension, amsgrad);
    }

    @Override
    public void update(State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        state.k++;
        state.beta1Power *= beta1;
        state.beta2Power *= beta2;
        double bc1 = 1 - state.beta1Power;
        double bc2 = 1 - state.beta2Power;
        double alphaHat = epsMode == EpsMode.HAT ? alpha * StrictMath.sqrt(bc2) / bc1 : Double.NaN;
        double[] m = state.m;
        double[] s = state.s;
        int n = theta.length;
        double[] mHat = terms == null ? null : new double[n];
        double[] sHat = terms == null ? null : new double[n];
        double[] step = terms == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
            double v = s[i];
            if (amsgrad) {
                v = state.sMax[i] = Math.max(state.sMax[i], v);
            }
            double d;
            double mh = m[i] / bc1;
            double sh = v / bc2;
            if (epsMode == EpsMode.HAT) {
                d = alphaHat * m[i] / (StrictMath.sqrt(v) + eps);
            } else {
                d = alpha * mh / epsMode.denominator(sh, eps);
            }
            theta[i] -= d;
            if (terms != null) {
                mHat[i] = mh;
                sHat[i] = sh;
                step[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("m", "m", m).vector("s", "s", s);
            if (amsgrad) {
                terms.vector("s_max", "s_{max}", state.sMax);
            }
            terms.scalar("bias1", "1-(\\beta_1)^k", bc1).scalar("bias2", "1-(\\beta_2)^k", bc2);
            if (epsMode == EpsMode.HAT) {
                terms.scalar("alpha_hat", "\\hat\\alpha", alphaHat);
            } else {
                terms.vector("m_hat", "m'", mHat).vector("s_hat", "s'", sHat);
            }
            terms.vector("step", "\\Delta\\theta", step);
        }
    }
}
