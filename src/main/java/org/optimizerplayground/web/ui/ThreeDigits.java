package org.optimizerplayground.web.ui;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Three significant digits: what a click on the map or the sweep, or a slider position, is
 * worth (a pointer is not more precise than that), and links stay short. 0 and non-finite
 * numbers give 0.
 */
final class ThreeDigits {
    private static final MathContext THREE = new MathContext(3);

    private ThreeDigits() {
    }

    static double round(double v) {
        return v == 0 || !Double.isFinite(v) ? 0 : new BigDecimal(v).round(THREE).doubleValue();
    }
}
