package org.optimizerplayground.web.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers and literals written as Python writes them, so a script reads back the same doubles. */
final class PythonText {
    private PythonText() {
    }

    /** A Python boolean literal. */
    static String py(boolean value) {
        return value ? "True" : "False";
    }

    /** A Python tuple of two numbers. */
    static String pair(double a, double b) {
        return "(" + py(a) + ", " + py(b) + ")";
    }

    /**
     * A finite double as Python's {@code repr} writes it: the shortest digits that read back as the
     * same double (the nearest such when several are equally short), plain notation for
     * 1e-4 ≤ |x| < 1e16 with at least one digit after the point ({@code 0.05}, {@code 1.0}),
     * otherwise an exponent of at least two digits ({@code 1e-07}, {@code 1.5e+16}). Infinities and
     * NaN are written {@code math.inf}, {@code -math.inf}, {@code math.nan}.
     */
    static String py(double value) {
        if (Double.isNaN(value)) {
            return "math.nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "math.inf" : "-math.inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(value);
        String sign = shortest.signum() < 0 ? "-" : "";
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int exponent = digits.length() - 1 - abs.scale(); // abs = d.ddd × 10^exponent
        if (exponent >= -4 && exponent < 16) {
            String plain = abs.toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = Integer.toString(Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                    RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(MathContext.DECIMAL64); // unreachable: 17 digits always round-trip
    }
}
