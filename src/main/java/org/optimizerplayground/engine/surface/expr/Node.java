package org.optimizerplayground.engine.surface.expr;

import java.util.List;

/**
 * The syntax tree the {@link Parser} builds. The tree is turned into a flat
 * {@link Program} for evaluation and into LaTeX for display, and kept for
 * {@link Expression#fold} (code export). Unary plus leaves no node (it changes nothing).
 */
sealed interface Node {

    /** A number as written, e.g. {@code 1e-3}; the text is kept for display. */
    record Literal(String text, double value) implements Node {
    }

    /** {@code pi} or {@code e}. */
    record Constant(String name, double value) implements Node {
    }

    /** {@code w}, {@code x} or {@code y}; {@code index} is its place in the point. */
    record Variable(String name, int index) implements Node {
    }

    /** Unary minus. */
    record Negation(Node operand) implements Node {
    }

    record Binary(BinaryOperator operator, Node left, Node right) implements Node {
    }

    /** A function call; min and max keep all their arguments here and are folded when compiled. */
    record Call(MathFunction function, List<Node> arguments) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
