package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** Beale's function: flat plateaus and steep walls, the classic optimizer animation. */
final class Beale extends BuiltInSurface {
    Beale() {
        super("beale", 2,
                "J(x,y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2",
                new double[] {-4.5, 4.5, -4.5, 4.5}, new double[] {1, 1.5},
                List.of(Minimum.global(0, 3, 0.5)),
                Map.of("sgd", 0.01, "momentum", 0.002, "adam", 0.5));
    }

    @Override
    public String formula() {
        return "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        g[0] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
        g[1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y2;
        return a * a + b * b + c * c;
    }
}
