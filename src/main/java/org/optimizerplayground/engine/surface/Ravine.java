package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/**
 * J(x, y) = 0.1x² + 2y²: slopes twenty times steeper across than along, the lecture's
 * "irregular surface" where one α is too big for y and too small for x.
 */
final class Ravine extends BuiltInSurface {
    Ravine() {
        super("ravine", 2, "J(x,y) = 0.1x^2 + 2y^2", new double[] {-5, 5, -2.5, 2.5}, new double[] {-4.5, 1.5},
                List.of(Minimum.global(0, 0, 0)),
                Map.of("sgd", 0.45, "momentum", 0.02, "adam", 0.1));
    }

    @Override
    public String formula() {
        return "0.1*x^2 + 2*y^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        g[0] = 0.2 * x;
        g[1] = 4 * y;
        return 0.1 * x * x + 2 * y * y;
    }
}
