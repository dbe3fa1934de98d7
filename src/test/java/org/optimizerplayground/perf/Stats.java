package org.optimizerplayground.perf;

import java.util.Arrays;
import java.util.List;

/** Percentiles (nearest rank) and a least-squares slope, for the measurement programs. */
final class Stats {
    private Stats() {
    }

    /** The {@code p}-th percentile (0 … 100) by nearest rank; NaN for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Least-squares slope of y over x; NaN with fewer than two points. */
    static double slope(List<Double> x, List<Double> y) {
        int n = x.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
