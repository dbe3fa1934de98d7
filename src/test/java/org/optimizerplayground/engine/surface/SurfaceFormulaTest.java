package org.optimizerplayground.engine.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.surface.expr.Expression;

/**
 * Each built-in surface's {@link Surface#formula()}, read as a typed expression, is the same
 * function as its hand-written value and gradient: the code export writes J from that formula.
 */
class SurfaceFormulaTest {
    @Test
    void everyFormulaIsItsSurface() {
        SplittableRandom random = new SplittableRandom(13);
        for (Surface s : Surfaces.all()) {
            Expression f = Expression.parse(s.formula());
            assertEquals(s.dimension(), f.dimension(), s.id());
            double[] v = s.view();
            for (int n = 0; n < 200; n++) {
                double[] p = new double[s.dimension()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = v[2 * i] + (v[2 * i + 1] - v[2 * i]) * random.nextDouble();
                }
                double[] g = new double[p.length];
                double[] h = new double[p.length];
                double j = s.valueAndGradient(p, g);
                double k = f.valueAndGradient(p, h);
                assertTrue(close(j, k), s.id() + " J at " + java.util.Arrays.toString(p) + ": " + j + " vs " + k);
                for (int i = 0; i < p.length; i++) {
                    assertTrue(close(g[i], h[i]), s.id() + " dJ/d" + i + ": " + g[i] + " vs " + h[i]);
                }
            }
        }
    }

    @Test
    void aCustomSurfacesFormulaIsItsText() {
        assertEquals("sin(x) + y^2", new CustomSurface(Expression.parse("sin(x) + y^2")).formula());
    }

    /** Equal up to rounding: 1e-12 of the size of the numbers (gradients cancel near minima). */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
