package org.optimizerplayground.engine.run;

/** How a run ends (SPEC §1), or that it is still going. */
public enum Status {
    /** Fewer updates than {@code steps} so far, and not diverged. */
    RUNNING("running"),
    /** All updates done and ‖∇J(θ_N)‖₂ &lt; 1e-6. */
    CONVERGED("converged"),
    /** All updates done, gradient still not small. */
    MAX_STEPS("max-steps"),
    /** Stopped at the first point with a non-finite value or a coordinate beyond ±1e6. */
    DIVERGED("diverged");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The name the API writes. */
    public String key() {
        return key;
    }
}
