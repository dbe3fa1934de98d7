package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Expression#fold} hands over the tree the playground evaluates, operands first. */
class ExpressionFoldTest {
    /** Writes the tree back fully parenthesized, so its shape shows. */
    private static final ExpressionFold<String> SHAPE = new ExpressionFold<>() {
        @Override
        public String number(String text, double value) {
            return text;
        }

        @Override
        public String constant(String name, double value) {
            return name;
        }

        @Override
        public String variable(String name, int index) {
            return name + index;
        }

        @Override
        public String negate(String operand) {
            return "(-" + operand + ")";
        }

        @Override
        public String binary(char operator, String left, String right) {
            return "(" + left + operator + right + ")";
        }

        @Override
        public String call(String function, List<String> arguments) {
            return function + arguments;
        }
    };

    @Test
    void theTreeAsParsed() {
        assertEquals("(((-(x0^2.0))+(1e-3*y1))-max[x0, y1, pi])", Expression.parse("-x^2.0 + 1e-3*y - max(x, y, pi)").fold(SHAPE));
        assertEquals("(2^(3^2))", Expression.parse("2^3^2").fold(SHAPE));
        assertEquals("sin[w0]", Expression.parse("sin(+w)").fold(SHAPE), "unary plus leaves no node");
    }
}
