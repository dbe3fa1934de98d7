package org.optimizerplayground.engine.surface.expr;

/** The kinds of token the {@link Lexer} produces. */
enum TokenKind {
    NUMBER,
    NAME,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    CARET,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    /** After the last token, so the parser never has to check for running off the list. */
    END;

    /** True for tokens that can only start an operand, so seeing one right after an operand means an operator is missing. */
    boolean startsOperand() {
        return this == NUMBER || this == NAME || this == LEFT_PAREN;
    }
}
