package org.optimizerplayground.engine.network;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.Status;

/**
 * A network race recorded for an answer of bounded size: every run from the common θ₀ through
 * the common batch order, with the points k = 0, e, 2e, … (e = {@code every}) and always the
 * last point written. A written point holds the loss and accuracy of θ_k on the whole training
 * and test sets, the L2 penalty, and for k ≥ 1 the batch loss (of the batch whose gradient made
 * θ_k) and α_k; θ_k itself only when asked ({@code keepTheta}), since θ can be long.
 *
 * <p>Status: the run is {@code diverged} at the first update whose batch loss or θ is not finite
 * or beyond ±10⁶ ({@link TrainStepper}), or at the first written point whose training loss is
 * not finite; that point is written and the run stops. With {@code every = 1} every point is
 * written and the numbers and the status are exactly those of {@link TrainStepper} with metrics
 * on; with a larger {@code every} the whole sets are evaluated only at the written points, so
 * the work per update is that of the update itself.
 */
public final class TrainRecording {
    /**
     * Most point passes (one forward pass of one point; a training point of a batch counts 3 for
     * its backward pass) one request may ask for: about 10 s of one core.
     */
    public static final long MAX_WORK = 30_000_000L;

    private TrainRecording() {
    }

    /** The written points of one run, in flat arrays. */
    public static final class RunRecord {
        private final RunSpec run;
        private final Status status;
        private final PointColumns points;

        private RunRecord(RunSpec run, PointColumns points, Status status) {
            this.run = run;
            this.status = status;
            this.points = points.trimmed();
        }

        public RunSpec run() {
            return run;
        }

        /** The length of θ. */
        public int dimension() {
            return points.dimension();
        }

        /** The number of written points. */
        public int size() {
            return points.size();
        }

        /** {@code max-steps} or {@code diverged}. */
        public Status status() {
            return status;
        }

        /** The update index of written point i. */
        public int k(int i) {
            return points.k(i);
        }

        public double batchLoss(int i) {
            return points.batchLoss(i);
        }

        public double trainLoss(int i) {
            return points.trainLoss(i);
        }

        public double trainAccuracy(int i) {
            return points.trainAccuracy(i);
        }

        public double testLoss(int i) {
            return points.testLoss(i);
        }

        public double testAccuracy(int i) {
            return points.testAccuracy(i);
        }

        public double penalty(int i) {
            return points.penalty(i);
        }

        /** The training cost the optimizer minimises: the training loss plus the L2 penalty. */
        public double cost(int i) {
            return points.trainLoss(i) + points.penalty(i);
        }

        public double lr(int i) {
            return points.lr(i);
        }

        /** Whether θ was kept. */
        public boolean keepsTheta() {
            return points.keep() == PointColumns.Keep.ALL;
        }

        /** Component j of θ at written point i (only when θ was kept). */
        public double theta(int i, int j) {
            return points.theta(i, j);
        }

        /** A copy of θ at written point i (only when θ was kept). */
        public double[] theta(int i) {
            return points.theta(i);
        }
    }

    /** The number of points written per run that does not diverge: ⌊steps/every⌋ + 1, plus the last when e ∤ steps. */
    public static int rows(int steps, int every) {
        return steps / every + 1 + (steps % every == 0 ? 0 : 1);
    }

    /**
     * The point passes the race costs (see {@link #MAX_WORK}): per run, 3 per training point of
     * every batch and one per point of both sets at every written point.
     */
    public static long work(TrainSpec spec, int every) {
        long perRun = 3L * spec.steps() * spec.effectiveBatch() + (long) rows(spec.steps(), every) * spec.data().n();
        return perRun * spec.runs().size();
    }

    /** Every run of the race, in order, on the calling thread. */
    public static List<RunRecord> run(NetworkProblem problem, int every, boolean keepTheta) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, got " + every);
        }
        List<RunRecord> result = new ArrayList<>();
        for (RunSpec run : problem.spec().runs()) {
            result.add(run(problem, run, every, keepTheta));
        }
        return result;
    }

    /** One run of the race. */
    public static RunRecord run(NetworkProblem problem, RunSpec run, int every, boolean keepTheta) {
        TrainStepper stepper = new TrainStepper(problem, run, false, false);
        TrainHistory h = stepper.history();
        Mlp mlp = new Mlp(problem.spec().architecture());
        int steps = problem.spec().steps();
        PointColumns b = new PointColumns(h.dimension(), rows(steps, every),
                keepTheta ? PointColumns.Keep.ALL : PointColumns.Keep.NONE);
        double[] theta = stepper.theta();
        b.add(0, h.batchLoss(0), h.trainLoss(0), h.trainAccuracy(0), h.testLoss(0), h.testAccuracy(0),
                h.penalty(0), h.lr(0), theta);
        boolean diverged = h.status() == Status.DIVERGED;
        while (!stepper.finished() && !diverged) {
            stepper.step(null);
            int k = stepper.k();
            if (k % every == 0 || stepper.finished()) {
                theta = stepper.theta();
                double trainLoss = mlp.evaluate(theta, problem.train());
                double trainAccuracy = mlp.accuracy();
                double testLoss = mlp.evaluate(theta, problem.test());
                double testAccuracy = mlp.accuracy();
                b.add(k, h.batchLoss(k), trainLoss, trainAccuracy, testLoss, testAccuracy, h.penalty(k), h.lr(k),
                        theta);
                diverged = !Double.isFinite(trainLoss);
            }
        }
        Status status = diverged ? Status.DIVERGED : h.status();
        return new RunRecord(run, b, status);
    }
}
