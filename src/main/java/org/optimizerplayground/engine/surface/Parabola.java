package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** J(w) = w², the lecture's first J(w₁) picture. */
final class Parabola extends BuiltInSurface {
    Parabola() {
        super("parabola", 1, "J(w) = w^2", new double[] {-3, 3}, new double[] {2.5},
                List.of(Minimum.global(0, 0)),
                Map.of("sgd", 0.05, "momentum", 0.05, "adam", 0.1));
    }

    @Override
    public String formula() {
        return "w^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double w = t[0];
        g[0] = 2 * w;
        return w * w;
    }
}
