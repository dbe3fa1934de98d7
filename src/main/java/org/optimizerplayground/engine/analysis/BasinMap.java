package org.optimizerplayground.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.surface.Minimum;
import org.optimizerplayground.engine.util.Check;

/**
 * Where each start point ends (SPEC §9): an N×N grid of starts over the view window (cell
 * centres, row-major from the top-left: y descending, x ascending; one row for a 1-D surface),
 * each run from each start, each labelled by the minimum it ends in. The cells are independent,
 * so they are spread over the cores; every cell is the same {@link RunStepper} computation as a
 * single run from that start, so the numbers do not depend on the number of threads.
 */
public final class BasinMap {
    public static final int MAX_GRID = 200;
    public static final int MAX_STEPS = 2_000;
    /** An end point this close to a minimum is in its basin. */
    public static final double RADIUS = 1e-3;
    /** Ended away from every known minimum (or, for a custom surface, past the 64 found). */
    public static final int NONE = -2;
    public static final int DIVERGED = -1;
    /** For custom surfaces, how many distinct end points are told apart. */
    static final int MAX_FOUND = 64;

    /** One run's map: per cell the basin index (or {@link #NONE}, {@link #DIVERGED}) and final J. */
    public record RunMap(RunSpec run, int[] basin, double[] finalLoss) {
    }

    /** The whole answer: the minima the indices point into, and one map per run. */
    public record Result(List<double[]> minima, int grid, double[] view, List<RunMap> runs) {
    }

    private BasinMap() {
    }

    /** Checks the grid size: 1 … 200 cells a side. */
    public static void checkGrid(int grid) {
        Check.closed("grid", grid, 1, MAX_GRID);
    }

    /** Checks the work per start: at most 2 000 updates. */
    public static void checkSteps(Experiment e) {
        if (e.steps() > MAX_STEPS) {
            throw new IllegalArgumentException("a basin map runs at most " + MAX_STEPS + " updates per start, got steps="
                    + e.steps());
        }
    }

    /** The start point of cell {@code index} (row-major from the top-left). */
    public static double[] start(Experiment e, int grid, int index) {
        double[] v = e.view();
        int col = index % grid;
        int row = index / grid;
        double x = v[0] + (col + 0.5) * (v[1] - v[0]) / grid;
        return e.dimension() == 1 ? new double[] {x} : new double[] {x, v[3] - (row + 0.5) * (v[3] - v[2]) / grid};
    }

    /** Number of cells: N×N, or N for a 1-D surface. */
    public static int cells(Experiment e, int grid) {
        return e.dimension() == 1 ? grid : grid * grid;
    }

    /**
     * Computes the map on {@code pool} (its parallelism decides how many cores work).
     *
     * @throws CancelledException when {@code progress} asks to stop
     */
    public static Result run(Experiment e, int grid, ForkJoinPool pool, Progress progress) {
        checkGrid(grid);
        checkSteps(e);
        int cells = cells(e, grid);
        int runs = e.runs().size();
        double[][] ends = new double[runs * cells][];
        double[] losses = new double[runs * cells];
        Status[] statuses = new Status[runs * cells];
        AtomicInteger finished = new AtomicInteger();
        int total = runs * cells;
        try {
            pool.submit(() -> IntStream.range(0, total).parallel().forEach(job -> {
                if (progress.cancelled()) {
                    throw new CancelledException();
                }
                int run = job / cells;
                int cell = job % cells;
                Experiment single = e.withStart(start(e, grid, cell)).withRuns(List.of(e.runs().get(run)));
                Trajectory t = new RunStepper(single, 0, false).finish();
                int last = t.size() - 1;
                double[] end = new double[t.dimension()];
                for (int i = 0; i < end.length; i++) {
                    end[i] = t.theta(last, i);
                }
                ends[job] = end;
                losses[job] = t.loss(last);
                statuses[job] = t.status();
                int n = finished.incrementAndGet();
                if (n % 256 == 0 || n == total) {
                    progress.done(n, total);
                }
            })).get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (java.util.concurrent.ExecutionException ex) {
            if (ex.getCause() instanceof CancelledException c) {
                throw c;
            }
            throw new IllegalStateException(ex.getCause());
        }
        List<double[]> minima = new ArrayList<>();
        // A built-in's minima are known (maybe none, as on the saddle); a typed surface's are found.
        boolean known = !(e.surface() instanceof CustomSurface);
        for (Minimum m : e.surface().minima()) {
            minima.add(m.point());
        }
        List<RunMap> maps = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            int[] basin = new int[cells];
            double[] finalLoss = new double[cells];
            for (int c = 0; c < cells; c++) {
                int job = r * cells + c;
                finalLoss[c] = losses[job];
                if (statuses[job] == Status.DIVERGED) {
                    basin[c] = DIVERGED;
                } else {
                    basin[c] = known ? nearest(minima, ends[job]) : found(minima, ends[job]);
                }
            }
            maps.add(new RunMap(e.runs().get(r), basin, finalLoss));
        }
        return new Result(minima, grid, e.view(), maps);
    }

    /** The index of the known minimum within {@link #RADIUS} of {@code end}, or {@link #NONE}. */
    private static int nearest(List<double[]> minima, double[] end) {
        for (int i = 0; i < minima.size(); i++) {
            if (distance(minima.get(i), end) < RADIUS) {
                return i;
            }
        }
        return NONE;
    }

    /** Custom surfaces: end points are grouped as they come (cell order, so the result is stable). */
    private static int found(List<double[]> minima, double[] end) {
        int i = nearest(minima, end);
        if (i != NONE) {
            return i;
        }
        if (minima.size() == MAX_FOUND) {
            return NONE;
        }
        minima.add(end.clone());
        return minima.size() - 1;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return StrictMath.sqrt(s);
    }
}
