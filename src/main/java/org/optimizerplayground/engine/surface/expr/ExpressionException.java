package org.optimizerplayground.engine.surface.expr;

/**
 * A custom expression that cannot be read, with a message in plain words for the visitor who
 * typed it.
 *
 * <p>This is the only exception {@link Expression#parse(String)} ever throws, whatever the input,
 * so callers can show {@link #getMessage()} next to the editor and put the caret at
 * {@link #position()}.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param message  what is wrong, in plain words
     * @param position 1-based character position of the problem, 0 when it is not about one place
     */
    public ExpressionException(String message, int position) {
        super(message);
        this.position = position;
    }

    /**
     * The 1-based character position (counted in Unicode characters) of the problem, 0 when the
     * problem is not about one place (empty or too long expression). An error about the end of
     * the expression points one past its last character.
     */
    public int position() {
        return position;
    }
}
