package org.optimizerplayground.engine.surface;

/**
 * A known minimum of a surface: where it is, the value there, and whether it is global.
 */
public record Minimum(double[] point, double value, boolean global) {
    public Minimum {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    static Minimum global(double value, double... point) {
        return new Minimum(point, value, true);
    }

    static Minimum local(double value, double... point) {
        return new Minimum(point, value, false);
    }
}
