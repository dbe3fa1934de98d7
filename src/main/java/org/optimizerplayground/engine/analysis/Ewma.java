package org.optimizerplayground.engine.analysis;

import java.util.Map;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;

/**
 * The lecture's "exponential weighted average" and "correction to avoid values biased to zero",
 * computed on one gradient component of one run: for updates k = 1 … K,
 * <pre>
 *   m_k = β₁ m_{k−1} + (1 − β₁) ∂θ_k      m̂_k = m_k / (1 − β₁ᵏ)
 *   s_k = β₂ s_{k−1} + (1 − β₂) ∂θ_k²     ŝ_k = s_k / (1 − β₂ᵏ)
 * </pre>
 * with the ∂θ the run really used (noise included) and β₁, β₂ from the run's settings: β₁ is
 * {@code beta1} or {@code beta}, β₂ is {@code beta2} or {@code rho}; an optimizer without such a
 * parameter is shown with the lecture's defaults 0.9 and 0.999.
 */
public final class Ewma {
    /** The series, index k − 1 for update k. */
    public record Series(double beta1, double beta2, double[] g, double[] m, double[] mHat, double[] s,
                         double[] sHat) {
    }

    private Ewma() {
    }

    /** β₁ of the run (or 0.9). */
    public static double beta1(RunSpec run) {
        Map<String, Object> p = run.optimizer().parameters();
        Object b = p.containsKey("beta1") ? p.get("beta1") : p.get("beta");
        return b instanceof Double d ? d : 0.9;
    }

    /** β₂ of the run (or 0.999). */
    public static double beta2(RunSpec run) {
        Map<String, Object> p = run.optimizer().parameters();
        Object b = p.containsKey("beta2") ? p.get("beta2") : p.get("rho");
        return b instanceof Double d ? d : 0.999;
    }

    /**
     * Replays run {@code index} of {@code e} for {@code updates} updates (fewer if it ends
     * first) and returns the averages of gradient component {@code component}.
     */
    public static Series of(Experiment e, int index, int component, int updates) {
        RunSpec run = e.runs().get(index);
        double b1 = beta1(run);
        double b2 = beta2(run);
        RunStepper stepper = new RunStepper(e, index, false);
        int n = 0;
        double[] g = new double[updates];
        while (n < updates && !stepper.finished()) {
            UpdateTerms terms = new UpdateTerms();
            stepper.step(terms);
            g[n++] = terms.get("g").orElseThrow().values()[component];
        }
        double[] m = new double[n];
        double[] mHat = new double[n];
        double[] s = new double[n];
        double[] sHat = new double[n];
        double g2;
        double mk = 0;
        double sk = 0;
        double b1k = 1;
        double b2k = 1;
        for (int k = 0; k < n; k++) {
            g2 = g[k] * g[k];
            mk = b1 * mk + (1 - b1) * g[k];
            sk = b2 * sk + (1 - b2) * g2;
            b1k *= b1;
            b2k *= b2;
            m[k] = mk;
            s[k] = sk;
            mHat[k] = mk / (1 - b1k);
            sHat[k] = sk / (1 - b2k);
        }
        return new Series(b1, b2, java.util.Arrays.copyOf(g, n), m, mHat, s, sHat);
    }
}
