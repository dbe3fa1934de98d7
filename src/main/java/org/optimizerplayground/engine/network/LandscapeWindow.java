package org.optimizerplayground.engine.network;

import java.util.List;

/**
 * Where a {@link Landscape} slice is drawn: the window in (a, b) around the projected paths and
 * the grid nodes in it.
 *
 * <p>Window: the smallest box holding (0, 0) and every finite projected point; an axis whose span
 * is less than a tenth of the other's is widened about its centre to that tenth (a nearly
 * straight path does not zoom the other axis into rounding noise); an axis with span 0 is
 * [−1, 1]; then each side gains {@link #MARGIN} of the span. Grid nodes: a_j = a_min + j·(a_max −
 * a_min)/(G − 1), j = 0 … G − 1, likewise b_i, end points included.
 */
public final class LandscapeWindow {
    /** Share of the span added on each side of the window. */
    public static final double MARGIN = 0.1;

    private LandscapeWindow() {
    }

    /**
     * The window [a_min, a_max, b_min, b_max] covering (0, 0) and every finite point of
     * {@code coordinates} ({a, b} pairs), as the class comment says.
     */
    public static double[] window(List<double[]> coordinates) {
        double amin = 0;
        double amax = 0;
        double bmin = 0;
        double bmax = 0;
        for (double[] c : coordinates) {
            if (Double.isFinite(c[0]) && Double.isFinite(c[1])) {
                amin = Math.min(amin, c[0]);
                amax = Math.max(amax, c[0]);
                bmin = Math.min(bmin, c[1]);
                bmax = Math.max(bmax, c[1]);
            }
        }
        double sa = amax - amin;
        double sb = bmax - bmin;
        if (sa < 0.1 * sb) {
            double mid = 0.5 * (amin + amax);
            amin = mid - 0.05 * sb;
            amax = mid + 0.05 * sb;
        } else if (sb < 0.1 * sa) {
            double mid = 0.5 * (bmin + bmax);
            bmin = mid - 0.05 * sa;
            bmax = mid + 0.05 * sa;
        }
        if (!(amax > amin)) {
            amin = -1;
            amax = 1;
        }
        if (!(bmax > bmin)) {
            bmin = -1;
            bmax = 1;
        }
        double ma = MARGIN * (amax - amin);
        double mb = MARGIN * (bmax - bmin);
        return new double[] {amin - ma, amax + ma, bmin - mb, bmax + mb};
    }

    /** The G grid nodes from {@code lo} to {@code hi}, end points included. */
    public static double[] axis(double lo, double hi, int g) {
        double[] v = new double[g];
        for (int j = 0; j < g; j++) {
            v[j] = j == g - 1 ? hi : lo + j * (hi - lo) / (g - 1);
        }
        return v;
    }
}
