package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every complaint names the problem in plain words and points at the character. */
class ExpressionErrorTest {

    private static ExpressionException rejected(String text) {
        return assertThrows(ExpressionException.class, () -> Expression.parse(text));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "(x + y) * 2 + )           | 15 | unexpected ')' at character 15",
            "x + y)                    | 6  | unexpected ')' at character 6",
            "()                        | 2  | unexpected ')' at character 2",
            "1 + * 2                   | 5  | unexpected '*' at character 5",
            "^x                        | 1  | unexpected '^' at character 1",
            "sin(, x)                  | 5  | unexpected ',' at character 5",
            "x, y                      | 2  | unexpected ',' at character 2",
            "foo(x)                    | 1  | unknown function 'foo' at character 1",
            "Sin(x)                    | 1  | unknown function 'Sin' at character 1",
            "x + z                     | 5  | unknown name 'z' at character 5",
            "x + x2                    | 5  | unknown name 'x2' at character 5",
            "PI                        | 1  | unknown name 'PI' at character 1",
            "pi(2)                     | 1  | 'pi' at character 1 is not a function",
            "2 * x(3)                  | 5  | 'x' at character 5 is not a function",
            "sin x                     | 1  | function 'sin' at character 1 needs its argument in parentheses",
            "w + x                     | 5  | expression mixes w with x/y",
            "y * w                     | 5  | expression mixes w with x/y",
            "2x                        | 2  | expected an operator at character 2",
            "2 3                       | 3  | expected an operator at character 3",
            "(x)(y)                    | 4  | expected an operator at character 4",
            "sin(x y)                  | 7  | expected an operator at character 7",
            "2e                        | 2  | expected an operator at character 2",
            "x +                       | 4  | unexpected end of expression",
            "-                         | 2  | unexpected end of expression",
            "x^                        | 3  | unexpected end of expression",
            "((x + 1)                  | 9  | unexpected end of expression: '(' at character 1 is never closed",
            "max(x, 1                  | 9  | unexpected end of expression: '(' at character 4 is never closed",
            "sin(x, y)                 | 1  | 'sin' takes 1 argument, got 2",
            "cos()                     | 1  | 'cos' takes 1 argument, got 0",
            "2 * min(x)                | 5  | 'min' takes at least 2 arguments, got 1",
            "1e999                     | 1  | number '1e999' at character 1 is too large",
            "x + 1e400 * 2             | 5  | number '1e400' at character 5 is too large",
            "x #                       | 3  | unexpected character '#' at character 3",
            "x + .                     | 5  | unexpected '.' at character 5",
            "x = 1                     | 3  | unexpected character '=' at character 3",
            "x \\ 1                    | 3  | unexpected character '\\' at character 3",
    })
    void namesTheProblemAndItsPlace(String text, int position, String message) {
        ExpressionException error = rejected(text);
        assertEquals(message, error.getMessage());
        assertEquals(position, error.position());
    }

    @Test
    void emptyOrBlankExpressionsAreEmpty() {
        for (String text : new String[] {"", "   ", "\t \t", null}) {
            ExpressionException error = rejected(text);
            assertEquals("empty expression", error.getMessage());
            assertEquals(0, error.position());
        }
    }

    @Test
    void nonAsciiCharactersAreShownAsCodePoints() {
        assertEquals("unexpected character U+0663 at character 1", rejected("\u0663").getMessage());   // Arabic-Indic 3
        assertEquals("unexpected character U+FF13 at character 3", rejected("2+\uFF13").getMessage()); // full-width 3
        assertEquals("unexpected character U+00B2 at character 2", rejected("x\u00B2").getMessage());  // superscript 2
        assertEquals("unexpected character U+000A at character 2", rejected("x\n+1").getMessage());    // newline
        assertEquals("unexpected character U+0000 at character 1", rejected("\0").getMessage());
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        ExpressionException error = rejected("\uD83D\uDE00");  // one emoji, two UTF-16 units
        assertEquals("unexpected character U+1F600 at character 1", error.getMessage());
        assertEquals(1, error.position());
    }

    @Test
    void aLoneSurrogateIsAnUnexpectedCharacter() {
        assertEquals("unexpected character U+D800 at character 3", rejected("1+\uD800").getMessage());
    }

    @Test
    void tooLongIsCheckedFirst() {
        ExpressionException error = rejected("x".repeat(10_000));
        assertEquals("expression is longer than 500 characters (got 10000)", error.getMessage());
        assertEquals(0, error.position());
    }

    @Test
    void exactly500CharactersIsAccepted() {
        String text = "1" + "+1".repeat(249) + " ";
        assertEquals(500, text.length());
        assertEquals(250, Expression.parse(text).value(new double[0]));
    }

    @Test
    void tooDeepNamesTheLevelThatIsTooMany() {
        ExpressionException error = rejected("(".repeat(65) + "x" + ")".repeat(65));
        assertEquals("expression nests deeper than 64 levels", error.getMessage());
        assertEquals(65, error.position());
    }
}
