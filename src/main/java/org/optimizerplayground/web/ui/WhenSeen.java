package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BooleanSupplier;

/**
 * What a panel draws only when the student can see it: the panel is visible (not hidden by the
 * link), open by its own measure, and in or near the viewport ({@link InView}). A change while it
 * cannot be seen is only noted; the panel draws once when it can be seen again, so the student
 * sees exactly what an eager panel shows, and an edit of an unseen panel costs nothing.
 *
 * <p>Not thread-safe: one per panel, used under the tab's lock.
 */
public final class WhenSeen {
    private final Component panel;
    private final BooleanSupplier open;
    private final Runnable draw;
    /** What the page last said: whether the panel is in (or near) the viewport. */
    private boolean inView = true;
    /** Whether the panel shows something older than what it was last told (drawn when next seen). */
    private boolean stale;

    /**
     * Watches {@code panel}'s place in the viewport.
     *
     * @param open whether the panel's own state lets it show anything (e.g. a view is open)
     * @param draw draws the panel's current content; it calls {@link #drawn()} itself
     */
    public WhenSeen(Component panel, BooleanSupplier open, Runnable draw) {
        this.panel = panel;
        this.open = open;
        this.draw = draw;
        InView.watch(panel, this::inView);
    }

    /** What the panel shows changed: drawn now if it can be seen, else noted for later. */
    public void changed() {
        if (seen()) {
            draw.run();
        } else {
            stale = true;
        }
    }

    /** The panel was shown, hidden, opened or closed: draws what was noted if it can now be seen. */
    public void check() {
        if (stale && seen()) {
            draw.run();
        }
    }

    /** The page says the panel came into the viewport ({@code true}) or left it. */
    public void inView(boolean now) {
        inView = now;
        check();
    }

    /** The panel has drawn its current content (by this helper or on its own): nothing is noted any more. */
    public void drawn() {
        stale = false;
    }

    /** Whether the student can see the panel. */
    public boolean seen() {
        return open.getAsBoolean() && inView && panel.isVisible();
    }
}
