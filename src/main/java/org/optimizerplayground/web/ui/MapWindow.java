package org.optimizerplayground.web.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The view window a zoom or pan of the map asks for, made fit for a link: each end rounded to
 * about a thousandth of its axis's width (a pointer is not more precise, and the link stays
 * short: {@code view=-1.25,0.875,0.5,2.13}), and refused when it is not a window the map can
 * show (not finite, beyond ±1e6, or narrower than {@link #MIN_WIDTH}).
 */
final class MapWindow {
    /** Narrowest axis a zoom may reach; closer, double precision shows its steps. */
    static final double MIN_WIDTH = 1e-9;

    private MapWindow() {
    }

    /**
     * The rounded window for a {@code dimension}-D map: {@code {xmin, xmax, ymin, ymax}} in 2-D,
     * {@code {wmin, wmax}} in 1-D (the J axis of {@code raw} is ignored); empty when refused.
     */
    static Optional<double[]> of(double[] raw, int dimension) {
        double[] view = new double[2 * dimension];
        for (int i = 0; i < view.length; i += 2) {
            double lo = raw[i];
            double hi = raw[i + 1];
            double width = hi - lo;
            if (!(Double.isFinite(lo) && Double.isFinite(hi) && width >= MIN_WIDTH)) {
                return Optional.empty();
            }
            int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(width)));
            view[i] = round(lo, decimals);
            view[i + 1] = round(hi, decimals);
            if (!(view[i] < view[i + 1] && Math.abs(view[i]) <= 1e6 && Math.abs(view[i + 1]) <= 1e6)) {
                return Optional.empty();
            }
        }
        return Optional.of(view);
    }

    private static double round(double v, int decimals) {
        double r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? 0 : r; // no -0 in a link
    }
}
