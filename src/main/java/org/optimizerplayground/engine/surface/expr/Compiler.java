package org.optimizerplayground.engine.surface.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a syntax tree into a {@link Program}, once, at parse time, so evaluation is a tight loop
 * over an array instead of a walk over objects. Also records, for each operand, which variables
 * it depends on (see {@link Program} for why).
 */
final class Compiler {

    private final List<Instruction> code = new ArrayList<>();
    private int depth;
    private int maxDepth;

    private Compiler() {
    }

    static Program compile(Node root) {
        Compiler compiler = new Compiler();
        compiler.emit(root);
        return new Program(compiler.code.toArray(new Instruction[0]), compiler.maxDepth);
    }

    /** Emits the instructions of {@code node}; returns the mask of variables it depends on. */
    private int emit(Node node) {
        if (node instanceof Node.Literal literal) {
            push(Instruction.constant(literal.value()));
            return 0;
        }
        if (node instanceof Node.Constant constant) {
            push(Instruction.constant(constant.value()));
            return 0;
        }
        if (node instanceof Node.Variable variable) {
            push(Instruction.variable(variable.index()));
            return 1 << variable.index();
        }
        if (node instanceof Node.Negation negation) {
            int mask = emit(negation.operand());
            code.add(Instruction.unary(Op.NEG, mask));
            return mask;
        }
        if (node instanceof Node.Binary binary) {
            int left = emit(binary.left());
            int right = emit(binary.right());
            pop(Instruction.binary(binary.operator().op(), left, right));
            return left | right;
        }
        Node.Call call = (Node.Call) node;
        Op op = call.function().op();
        int mask = emit(call.arguments().get(0));
        if (!call.function().isVariadic()) {
            code.add(Instruction.unary(op, mask));
            return mask;
        }
        for (Node argument : call.arguments().subList(1, call.arguments().size())) {
            int next = emit(argument);
            pop(Instruction.binary(op, mask, next));
            mask |= next;
        }
        return mask;
    }

    private void push(Instruction instruction) {
        code.add(instruction);
        depth++;
        maxDepth = Math.max(maxDepth, depth);
    }

    private void pop(Instruction binary) {
        code.add(binary);
        depth--;
    }
}
