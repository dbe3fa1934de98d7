package org.optimizerplayground.engine.analysis;

import java.util.Arrays;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.UpdateReplay;

/**
 * The EWMA explainer's numbers for one run, kept up to date one update at a time: the gradient
 * the run used, its averages m, m̂, s, ŝ ({@link Ewma}) and the rate each parameter got
 * ({@link EffectiveRate}), for every component. A playing run asks for a few more updates every
 * second; {@link #advanceTo} replays only those, so the cost of a refresh does not grow with
 * the run's history, and keeps only their numbers (the page has drawn the earlier ones), so
 * neither does its memory. Same numbers as {@link Ewma#of} and {@link EffectiveRate#of}, bit for bit.
 *
 * <p>The terms of each update come from an {@link UpdateReplay} along the run's points: those a
 * page already has (the shared store's, {@link #advanceTo(Trajectory, int, int)}), so no surface
 * is evaluated, or, when none are given, points this replay computes itself with a
 * {@link RunStepper}. The ∂θ an update used is ∇J(θ_(k−1)) of the points plus the same noise
 * redrawn (every optimizer here, Nesterov and Nadam included, looks ahead only through its own
 * state, never through another gradient), so either way the numbers are the stepper's.
 *
 * <p>Not thread-safe: one replay belongs to one page.
 */
public final class ExplainerReplay implements Trajectory.Sized {
    private final Experiment experiment;
    private final int index;
    private final RunSpec run;
    private final UpdateReplay updateReplay;
    /** The run's points when the caller gives none, computed as far as asked; null until then. */
    private RunStepper own;
    private final int dim;
    private final double beta1;
    private final double beta2;
    private final EffectiveRate.Rule rule;
    private final double[] rate;
    /** Per component: ∂θ, m, m̂, s, ŝ, rate of the updates of the last {@link #advanceTo}, from {@link #windowStart}. */
    private final double[][][] series;
    private final double[] m;
    private final double[] s;
    private double b1k = 1;
    private double b2k = 1;
    private int updates;
    private int windowStart;
    /** Of the last window, only the updates whose index is a multiple of this are kept. */
    private int keep = 1;
    /** {@code ⌈windowStart / keep⌉}: the slot of an index i kept is {@code i / keep − base}. */
    private int base;

    /** A replay of run {@code index} of {@code e} from θ₀, with no update yet. */
    public ExplainerReplay(Experiment e, int index) {
        this.experiment = e;
        this.index = index;
        this.run = e.runs().get(index);
        this.updateReplay = new UpdateReplay(e, index);
        this.dim = e.dimension();
        this.beta1 = Ewma.beta1(run);
        this.beta2 = Ewma.beta2(run);
        this.rule = EffectiveRate.Rule.of(run);
        this.rate = new double[dim];
        this.series = new double[dim][6][16];
        this.m = new double[dim];
        this.s = new double[dim];
    }

    /** Whether this replays run {@code i} of exactly {@code e}. */
    public boolean replays(Experiment e, int i) {
        return e == experiment && i == index;
    }

    /**
     * Replays up to {@code target} updates in all (fewer if the run ends first); never goes back.
     * Afterwards the numbers of the updates this call replayed are kept (see {@link #at}), the earlier ones are not.
     */
    public void advanceTo(int target) {
        advanceTo(target, 1);
    }

    /**
     * As {@link #advanceTo(int)}, keeping the numbers of only every {@code keep}-th update (those
     * whose index is a multiple of {@code keep}): what a chart thinned to every s-th point shows.
     * Every update is still replayed (the averages are recurrences); the memory is that of the
     * updates kept, so a whole 100 000-update history at {@code keep} = 100 holds about 120 KB
     * instead of 12 MB for a 2-D run. The points are computed here, and kept (see
     * {@link #advanceTo(Trajectory, int, int)} for points already computed, what a page uses).
     *
     * @throws IllegalArgumentException when {@code keep} is below 1
     */
    public void advanceTo(int target, int keep) {
        checkKeep(keep);
        if (own == null) {
            own = new RunStepper(experiment, index);
        }
        while (own.k() < target && !own.finished()) {
            own.step(null);
        }
        advanceTo(own.trajectory(), target, keep);
    }

    /**
     * As {@link #advanceTo(int, int)} along points already computed: {@code points} must be this
     * run's trajectory (the store's, or a view of it), which gives θ_(k−1) and ∇J(θ_(k−1)) of every
     * update, so no surface is evaluated. Stops at the last point of {@code points} (where the run
     * ended, or as far as it was computed).
     *
     * @throws IllegalArgumentException when {@code keep} is below 1
     */
    public void advanceTo(Trajectory points, int target, int keep) {
        checkKeep(keep);
        windowStart = updates;
        this.keep = keep;
        this.base = Math.ceilDiv(windowStart, keep);
        if (series[0][0].length > 1024) { // a whole history replayed once: the next windows are short
            for (double[][] c : series) {
                for (int j = 0; j < c.length; j++) {
                    c[j] = new double[16];
                }
            }
        }
        int end = Math.min(target, points.size() - 1);
        while (updates < end) {
            UpdateTerms terms = updateReplay.advanceTo(points, updates + 1);
            rule.rates(terms, rate);
            b1k *= beta1;
            b2k *= beta2;
            boolean kept = updates % keep == 0;
            for (int c = 0; c < dim; c++) {
                double g = terms.value("g", c);
                m[c] = beta1 * m[c] + (1 - beta1) * g;
                s[c] = beta2 * s[c] + (1 - beta2) * (g * g);
                if (!kept) {
                    continue;
                }
                double[][] out = series[c];
                int w = updates / keep - base;
                if (w == out[0].length) {
                    for (int j = 0; j < out.length; j++) {
                        out[j] = Arrays.copyOf(out[j], w * 2);
                    }
                }
                out[0][w] = g;
                out[1][w] = m[c];
                out[2][w] = m[c] / (1 - b1k);
                out[3][w] = s[c];
                out[4][w] = s[c] / (1 - b2k);
                out[5][w] = rate[c];
            }
            updates++;
        }
    }

    private static void checkKeep(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, got " + keep);
        }
    }

    /**
     * Lets go of the numbers of the last {@link #advanceTo} once they were read: a whole history
     * replayed at once (100 000 updates) holds about 1 MB per series, 12 MB for a 2-D run, which
     * would otherwise stay until the next call, for the life of a tab whose run has ended.
     */
    public void forgetWindow() {
        windowStart = updates;
        base = Math.ceilDiv(windowStart, keep);
        if (series[0][0].length > 1024) {
            for (double[][] c : series) {
                for (int j = 0; j < c.length; j++) {
                    c[j] = new double[16];
                }
            }
        }
    }

    /**
     * Bytes of the numbers kept (the last window's) and of the averages' state: what a budget
     * counts for a whole run's replay kept with its points. The optimizer's own replay state
     * (a few vectors) is not counted.
     */
    @Override
    public long bytes() {
        return (long) dim * 6 * (16 + 8L * series[0][0].length) + 3 * (16 + 8L * dim) + 128;
    }

    /** Updates replayed so far. */
    public int updates() {
        return updates;
    }

    /** The first update (k − 1) whose numbers are kept: the replay's count before the last {@link #advanceTo}. */
    public int windowStart() {
        return windowStart;
    }

    /** The averages of component {@code component} over the updates of the last {@link #advanceTo}. */
    public Ewma.Series ewma(int component) {
        double[][] c = series[component];
        int n = kept();
        return new Ewma.Series(beta1, beta2, Arrays.copyOf(c[0], n), Arrays.copyOf(c[1], n),
                Arrays.copyOf(c[2], n), Arrays.copyOf(c[3], n), Arrays.copyOf(c[4], n));
    }

    /** The rate component {@code component} got at each update of the last {@link #advanceTo}. */
    public double[] rate(int component) {
        return Arrays.copyOf(series[component][5], kept());
    }

    /**
     * Value {@code k − 1} (update k, {@link #windowStart} ≤ k − 1 < {@link #updates}) of ∂θ, m, m̂, s, ŝ or the
     * rate ({@code which} 0 … 5) of a component.
     */
    public double at(int component, int which, int index) {
        if (index < windowStart || index >= updates) {
            throw new IndexOutOfBoundsException("update index " + index + " is not in [" + windowStart + ", "
                    + updates + "), the updates of the last advanceTo");
        }
        if (index % keep != 0) {
            throw new IndexOutOfBoundsException("update index " + index + " was not kept: only multiples of " + keep
                    + " are");
        }
        return series[component][which][index / keep - base];
    }

    /** How many updates of the last window are kept (the multiples of {@code keep} in it). */
    private int kept() {
        return Math.ceilDiv(updates, keep) - base;
    }
}
