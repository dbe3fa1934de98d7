package org.optimizerplayground.engine.network;

import java.util.Arrays;

/**
 * Points of the plane with a class label 0 or 1, in a fixed order. Immutable: the accessors
 * copy nothing, but nothing writes to the arrays after construction (they are copied in).
 */
public final class Points {
    private final double[] x;
    private final double[] y;
    private final int[] label;

    /** Copies the three arrays, which must have one length; labels must be 0 or 1. */
    public Points(double[] x, double[] y, int[] label) {
        if (x.length != y.length || x.length != label.length) {
            throw new IllegalArgumentException("x, y and label must have one length, got "
                    + x.length + ", " + y.length + ", " + label.length);
        }
        for (int c : label) {
            if (c != 0 && c != 1) {
                throw new IllegalArgumentException("a label must be 0 or 1, got " + c);
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.label = label.clone();
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** The class of point i: 1 (TensorFlow Playground's +1, orange) or 0 (its −1, blue). */
    public int label(int i) {
        return label[i];
    }

    /** Points {@code from} (inclusive) to {@code to} (exclusive), in order. */
    Points slice(int from, int to) {
        return new Points(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to),
                Arrays.copyOfRange(label, from, to));
    }
}
