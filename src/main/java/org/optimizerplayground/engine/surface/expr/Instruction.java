package org.optimizerplayground.engine.surface.expr;

/**
 * One step of a {@link Program}.
 *
 * @param op        what to do
 * @param constant  the number pushed by {@link Op#CONST}
 * @param variable  the coordinate pushed by {@link Op#VAR}
 * @param leftMask  which variables the first operand depends on (bit i for point[i])
 * @param rightMask which variables the second operand depends on
 */
record Instruction(Op op, double constant, int variable, int leftMask, int rightMask) {

    static Instruction constant(double value) {
        return new Instruction(Op.CONST, value, -1, 0, 0);
    }

    static Instruction variable(int index) {
        return new Instruction(Op.VAR, 0, index, 0, 0);
    }

    static Instruction unary(Op op, int operandMask) {
        return new Instruction(op, 0, -1, operandMask, 0);
    }

    static Instruction binary(Op op, int leftMask, int rightMask) {
        return new Instruction(op, 0, -1, leftMask, rightMask);
    }
}
