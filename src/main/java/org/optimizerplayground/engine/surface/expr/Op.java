package org.optimizerplayground.engine.surface.expr;

/**
 * One instruction of a compiled {@link Program}: how it computes its value and the local partial
 * derivatives with respect to its operands, side by side.
 *
 * <p>Every transcendental function uses {@link StrictMath} so that the same link gives
 * bit-identical numbers on every machine. The derivative conventions are PyTorch autograd's,
 * because trajectories are checked against PyTorch: {@code abs} has derivative 0 at 0,
 * {@code min}/{@code max} split a tie half and half, and {@code a ^ b} avoids the 0·∞ and
 * log-of-negative traps exactly where PyTorch does. NaN and infinities are not special-cased:
 * they propagate, and the caller detects non-finite results.
 *
 * <p>For a unary instruction {@code b} is unused. {@code r} is the already computed value, which
 * several derivatives reuse.
 */
enum Op {
    /** Pushes a number (literal or constant). */
    CONST,
    /** Pushes a coordinate of the point. */
    VAR,

    NEG {
        @Override double value(double a, double b) { return -a; }
        @Override double leftPartial(double a, double b, double r) { return -1; }
    },
    ADD {
        @Override double value(double a, double b) { return a + b; }
        @Override double leftPartial(double a, double b, double r) { return 1; }
        @Override double rightPartial(double a, double b, double r) { return 1; }
    },
    SUB {
        @Override double value(double a, double b) { return a - b; }
        @Override double leftPartial(double a, double b, double r) { return 1; }
        @Override double rightPartial(double a, double b, double r) { return -1; }
    },
    MUL {
        @Override double value(double a, double b) { return a * b; }
        @Override double leftPartial(double a, double b, double r) { return b; }
        @Override double rightPartial(double a, double b, double r) { return a; }
    },
    /** d(a/b) = da/b − a·db/b². */
    DIV {
        @Override double value(double a, double b) { return a / b; }
        @Override double leftPartial(double a, double b, double r) { return 1 / b; }
        @Override double rightPartial(double a, double b, double r) { return -a / (b * b); }
    },
    /**
     * a^b. As in PyTorch: d/da is 0 where b = 0 (so 0^0 has no 0·∞), else b·a^(b−1); d/db is 0
     * where a = 0 and b ≥ 0, else a^b·log(a). The d/db term is only used when the exponent
     * depends on a variable (see {@link Program}), so {@code (-2)^2} has no NaN.
     */
    POW {
        @Override double value(double a, double b) { return StrictMath.pow(a, b); }
        @Override double leftPartial(double a, double b, double r) {
            return b == 0 ? 0 : b * StrictMath.pow(a, b - 1);
        }
        @Override double rightPartial(double a, double b, double r) {
            return (a == 0 && b >= 0) ? 0 : r * StrictMath.log(a);
        }
    },
    SIN {
        @Override double value(double a, double b) { return StrictMath.sin(a); }
        @Override double leftPartial(double a, double b, double r) { return StrictMath.cos(a); }
    },
    COS {
        @Override double value(double a, double b) { return StrictMath.cos(a); }
        @Override double leftPartial(double a, double b, double r) { return -StrictMath.sin(a); }
    },
    /** tan' = 1 + tan², as PyTorch computes it from the result. */
    TAN {
        @Override double value(double a, double b) { return StrictMath.tan(a); }
        @Override double leftPartial(double a, double b, double r) { return 1 + r * r; }
    },
    EXP {
        @Override double value(double a, double b) { return StrictMath.exp(a); }
        @Override double leftPartial(double a, double b, double r) { return r; }
    },
    /** Natural logarithm. */
    LOG {
        @Override double value(double a, double b) { return StrictMath.log(a); }
        @Override double leftPartial(double a, double b, double r) { return 1 / a; }
    },
    SQRT {
        @Override double value(double a, double b) { return StrictMath.sqrt(a); }
        @Override double leftPartial(double a, double b, double r) { return 1 / (2 * r); }
    },
    /** abs' = sign(a), 0 at a = 0 (PyTorch's choice of subgradient). */
    ABS {
        @Override double value(double a, double b) { return StrictMath.abs(a); }
        @Override double leftPartial(double a, double b, double r) { return Math.signum(a); }
    },
    /** tanh' = 1 − tanh². */
    TANH {
        @Override double value(double a, double b) { return StrictMath.tanh(a); }
        @Override double leftPartial(double a, double b, double r) { return 1 - r * r; }
    },
    SINH {
        @Override double value(double a, double b) { return StrictMath.sinh(a); }
        @Override double leftPartial(double a, double b, double r) { return StrictMath.cosh(a); }
    },
    COSH {
        @Override double value(double a, double b) { return StrictMath.cosh(a); }
        @Override double leftPartial(double a, double b, double r) { return StrictMath.sinh(a); }
    },
    /** Like torch.minimum: the selected argument gets the derivative; a tie gives half to each. */
    MIN {
        @Override double value(double a, double b) { return StrictMath.min(a, b); }
        @Override double leftPartial(double a, double b, double r) { return a == b ? 0.5 : a > b ? 0 : 1; }
        @Override double rightPartial(double a, double b, double r) { return a == b ? 0.5 : a < b ? 0 : 1; }
    },
    /** Like torch.maximum: the selected argument gets the derivative; a tie gives half to each. */
    MAX {
        @Override double value(double a, double b) { return StrictMath.max(a, b); }
        @Override double leftPartial(double a, double b, double r) { return a == b ? 0.5 : a < b ? 0 : 1; }
        @Override double rightPartial(double a, double b, double r) { return a == b ? 0.5 : a > b ? 0 : 1; }
    };

    /** The result for operands {@code a} (and {@code b} for binary instructions). */
    double value(double a, double b) {
        throw new UnsupportedOperationException(name() + " takes no operands");
    }

    /** ∂r/∂a. */
    double leftPartial(double a, double b, double r) {
        throw new UnsupportedOperationException(name() + " takes no operands");
    }

    /** ∂r/∂b, for binary instructions. */
    double rightPartial(double a, double b, double r) {
        throw new UnsupportedOperationException(name() + " has no second operand");
    }

    /** How many values it pops from the stack. */
    int operands() {
        return switch (this) {
            case CONST, VAR -> 0;
            case ADD, SUB, MUL, DIV, POW, MIN, MAX -> 2;
            default -> 1;
        };
    }
}
