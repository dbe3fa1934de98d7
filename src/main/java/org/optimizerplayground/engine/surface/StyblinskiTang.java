package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** The Styblinski–Tang function: four minima of different depths, one global. */
final class StyblinskiTang extends BuiltInSurface {
    private static final double A = -2.903534027771177;
    private static final double B = 2.7468027709908367;

    StyblinskiTang() {
        super("styblinski-tang", 2, "J(x,y) = \\tfrac12 \\sum_i \\left(x_i^4 - 16x_i^2 + 5x_i\\right)",
                new double[] {-5, 5, -5, 5}, new double[] {4.5, 4.5},
                List.of(Minimum.global(-78.33233140754282, A, A),
                        Minimum.local(-64.19561235905536, A, B),
                        Minimum.local(-64.19561235905536, B, A),
                        Minimum.local(-50.05889331056789, B, B)),
                Map.of("sgd", 0.01, "momentum", 0.01, "adam", 0.1));
    }

    @Override
    public String formula() {
        return "0.5*((x^4 - 16*x^2 + 5*x) + (y^4 - 16*y^2 + 5*y))";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        g[0] = 2 * x * x * x - 16 * x + 2.5;
        g[1] = 2 * y * y * y - 16 * y + 2.5;
        return 0.5 * (term(x) + term(y));
    }

    private static double term(double v) {
        double v2 = v * v;
        return v2 * v2 - 16 * v2 + 5 * v;
    }
}
