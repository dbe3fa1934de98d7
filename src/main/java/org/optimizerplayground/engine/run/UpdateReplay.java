package org.optimizerplayground.engine.run;

import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.schedule.Schedule;

/**
 * Replays the optimizer of one run along a trajectory already computed, to recover the named
 * terms of an update ({@link UpdateTerms}: m, s, m′ …) without storing them for every point.
 * Each update reads θ_(k−1) and ∇J(θ_(k−1)) from the trajectory, draws the same gradient noise
 * as {@link RunStepper} did (same seed, same order) and applies the optimizer to a copy of θ:
 * no surface is evaluated, so a replay costs a fraction of the computation, and its terms are
 * bit for bit those the stepper would have recorded.
 *
 * <p>It goes forward only, one update after another (the optimizer's state needs every earlier
 * update); memory is a few vectors of the dimension. Not thread-safe.
 */
public final class UpdateReplay {
    private final Schedule schedule;
    private final RunStepper.StepperCore<?> core;
    private final double noise;
    private final GaussianNoise random;
    private final double[] theta;
    private final double[] noisyGrad;
    private int k;

    /** A replay of run {@code index} of {@code experiment}, before its first update. */
    public UpdateReplay(Experiment experiment, int index) {
        RunSpec run = experiment.runs().get(index);
        int dim = experiment.dimension();
        this.schedule = run.schedule();
        this.core = RunStepper.StepperCore.of(run.optimizer(), dim);
        this.noise = experiment.noise();
        this.random = noise > 0 ? new GaussianNoise(experiment.seed()) : null;
        this.theta = new double[dim];
        this.noisyGrad = new double[dim];
    }

    /** Updates replayed so far. */
    public int k() {
        return k;
    }

    /**
     * Replays the updates k + 1 … {@code target} along {@code t} and answers the terms of update
     * {@code target} ({@code null} when {@code target} is the current k: nothing was replayed).
     *
     * @throws IllegalArgumentException when {@code target} is behind the replay or beyond the
     *     last point of {@code t}
     */
    public UpdateTerms advanceTo(Trajectory t, int target) {
        if (target < k || target >= t.size()) {
            throw new IllegalArgumentException("target must be in [" + k + ", " + (t.size() - 1) + "], got " + target);
        }
        UpdateTerms terms = null;
        while (k < target) {
            terms = k + 1 == target ? new UpdateTerms() : null;
            step(t, terms);
        }
        return terms;
    }

    /** What {@link RunStepper#step} does, with θ_(k−1), ∇J and J read instead of computed. */
    private void step(Trajectory t, UpdateTerms terms) {
        int dim = theta.length;
        double alpha = schedule.at(k);
        for (int i = 0; i < dim; i++) {
            theta[i] = t.theta(k, i);
            double g = t.grad(k, i);
            noisyGrad[i] = random == null ? g : g + noise * random.next();
        }
        double[] thetaBefore = terms == null ? null : theta.clone();
        if (terms != null) {
            terms.scalar("k", "k", k + 1).scalar("alpha", "\\alpha_k", alpha).vector("g", "\\partial\\theta", noisyGrad);
        }
        core.update(theta, noisyGrad, alpha, terms);
        k++;
        if (terms != null) {
            terms.vector("theta_before", "\\theta_{(k-1)}", thetaBefore).vector("theta_after", "\\theta_{(k)}", theta)
                    .scalar("loss_before", "J(\\theta_{(k-1)})", t.loss(k - 1)).scalar("loss_after", "J(\\theta_{(k)})", t.loss(k));
        }
    }
}
