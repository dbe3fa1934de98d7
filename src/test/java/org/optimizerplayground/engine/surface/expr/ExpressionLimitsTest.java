package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile inputs are turned away cleanly and fast, never with a StackOverflowError. */
class ExpressionLimitsTest {

    private static ExpressionException rejectedQuickly(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(ExpressionException.class, () -> Expression.parse(text)));
    }

    @Test
    void aHundredThousandOpenParentheses() {
        assertEquals("expression is longer than 500 characters (got 100000)",
                rejectedQuickly("(".repeat(100_000)).getMessage());
    }

    @Test
    void aHundredThousandMinusSignsOrPowers() {
        rejectedQuickly("-".repeat(100_000) + "x");
        rejectedQuickly("2^".repeat(100_000) + "2");
    }

    @Test
    void aTenThousandCharacterInput() {
        rejectedQuickly("x+".repeat(5_000));
    }

    @Test
    void deepNestingWithinTheLengthLimit() {
        String message = "expression nests deeper than 64 levels";
        assertEquals(message, rejectedQuickly("(".repeat(200) + "x" + ")".repeat(200)).getMessage());
        assertEquals(message, rejectedQuickly("(".repeat(499)).getMessage());
        assertEquals(message, rejectedQuickly("-".repeat(499) + "x").getMessage());
        assertEquals(message, rejectedQuickly("2" + "^2".repeat(100)).getMessage());
        assertEquals(message, rejectedQuickly("sin(".repeat(80) + "x" + ")".repeat(80)).getMessage());
        assertEquals(message, rejectedQuickly("(-".repeat(40) + "x" + ")".repeat(40)).getMessage());
    }

    @Test
    void sixtyFourLevelsAreFine() {
        assertEquals(3, Expression.parse("(".repeat(64) + "x" + ")".repeat(64)).value(new double[] {3, 0}));
        assertEquals(3, Expression.parse("-".repeat(64) + "x").value(new double[] {3, 0}));
        assertEquals(1, Expression.parse("1" + "^1".repeat(64)).value(new double[0]));
    }

    @Test
    void longFlatSumsAreFineAndDifferentiable() {
        Expression sum = Expression.parse("x" + "+x".repeat(240));
        double[] gradient = new double[2];
        assertEquals(241, sum.valueAndGradient(new double[] {1, 0}, gradient));
        assertEquals(241, gradient[0]);
    }
}
