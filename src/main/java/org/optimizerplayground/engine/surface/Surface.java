package org.optimizerplayground.engine.surface;

import java.util.List;

/**
 * A loss surface J(θ) in one or two dimensions, with its exact gradient.
 *
 * <p>Implementations are immutable and thread-safe. Values are computed with {@link StrictMath}
 * so a trajectory is bit-for-bit the same on every machine. NaN and infinities are never
 * replaced: where J or ∇J is not finite the caller sees it and stops the run as diverged.
 */
public interface Surface {
    /** The catalogue id used in links ({@code rosenbrock}), or {@code custom}. */
    String id();

    /** 1 for the lecture's J(w₁) curves, 2 for maps. */
    int dimension();

    /** J(θ) as LaTeX, for display with KaTeX. */
    String latex();

    /** The default view window: {@code [xmin, xmax, ymin, ymax]}, or {@code [wmin, wmax]} in 1-D. */
    double[] view();

    /** The start point θ₀ used when a link gives none. */
    double[] defaultStart();

    /**
     * J in the grammar of a typed expression (link key {@code f}, {@link
     * org.optimizerplayground.engine.surface.expr.Expression}), e.g. {@code (1 - x)^2 + 100*(y - x^2)^2}:
     * the same function as {@link #valueAndGradient}, so code exported from its tree computes what
     * the playground computes.
     */
    String formula();

    /** The known minima, global ones first; empty when unknown or unbounded below. */
    List<Minimum> minima();

    /**
     * A learning rate that makes a good first demonstration of {@code optimizerId} on this
     * surface (used for the default race), or NaN when the surface has no opinion and the
     * optimizer's own default applies.
     */
    double suggestedLearningRate(String optimizerId);

    /** J(θ). */
    double value(double[] theta);

    /**
     * Writes ∇J(θ) into {@code gradient} (same length as θ) and returns J(θ).
     */
    double valueAndGradient(double[] theta, double[] gradient);
}
