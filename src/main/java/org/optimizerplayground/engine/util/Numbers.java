package org.optimizerplayground.engine.util;

import java.util.regex.Pattern;

/**
 * Reading and writing numbers in links. Reading is strict: plain ASCII decimal notation only
 * ({@code 0.05}, {@code -1.5}, {@code 1e-3}, {@code .5}); {@code NaN}, {@code Infinity}, hex,
 * Java suffixes such as {@code 1d}, spaces and non-ASCII digits are rejected, and so is a
 * number too large to be finite. Writing gives the shortest form that reads back to the same
 * double ({@code 200}, {@code 0.05}, {@code 1e-7}).
 */
public final class Numbers {
    /** Longest number text accepted: enough for any double written in full. */
    public static final int MAX_LENGTH = 40;
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private Numbers() {
    }

    /**
     * Reads a finite double.
     *
     * @throws IllegalArgumentException naming {@code what} when the text is not a plain finite
     *     decimal number
     */
    public static double parseDouble(String what, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty: expected a number");
        }
        if (text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " must be a number, got '" + Text.quote(text) + "'");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is too large: got '" + Text.quote(text) + "'");
        }
        return value;
    }

    /** Reads a whole number written in decimal or exponent notation ({@code 200}, {@code 1e3}). */
    public static long parseWhole(String what, String text) {
        double value = parseDouble(what, text);
        if (value != StrictMath.rint(value) || Math.abs(value) > 9.007199254740992E15) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + Text.quote(text) + "'");
        }
        return (long) value;
    }

    /**
     * Reads a whole number within {@code [lo, hi]}, written in decimal or exponent notation. The
     * range is checked on the number as read, before any cast, so that a huge value is refused
     * as typed ({@code grid=4294967346}) instead of wrapping to a small one.
     *
     * @throws IllegalArgumentException naming {@code what}, the text as typed and the range
     */
    public static long parseWhole(String what, String text, long lo, long hi) {
        double value = parseDouble(what, text);
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "], got " + Text.quote(text));
        }
        return parseWhole(what, text);
    }

    /** Reads a {@code long} written with digits only (seeds may use all 64 bits). */
    public static long parseLong(String what, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty: expected a whole number");
        }
        if (text.length() > 21 || !INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + Text.quote(text) + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be between " + Long.MIN_VALUE + " and "
                    + Long.MAX_VALUE + ", got '" + Text.quote(text) + "'");
        }
    }

    /**
     * Shortest text that reads back as the same double: whole numbers without a fraction,
     * exponents in lower case without a redundant ".0" ({@code 1e-7}). NaN and infinities are
     * written as {@code NaN}, {@code Infinity}, {@code -Infinity} (only messages show them).
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == StrictMath.rint(value) && Math.abs(value) < 1e15) {
            if (value == 0 && 1 / value < 0) {
                return "-0";
            }
            return Long.toString((long) value);
        }
        String s = Double.toString(value);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }
}
