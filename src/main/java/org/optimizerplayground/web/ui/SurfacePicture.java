package org.optimizerplayground.web.ui;

import java.util.Arrays;
import org.optimizerplayground.engine.surface.Minimum;
import org.optimizerplayground.engine.surface.Surface;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.web.ui.chart.ContourChart;

/**
 * What the map draws of a surface, computed here so the browser only draws: for a 2-D surface
 * a grid of J over the view window with contour levels at quantiles of those values (so the
 * bands are readable whatever the scale: Rosenbrock spans 0 … 2500, the bowl 0 … 18); for a 1-D
 * surface the curve J(w). The link preview ({@code web/preview}) bands its picture with the same
 * {@link #levels}.
 */
public final class SurfacePicture {
    static final int GRID = 80;
    static final int CURVE_SAMPLES = 400;
    static final int LEVELS = 24;

    private SurfacePicture() {
    }

    /**
     * What {@code contour-chart.setSurface} draws; {@code globalMinimum} and {@code localMinimum}
     * name the stars in the legend, in the page's language.
     */
    static ContourChart.Picture of(Surface surface, double[] view, String globalMinimum, String localMinimum) {
        String[] names = {globalMinimum, localMinimum};
        if (surface instanceof org.optimizerplayground.engine.surface.CustomSurface) {
            return picture(surface, view, names);
        }
        // A lecture hall opens the same link a few hundred times in a minute: a built-in surface's
        // picture (a 80×80 grid) is computed once per view and language.
        String key = surface.id() + Arrays.toString(view) + "|" + globalMinimum + "|" + localMinimum;
        synchronized (RECENT) {
            ContourChart.Picture known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        ContourChart.Picture picture = picture(surface, view, names);
        synchronized (RECENT) {
            RECENT.put(key, picture);
        }
        return picture;
    }

    /** The last few pictures of built-in surfaces, by surface, view and legend words. */
    private static final java.util.Map<String, ContourChart.Picture> RECENT =
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, ContourChart.Picture> eldest) {
            return size() > 16;
        }
    };

    private static ContourChart.Picture picture(Surface surface, double[] view, String[] names) {
        return surface.dimension() == 1 ? curve(surface, view, names) : map(surface, view, names);
    }

    private static ContourChart.Grid map(Surface surface, double[] view, String[] names) {
        double[] values = new double[GRID * GRID];
        double[] p = new double[2];
        for (int row = 0; row < GRID; row++) {
            p[1] = view[2] + (view[3] - view[2]) * row / (GRID - 1);
            for (int col = 0; col < GRID; col++) {
                p[0] = view[0] + (view[1] - view[0]) * col / (GRID - 1);
                values[row * GRID + col] = surface.value(p);
            }
        }
        double[] levels = levels(values);
        List<String> colors = new ArrayList<>();
        for (int i = 0; i + 1 < levels.length; i++) {
            colors.add(Palette.band((double) i / Math.max(1, levels.length - 2)));
        }
        return new ContourChart.Grid(Arrays.copyOf(view, 4), GRID, GRID, rounded(values), levels, colors,
                minima(surface), new ContourChart.Labels("x", "y", names[0], names[1]));
    }

    private static ContourChart.Curve curve(Surface surface, double[] view, String[] names) {
        double[] w = new double[CURVE_SAMPLES];
        double[] j = new double[CURVE_SAMPLES];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            w[i] = view[0] + (view[1] - view[0]) * i / (CURVE_SAMPLES - 1);
            j[i] = surface.value(new double[] {w[i]});
            if (Double.isFinite(j[i])) {
                lo = Math.min(lo, j[i]);
                hi = Math.max(hi, j[i]);
            }
        }
        if (!(lo <= hi)) {
            lo = -1;
            hi = 1;
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.06);
        double[] range = {lo - pad, hi + pad};
        return new ContourChart.Curve(Arrays.copyOf(view, 2), w, j, range, minima(surface),
                new ContourChart.Labels("w", "J(w)", names[0], names[1]));
    }

    private static List<ContourChart.Minimum> minima(Surface surface) {
        List<ContourChart.Minimum> minima = new ArrayList<>();
        for (Minimum m : surface.minima()) {
            minima.add(new ContourChart.Minimum(m.point().clone(), m.value(), m.global()));
        }
        return minima;
    }

    /** Up to {@link #LEVELS} + 1 distinct levels at evenly spaced quantiles of the finite values. */
    public static double[] levels(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {0, 1};
        }
        double[] levels = new double[LEVELS + 1];
        int n = 0;
        for (int i = 0; i <= LEVELS; i++) {
            // Quantiles bunched towards the low end, where the minima and the paths are.
            double q = Math.pow((double) i / LEVELS, 1.6);
            double v = finite[(int) Math.round(q * (finite.length - 1))];
            if (n == 0 || v > levels[n - 1]) {
                levels[n++] = v;
            }
        }
        if (n == 1) {
            levels[n++] = levels[0] + 1;
        }
        return Arrays.copyOf(levels, n);
    }

    /** Six significant digits are plenty for a picture and halve the JSON sent. */
    private static double[] rounded(double[] values) {
        double[] r = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            r[i] = Double.isFinite(v) && v != 0 ? Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)) : v;
        }
        return r;
    }
}
