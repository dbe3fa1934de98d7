package org.optimizerplayground.web.ui;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.ui.chart.ContourChart;

/**
 * The step arrows of the map: at each run's current point θ_k, the parts of its latest update
 * (k−1 → k) as displacements in θ:
 * <ul>
 *   <li>{@code gradient}: −α_k·∂θ, the step plain gradient descent would make with this α;</li>
 *   <li>{@code momentum}: the momentum or first-moment term as a step. For momentum and
 *       Nesterov, the part of Δθ that the past contributes, Δθ + α·∂θ (−β·m_{k−1}, and −β·m_k
 *       for Nesterov), so that the gradient and momentum arrows add up to the update; for the
 *       lecture's EWMA form likewise the past's part, Δθ + α(1−β)·∂θ = −αβ·m_{k−1}; −α·m̂ for
 *       Adam, AdamW, Adamax and Nadam (m̂ = m/(1−β₁ᵏ), the step without the adaptive scaling);
 *       −α·c for Lion; absent for optimizers without one (gradient descent, RMSprop, Adagrad,
 *       Adadelta);</li>
 *   <li>{@code update}: Δθ = θ_k − θ_{k−1}, what really happened.</li>
 * </ul>
 * A run's arrows share one scale, chosen so that its longest arrow is {@link #FRACTION} of the
 * view's width: a tiny update stays visible, and the arrows of one run can still be compared.
 * The scale itself is sent too, for the tooltip. 1-D: the vectors lie along w, drawn at (w, J(w)).
 */
final class StepArrows {
    /** Length of a run's longest arrow, as a fraction of the view's width. */
    static final double FRACTION = 0.15;

    private StepArrows() {
    }

    /**
     * The arrows of one run, or {@code null} when there is nothing to draw: no update made yet,
     * a zero update, or a number that is not finite (a diverged run).
     *
     * @param viewWidth the width of the map's view window (x or w range)
     */
    static ContourChart.Arrows of(int index, RunSpec run, Trajectory t, UpdateTerms terms, double viewWidth) {
        if (terms == null || t.size() < 2 || terms.get("g").isEmpty() || terms.get("alpha").isEmpty()) {
            return null;
        }
        int dim = t.dimension();
        int k = t.size() - 1;
        // The terms must be those of the update that made the last point (a run that diverged
        // in the middle of a frame has older ones).
        if (t.status() == Status.DIVERGED || terms.get("theta_after").isEmpty()
                || !sameAs(terms.get("theta_after").get().values(), t, k)) {
            return null;
        }
        double alpha = terms.get("alpha").get().values()[0];
        double[] g = terms.get("g").get().values();
        double[] gradient = new double[dim];
        double[] update = new double[dim];
        for (int i = 0; i < dim; i++) {
            gradient[i] = -alpha * g[i];
            update[i] = t.theta(k, i) - t.theta(k - 1, i);
        }
        double[] momentum = momentum(run, terms, alpha, g, update);
        List<double[]> vectors = new ArrayList<>(List.of(gradient, update));
        if (momentum != null) {
            vectors.add(momentum);
        }
        double longest = 0;
        for (double[] v : vectors) {
            double n = dim == 1 ? Math.abs(v[0]) : Math.hypot(v[0], v[1]);
            if (!Double.isFinite(n)) {
                return null;
            }
            longest = Math.max(longest, n);
        }
        double x = t.theta(k, 0);
        double y = dim == 1 ? t.loss(k) : t.theta(k, 1);
        if (longest == 0 || !Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        double scale = FRACTION * viewWidth / longest;
        List<ContourChart.Arrow> arrows = new ArrayList<>();
        arrows.add(arrow("gradient", gradient, scale));
        if (momentum != null) {
            arrows.add(arrow("momentum", momentum, scale));
        }
        arrows.add(arrow("update", update, scale));
        return new ContourChart.Arrows(index, x, y, scale, arrows);
    }

    private static boolean sameAs(double[] theta, Trajectory t, int k) {
        for (int i = 0; i < theta.length; i++) {
            if (Double.compare(theta[i], t.theta(k, i)) != 0) {
                return false;
            }
        }
        return theta.length == t.dimension();
    }

    private static ContourChart.Arrow arrow(String kind, double[] v, double scale) {
        return new ContourChart.Arrow(kind, v[0] * scale, v.length > 1 ? v[1] * scale : 0);
    }

    /** The momentum term as a step (see the class comment), or {@code null} when the optimizer has none. */
    static double[] momentum(RunSpec run, UpdateTerms terms, double alpha, double[] g, double[] update) {
        String id = run.optimizerId();
        double[] v = new double[g.length];
        switch (id) {
            case "momentum", "nesterov", "momentum-ema" -> {
                double gradientPart = id.equals("momentum-ema")
                        ? alpha * (1 - ((Number) run.parameters().get("beta")).doubleValue()) : alpha;
                for (int i = 0; i < v.length; i++) {
                    v[i] = update[i] + gradientPart * g[i];
                }
                return v;
            }
            case "adam", "adamw", "adamax", "nadam", "lion" -> {
                String key = id.equals("lion") ? "c" : terms.get("m_hat").isPresent() ? "m_hat" : "m";
                double correction = switch (key) {
                    case "m" -> id.equals("nadam")
                            ? 1 - terms.get("mu_product").map(p -> p.values()[0]).orElse(0.0)
                            : terms.get("bias1").map(b -> b.values()[0]).orElse(1.0);
                    default -> 1;
                };
                var term = terms.get(key);
                if (term.isEmpty()) {
                    return null;
                }
                double[] m = term.get().values();
                for (int i = 0; i < v.length; i++) {
                    v[i] = -alpha * m[i] / correction;
                }
                return v;
            }
            default -> {
                return null;
            }
        }
    }
}
