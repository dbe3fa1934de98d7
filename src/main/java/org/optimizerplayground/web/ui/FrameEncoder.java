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
 * <p>Runs of up to {@link Frame#DETAIL} updates are drawn point for point. Longer runs are thinned
 * for display, by a rule that depends only on k and the run's values, so a run sent over many
 * frames draws the same points as one sent at once: the map path takes every s-th point (about
 * {@link Frame#MAP_POINTS}) and the last point of a run that has ended; each curve takes its first
 * point, per bucket of {@link Frame.Run#bucket} updates (about {@link Frame#BUCKETS} buckets) the
 * k of the bucket's minimum and maximum (and of its first NaN or ±∞, a gap), and the last point
 * of a run that has ended, so spikes and the curve's envelope stay. A chart a few hundred pixels
 * wide shows no more; the exact numbers stay in the downloads, the API link and the panels.
 */
final class FrameEncoder {
    private FrameEncoder() {
    }

    /** The map's new points: (x, y) per point in 2-D, (w, J) in 1-D. */
    static List<ContourChart.Points> mapPoints(List<Frame.Run> slices) {
        List<ContourChart.Points> points = new ArrayList<>(slices.size());
        for (Frame.Run s : slices) {
            double[][] xy = whole(s) ? s.trajectory().derived(new MapKey(s.stride()), () -> mapPoints(s)) : mapPoints(s);
            if (xy[0].length == 0 && s.bucket() > 1) {
                continue; // only a bucket of the curves ended in this frame
            }
            points.add(new ContourChart.Points(s.index(), xy[0], xy[1]));
        }
        return points;
    }

    private static double[][] mapPoints(Frame.Run s) {
        Trajectory t = s.trajectory();
        int[] ks = sent(s, false);
        double[] x = new double[ks.length];
        double[] y = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            x[i] = t.theta(ks[i], 0);
            y[i] = t.dimension() == 2 ? t.theta(ks[i], 1) : t.loss(ks[i]);
        }
        return new double[][] {x, y};
    }

    /**
     * Whether this slice is the whole of a run that has ended (a stored run at {@code speed=max},
     * or after an edit): what it draws depends only on the run, so it is thinned once and shared
     * by every tab that shows that run ({@link Trajectory#derived}), not once per tab.
     */
    private static boolean whole(Frame.Run s) {
        return s.from() == 0 && s.to() == s.trajectory().size() && s.ended();
    }

    /** What a whole run's map path depends on besides the run: its stride. */
    private record MapKey(int stride) {
    }

    /** What a whole run's bucketed curve depends on besides the run (a measure is one of the constants below or its own). */
    private record CurveKey(Measure measure, int bucket, boolean skipStart) {
    }

    /** A curve's points: the k drawn and their values. */
    private record Picked(int[] ks, double[] y) implements Trajectory.Sized {
        @Override
        public long bytes() {
            return 32 + 16 + 4L * ks.length + 16 + 8L * y.length;
        }
    }

    /** What one series chart plots of a point. */
    @FunctionalInterface
    interface Measure {
        double of(Trajectory t, int k);
    }

    /** The curves' measures: J, θ₁ (or w), θ₂, α_k (one instance each, so a whole run's thinned curve is shared). */
    static final Measure LOSS = Trajectory::loss;
    static final Measure THETA_1 = (t, k) -> t.theta(k, 0);
    static final Measure THETA_2 = (t, k) -> t.theta(k, 1);
    static final Measure RATE = Trajectory::lr;

    /**
     * New points for charts with one series per run and measure, series index = run × measures +
     * measure (θ₁ and θ₂ of run 0 are series 0 and 1), as {@link Charts#series} numbers them.
     */
    static List<SeriesChart.Points> series(List<Frame.Run> slices, boolean skipStart, Measure... measures) {
        List<SeriesChart.Points> series = new ArrayList<>(slices.size() * measures.length);
        for (Frame.Run s : slices) {
            int[] common = s.bucket() > 1 ? null : sent(s, skipStart);
            for (int m = 0; m < measures.length; m++) {
                Measure measure = measures[m];
                Picked p = common != null ? values(s, common, measure)
                        : whole(s) ? s.trajectory().derived(new CurveKey(measure, s.bucket(), skipStart),
                                () -> values(s, bucketed(s, skipStart, measure), measure))
                        : values(s, bucketed(s, skipStart, measure), measure);
                series.add(new SeriesChart.Points(s.index() * measures.length + m, p.ks(), p.y()));
            }
        }
        return series;
    }

    private static Picked values(Frame.Run s, int[] ks, Measure measure) {
        double[] y = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            y[i] = measure.of(s.trajectory(), ks[i]);
        }
        return new Picked(ks, y);
    }

    /**
     * The k of this slice that a curve of {@code measure} draws when the run is bucketed: its first
     * point (k = 0, or 1 when {@code skipStart}), the minimum, maximum and first non-finite value of
     * every bucket [jb, (j+1)b) that is complete by the end of this slice, or that holds the last
     * point of a run that has ended, and that last point; in increasing k.
     */
    private static int[] bucketed(Frame.Run s, boolean skipStart, Measure measure) {
        Trajectory t = s.trajectory();
        int b = s.bucket();
        int first = skipStart ? 1 : 0;
        int last = t.size() - 1;
        boolean ended = s.ended();
        int[] ks = new int[8];
        int n = 0;
        if (s.from() <= first && first < s.to() && first <= last) {
            ks[n++] = first;
        }
        for (int j = s.from() / b; j * b < s.to(); j++) {
            int start = j * b;
            int end = start + b - 1;
            boolean complete = end >= s.from() && end < s.to();
            boolean tail = ended && last >= s.from() && last < s.to() && last >= start && last < end;
            if (!complete && !tail) {
                continue;
            }
            int lo = Math.max(start, first + 1);
            int hi = Math.min(end, ended ? last - 1 : last);
            int min = -1;
            int max = -1;
            int odd = -1;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int k = lo; k <= hi; k++) {
                double v = measure.of(t, k);
                if (!Double.isFinite(v)) {
                    odd = odd < 0 ? k : odd;
                    continue;
                }
                if (min < 0 || v < low) {
                    min = k;
                    low = v;
                }
                if (max < 0 || v > high) {
                    max = k;
                    high = v;
                }
            }
            int[] picked = java.util.stream.IntStream.of(min, max, odd).filter(k -> k >= 0).sorted().distinct().toArray();
            if (n + picked.length + 1 > ks.length) {
                ks = java.util.Arrays.copyOf(ks, Math.max(2 * ks.length, n + picked.length + 1));
            }
            for (int k : picked) {
                ks[n++] = k;
            }
        }
        if (ended && last > first && last >= s.from() && last < s.to()) {
            if (n == ks.length) {
                ks = java.util.Arrays.copyOf(ks, n + 1);
            }
            ks[n++] = last;
        }
        return java.util.Arrays.copyOf(ks, n);
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
