package org.optimizerplayground.web.ui;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers written for KaTeX: six significant digits, powers of ten for the very small and large. */
final class LatexNumbers {
    private LatexNumbers() {
    }

    static String of(double v) {
        if (Double.isNaN(v)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            return d.toPlainString();
        }
        int exponent = d.precision() - d.scale() - 1;
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        String m = mantissa.toPlainString();
        return (m.equals("1") ? "" : m.equals("-1") ? "-" : m + "\\times ") + "10^{" + exponent + "}";
    }

    /** A vector: (a, b), or just a for one component. */
    static String of(double[] v) {
        if (v.length == 1) {
            return of(v[0]);
        }
        StringBuilder s = new StringBuilder("\\left(");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ",\\ ").append(of(v[i]));
        }
        return s.append("\\right)").toString();
    }
}
