package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/**
 * J(w) = w⁴ − 3w² + w: a local minimum near w = 1.13 where gradient descent from the right
 * stops, and the global one near w = −1.30 that momentum can reach.
 */
final class DoubleWell extends BuiltInSurface {
    DoubleWell() {
        super("double-well", 1, "J(w) = w^4 - 3w^2 + w", new double[] {-2.2, 2.2}, new double[] {2.0},
                List.of(Minimum.global(-3.51390503893479, -1.3008395659415772),
                        Minimum.local(-1.0702301817761541, 1.1309011226299859)),
                Map.of("sgd", 0.01, "momentum", 0.01, "adam", 0.05));
    }

    @Override
    public String formula() {
        return "w^4 - 3*w^2 + w";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double w = t[0];
        double w2 = w * w;
        g[0] = 4 * w2 * w - 6 * w + 1;
        return w2 * w2 - 3 * w2 + w;
    }
}
