package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/** Rastrigin's function: a bowl covered in local minima. */
final class Rastrigin extends BuiltInSurface {
    private static final double TWO_PI = 2 * Math.PI;

    Rastrigin() {
        super("rastrigin", 2, "J(x,y) = 20 + \\sum_i \\left(x_i^2 - 10\\cos 2\\pi x_i\\right)",
                new double[] {-5.12, 5.12, -5.12, 5.12}, new double[] {3.3, -2.7},
                List.of(Minimum.global(0, 0, 0)),
                Map.of("sgd", 0.002, "momentum", 0.007, "adam", 0.7));
    }

    @Override
    public String formula() {
        return "20 + (x^2 - 10*cos(2*pi*x)) + (y^2 - 10*cos(2*pi*y))";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        g[0] = 2 * x + 10 * TWO_PI * StrictMath.sin(TWO_PI * x);
        g[1] = 2 * y + 10 * TWO_PI * StrictMath.sin(TWO_PI * y);
        return 20 + (x * x - 10 * StrictMath.cos(TWO_PI * x)) + (y * y - 10 * StrictMath.cos(TWO_PI * y));
    }
}
