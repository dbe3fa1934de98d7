package org.optimizerplayground.engine.surface.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Whatever a visitor types, the answer is an expression or a plain-words complaint. */
class ExpressionFuzzTest {

    /** The characters of the grammar itself, so random strings often come close to valid ones. */
    private static final String GRAMMAR_ALPHABET = "xyw0123456789.e+-*/^() ,sincoexplgqrtabhm";

    @Property(tries = 2000)
    void arbitraryTextIsAnExpressionOrAnExpressionException(@ForAll String text) {
        assertParsesOrIsRejectedCleanly(text);
    }

    @Property(tries = 5000)
    void textOverTheGrammarsAlphabetIsAnExpressionOrAnExpressionException(@ForAll("grammarText") String text) {
        assertParsesOrIsRejectedCleanly(text);
    }

    @Property(tries = 500)
    void longTextOverTheGrammarsAlphabetIsHandledToo(@ForAll("longGrammarText") String text) {
        assertParsesOrIsRejectedCleanly(text);
    }

    @Property(tries = 1000)
    void anExpressionEvaluatesAnywhereWithoutThrowing(
            @ForAll("grammarText") String text,
            @ForAll @DoubleRange(min = -10, max = 10) double first,
            @ForAll @DoubleRange(min = -10, max = 10) double second) {
        Expression expression;
        try {
            expression = Expression.parse(text);
        } catch (ExpressionException rejected) {
            return;
        }
        double[] point = {first, second};
        double[] gradient = new double[2];
        double value = expression.valueAndGradient(point, gradient);
        assertEquals(expression.value(point), value);
        assertTrue(expression.toLatex() != null && !expression.toLatex().isEmpty());
    }

    @Provide
    Arbitrary<String> grammarText() {
        return Arbitraries.strings().withChars(GRAMMAR_ALPHABET).ofMinLength(0).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> longGrammarText() {
        return Arbitraries.strings().withChars(GRAMMAR_ALPHABET).ofMinLength(400).ofMaxLength(700);
    }

    private static void assertParsesOrIsRejectedCleanly(String text) {
        try {
            Expression expression = Expression.parse(text);
            assertEquals(text, expression.text());
        } catch (ExpressionException rejected) {
            assertTrue(rejected.getMessage() != null && !rejected.getMessage().isBlank());
            int characters = text.codePointCount(0, text.length());
            assertTrue(rejected.position() >= 0 && rejected.position() <= characters + 1,
                    () -> "position " + rejected.position() + " for " + text);
        }
    }
}
