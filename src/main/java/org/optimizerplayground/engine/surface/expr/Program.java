package org.optimizerplayground.engine.surface.expr;

/**
 * A compiled expression: a flat postfix list of instructions run over a value stack and, for
 * gradients, one stack of partial derivatives per variable (dual numbers, forward-mode automatic
 * differentiation). Gradients are therefore exact up to rounding, never finite differences.
 *
 * <p>A partial derivative only receives a contribution through an operand that depends on that
 * variable at all. This is how reverse mode (PyTorch) behaves too, and it matters when a local
 * derivative is infinite or NaN: {@code x + sqrt(0)} has gradient 1 (not ∞·0 = NaN),
 * {@code (-2)^y} has no log(−2) term when differentiated in x, and {@code sqrt(x)} at x = 0 has
 * gradient (∞, 0) rather than (∞, NaN). Apart from that NaN and infinities simply propagate.
 *
 * <p>Immutable; each evaluation allocates its own small stacks, so one program can be evaluated
 * from many threads at once.
 */
final class Program {

    private final Instruction[] code;
    private final int maxStack;

    Program(Instruction[] code, int maxStack) {
        this.code = code.clone();
        this.maxStack = maxStack;
    }

    /** The value at {@code point}. */
    double value(double[] point) {
        double[] stack = new double[maxStack];
        int top = 0;
        for (Instruction in : code) {
            Op op = in.op();
            switch (op.operands()) {
                case 0 -> stack[top++] = op == Op.CONST ? in.constant() : point[in.variable()];
                case 1 -> stack[top - 1] = op.value(stack[top - 1], 0);
                default -> {
                    top--;
                    stack[top - 1] = op.value(stack[top - 1], stack[top]);
                }
            }
        }
        return stack[0];
    }

    /**
     * The value at {@code point}; writes the first {@code partials} partial derivatives into
     * {@code gradientOut}. The values are computed exactly as in {@link #value(double[])}.
     */
    double valueAndGradient(double[] point, int partials, double[] gradientOut) {
        double[] stack = new double[maxStack];
        double[][] d = new double[partials][maxStack];
        int top = 0;
        for (Instruction in : code) {
            Op op = in.op();
            switch (op.operands()) {
                case 0 -> {
                    boolean isVariable = op == Op.VAR;
                    stack[top] = isVariable ? point[in.variable()] : in.constant();
                    for (int k = 0; k < partials; k++) {
                        d[k][top] = isVariable && in.variable() == k ? 1 : 0;
                    }
                    top++;
                }
                case 1 -> {
                    int i = top - 1;
                    double a = stack[i];
                    double r = op.value(a, 0);
                    double c = op.leftPartial(a, 0, r);
                    stack[i] = r;
                    for (int k = 0; k < partials; k++) {
                        d[k][i] = dependsOn(in.leftMask(), k) ? c * d[k][i] : 0;
                    }
                }
                default -> {
                    top--;
                    int i = top - 1;
                    double a = stack[i];
                    double b = stack[top];
                    double r = op.value(a, b);
                    stack[i] = r;
                    boolean anyLeft = in.leftMask() != 0;
                    boolean anyRight = in.rightMask() != 0;
                    double ca = anyLeft ? op.leftPartial(a, b, r) : 0;
                    double cb = anyRight ? op.rightPartial(a, b, r) : 0;
                    for (int k = 0; k < partials; k++) {
                        boolean left = dependsOn(in.leftMask(), k);
                        boolean right = dependsOn(in.rightMask(), k);
                        double dk;
                        if (left && right) {
                            dk = ca * d[k][i] + cb * d[k][top];
                        } else if (left) {
                            dk = ca * d[k][i];
                        } else if (right) {
                            dk = cb * d[k][top];
                        } else {
                            dk = 0;
                        }
                        d[k][i] = dk;
                    }
                }
            }
        }
        for (int k = 0; k < partials; k++) {
            gradientOut[k] = d[k][0];
        }
        return stack[0];
    }

    private static boolean dependsOn(int mask, int variable) {
        return (mask & (1 << variable)) != 0;
    }
}
