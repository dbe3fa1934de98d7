package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionEvaluationTest {

    private static double at(String text, double... point) {
        return Expression.parse(text).value(point);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2^3^2        | 512",     // right-associative: 2^(3^2)
            "(2^3)^2      | 64",
            "-2^2         | -4",      // ^ binds tighter than unary minus
            "2^-1         | 0.5",     // a unary minus may start an exponent
            "2^-1^2       | 0.5",     // 2^(-(1^2))
            "2^+1         | 2",
            "1 - 2 - 3    | -4",      // left-associative
            "8 / 4 / 2    | 1",
            "2 + 3 * 4    | 14",
            "(2 + 3) * 4  | 20",
            "2 * 3 + 4 * 5 | 26",
            "--2          | 2",
            "+3           | 3",
            "2 * -3       | -6",
            "-3 * 2       | -6",
            "10 - -2      | 12",
            "6 / 2 * 3    | 9",
            "1e-3         | 0.001",
            "1E+3         | 1000",
            ".5           | 0.5",
            "2.           | 2",
            "2.5e2        | 250",
            "1e-999       | 0",       // too small is just zero
            "min(3, 1, 2) | 1",
            "max(3, 1, 2) | 3",
            "min(4, 5)    | 4",
            "abs(-2.5)    | 2.5",
            "sqrt(16)     | 4",
            "exp(0)       | 1",
            "log(1)       | 0",
            "\t1 +\t 2 \t | 3",       // spaces and tabs are ignored
    })
    void evaluatesConstantExpressionsExactly(String text, double expected) {
        assertEquals(expected, at(text));
    }

    @Test
    void unaryMinusAppliesAfterThePower() {
        assertEquals(-9, at("-x^2", 3, 0));
        assertEquals(9, at("(-x)^2", 3, 0));
        assertEquals(-9, at("-w^2", 3));
    }

    @Test
    void constantsArePiAndE() {
        assertEquals(Math.PI, at("pi"));
        assertEquals(Math.E, at("e"));
        assertEquals(StrictMath.pow(Math.E, 2), at("e^2"));
    }

    @Test
    void functionsUseStrictMath() {
        double x = 0.7;
        double y = -1.3;
        assertEquals(StrictMath.sin(x), at("sin(x)", x, y));
        assertEquals(StrictMath.cos(y), at("cos(y)", x, y));
        assertEquals(StrictMath.tan(x), at("tan(x)", x, y));
        assertEquals(StrictMath.exp(y), at("exp(y)", x, y));
        assertEquals(StrictMath.log(x), at("log(x)", x, y));
        assertEquals(StrictMath.sqrt(x), at("sqrt(x)", x, y));
        assertEquals(1.3, at("abs(y)", x, y));
        assertEquals(StrictMath.tanh(y), at("tanh(y)", x, y));
        assertEquals(StrictMath.sinh(y), at("sinh(y)", x, y));
        assertEquals(StrictMath.cosh(y), at("cosh(y)", x, y));
        assertEquals(StrictMath.pow(x, y), at("x^y", x, y));
    }

    @Test
    void rosenbrockWrittenByHand() {
        assertEquals(0, at("(1 - x)^2 + 100*(y - x^2)^2", 1, 1));
        assertEquals(StrictMath.pow(2.5, 2) + 100 * StrictMath.pow(2 - 2.25, 2),
                at("(1 - x)^2 + 100*(y - x^2)^2", -1.5, 2));
    }

    @Test
    void dimensionFollowsTheVariablesUsed() {
        assertEquals(1, Expression.parse("w^4 - 3*w^2 + w").dimension());
        assertEquals(2, Expression.parse("x^2 + y^2").dimension());
        assertEquals(2, Expression.parse("x^2").dimension());   // only x: still a 2-D surface
        assertEquals(2, Expression.parse("sin(y)").dimension()); // only y too
        assertEquals(0, Expression.parse("2 * pi").dimension());
    }

    @Test
    void onlyXReadsTheFirstCoordinateAndOnlyYTheSecond() {
        assertEquals(3, at("x", 3, 4));
        assertEquals(4, at("y", 3, 4));
    }

    @Test
    void aConstantExpressionNeedsNoPoint() {
        Expression constant = Expression.parse("1 + 2");
        assertEquals(3, constant.value(new double[0]));
        assertEquals(3, constant.value(null));
        double[] gradient = {7, 7};
        assertEquals(3, constant.valueAndGradient(new double[] {1, 2}, gradient));
        assertEquals(0, gradient[0]);
        assertEquals(0, gradient[1]);
    }

    @Test
    void nonFiniteValuesJustPropagate() {
        assertEquals(Double.NaN, at("log(x)", -1, 0));
        assertEquals(Double.POSITIVE_INFINITY, at("1/x", 0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, at("log(0)"));
    }

    @Test
    void keepsTheSourceTextAsGiven() {
        assertEquals("  x +y ", Expression.parse("  x +y ").text());
    }
}
