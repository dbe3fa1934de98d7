package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** Booth's function: a tilted, elongated quadratic bowl with its minimum at (1, 3). */
final class Booth extends BuiltInSurface {
    Booth() {
        super("booth", 2, "J(x,y) = (x + 2y - 7)^2 + (2x + y - 5)^2",
                new double[] {-10, 10, -10, 10}, new double[] {-8, 8},
                List.of(Minimum.global(0, 1, 3)),
                Map.of("sgd", 0.02, "momentum", 0.01, "adam", 0.2));
    }

    @Override
    public String formula() {
        return "(x + 2*y - 7)^2 + (2*x + y - 5)^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        double a = x + 2 * y - 7;
        double b = 2 * x + y - 5;
        g[0] = 2 * a + 4 * b;
        g[1] = 4 * a + 2 * b;
        return a * a + b * b;
    }
}
