package org.optimizerplayground.engine.surface.expr;

/**
 * The functions an expression may call, with how many arguments each takes, how it is shown in
 * LaTeX and which instruction computes it. {@code min} and {@code max} take two or more
 * arguments and are folded left: {@code min(a, b, c) = min(min(a, b), c)}.
 */
enum MathFunction {
    SIN("sin", Op.SIN),
    COS("cos", Op.COS),
    TAN("tan", Op.TAN),
    EXP("exp", Op.EXP),
    LOG("log", Op.LOG),
    SQRT("sqrt", Op.SQRT),
    ABS("abs", Op.ABS),
    TANH("tanh", Op.TANH),
    SINH("sinh", Op.SINH),
    COSH("cosh", Op.COSH),
    MIN("min", Op.MIN),
    MAX("max", Op.MAX);

    private final String sourceName;
    private final Op op;

    MathFunction(String sourceName, Op op) {
        this.sourceName = sourceName;
        this.op = op;
    }

    /** The function called {@code name} in an expression (case-sensitive), or null. */
    static MathFunction named(String name) {
        for (MathFunction function : values()) {
            if (function.sourceName.equals(name)) {
                return function;
            }
        }
        return null;
    }

    String sourceName() {
        return sourceName;
    }

    /** The instruction; for min and max it is the binary one applied to each further argument. */
    Op op() {
        return op;
    }

    /** True for min and max, which take two or more arguments; all others take exactly one. */
    boolean isVariadic() {
        return this == MIN || this == MAX;
    }

    /** Null when {@code count} arguments are fine, else the plain-words complaint. */
    String arityProblem(int count) {
        if (isVariadic()) {
            return count >= 2 ? null : "'" + sourceName + "' takes at least 2 arguments, got " + count;
        }
        return count == 1 ? null : "'" + sourceName + "' takes 1 argument, got " + count;
    }
}
