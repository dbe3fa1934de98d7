package org.optimizerplayground.engine.analysis;

/** The computation was cancelled through its {@link Progress}. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
