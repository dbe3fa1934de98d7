package org.optimizerplayground.engine.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.surface.Minimum;
import org.optimizerplayground.engine.util.Check;
import org.optimizerplayground.engine.util.Numbers;

/**
 * The lecture's "impact of the learning rate", computed (SPEC §9): for each run, the final loss
 * after the experiment's updates at {@code count} log-spaced rates, everything else unchanged.
 */
public final class LearningRateSweep {
    public static final double DEFAULT_FROM = 1e-5;
    public static final double DEFAULT_TO = 10;
    public static final int DEFAULT_COUNT = 100;
    public static final int MAX_COUNT = 200;
    /** Most updates per trajectory in a sweep: 200 rates × 8 runs × 10 000 bounds one request. */
    public static final int MAX_STEPS = 10_000;
    /** J − J* below this counts as having reached the minimum. */
    public static final double TOLERANCE = 1e-6;

    /** One rate of one run: where it ended. */
    public record Point(double lr, double finalLoss, Status status, Integer stepsToTolerance) {
    }

    /** One run's curve. */
    public record Curve(RunSpec run, List<Point> points) {
    }

    private LearningRateSweep() {
    }

    /** The {@code count} rates from {@code from} to {@code to}, evenly spaced in log10. */
    public static double[] rates(double from, double to, int count) {
        Check.openClosed("lr_from", from, 0, 100);
        Check.openClosed("lr_to", to, 0, 100);
        Check.closed("count", count, 2, MAX_COUNT);
        if (!(from < to)) {
            throw new IllegalArgumentException("lr_from must be smaller than lr_to, got " + Numbers.format(from)
                    + " and " + Numbers.format(to));
        }
        double a = StrictMath.log10(from);
        double b = StrictMath.log10(to);
        double[] rates = new double[count];
        for (int i = 0; i < count; i++) {
            rates[i] = i == 0 ? from : i == count - 1 ? to : StrictMath.pow(10, a + (b - a) * i / (count - 1));
        }
        return rates;
    }

    /** Checks that a sweep of this experiment is bounded work. */
    public static void checkSteps(Experiment e) {
        if (e.steps() > MAX_STEPS) {
            throw new IllegalArgumentException("a sweep runs at most " + MAX_STEPS + " updates per rate, got steps="
                    + e.steps());
        }
    }

    /** The sweep of every run of {@code e} over {@code rates}. */
    public static List<Curve> run(Experiment e, double[] rates, Progress progress) {
        checkSteps(e);
        Double target = globalMinimum(e);
        List<Curve> curves = new ArrayList<>();
        int total = rates.length * e.runs().size();
        int finished = 0;
        for (RunSpec run : e.runs()) {
            List<Point> points = new ArrayList<>();
            for (double lr : rates) {
                if (progress.cancelled()) {
                    throw new CancelledException();
                }
                points.add(point(e, withLr(run, lr), lr, target));
                progress.done(++finished, total);
            }
            curves.add(new Curve(run, points));
        }
        return curves;
    }

    /** The run with another base learning rate, its other settings unchanged. */
    public static RunSpec withLr(RunSpec run, double lr) {
        Map<String, Object> values = new LinkedHashMap<>(run.optimizer().parameters());
        values.put("lr", lr);
        return new RunSpec(run.optimizer().kind().create(values), run.decay());
    }

    private static Point point(Experiment e, RunSpec run, double lr, Double target) {
        Experiment single = e.withRuns(List.of(run));
        RunStepper stepper = new RunStepper(single, 0, false);
        Integer reached = target != null && stepper.trajectory().loss(0) - target < TOLERANCE ? 0 : null;
        while (!stepper.finished()) {
            stepper.step(null);
            if (reached == null && target != null) {
                Trajectory t = stepper.trajectory();
                if (t.loss(t.size() - 1) - target < TOLERANCE) {
                    reached = t.size() - 1;
                }
            }
        }
        Trajectory t = stepper.trajectory();
        return new Point(lr, t.loss(t.size() - 1), t.status(), reached);
    }

    /** J* of SPEC §9: the surface's global minimum value, or null when unknown. */
    static Double globalMinimum(Experiment e) {
        Double best = null;
        for (Minimum m : e.surface().minima()) {
            if (m.global() && (best == null || m.value() < best)) {
                best = m.value();
            }
        }
        return best;
    }
}
