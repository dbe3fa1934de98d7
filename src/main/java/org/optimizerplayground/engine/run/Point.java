package org.optimizerplayground.engine.run;

/**
 * One point k of a trajectory: θ_k, J(θ_k), ∇J(θ_k) and the α_k that produced it (NaN for
 * the start point k = 0, which no update produced). Non-finite numbers are kept as they are.
 */
public record Point(int k, double[] theta, double loss, double[] grad, double lr) {
    public Point {
        theta = theta.clone();
        grad = grad.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public double[] grad() {
        return grad.clone();
    }
}
