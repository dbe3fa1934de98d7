package org.optimizerplayground.engine.network;

import java.util.List;

/**
 * The network's inputs for a set of points: one row of feature values per point (row-major in
 * one array, so the hot loop reads memory in order) and the labels t ∈ {0, 1} as doubles.
 * Computed once per data set and shared, read-only, by every run of a race.
 */
public final class Inputs {
    private final int rows;
    private final int columns;
    private final double[] values;
    private final double[] targets;

    private Inputs(int rows, int columns, double[] values, double[] targets) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
        this.targets = targets;
    }

    /** The features of every point, in the order of {@code features}. */
    public static Inputs of(Points points, List<Feature> features) {
        int n = points.size();
        int f = features.size();
        double[] values = new double[n * f];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                values[i * f + j] = features.get(j).of(points.x(i), points.y(i));
            }
            targets[i] = points.label(i);
        }
        return new Inputs(n, f, values, targets);
    }

    /** The number of points. */
    public int rows() {
        return rows;
    }

    /** The number of features. */
    public int columns() {
        return columns;
    }

    /** Feature j of point i. */
    public double value(int i, int j) {
        return values[i * columns + j];
    }

    /** The label of point i, 0.0 or 1.0. */
    public double target(int i) {
        return targets[i];
    }

    double[] values() {
        return values;
    }

    double[] targets() {
        return targets;
    }
}
