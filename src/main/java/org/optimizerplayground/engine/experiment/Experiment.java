package org.optimizerplayground.engine.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.optimizerplayground.engine.optim.Adam;
import org.optimizerplayground.engine.optim.Momentum;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Sgd;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.engine.surface.Surfaces;

/**
 * Everything that determines the numbers of an experiment: the surface, the start point θ₀,
 * the number of updates, the runs compared side by side, the gradient noise and its seed, and
 * the view window the page and the basin map use. Immutable; two equal experiments give
 * bit-identical trajectories.
 */
public record Experiment(Surface surface, double[] start, int steps, List<RunSpec> runs, double noise, long seed,
                         double[] view) {
    public static final int DEFAULT_STEPS = 200;
    public static final int MAX_STEPS = 100_000;
    public static final int MAX_RUNS = 8;
    public static final long DEFAULT_SEED = 1;
    /** Largest |coordinate| of a start point or view window; beyond it a run counts as diverged. */
    public static final double MAX_COORDINATE = 1e6;
    public static final double MAX_NOISE = 1e6;

    public Experiment {
        Objects.requireNonNull(surface, "surface");
        start = start.clone();
        view = view.clone();
        runs = List.copyOf(runs);
        if (start.length != surface.dimension()) {
            throw new IllegalArgumentException("start has " + start.length + " coordinates but "
                    + surface.id() + " is " + surface.dimension() + "-D");
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in [1, " + MAX_STEPS + "], got " + steps);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [0, 1000000], got " + noise);
        }
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("an experiment has 1 to " + MAX_RUNS + " runs, got " + runs.size());
        }
    }

    /** The experiment a bare link opens: the default surface's race from its default start. */
    public static Experiment defaults() {
        return defaults(Surfaces.byId(Surfaces.DEFAULT).orElseThrow());
    }

    /** The default race on {@code surface}, from its default start, over its default view. */
    public static Experiment defaults(Surface surface) {
        return new Experiment(surface, surface.defaultStart(), DEFAULT_STEPS, defaultRace(surface), 0,
                DEFAULT_SEED, surface.view());
    }

    /**
     * SPEC §6: no {@code run} in a link means gradient descent, momentum and Adam at the
     * surface's suggested learning rates (their own defaults where it suggests none).
     */
    public static List<RunSpec> defaultRace(Surface surface) {
        List<RunSpec> race = new ArrayList<>();
        race.add(RunSpec.of(new Sgd(rate(surface, Sgd.KIND))));
        race.add(RunSpec.of(new Momentum(rate(surface, Momentum.KIND), 0.9)));
        race.add(RunSpec.of(new Adam(rate(surface, Adam.KIND), 0.9, 0.999, 1e-7,
                org.optimizerplayground.engine.optim.EpsMode.INSIDE, false)));
        return race;
    }

    private static double rate(Surface surface, OptimizerKind kind) {
        double lr = surface.suggestedLearningRate(kind.id());
        return Double.isNaN(lr) ? kind.defaultLr() : lr;
    }

    /** 1 or 2. */
    public int dimension() {
        return surface.dimension();
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double[] view() {
        return view.clone();
    }

    /** A copy with other runs (the rest unchanged). */
    public Experiment withRuns(List<RunSpec> newRuns) {
        return new Experiment(surface, start, steps, newRuns, noise, seed, view);
    }

    /** A copy with another start point. */
    public Experiment withStart(double[] newStart) {
        return new Experiment(surface, newStart, steps, runs, noise, seed, view);
    }

    /** A copy with run {@code index} replaced (the others unchanged). */
    public Experiment withRun(int index, RunSpec run) {
        List<RunSpec> next = new ArrayList<>(runs);
        next.set(index, run);
        return withRuns(next);
    }

    /** A copy with another gradient noise σ. */
    public Experiment withNoise(double newNoise) {
        return new Experiment(surface, start, steps, runs, newNoise, seed, view);
    }

    /** A copy with another noise seed. */
    public Experiment withSeed(long newSeed) {
        return new Experiment(surface, start, steps, runs, noise, newSeed, view);
    }

    /**
     * A copy with another view window ({@code xmin,xmax,ymin,ymax}, or {@code wmin,wmax} in 1-D):
     * only what the map shows changes, never a number of the runs.
     *
     * @throws IllegalArgumentException unless the window has 2·dimension finite numbers within
     *     ±{@value #MAX_COORDINATE}, each minimum below its maximum (NaN is refused)
     */
    public Experiment withView(double[] newView) {
        if (newView.length != 2 * dimension()) {
            throw new IllegalArgumentException("view needs " + 2 * dimension() + " numbers for a "
                    + dimension() + "-D surface, got " + newView.length);
        }
        for (int i = 0; i < newView.length; i += 2) {
            double lo = newView[i];
            double hi = newView[i + 1];
            if (!(Math.abs(lo) <= MAX_COORDINATE && Math.abs(hi) <= MAX_COORDINATE && lo < hi)) {
                throw new IllegalArgumentException("view: each minimum must be below its maximum, within ±1e6, got "
                        + lo + " and " + hi);
            }
        }
        return new Experiment(surface, start, steps, runs, noise, seed, newView);
    }

    /** A copy with another number of updates. */
    public Experiment withSteps(int newSteps) {
        return new Experiment(surface, start, newSteps, runs, noise, seed, view);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Experiment e && surfaceKey(surface).equals(surfaceKey(e.surface))
                && Arrays.equals(start, e.start) && steps == e.steps && runs.equals(e.runs)
                && Double.compare(noise, e.noise) == 0 && seed == e.seed && Arrays.equals(view, e.view);
    }

    @Override
    public int hashCode() {
        return Objects.hash(surfaceKey(surface), Arrays.hashCode(start), steps, runs, noise, seed,
                Arrays.hashCode(view));
    }

    private static Object surfaceKey(Surface s) {
        return s.id().equals(Surfaces.CUSTOM) ? s : s.id();
    }

    @Override
    public String toString() {
        return Link.format(this);
    }
}
