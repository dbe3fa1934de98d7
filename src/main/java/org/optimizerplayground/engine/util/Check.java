package org.optimizerplayground.engine.util;

/**
 * Argument checks in the style of PyTorch's optimizers: every message names the parameter, the
 * value it got and the range it allows. The comparisons are written in the negated form
 * ({@code !(v > lo)}) so that NaN is rejected too.
 */
public final class Check {
    private Check() {
    }

    /** Requires {@code lo < value <= hi}. */
    public static double openClosed(String name, double value, double lo, double hi) {
        if (!(value > lo && value <= hi)) {
            throw outOfRange(name, value, "(" + Numbers.format(lo) + ", " + Numbers.format(hi) + "]");
        }
        return value;
    }

    /** Requires {@code lo <= value < hi}. */
    public static double closedOpen(String name, double value, double lo, double hi) {
        if (!(value >= lo && value < hi)) {
            throw outOfRange(name, value, "[" + Numbers.format(lo) + ", " + Numbers.format(hi) + ")");
        }
        return value;
    }

    /** Requires {@code lo <= value <= hi}. */
    public static double closed(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw outOfRange(name, value, "[" + Numbers.format(lo) + ", " + Numbers.format(hi) + "]");
        }
        return value;
    }

    /** Requires {@code lo <= value <= hi} for a whole number. */
    public static long closed(String name, long value, long lo, long hi) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + value);
        }
        return value;
    }

    private static IllegalArgumentException outOfRange(String name, double value, String range) {
        return new IllegalArgumentException(name + " must be in " + range + ", got " + Numbers.format(value));
    }
}
