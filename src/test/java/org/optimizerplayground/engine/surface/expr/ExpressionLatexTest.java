package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionLatexTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "x^2 + sin(y)                | x^{2} + \\sin\\left(y\\right)",
            "(1 - x)^2 + 100*(y - x^2)^2 | \\left(1 - x\\right)^{2} + 100 \\cdot \\left(y - x^{2}\\right)^{2}",
            "-x^2                        | -x^{2}",
            "(-x)^2                      | \\left(-x\\right)^{2}",
            "2^3^2                       | 2^{3^{2}}",
            "(2^3)^2                     | \\left(2^{3}\\right)^{2}",
            "x / (y + 1)                 | \\frac{x}{y + 1}",
            "(x / y)^2                   | \\left(\\frac{x}{y}\\right)^{2}",
            "(x + y) * 2                 | \\left(x + y\\right) \\cdot 2",
            "x - (y - 1)                 | x - \\left(y - 1\\right)",
            "x - -y                      | x - \\left(-y\\right)",
            "x * -y                      | x \\cdot \\left(-y\\right)",
            "--x                         | -\\left(-x\\right)",
            "-(x + y)                    | -\\left(x + y\\right)",
            "+x                          | x",
            "2*pi*w                      | 2 \\cdot \\pi \\cdot w",
            "e^w                         | e^{w}",
            "log(exp(w))                 | \\ln\\left(\\exp\\left(w\\right)\\right)",
            "min(x, y, 1)                | \\min\\left(x, y, 1\\right)",
            "tanh(x) * cosh(y)           | \\tanh\\left(x\\right) \\cdot \\cosh\\left(y\\right)",
            "1e-3 * x                    | 1 \\cdot 10^{-3} \\cdot x",
            "x * 1E+03                   | x \\cdot \\left(1 \\cdot 10^{3}\\right)",
            ".5 + 2.                     | 0.5 + 2",
            "2^-1                        | 2^{-1}",
    })
    void writesKatexReadyLatex(String text, String latex) {
        assertEquals(latex, Expression.parse(text).toLatex());
    }

    @Test
    void absoluteValueUsesBars() {
        assertEquals("\\sqrt{\\left|w\\right|}", Expression.parse("sqrt(abs(w))").toLatex());
    }
}
