package org.optimizerplayground.engine.surface.expr;

/** The five infix operators, with the instruction that computes each. */
enum BinaryOperator {
    ADD(Op.ADD),
    SUBTRACT(Op.SUB),
    MULTIPLY(Op.MUL),
    DIVIDE(Op.DIV),
    POWER(Op.POW);

    private final Op op;

    BinaryOperator(Op op) {
        this.op = op;
    }

    Op op() {
        return op;
    }
}
