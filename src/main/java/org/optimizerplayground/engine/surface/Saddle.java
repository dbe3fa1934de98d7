package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/**
 * J(x, y) = x² − y²: a saddle point at the origin, unbounded below. Starting almost on the
 * ridge (y = 0.001) shows who escapes the saddle quickly.
 */
final class Saddle extends BuiltInSurface {
    Saddle() {
        super("saddle", 2, "J(x,y) = x^2 - y^2", new double[] {-2, 2, -2, 2}, new double[] {-1.5, 0.001},
                List.of(),
                Map.of("sgd", 0.02, "momentum", 0.003, "adam", 0.02));
    }

    @Override
    public String formula() {
        return "x^2 - y^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        g[0] = 2 * x;
        g[1] = -2 * y;
        return x * x - y * y;
    }
}
