package org.optimizerplayground.engine.network;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.network.TrainRecording.RunRecord;

/**
 * The plane of a race's loss landscape and what lies on it, before the grid is computed: the
 * {@link Landscape} (its two directions through θ₀), each run's path projected onto it (one
 * {a, b} pair per written point), the window that holds them all, and the grid's axes. The API
 * and the network page both start from it, and compute the grid of costs their own way (on a
 * pool, or row by row so that a page can stop).
 *
 * @param paths per run, per written point, {a, b}
 * @param window {a_lo, a_hi, b_lo, b_hi} ({@link Landscape#window})
 */
public record RaceSlice(Landscape landscape, List<double[][]> paths, double[] window, double[] a, double[] b) {

    /**
     * The slice of {@code runs} (recorded with θ kept) of {@code problem}'s race along
     * {@code dirs}, with a {@code grid} × {@code grid} window.
     *
     * @throws IllegalArgumentException when the directions do not span a plane
     */
    public static RaceSlice of(NetworkProblem problem, List<RunRecord> runs, Landscape.Directions dirs, int grid) {
        double[] origin = problem.initialParameters();
        Landscape landscape;
        if (dirs == Landscape.Directions.PCA) {
            List<double[]> points = new ArrayList<>();
            for (RunRecord r : runs) {
                for (int i = 0; i < r.size(); i++) {
                    points.add(r.theta(i));
                }
            }
            landscape = Landscape.pca(origin, points);
        } else {
            landscape = Landscape.random(problem.spec().architecture(), origin, problem.spec().seed());
        }
        List<double[][]> paths = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        for (RunRecord r : runs) {
            double[][] path = new double[r.size()][];
            for (int i = 0; i < r.size(); i++) {
                path[i] = landscape.project(r.theta(i));
                all.add(path[i]);
            }
            paths.add(path);
        }
        double[] window = LandscapeWindow.window(all);
        return new RaceSlice(landscape, List.copyOf(paths), window, LandscapeWindow.axis(window[0], window[1], grid),
                LandscapeWindow.axis(window[2], window[3], grid));
    }
}
