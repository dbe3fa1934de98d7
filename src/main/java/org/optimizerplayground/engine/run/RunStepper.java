package org.optimizerplayground.engine.run;

import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.Optimizer;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.schedule.Schedule;
import org.optimizerplayground.engine.surface.Surface;

/**
 * One run advancing one update at a time (SPEC §1). The page's live sessions call
 * {@link #step} as they play; {@link Simulation#run} calls the same method in a loop, so both
 * paths give the same numbers bit for bit.
 *
 * <p>Not thread-safe: one stepper belongs to one session or one batch computation.
 */
public final class RunStepper {
    /** |θ_i| beyond this counts as diverged. */
    public static final double DIVERGENCE_BOUND = 1e6;
    /** ‖∇J(θ_N)‖₂ below this counts as converged. */
    public static final double CONVERGENCE_TOLERANCE = 1e-6;

    private final Surface surface;
    private final RunSpec run;
    private final Schedule schedule;
    private final StepperCore<?> core;
    private final int steps;
    private final double noise;
    private final GaussianNoise random;
    private final double[] theta;
    private final double[] grad;
    private final double[] noisyGrad;
    private final Trajectory trajectory;
    private double loss;
    private int k;

    /** Starts run {@code index} of {@code experiment} at θ₀ (point k = 0 is recorded at once). */
    public RunStepper(Experiment experiment, int index) {
        this(experiment, index, true);
    }

    /**
     * Starts run {@code index} of {@code experiment} at θ₀.
     *
     * @param keepAll whether the trajectory keeps every point or only the latest one (same
     *     numbers either way; the analysis views only need where a run ends)
     */
    public RunStepper(Experiment experiment, int index, boolean keepAll) {
        this.surface = experiment.surface();
        this.run = experiment.runs().get(index);
        this.schedule = run.schedule();
        this.steps = experiment.steps();
        this.noise = experiment.noise();
        this.random = noise > 0 ? new GaussianNoise(experiment.seed()) : null;
        int dim = surface.dimension();
        this.core = StepperCore.of(run.optimizer(), dim);
        this.theta = experiment.start();
        this.grad = new double[dim];
        this.noisyGrad = new double[dim];
        this.trajectory = new Trajectory(run, dim, steps + 1, keepAll);
        this.loss = surface.valueAndGradient(theta, grad);
        trajectory.add(theta, loss, grad);
        if (diverged()) {
            trajectory.finish(Status.DIVERGED);
        }
    }

    /** The points so far and the status. */
    public Trajectory trajectory() {
        return trajectory;
    }

    /** Updates applied so far. */
    public int k() {
        return k;
    }

    /** Whether the run has ended (all updates done, or diverged). */
    public boolean finished() {
        return trajectory.status() != Status.RUNNING;
    }

    /**
     * Applies update k + 1 and records the new point.
     *
     * @param terms where to record the update's named quantities, or {@code null}
     * @throws IllegalStateException when the run has already ended
     */
    public void step(UpdateTerms terms) {
        if (finished()) {
            throw new IllegalStateException("the run has ended (" + trajectory.status().key() + ")");
        }
        int dim = theta.length;
        double alpha = schedule.at(k);
        for (int i = 0; i < dim; i++) {
            noisyGrad[i] = random == null ? grad[i] : grad[i] + noise * random.next();
        }
        double lossBefore = loss;
        double[] thetaBefore = terms == null ? null : theta.clone();
        if (terms != null) {
            terms.scalar("k", "k", k + 1).scalar("alpha", "\\alpha_k", alpha).vector("g", "\\partial\\theta", noisyGrad);
        }
        core.update(theta, noisyGrad, alpha, terms);
        k++;
        loss = surface.valueAndGradient(theta, grad);
        trajectory.add(theta, loss, grad);
        if (terms != null) {
            terms.vector("theta_before", "\\theta_{(k-1)}", thetaBefore).vector("theta_after", "\\theta_{(k)}", theta)
                    .scalar("loss_before", "J(\\theta_{(k-1)})", lossBefore).scalar("loss_after", "J(\\theta_{(k)})", loss);
        }
        if (diverged()) {
            trajectory.finish(Status.DIVERGED);
        } else if (k == steps) {
            trajectory.finish(gradientNorm() < CONVERGENCE_TOLERANCE ? Status.CONVERGED : Status.MAX_STEPS);
        }
    }

    /** Runs every remaining update. */
    public Trajectory finish() {
        while (!finished()) {
            step(null);
        }
        return trajectory;
    }

    private boolean diverged() {
        if (!Double.isFinite(loss)) {
            return true;
        }
        for (double t : theta) {
            if (!(Math.abs(t) <= DIVERGENCE_BOUND)) {
                return true;
            }
        }
        return false;
    }

    private double gradientNorm() {
        double sum = 0;
        for (double g : grad) {
            sum += g * g;
        }
        return StrictMath.sqrt(sum);
    }

    /** Binds an optimizer to its state so the stepper need not know the state's type. */
    record StepperCore<S>(Optimizer<S> optimizer, S state) {
        static <S> StepperCore<S> of(Optimizer<S> optimizer, int dim) {
            return new StepperCore<>(optimizer, optimizer.init(dim));
        }

        void update(double[] theta, double[] g, double alpha, UpdateTerms terms) {
            optimizer.update(state, theta, g, alpha, terms);
        }
    }
}
