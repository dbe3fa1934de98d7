package org.optimizerplayground.web.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.RaceSlice;
import org.optimizerplayground.engine.network.TrainRecording;
import org.optimizerplayground.engine.network.TrainRecording.RunRecord;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.web.api.NetworkLimits;

/**
 * The loss landscape of the page's race, as {@code GET /api/landscape} computes it (same
 * {@link Landscape}, same limits via {@link NetworkController#checkLandscape}): every run of the
 * link from the common θ₀ with the same batches, its path written every {@link #every} updates,
 * the two directions (PCA of the paths or filter-normalised random), the window and the grid
 * of the training cost J(θ₀ + a·d₁ + b·d₂). The grid is computed row by row on the calling
 * thread so that a computation made obsolete stops between rows and the page can show steps.
 */
final class LandscapeComputation {
    /** The page writes at most about this many points of each path (the picture needs no more). */
    static final int PATH_POINTS = 1_000;

    /** A run's path: updates k, projected (a, b), and the true training cost J(θ_k) there. */
    record RunPath(int[] k, double[] a, double[] b, double[] cost, Status status) {
    }

    /**
     * The landscape: {@code cost[i][j]} = L(a[j], b[i]) (rows by b ascending), the window
     * {a_min, a_max, b_min, b_max}, and for PCA the shares of the paths' squared distance the
     * plane holds (else null).
     */
    record Result(Landscape.Directions dirs, int grid, int every, double[] window, double[] a, double[] b,
                  double[][] cost, double[] explained, List<RunPath> runs) {
    }

    /** Thrown when the computation was made obsolete (a new setting or a new request). */
    static final class Obsolete extends RuntimeException {
        Obsolete() {
            super("obsolete", null, false, false);
        }
    }

    private LandscapeComputation() {
    }

    /** One point in every this many updates: at most about {@link #PATH_POINTS} per path. */
    static int every(TrainSpec spec) {
        return Math.max(1, (spec.steps() + PATH_POINTS - 1) / PATH_POINTS);
    }

    /** Work steps of a computation: one per run recorded, one per grid row. */
    static int steps(TrainSpec spec, int grid) {
        return spec.runs().size() + grid;
    }

    /**
     * Throws a {@link LinkException} when the setting is beyond the API's limits (or the grid
     * outside 2 … {@link Landscape#MAX_GRID}); cheap, for the UI thread.
     */
    static void check(TrainSpec spec, Landscape.Directions dirs, int grid) {
        if (grid < 2 || grid > Landscape.MAX_GRID) {
            throw new LinkException("grid", "the grid must have 2 to " + Landscape.MAX_GRID
                    + " nodes per axis, got " + grid);
        }
        NetworkLimits.checkLandscape(spec, every(spec), grid, dirs);
    }

    /**
     * Computes the landscape (call {@link #check} first); {@code done} gets the number of steps
     * finished after each; throws {@link Obsolete} as soon as {@code obsolete} says so, and an
     * {@link IllegalArgumentException} when the directions do not span a plane.
     */
    static Result compute(TrainSpec spec, Landscape.Directions dirs, int grid, BooleanSupplier obsolete,
                          IntConsumer done) {
        int every = every(spec);
        NetworkProblem problem = NetworkProblem.of(spec);
        List<RunRecord> runs = new ArrayList<>();
        for (var run : spec.runs()) {
            stopIf(obsolete);
            runs.add(TrainRecording.run(problem, run, every, true));
            done.accept(runs.size());
        }
        RaceSlice slice = RaceSlice.of(problem, runs, dirs, grid);
        Landscape landscape = slice.landscape();
        List<RunPath> paths = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            double[][] path = slice.paths().get(r);
            int n = run.size();
            int[] k = new int[n];
            double[] a = new double[n];
            double[] b = new double[n];
            double[] cost = new double[n];
            for (int i = 0; i < n; i++) {
                k[i] = run.k(i);
                a[i] = path[i][0];
                b[i] = path[i][1];
                cost[i] = run.cost(i);
            }
            paths.add(new RunPath(k, a, b, cost, run.status()));
        }
        double[] window = slice.window();
        double[] a = slice.a();
        double[] b = slice.b();
        double[][] cost = new double[grid][];
        for (int i = 0; i < grid; i++) {
            stopIf(obsolete);
            cost[i] = landscape.grid(spec.architecture(), problem.train(), a, new double[] {b[i]}, null)[0];
            done.accept(runs.size() + i + 1);
        }
        return new Result(dirs, grid, every, window, a, b, cost, landscape.explained().orElse(null), paths);
    }

    private static void stopIf(BooleanSupplier obsolete) {
        if (obsolete.getAsBoolean()) {
            throw new Obsolete();
        }
    }
}
