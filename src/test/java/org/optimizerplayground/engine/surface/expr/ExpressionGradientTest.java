package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact gradients, checked against central differences (which appear only here, in tests) away
 * from kinks, and against PyTorch's conventions at kinks.
 */
class ExpressionGradientTest {

    private static final double[][] POINTS_2D = {{0.7, -0.4}, {-1.3, 0.9}, {0.25, 1.6}};
    private static final double[][] POINTS_1D = {{0.7}, {-1.3}, {1.9}};

    private static double[] gradient(String text, double... point) {
        Expression expression = Expression.parse(text);
        double[] gradient = new double[point.length];
        double value = expression.valueAndGradient(point, gradient);
        assertEquals(expression.value(point), value, "valueAndGradient returns the same value as value()");
        return gradient;
    }

    private static void assertMatchesCentralDifferences(String text, double[][] points) {
        Expression expression = Expression.parse(text);
        double h = 1e-6;
        for (double[] point : points) {
            double[] exact = gradient(text, point);
            for (int k = 0; k < point.length; k++) {
                double[] plus = point.clone();
                double[] minus = point.clone();
                plus[k] += h;
                minus[k] -= h;
                double numeric = (expression.value(plus) - expression.value(minus)) / (2 * h);
                double tolerance = 1e-6 * Math.max(1, Math.abs(numeric));
                String what = "partial " + k + " of " + text + " at " + Arrays.toString(point);
                assertEquals(numeric, exact[k], tolerance, what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sin(x * y)",
            "cos(x - 2*y)",
            "tan(x/2 + y/3)",
            "exp(x * y)",
            "log(x^2 + y^2 + 1)",
            "sqrt(x^2 + y^2 + 1)",
            "abs(x - y + 0.1)",
            "tanh(2*x + y)",
            "sinh(x - y)",
            "cosh(x + y)",
            "min(x, y, 0.5) * max(x, -y, 2*x)",
            "max(x^2, y)",
            "abs(x)^y",
            "(x^2 + 1)^(y / 2)",
            "2^x * e^y",
            "x / (y^2 + 1) - y / (x^2 + 2)",
            "-x^2 + -(y^3)",
            "(1 - x)^2 + 100*(y - x^2)^2",
            "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
            "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20",
            "x^2",
            "y^3",
    })
    void twoDimensionalGradientsMatchCentralDifferences(String text) {
        assertMatchesCentralDifferences(text, POINTS_2D);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "w^4 - 3*w^2 + w",
            "sin(w) * cos(w)",
            "exp(-w^2) / (1 + w^2)",
            "sqrt(abs(w) + 1) * log(w^2 + 2)",
            "tanh(w) + sinh(w) - cosh(w) + tan(w / 3)",
            "min(w, 1) + max(w, -1, 0.5*w)",
            "2^w^2",
    })
    void oneDimensionalGradientsMatchCentralDifferences(String text) {
        assertMatchesCentralDifferences(text, POINTS_1D);
    }

    @Test
    void exactValuesOfSimpleGradients() {
        assertArrayEquals(new double[] {6, 0}, gradient("x^2", 3, 5));
        assertArrayEquals(new double[] {0, 10}, gradient("y^2", 3, 5));
        assertArrayEquals(new double[] {-6}, gradient("-w^2", 3));
        assertArrayEquals(new double[] {5, 3}, gradient("x*y", 3, 5));
    }

    @Test
    void absHasZeroDerivativeAtZero() {
        assertArrayEquals(new double[] {0}, gradient("abs(w)", 0));
        assertArrayEquals(new double[] {-1}, gradient("abs(w)", -2));
    }

    @Test
    void minAndMaxSplitATieHalfAndHalf() {
        assertArrayEquals(new double[] {0.5, 0.5}, gradient("min(x, y)", 1, 1));
        assertArrayEquals(new double[] {0.5, 0.5}, gradient("max(x, y)", 1, 1));
        assertArrayEquals(new double[] {1, 0}, gradient("min(x, y)", 1, 2));
        assertArrayEquals(new double[] {0, 1}, gradient("max(x, y)", 1, 2));
        assertArrayEquals(new double[] {0.5}, gradient("max(w, 1)", 1));
    }

    @Test
    void aConstantBaseWithAConstantExponentHasNoNaN() {
        // (-2)^2 has no real log(-2) term because its exponent does not depend on a variable.
        assertArrayEquals(new double[] {4, 0}, gradient("x * (-2)^2", 1, 1));
        assertArrayEquals(new double[] {8}, gradient("(-2)^2 * w^2", 1));
    }

    @Test
    void powerFollowsPyTorchAtZero() {
        assertArrayEquals(new double[] {0, 0}, gradient("x^y", 0, 2));      // d/dy is 0 where x = 0 and y >= 0
        assertArrayEquals(new double[] {0, 0}, gradient("x^y", 0, 0));      // d/dx is 0 where y = 0
        assertArrayEquals(new double[] {0}, gradient("w^0", 0));
        double[] g = gradient("x^y", 2, 3);
        assertEquals(12, g[0], 1e-12);
        assertEquals(8 * Math.log(2), g[1], 1e-12);
    }

    @Test
    void aVariableOnlyReceivesDerivativesThroughWhatDependsOnIt() {
        // ∞·0 never appears: the constant sqrt(0) and the unused y contribute nothing.
        assertArrayEquals(new double[] {1, 0}, gradient("x + sqrt(0)", 3, 4));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0}, gradient("sqrt(x)", 0, 4));
    }

    @Test
    void nonFiniteDerivativesPropagate() {
        double[] g = gradient("log(w)", 0);
        assertEquals(Double.POSITIVE_INFINITY, g[0]);
        g = gradient("sqrt(w^2)", 0);
        assertTrue(Double.isNaN(g[0]), "as in PyTorch: 1/(2·0) · 0");
    }

    @Test
    void gradientsAreBitIdenticalFromCallToCall() {
        Expression expression = Expression.parse("sin(x)*exp(y) + x^y");
        double[] first = new double[2];
        double[] second = new double[2];
        expression.valueAndGradient(new double[] {0.3, 0.8}, first);
        expression.valueAndGradient(new double[] {0.3, 0.8}, second);
        assertArrayEquals(first, second, 0.0);
    }
}
