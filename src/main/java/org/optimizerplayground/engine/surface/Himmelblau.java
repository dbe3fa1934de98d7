package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** Himmelblau's function: four global minima, so where a run ends depends on where it starts. */
final class Himmelblau extends BuiltInSurface {
    Himmelblau() {
        super("himmelblau", 2, "J(x,y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                new double[] {-5, 5, -5, 5}, new double[] {0, 0},
                List.of(Minimum.global(0, 3, 2),
                        Minimum.global(0, -2.805118086952745, 3.131312518250573),
                        Minimum.global(0, -3.779310253377747, -3.2831859912861696),
                        Minimum.global(0, 3.5844283403304917, -1.8481265269644034)),
                Map.of("sgd", 0.01, "momentum", 0.005, "adam", 0.1));
    }

    @Override
    public String formula() {
        return "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        g[0] = 4 * x * a + 2 * b;
        g[1] = 2 * a + 4 * y * b;
        return a * a + b * b;
    }
}
