package org.optimizerplayground.engine.optim;

/**
 * Where ε goes in the denominator D of the adaptive optimizers (SPEC §3).
 */
public enum EpsMode {
    /** D(v) = √(v + ε), as the lecture writes it (the default). */
    INSIDE("inside"),
    /** D(v) = √v + ε, as PyTorch does everywhere. */
    OUTSIDE("outside"),
    /** Keras's "epsilon hat": α̂_k = α·√(1−β₂ᵏ)/(1−β₁ᵏ), D = √s + ε on the raw s (Adam, AdamW). */
    HAT("hat");

    private final String key;

    EpsMode(String key) {
        this.key = key;
    }

    /** The value as written in links. */
    public String key() {
        return key;
    }

    /** D(v) for {@link #INSIDE} and {@link #OUTSIDE}; {@link #HAT} uses the outside form. */
    public double denominator(double v, double eps) {
        return this == INSIDE ? StrictMath.sqrt(v + eps) : StrictMath.sqrt(v) + eps;
    }

    /** The mode written {@code key} in a link, or {@code null}. */
    public static EpsMode byKey(String key) {
        for (EpsMode m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
