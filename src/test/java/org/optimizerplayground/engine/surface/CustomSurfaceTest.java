package org.optimizerplayground.engine.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.surface.expr.Expression;

/** A typed expression as a surface (SPEC §2 last row, §6 {@code f}). */
class CustomSurfaceTest {

    private static CustomSurface custom(String text) {
        return new CustomSurface(Expression.parse(text));
    }

    @Test
    void anExpressionInWIsOneDimensional() {
        CustomSurface s = custom("w^4 - 3*w^2 + w");
        assertEquals(Surfaces.CUSTOM, s.id());
        assertEquals(1, s.dimension());
        assertArrayEquals(new double[] {-3, 3}, s.view(), "SPEC §2: else [−3,3]");
        assertArrayEquals(new double[] {0}, s.defaultStart(), "SPEC §2: else 0");
        assertTrue(s.latex().startsWith("J(w) = "), s.latex());
        assertTrue(s.latex().length() > "J(w) = ".length(), s.latex());

        double[] g = new double[1];
        double value = s.valueAndGradient(new double[] {2}, g);
        assertEquals(16 - 12 + 2, value, 1e-12);
        assertEquals(32 - 12 + 1, g[0], 1e-12);
        assertEquals(s.value(new double[] {2}), value);
    }

    @Test
    void anExpressionInXAndYIsTwoDimensional() {
        CustomSurface s = custom("x^2 + 3*y^2");
        assertEquals(2, s.dimension());
        assertArrayEquals(new double[] {-3, 3, -3, 3}, s.view());
        assertArrayEquals(new double[] {0, 0}, s.defaultStart());
        assertTrue(s.latex().startsWith("J(x,y) = "), s.latex());
        assertTrue(s.latex().contains("x") && s.latex().contains("y"), s.latex());

        double[] g = new double[2];
        double value = s.valueAndGradient(new double[] {1, -2}, g);
        assertEquals(13, value, 1e-12);
        assertArrayEquals(new double[] {2, -12}, g, 1e-12);
        assertEquals(s.value(new double[] {1, -2}), value);
    }

    @Test
    void anExpressionInXAloneIsStillAMap() {
        CustomSurface s = custom("sin(x)");
        assertEquals(2, s.dimension());
        double[] g = {Double.NaN, Double.NaN};
        s.valueAndGradient(new double[] {0, 5}, g);
        assertArrayEquals(new double[] {1, 0}, g, 1e-12, "∂J/∂y is 0, not left unwritten");
    }

    @Test
    void aConstantIsATwoDimensionalFlatMap() {
        CustomSurface s = custom("2*pi + 1");
        assertEquals(2, s.dimension());
        assertArrayEquals(new double[] {-3, 3, -3, 3}, s.view());
        assertArrayEquals(new double[] {0, 0}, s.defaultStart());
        assertTrue(s.latex().startsWith("J(x,y) = "), s.latex());

        double[] g = {Double.NaN, 7};
        double value = s.valueAndGradient(new double[] {1.5, -0.5}, g);
        assertEquals(2 * Math.PI + 1, value, 1e-12);
        assertArrayEquals(new double[] {0, 0}, g, "a flat surface has zero gradient everywhere");
        assertEquals(s.value(new double[] {1.5, -0.5}), value);
    }

    @Test
    void aCustomSurfaceKnowsNoMinimaAndSuggestsNoRates() {
        CustomSurface s = custom("x^2 + y^2");
        assertTrue(s.minima().isEmpty());
        for (String optimizer : new String[] {"sgd", "momentum", "adam"}) {
            assertTrue(Double.isNaN(s.suggestedLearningRate(optimizer)), optimizer);
        }
    }

    @Test
    void equalityFollowsTheText() {
        assertEquals(custom("x^2 + y^2"), custom("x^2 + y^2"));
        assertEquals(custom("x^2 + y^2").hashCode(), custom("x^2 + y^2").hashCode());
        assertNotEquals(custom("x^2 + y^2"), custom("y^2 + x^2"));
        assertEquals("custom(x^2 + y^2)", custom("x^2 + y^2").toString());
    }
}
