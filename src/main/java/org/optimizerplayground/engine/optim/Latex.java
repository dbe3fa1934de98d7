package org.optimizerplayground.engine.optim;

/** LaTeX pieces shared by the update rules. */
final class Latex {
    private Latex() {
    }

    /** D(v) as the rule writes it for this ε placement. */
    static String denominator(EpsMode mode, String v) {
        return mode == EpsMode.INSIDE
                ? "\\sqrt{" + v + " + \\varepsilon}"
                : "(\\sqrt{" + v + "} + \\varepsilon)";
    }
}
