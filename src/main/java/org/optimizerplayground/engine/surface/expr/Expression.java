package org.optimizerplayground.engine.surface.expr;

import java.util.Arrays;

/**
 * A visitor's own cost function J, typed as text (link key {@code f}, SPEC §6), with exact
 * gradients.
 *
 * <p>The text is read by a grammar, never evaluated as code. Numbers ({@code 3}, {@code 1e-3},
 * {@code .5}), {@code + - * / ^}, unary minus and plus, parentheses, the constants {@code pi}
 * and {@code e}, the variables {@code w} (1-D) or {@code x}, {@code y} (2-D), and the functions
 * {@code sin cos tan exp log sqrt abs tanh sinh cosh} (one argument) and {@code min max} (two
 * or more). {@code ^} is right-associative and binds tighter than unary minus:
 * {@code -x^2} = −(x²), {@code 2^3^2} = 2⁹. There is no implicit multiplication.
 *
 * <p>Parsing compiles the text into a flat {@link Program}; gradients come from forward-mode
 * automatic differentiation with PyTorch's conventions at kinks (see {@link Op}), so
 * trajectories match PyTorch and never depend on a finite-difference step. All functions use
 * {@link StrictMath}, so values are bit-identical on every machine.
 *
 * <p>NaN and infinities are not errors here: they propagate into the value and gradient, and the
 * caller decides what a non-finite number means (a diverged run).
 *
 * <p>Immutable and thread-safe.
 */
public final class Expression {

    /** Longest accepted text, in characters. */
    public static final int MAX_LENGTH = 500;

    /** Deepest accepted nesting: parentheses, unary signs, function calls and {@code ^} each open a level. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private final int dimension;
    private final Program program;
    private final String latex;
    private final Node root;

    private Expression(String text, int dimension, Program program, String latex, Node root) {
        this.text = text;
        this.dimension = dimension;
        this.program = program;
        this.latex = latex;
        this.root = root;
    }

    /**
     * Reads {@code text}.
     *
     * @throws ExpressionException for anything that is not a valid expression (including null,
     *                             blank, too long or too deeply nested text); never anything else
     */
    public static Expression parse(String text) {
        if (text == null) {
            throw new ExpressionException("empty expression", 0);
        }
        // Checked before lexing so that a huge input costs nothing. Valid expressions are ASCII,
        // so UTF-16 length is the character count; only longer texts need an exact count.
        if (text.length() > MAX_LENGTH) {
            int characters = text.codePointCount(0, text.length());
            if (characters > MAX_LENGTH) {
                throw new ExpressionException(
                        "expression is longer than " + MAX_LENGTH + " characters (got " + characters + ")", 0);
            }
        }
        Parser.Result parsed = Parser.parse(text);
        return new Expression(text, parsed.dimension(), Compiler.compile(parsed.root()),
                LatexWriter.write(parsed.root()), parsed.root());
    }

    /** The source text exactly as given to {@link #parse(String)}. */
    public String text() {
        return text;
    }

    /**
     * 1 if the expression uses {@code w} (point = (w)), 2 if it uses {@code x} and/or {@code y}
     * (point = (x, y), even when only one of them appears), 0 if it uses no variable.
     */
    public int dimension() {
        return dimension;
    }

    /**
     * J at {@code point}: {@code point[0]} is w, or x; {@code point[1]} is y. For dimension 0 the
     * point is not read and may be empty or null.
     *
     * @throws IllegalArgumentException if {@code point} has fewer than {@link #dimension()} coordinates
     */
    public double value(double[] point) {
        checkPoint(point);
        return program.value(point);
    }

    /**
     * J at {@code point}, and its exact gradient written into {@code gradientOut}: dJ/dw into
     * {@code gradientOut[0]} for dimension 1; dJ/dx, dJ/dy into {@code [0]}, {@code [1]} for
     * dimension 2. For dimension 0 the gradient is zero, so every entry of {@code gradientOut}
     * (if not null) is set to 0. The returned value equals {@link #value(double[])} bit for bit.
     *
     * @throws IllegalArgumentException if {@code point} or {@code gradientOut} has fewer than
     *                                  {@link #dimension()} entries
     */
    public double valueAndGradient(double[] point, double[] gradientOut) {
        checkPoint(point);
        if (dimension == 0) {
            if (gradientOut != null) {
                Arrays.fill(gradientOut, 0.0);
            }
            return program.value(point);
        }
        if (gradientOut == null || gradientOut.length < dimension) {
            throw new IllegalArgumentException("gradientOut needs " + dimension + " entries for " + text);
        }
        return program.valueAndGradient(point, dimension, gradientOut);
    }

    /** LaTeX for display with KaTeX, e.g. {@code x^{2} + \sin\left(y\right)}. */
    public String toLatex() {
        return latex;
    }

    /**
     * The syntax tree read bottom-up: {@code fold} gets one call per node, operands first (unary
     * plus leaves no node). The tree is the one {@link #value} evaluates.
     */
    public <R> R fold(ExpressionFold<R> fold) {
        return fold(root, fold);
    }

    private static <R> R fold(Node node, ExpressionFold<R> f) {
        return switch (node) {
            case Node.Literal l -> f.number(l.text(), l.value());
            case Node.Constant c -> f.constant(c.name(), c.value());
            case Node.Variable v -> f.variable(v.name(), v.index());
            case Node.Negation n -> f.negate(fold(n.operand(), f));
            case Node.Binary b -> f.binary(switch (b.operator()) {
                case ADD -> '+';
                case SUBTRACT -> '-';
                case MULTIPLY -> '*';
                case DIVIDE -> '/';
                case POWER -> '^';
            }, fold(b.left(), f), fold(b.right(), f));
            case Node.Call c -> f.call(c.function().sourceName(), c.arguments().stream().map(a -> fold(a, f)).toList());
        };
    }

    /** The source text. */
    @Override
    public String toString() {
        return text;
    }

    private void checkPoint(double[] point) {
        if (dimension > 0 && (point == null || point.length < dimension)) {
            throw new IllegalArgumentException("a point of " + text + " needs " + dimension + " coordinates");
        }
    }
}
