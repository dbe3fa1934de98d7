package org.optimizerplayground.engine.surface.expr;

import java.util.List;

/**
 * Reads an {@link Expression}'s syntax tree bottom-up, one call per node, so another notation
 * (PyTorch or Keras code, say) can be written from the same tree that the playground evaluates.
 * See {@link Expression#fold}.
 *
 * @param <R> what each node becomes
 */
public interface ExpressionFold<R> {
    /** A number as written ({@code 1e-3}) and its value. */
    R number(String text, double value);

    /** {@code pi} or {@code e}. */
    R constant(String name, double value);

    /** {@code w}, {@code x} or {@code y}; {@code index} is its place in the point. */
    R variable(String name, int index);

    /** Unary minus. */
    R negate(R operand);

    /** One of {@code + - * / ^}, with its operands. */
    R binary(char operator, R left, R right);

    /** A function by its name in the grammar ({@code sin}, {@code max}, …) and its arguments (min and max: two or more). */
    R call(String function, List<R> arguments);
}
