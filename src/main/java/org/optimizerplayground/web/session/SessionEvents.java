package org.optimizerplayground.web.session;

/**
 * What the sessions tell an observer (the operator's metrics, {@code web/ops}): updates computed,
 * frames handed to push, frames that could not be delivered. Called from the frame scheduler's
 * thread and from request threads, so an implementation must be thread-safe and quick.
 */
public interface SessionEvents {
    /** Tells nothing to nobody: what a {@link SessionRegistry} uses until someone listens. */
    SessionEvents NONE = new SessionEvents() {
    };

    /** {@code count} more optimizer updates were computed by one session (count ≥ 1). */
    default void updatesComputed(long count) {
    }

    /** One frame was rendered under the tab's lock; Vaadin pushes it when the lock is released. */
    default void framePushed() {
    }

    /** A frame could not be delivered: the tab refused the access (gone) or rendering it threw. */
    default void frameFailed(RuntimeException cause) {
    }
}
