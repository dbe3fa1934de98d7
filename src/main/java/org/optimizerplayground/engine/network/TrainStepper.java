package org.optimizerplayground.engine.network;

import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.Optimizer;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.schedule.Schedule;

/**
 * One training run advancing one update at a time, SPEC §1 with θ = the network's weights.
 * Update k (k = 1, 2, …) takes the next batch of the {@link BatchOrder}, computes the batch
 * loss and its gradient g = ∂J_B/∂θ at θ_(k−1) by backpropagation ({@link Mlp}), reads
 * α_k = schedule(k − 1) and hands g and α_k to the optimizer, which makes θ_k; then θ_k is
 * evaluated on the whole training and test sets (unless the stepper was made without metrics).
 *
 * <p>The run stops with status {@code diverged} at the first point where a component of θ is
 * not finite or beyond ±10⁶, or the batch or training loss is not finite (that point is kept);
 * otherwise it ends with {@code max-steps} after N updates (a network run never claims
 * convergence). NaN weights never throw.
 *
 * <p>Not thread-safe: one stepper belongs to one session or one computation.
 */
public final class TrainStepper {
    /** |θ_i| beyond this counts as diverged (as on the surfaces). */
    public static final double DIVERGENCE_BOUND = 1e6;

    private final NetworkProblem problem;
    private final Schedule schedule;
    private final Core<?> core;
    private final Mlp mlp;
    private final BatchOrder order;
    private final int steps;
    private final boolean metrics;
    private final double[] theta;
    private final double[] grad;
    private final TrainHistory history;
    private int k;

    /** Starts {@code run} at θ₀ of {@code problem}, keeping every point and evaluating every update. */
    public TrainStepper(NetworkProblem problem, RunSpec run) {
        this(problem, run, true, true);
    }

    /**
     * Starts {@code run} at θ₀ (point k = 0 is recorded at once).
     *
     * @param keepAll whether θ_k is kept for every k or only for the latest point
     * @param metrics whether the training and test sets are evaluated after every update
     *     (otherwise those numbers are NaN, except at k = 0, and only the batch loss is watched)
     */
    public TrainStepper(NetworkProblem problem, RunSpec run, boolean keepAll, boolean metrics) {
        this.problem = problem;
        this.schedule = run.schedule();
        this.steps = problem.spec().steps();
        this.metrics = metrics;
        this.mlp = new Mlp(problem.spec().architecture());
        this.theta = problem.initialParameters();
        this.grad = new double[theta.length];
        this.core = Core.of(run.optimizer(), theta.length);
        this.order = problem.newBatchOrder();
        this.history = new TrainHistory(run, theta.length, steps + 1, keepAll);
        record(Double.NaN, Double.NaN, true);
    }

    /** The points so far and the status. */
    public TrainHistory history() {
        return history;
    }

    /** Updates applied so far. */
    public int k() {
        return k;
    }

    /** Whether the run has ended. */
    public boolean finished() {
        return history.status() != Status.RUNNING;
    }

    /** The current θ_k (a copy). */
    public double[] theta() {
        return theta.clone();
    }

    /** The network's output z at (x, y) for θ_k: the page's decision-boundary heat map. */
    public double output(double[] features) {
        return mlp.output(theta, features, 0);
    }

    /**
     * Applies update k + 1 and records the new point.
     *
     * @param terms where to record the update's named quantities, or {@code null}
     * @throws IllegalStateException when the run has already ended
     */
    public void step(UpdateTerms terms) {
        if (finished()) {
            throw new IllegalStateException("the run has ended (" + history.status().key() + ")");
        }
        double alpha = schedule.at(k);
        order.advance();
        double batchLoss = mlp.lossAndGradient(theta, problem.train(), order.permutation(), order.from(),
                order.to(), grad);
        if (terms != null) {
            terms.scalar("k", "k", k + 1).scalar("alpha", "\\alpha_k", alpha).vector("g", "\\partial\\theta", grad.clone())
                    .vector("theta_before", "\\theta_{(k-1)}", theta.clone())
                    .scalar("loss_before", "J_B(\\theta_{(k-1)})", batchLoss);
        }
        core.update(theta, grad, alpha, terms);
        k++;
        record(batchLoss, alpha, metrics);
        if (terms != null) {
            terms.vector("theta_after", "\\theta_{(k)}", theta.clone());
        }
    }

    /**
     * The named quantities of update {@code k} (k ≥ 1) of {@code run}, replayed from θ₀: the same
     * numbers as when the run first made it, the engine being deterministic (for a caller that
     * applied that update without recording them).
     */
    public static UpdateTerms termsOf(NetworkProblem problem, RunSpec run, int k) {
        TrainStepper replay = new TrainStepper(problem, run, false, false);
        while (replay.k() < k - 1) {
            replay.step(null);
        }
        UpdateTerms terms = new UpdateTerms();
        replay.step(terms);
        return terms;
    }

    /** Runs every remaining update. */
    public TrainHistory finish() {
        while (!finished()) {
            step(null);
        }
        return history;
    }

    private void record(double batchLoss, double alpha, boolean evaluate) {
        double trainLoss = Double.NaN;
        double trainAccuracy = Double.NaN;
        double testLoss = Double.NaN;
        double testAccuracy = Double.NaN;
        if (evaluate) {
            trainLoss = mlp.evaluate(theta, problem.train());
            trainAccuracy = mlp.accuracy();
            testLoss = mlp.evaluate(theta, problem.test());
            testAccuracy = mlp.accuracy();
        }
        history.add(theta, batchLoss, trainLoss, trainAccuracy, testLoss, testAccuracy, mlp.penalty(theta), alpha);
        if (diverged(batchLoss, trainLoss, evaluate)) {
            history.finish(Status.DIVERGED);
        } else if (k == steps) {
            history.finish(Status.MAX_STEPS);
        }
    }

    private boolean diverged(double batchLoss, double trainLoss, boolean evaluated) {
        if (k > 0 && !Double.isFinite(batchLoss)) {
            return true;
        }
        if (evaluated && !Double.isFinite(trainLoss)) {
            return true;
        }
        for (double t : theta) {
            if (!(Math.abs(t) <= DIVERGENCE_BOUND)) {
                return true;
            }
        }
        return false;
    }

    /** Binds an optimizer to its state so the stepper need not know the state's type. */
    private record Core<S>(Optimizer<S> optimizer, S state) {
        static <S> Core<S> of(Optimizer<S> optimizer, int dim) {
            return new Core<>(optimizer, optimizer.init(dim));
        }

        void update(double[] theta, double[] g, double alpha, UpdateTerms terms) {
            optimizer.update(state, theta, g, alpha, terms);
        }
    }
}
