package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/**
 * Ackley's function: a nearly flat outer region with a deep hole in the middle. Its gradient
 * is singular at the origin; as the SPEC says, ∇J(0, 0) is taken to be 0.
 */
final class Ackley extends BuiltInSurface {
    private static final double TWO_PI = 2 * Math.PI;

    Ackley() {
        super("ackley", 2,
                "J(x,y) = -20e^{-0.2\\sqrt{0.5(x^2+y^2)}} - e^{0.5(\\cos 2\\pi x + \\cos 2\\pi y)} + e + 20",
                new double[] {-5, 5, -5, 5}, new double[] {3.5, -3},
                List.of(Minimum.global(0, 0, 0)),
                Map.of("sgd", 0.02, "momentum", 0.02, "adam", 0.4));
    }

    @Override
    public String formula() {
        return "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20";
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
        double x = t[0];
        double y = t[1];
        double r = StrictMath.sqrt(0.5 * (x * x + y * y));
        double outer = StrictMath.exp(-0.2 * r);
        double waves = StrictMath.exp(0.5 * (StrictMath.cos(TWO_PI * x) + StrictMath.cos(TWO_PI * y)));
        if (r == 0) {
            g[0] = 0;
            g[1] = 0;
        } else {
            // d/dx of −20·exp(−0.2r) is 20·0.2·exp(−0.2r)·(0.5x/r) = 2x·exp(−0.2r)/r.
            g[0] = 2 * x * outer / r + Math.PI * StrictMath.sin(TWO_PI * x) * waves;
            g[1] = 2 * y * outer / r + Math.PI * StrictMath.sin(TWO_PI * y) * waves;
        }
        return -20 * outer - waves + Math.E + 20;
    }
}
