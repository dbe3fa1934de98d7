package org.optimizerplayground.engine.optim;

import java.util.Map;

/**
 * An optimizer as an immutable configuration plus explicit state, in the spirit of Optax's
 * {@code init}/{@code update} pair: {@link #init} makes the state (all zeros, step count 0),
 * {@link #update} applies one update k to θ in place and advances the state.
 *
 * <p>The state belongs to one trajectory and is only touched by {@link #update}; the
 * configuration is shared freely. The learning rate α_k of each update comes from the
 * schedule, so one configuration serves constant and decaying rates alike.
 *
 * @param <S> the optimizer's state
 */
public interface Optimizer<S> {
    /** The kind: id and parameter definitions. */
    OptimizerKind kind();

    /** The base learning rate α (α₀ when a schedule decays it). */
    double lr();

    /** Every parameter with its resolved value, in the kind's order (names are link keys). */
    Map<String, Object> parameters();

    /** The update rule in the lecture's notation, as LaTeX (one line per step, {@code \\} between). */
    String rule();

    /** A fresh state for a θ of {@code dimension} components. */
    S init(int dimension);

    /**
     * Applies update k (the state's count + 1) to {@code theta} in place.
     *
     * @param g the gradient of this update (∂θ, with noise if any); not modified
     * @param alpha α_k, the learning rate of this update
     * @param terms where the named intermediate quantities of the update rule are recorded, or
     *     {@code null} when nobody looks (the fast path)
     */
    void update(S state, double[] theta, double[] g, double alpha, UpdateTerms terms);
}
