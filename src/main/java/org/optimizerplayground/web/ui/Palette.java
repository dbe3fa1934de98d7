package org.optimizerplayground.web.ui;

/**
 * Colours: Okabe and Ito's colour-blind-safe set for the runs, and a softened viridis for the
 * contour bands (light enough that every run's colour stands out on it).
 */
public final class Palette {
    private static final String[] RUNS = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
    private static final int[][] VIRIDIS = {
        {68, 1, 84}, {72, 40, 120}, {62, 73, 137}, {49, 104, 142}, {38, 130, 142},
        {31, 158, 137}, {53, 183, 121}, {110, 206, 88}, {181, 222, 43}, {253, 231, 37}};
    /** How much white is mixed into the map colours. */
    private static final double SOFTEN = 0.45;

    private Palette() {
    }

    /** The colour of run {@code index} (0 … 7). */
    public static String run(int index) {
        return RUNS[index % RUNS.length];
    }

    /** The map colour at {@code t} ∈ [0, 1]: dark for low J, light for high J. */
    public static String band(double t) {
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        StringBuilder hex = new StringBuilder("#");
        for (int c = 0; c < 3; c++) {
            double v = VIRIDIS[i][c] + f * (VIRIDIS[i + 1][c] - VIRIDIS[i][c]);
            v = v + SOFTEN * (255 - v);
            hex.append(String.format("%02x", (int) Math.round(v)));
        }
        return hex.toString();
    }
}
