package org.optimizerplayground.engine.optim;

import org.optimizerplayground.engine.util.Check;

/** The ranges of SPEC §3, in one place so every optimizer checks a key the same way. */
final class Hyper {
    private Hyper() {
    }

    static double lr(double lr) {
        return Check.openClosed("lr", lr, 0, 100);
    }

    /** β, ρ, β₁, β₂ ∈ [0, 1). */
    static double decayRate(String name, double value) {
        return Check.closedOpen(name, value, 0, 1);
    }

    static double eps(double eps) {
        return Check.openClosed("eps", eps, 0, 1);
    }

    static double weightDecay(double lambda) {
        return Check.closed("weight_decay", lambda, 0, 10);
    }

    static double momentumDecay(double psi) {
        return Check.closed("momentum_decay", psi, 0, 1);
    }

    static double initialAccumulator(double value) {
        return Check.closed("initial_accumulator", value, 0, 1e6);
    }

    static EpsMode epsMode(EpsMode mode, boolean hatAllowed) {
        if (mode == null || (mode == EpsMode.HAT && !hatAllowed)) {
            throw new IllegalArgumentException("eps_mode must be one of inside, outside"
                    + (hatAllowed ? ", hat" : "") + ", got " + (mode == null ? "nothing" : mode.key()));
        }
        return mode;
    }
}
