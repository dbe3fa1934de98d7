package org.optimizerplayground.web.ui;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * Picks from a frame what each chart appends: the map's points, J per iteration, θ per iteration
 * and α_k per iteration. Only points not sent before are taken.
 *
 * <p>Long runs are thinned to about {@link Frame#MAX_POINTS} points per run (every s-th k, plus the
 * last point of a run that has ended): the browser draws what it can show, and the exact
 * numbers stay one click away in the API link.
 */
final class FrameEncoder {
    private FrameEncoder() {
    }

    /** The map's new points: (x, y) per point in 2-D, (w, J) in 1-D. */
    static List<ContourChart.Points> mapPoints(List<Frame.Run> slices) {
        List<ContourChart.Points> points = new ArrayList<>(slices.size());
        for (Frame.Run s : slices) {
            Trajectory t = s.trajectory();
            int[] ks = sent(s, false);
            double[] x = new double[ks.length];
            double[] y = new double[ks.length];
            for (int i = 0; i < ks.length; i++) {
                x[i] = t.theta(ks[i], 0);
                y[i] = t.dimension() == 2 ? t.theta(ks[i], 1) : t.loss(ks[i]);
            }
            points.add(new ContourChart.Points(s.index(), x, y));
        }
        return points;
    }

    /** What one series chart plots of a point. */
    @FunctionalInterface
    interface Measure {
        double of(Trajectory t, int k);
    }

    /**
     * New points for charts with one series per run and measure, series index = run × measures +
     * measure (θ₁ and θ₂ of run 0 are series 0 and 1), as {@link Charts#series} numbers them.
     */
    static List<SeriesChart.Points> series(List<Frame.Run> slices, boolean skipStart, Measure... measures) {
        List<SeriesChart.Points> series = new ArrayList<>(slices.size() * measures.length);
        for (Frame.Run s : slices) {
            int[] ks = sent(s, skipStart);
            for (int m = 0; m < measures.length; m++) {
                double[] y = new double[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    y[i] = measures[m].of(s.trajectory(), ks[i]);
                }
                series.add(new SeriesChart.Points(s.index() * measures.length + m, ks, y));
            }
        }
        return series;
    }

    /** The iterations k of this slice that are drawn, without k = 0 when {@code skipStart}. */
    private static int[] sent(Frame.Run s, boolean skipStart) {
        int[] ks = new int[Math.max(0, s.to() - s.from())];
        int n = 0;
        for (int k = s.from(); k < s.to(); k++) {
            if (s.sends(k) && !(skipStart && k == 0)) {
                ks[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(ks, n);
    }
}
