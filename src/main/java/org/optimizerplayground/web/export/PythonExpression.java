package org.optimizerplayground.web.export;

import java.util.List;
import org.optimizerplayground.engine.surface.expr.Expression;
import org.optimizerplayground.engine.surface.expr.ExpressionFold;

/**
 * J as a Python expression of tensors, written from the same syntax tree the playground
 * evaluates ({@link Expression#fold}): {@code (1 - x)^2 + 100*(y - x^2)^2} becomes
 * {@code (1.0 - x) ** 2.0 + 100.0 * (y - x ** 2.0) ** 2.0}.
 *
 * <p>Numbers are written as Python writes the same double; {@code pi} and {@code e} are
 * {@code math.pi} and {@code math.e}. Parentheses appear where Python would read the text
 * otherwise than the tree. A function of numbers only, a {@code /} or {@code ^} between numbers
 * only, and a number inside {@code min}/{@code max} become 0-d float64 tensors, so that Python
 * never raises where the playground gives ∞ or NaN ({@code 1/0}, {@code (-8)^(1/3)}); a J
 * without any variable gets {@code + 0.0 * x} so that it still has a (zero) gradient.
 */
final class PythonExpression {
    /** Which library's functions: PyTorch's or Keras 3's backend-independent ops. */
    enum Dialect {
        TORCH("torch.", "torch.tensor(%s, dtype=torch.float64)"),
        KERAS("keras.ops.", "keras.ops.convert_to_tensor(%s, dtype=\"float64\")");

        private final String prefix;
        private final String tensor;

        Dialect(String prefix, String tensor) {
            this.prefix = prefix;
            this.tensor = tensor;
        }
    }

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    /** A written node: its text, how tightly it binds, whether a variable occurs in it. */
    private record Py(String text, int level, boolean variable) {
    }

    private PythonExpression() {
    }

    /** The body of {@code J(w)} or {@code J(x, y)}. */
    static String write(Expression expression, Dialect dialect) {
        Py root = expression.fold(new Writer(dialect));
        return root.variable ? root.text : root.text + " + 0.0 * x";
    }

    /** Whether the written text needs {@code import math}. */
    static boolean usesMath(String text) {
        return text.contains("math.");
    }

    private record Writer(Dialect dialect) implements ExpressionFold<Py> {
        @Override
        public Py number(String text, double value) {
            return new Py(PythonText.py(value), ATOM, false);
        }

        @Override
        public Py constant(String name, double value) {
            return new Py(name.equals("pi") ? "math.pi" : "math.e", ATOM, false);
        }

        @Override
        public Py variable(String name, int index) {
            return new Py(name, ATOM, true);
        }

        @Override
        public Py negate(Py operand) {
            return new Py("-" + wrap(operand, operand.level >= POWER), UNARY, operand.variable);
        }

        @Override
        public Py binary(char operator, Py left, Py right) {
            boolean variable = left.variable || right.variable;
            if (operator == '^') {
                Py base = !variable ? tensor(left) : left;
                return new Py(wrap(base, base.level == ATOM) + " ** " + wrap(right, right.level >= UNARY), POWER,
                        variable);
            }
            int own = operator == '+' || operator == '-' ? SUM : PRODUCT;
            Py l = operator == '/' && !variable ? tensor(left) : left;
            String text = wrap(l, l.level >= own) + " " + operator + " "
                    + wrap(right, right.level > own && right.level != UNARY);
            return new Py(text, own, variable);
        }

        @Override
        public Py call(String function, List<Py> arguments) {
            if (function.equals("min") || function.equals("max")) {
                String name = dialect.prefix + (function.equals("min") ? "minimum" : "maximum");
                Py folded = tensorIfConstant(arguments.get(0));
                for (Py next : arguments.subList(1, arguments.size())) {
                    folded = new Py(name + "(" + folded.text + ", " + tensorIfConstant(next).text + ")", ATOM,
                            folded.variable || next.variable);
                }
                return folded;
            }
            Py argument = tensorIfConstant(arguments.get(0));
            return new Py(dialect.prefix + function + "(" + argument.text + ")", ATOM, argument.variable);
        }

        private Py tensorIfConstant(Py p) {
            return p.variable ? p : tensor(p);
        }

        private Py tensor(Py p) {
            return new Py(String.format(dialect.tensor, p.text), ATOM, false);
        }

        private static String wrap(Py p, boolean bare) {
            return bare ? p.text : "(" + p.text + ")";
        }
    }
}
