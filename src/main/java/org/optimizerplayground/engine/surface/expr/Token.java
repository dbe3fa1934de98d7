package org.optimizerplayground.engine.surface.expr;

/**
 * One token of an expression.
 *
 * @param kind     what it is
 * @param text     the characters as written (empty for {@link TokenKind#END})
 * @param position 1-based character position of its first character
 * @param number   the value of a {@link TokenKind#NUMBER}, 0 otherwise
 */
record Token(TokenKind kind, String text, int position, double number) {

    /** How error messages name this token: {@code ')'}, {@code 'foo'}, … */
    String quoted() {
        return "'" + text + "'";
    }
}
