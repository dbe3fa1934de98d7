package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** J(x, y) = (1−x)² + 100(y−x²)²: the banana valley. */
final class Rosenbrock extends BuiltInSurface {
    Rosenbrock() {
        super("rosenbrock", 2, "J(x,y) = (1-x)^2 + 100\\,(y-x^2)^2", new double[] {-2, 2, -1, 3},
                new double[] {-1.5, 2},
                List.of(Minimum.global(0, 1, 1)),
                Map.of("sgd", 0.001, "momentum", 0.001, "adam", 0.1));
    }

    @Override
    public String formula() {
        return "(1 - x)^2 + 100*(y - x^2)^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        double a = 1 - x;
        double b = y - x * x;
        g[0] = -2 * a - 400 * x * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    }
}
