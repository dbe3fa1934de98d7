package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** J(x, y) = x² + y²: round contours, every optimizer's easy case. */
final class Bowl extends BuiltInSurface {
    Bowl() {
        super("bowl", 2, "J(x,y) = x^2 + y^2", new double[] {-3, 3, -3, 3}, new double[] {2.5, 2},
                List.of(Minimum.global(0, 0, 0)),
                Map.of("sgd", 0.05, "momentum", 0.05, "adam", 0.1));
    }

    @Override
    public String formula() {
        return "x^2 + y^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        g[0] = 2 * x;
        g[1] = 2 * y;
        return x * x + y * y;
    }
}
