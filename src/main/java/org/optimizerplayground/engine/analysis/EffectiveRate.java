package org.optimizerplayground.engine.analysis;

import java.util.Map;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;

/**
 * The lecture's "adaptive learning rate": per parameter and per update, the rate that
 * multiplies the (averaged) gradient, α_k / D(ŝ) for Adam, AdamW and Nadam, α_k / D(s) for
 * RMSprop and Adagrad, α_k / ((1 − β₁ᵏ)·u) for Adamax, α_k·√(u + ε)/√(s + ε) for Adadelta — and
 * α_k itself, the same for every parameter, for the optimizers that do not adapt it.
 */
public final class EffectiveRate {
    private EffectiveRate() {
    }

    /** Whether the optimizer gives each parameter its own rate. */
    public static boolean adaptive(String optimizerId) {
        return switch (optimizerId) {
            case "adam", "adamw", "nadam", "rmsprop", "adagrad", "adamax", "adadelta" -> true;
            default -> false;
        };
    }

    /**
     * Replays run {@code index} of {@code e} for {@code updates} updates (fewer if it ends
     * first): {@code [component][k − 1]}.
     */
    public static double[][] of(Experiment e, int index, int updates) {
        var run = e.runs().get(index);
        int dim = e.dimension();
        RunStepper stepper = new RunStepper(e, index, false);
        double[][] rate = new double[dim][updates];
        int n = 0;
        while (n < updates && !stepper.finished()) {
            UpdateTerms t = new UpdateTerms();
            stepper.step(t);
            double[] r = of(run, t, dim);
            for (int i = 0; i < dim; i++) {
                rate[i][n] = r[i];
            }
            n++;
        }
        double[][] out = new double[dim][];
        for (int i = 0; i < dim; i++) {
            out[i] = java.util.Arrays.copyOf(rate[i], n);
        }
        return out;
    }

    /** The rate per parameter of one update, from its terms (see the class comment). */
    static double[] of(RunSpec run, UpdateTerms t, int dim) {
        double[] rate = new double[dim];
        Rule.of(run).rates(t, rate);
        return rate;
    }

    /**
     * What the rate of one run's updates depends on besides their terms, read once from the run's
     * settings (a replay reads it for every update). Same operations as before, so the same bits.
     */
    record Rule(String id, double eps, EpsMode mode, boolean amsgrad) {
        static Rule of(RunSpec run) {
            Map<String, Object> p = run.optimizer().parameters();
            return new Rule(run.optimizerId(), p.get("eps") instanceof Double d ? d : 0,
                    p.get("eps_mode") instanceof EpsMode m ? m : EpsMode.INSIDE, p.get("amsgrad") == Boolean.TRUE);
        }

        /** Fills {@code rate} (one value per component) with the rates of the update whose terms are {@code t}. */
        void rates(UpdateTerms t, double[] rate) {
            double alpha = t.value("alpha", 0);
            for (int i = 0; i < rate.length; i++) {
                rate[i] = switch (id) {
                    case "adam", "adamw" -> mode == EpsMode.HAT
                            ? t.value("alpha_hat", 0) / (StrictMath.sqrt(t.value(amsgrad ? "s_max" : "s", i)) + eps)
                            : alpha / mode.denominator(t.value("s_hat", i), eps);
                    case "nadam" -> alpha / mode.denominator(t.value("s_hat", i), eps);
                    case "rmsprop", "adagrad" -> alpha / mode.denominator(t.value("s", i), eps);
                    case "adamax" -> alpha / t.value("bias1", 0) / t.value("u", i);
                    case "adadelta" -> t.value("g", i) == 0 ? Double.NaN
                            : alpha * t.value("delta", i) / t.value("g", i);
                    default -> alpha;
                };
            }
        }
    }
}
