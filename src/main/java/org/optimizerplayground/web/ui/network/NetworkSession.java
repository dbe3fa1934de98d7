package org.optimizerplayground.web.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.LossKind;
import org.optimizerplayground.engine.network.Mlp;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.network.TrainStepper;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.web.session.Pace;

/**
 * One tab's race on a network: every run of the {@link TrainSpec} from the common θ₀ through the
 * common batch order, advanced by {@link #tick} at {@code speed} updates per second. A plain
 * object: time comes in from outside, nothing here knows Vaadin, and it is not thread-safe (the
 * page calls it under the tab's lock).
 *
 * <p>The steppers record only the batch loss of each update. The whole training and test sets
 * are evaluated once per frame ({@link #tick}, {@link #step}, a restart), at each run's latest
 * θ_k, and within a frame at every multiple of ⌈steps/{@value #METRIC_POINTS}⌉: evaluating both sets costs about 35 updates of the default net, so evaluating every update
 * would slow the race down that much. Those points are exactly what {@code /api/train} gives at
 * the same k.
 */
final class NetworkSession {
    /** {@code speed=max}: this many updates per run and frame (about 45 000 per second). */
    static final int MAX_SPEED = Integer.MAX_VALUE;
    static final int UPDATES_PER_FRAME_AT_MAX = 1500;
    /** The heat map: nodes per axis, and the window [−6, 6]² (the data sets lie within ±6). */
    static final int GRID = 40;
    static final double WINDOW = 6;

    /** The metrics of θ_k on the whole sets, evaluated at one frame. */
    record Metrics(int k, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
    }

    private TrainSpec spec;
    private NetworkProblem problem;
    private Mlp evaluator;
    private List<TrainStepper> steppers = List.of();
    /** Whole-set evaluations per run at least, however fast it plays: one every ⌈steps/200⌉ updates. */
    static final int METRIC_POINTS = 200;

    private List<List<Metrics>> metrics = List.of();
    /** Each run's named quantities of its last update of the last frame (null before the first). */
    private UpdateTerms[] latestTerms = new UpdateTerms[0];
    private int[] deliveredUpdates = new int[0];
    private int[] deliveredMetrics = new int[0];
    private int speed;
    private boolean wantsPlay;
    private final Pace pace = new Pace(UPDATES_PER_FRAME_AT_MAX);
    private long generation;
    private long updatesComputed;

    NetworkSession(TrainSpec spec, int speed) {
        this.speed = speed;
        restart(spec);
    }

    TrainSpec spec() {
        return spec;
    }

    NetworkProblem problem() {
        return problem;
    }

    /** Increases at every restart: charts drop their points. */
    long generation() {
        return generation;
    }

    int speed() {
        return speed;
    }

    boolean wantsPlay() {
        return wantsPlay;
    }

    /** Whether frames are needed: playing, and some run has not ended. */
    boolean needsTicks() {
        return wantsPlay && !finished();
    }

    boolean finished() {
        return steppers.stream().allMatch(TrainStepper::finished);
    }

    /** A new setting: every run from its θ₀ again, playing if it was. */
    void setSpec(TrainSpec next) {
        restart(next);
    }

    void setSpeed(int next) {
        speed = next;
        pace.restart();
    }

    void play() {
        if (finished()) {
            restart(spec);
        }
        wantsPlay = true;
        pace.resume();
    }

    void pause() {
        wantsPlay = false;
    }

    /** One update of every run that has not ended (pauses first), then the metrics. */
    void step() {
        wantsPlay = false;
        advance(1);
    }

    /** Back to θ₀, paused. */
    void reset() {
        wantsPlay = false;
        restart(spec);
    }

    /**
     * Advances by the updates the speed allows since the last tick (at least one per frame), then
     * evaluates the whole sets once at each run's latest point.
     *
     * @param nowNanos a monotonic clock reading
     */
    void tick(long nowNanos) {
        if (!needsTicks()) {
            return;
        }
        advance(speed == MAX_SPEED ? UPDATES_PER_FRAME_AT_MAX : pace.updates(speed, nowNanos));
    }

    List<TrainHistory> histories() {
        return steppers.stream().map(TrainStepper::history).toList();
    }

    /** The metric points of run {@code index} so far. */
    List<Metrics> metrics(int index) {
        return metrics.get(index);
    }

    /** The points k ∈ [from, to) of run {@code index} not handed out before (batch losses). */
    int[] takeNewUpdates(int index) {
        int from = deliveredUpdates[index];
        int to = steppers.get(index).history().size();
        deliveredUpdates[index] = to;
        return new int[] {from, to};
    }

    /** The metric points of run {@code index} not handed out before. */
    List<Metrics> takeNewMetrics(int index) {
        List<Metrics> all = metrics.get(index);
        List<Metrics> fresh = List.copyOf(all.subList(deliveredMetrics[index], all.size()));
        deliveredMetrics[index] = all.size();
        return fresh;
    }

    /**
     * The focused run's prediction on a {@link #GRID} × {@link #GRID} grid over [−6, 6]²: the
     * probability of class 1 (the sigmoid of the logit for {@code bce}, the output clamped to
     * [0, 1] for {@code mse}), row i at y_i ascending, NaN where the weights are not finite.
     */
    double[] grid(int run) {
        TrainStepper s = steppers.get(Math.max(0, Math.min(run, steppers.size() - 1)));
        List<Feature> features = spec.architecture().features();
        LossKind loss = spec.architecture().loss();
        double[] in = new double[features.size()];
        double[] p = new double[GRID * GRID];
        for (int i = 0; i < GRID; i++) {
            double y = node(i);
            for (int j = 0; j < GRID; j++) {
                double x = node(j);
                for (int f = 0; f < in.length; f++) {
                    in[f] = features.get(f).of(x, y);
                }
                double z = s.output(in);
                p[i * GRID + j] = loss == LossKind.BCE ? 1 / (1 + StrictMath.exp(-z)) : Math.max(0, Math.min(1, z));
            }
        }
        return p;
    }

    /** Grid node i of {@link #grid} on either axis. */
    static double node(int i) {
        return -WINDOW + 2 * WINDOW * i / (GRID - 1);
    }

    private void advance(int updates) {
        // Also every ⌈steps/200⌉ updates within a frame: at high speeds a frame holds hundreds of
        // updates (a whole run at "max"), and one evaluation per frame would draw the training
        // and test curves as a straight line between two points.
        int stride = Math.max(1, (spec.steps() + METRIC_POINTS - 1) / METRIC_POINTS);
        for (int i = 0; i < steppers.size(); i++) {
            TrainStepper s = steppers.get(i);
            for (int n = 0; n < updates && !s.finished(); n++) {
                // the rule panel shows the frame's last update: only that one records its terms
                boolean last = n == updates - 1 || s.k() + 1 == spec.steps();
                UpdateTerms terms = last ? new UpdateTerms() : null;
                s.step(terms);
                updatesComputed++;
                if (terms != null) {
                    latestTerms[i] = terms;
                } else if (s.finished()) {
                    // diverged in the middle of a frame: its last update replayed, with its terms
                    latestTerms[i] = TrainStepper.termsOf(problem, spec.runs().get(i), s.k());
                }
                if (s.k() % stride == 0) {
                    evaluate(i);
                }
            }
        }
        evaluate();
    }

    /** The whole sets at each run's latest θ_k, once per k. */
    private void evaluate() {
        for (int i = 0; i < steppers.size(); i++) {
            evaluate(i);
        }
    }

    private void evaluate(int i) {
        TrainStepper s = steppers.get(i);
        List<Metrics> m = metrics.get(i);
        if (!m.isEmpty() && m.getLast().k() == s.k()) {
            return;
        }
        double[] theta = s.theta();
        double trainLoss = evaluator.evaluate(theta, problem.train());
        double trainAccuracy = evaluator.accuracy();
        double testLoss = evaluator.evaluate(theta, problem.test());
        double testAccuracy = evaluator.accuracy();
        m.add(new Metrics(s.k(), trainLoss, trainAccuracy, testLoss, testAccuracy));
    }

    private void restart(TrainSpec next) {
        spec = next;
        problem = NetworkProblem.of(next);
        evaluator = new Mlp(next.architecture());
        List<TrainStepper> fresh = new ArrayList<>();
        List<List<Metrics>> points = new ArrayList<>();
        for (var run : next.runs()) {
            fresh.add(new TrainStepper(problem, run, false, false));
            points.add(new ArrayList<>());
        }
        steppers = List.copyOf(fresh);
        metrics = List.copyOf(points);
        deliveredUpdates = new int[fresh.size()];
        latestTerms = new UpdateTerms[fresh.size()];
        deliveredMetrics = new int[fresh.size()];
        pace.restart();
        generation++;
        evaluate();
    }

    /** The status of run {@code index}. */
    Status status(int index) {
        return steppers.get(index).history().status();
    }

    /**
     * The named quantities (g, m, s, θ before and after…) of the last update of the last frame of
     * run {@code index} (of its last update once it has ended), or null before its first update.
     */
    UpdateTerms latestTerms(int index) {
        return latestTerms[index];
    }

    /** Updates computed by this session since it was made, over every run and restart (the metrics). */
    long updatesComputed() {
        return updatesComputed;
    }

    /** Updates applied so far by run {@code index}. */
    int k(int index) {
        return steppers.get(index).k();
    }
}
