package org.optimizerplayground.web.ui;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.PageOptions;

/**
 * The page's one copy of what it shows: the experiment, the page options and the run in focus.
 * Panels change it only through edits ({@code state.edit(e -> e.withRun(i, r))}) and follow it
 * through one typed event, {@link Changed}; none keeps a copy of the experiment. An edit is
 * applied to the current state, never to a copy a panel took earlier, so no edit undoes another.
 */
final class PlaygroundState {
    /** Why the state changed: a link was opened (start afresh), or a panel edited a part. */
    enum Cause { OPENED, EDITED }

    /** Every change, with the state before and after. */
    record Changed(Cause cause, Experiment before, Experiment experiment, PageOptions pageBefore, PageOptions page,
                   int focus) {
        boolean experimentChanged() {
            return cause == Cause.OPENED || !experiment.equals(before);
        }

        /** Whether an edit changed the view window and nothing else (no number of the runs changes). */
        boolean onlyViewChanged() {
            return cause == Cause.EDITED && experiment.dimension() == before.dimension()
                    && !java.util.Arrays.equals(experiment.view(), before.view())
                    && experiment.equals(before.withView(experiment.view()));
        }

        boolean runsChanged() {
            return cause == Cause.OPENED || !experiment.runs().equals(before.runs());
        }
    }

    private final List<Consumer<Changed>> listeners = new ArrayList<>();
    private Experiment experiment = Experiment.defaults();
    private PageOptions page = PageOptions.defaults();
    private int focus;

    Experiment experiment() {
        return experiment;
    }

    PageOptions page() {
        return page;
    }

    /** The run the update rule and the EWMA explainer show (always a valid index). */
    int focus() {
        return Math.min(focus, experiment.runs().size() - 1);
    }

    /** Opens a link's experiment and page options: everything starts afresh. */
    void open(Experiment e, PageOptions p) {
        Experiment before = experiment;
        PageOptions pageBefore = page;
        experiment = Objects.requireNonNull(e);
        page = Objects.requireNonNull(p);
        focus = Math.min(focus, e.runs().size() - 1);
        fire(new Changed(Cause.OPENED, before, experiment, pageBefore, page, focus()));
    }

    /**
     * Applies {@code edit} to the current experiment. An edit the engine refuses throws its
     * {@link IllegalArgumentException} and changes nothing; an edit that changes nothing is not told.
     */
    void edit(UnaryOperator<Experiment> edit) {
        Experiment next = Objects.requireNonNull(edit.apply(experiment));
        if (next.equals(experiment)) {
            return;
        }
        Experiment before = experiment;
        experiment = next;
        fire(new Changed(Cause.EDITED, before, experiment, page, page, focus()));
    }

    /** Applies {@code edit} to the page options (speed, analysis view). */
    void editPage(UnaryOperator<PageOptions> edit) {
        PageOptions next = Objects.requireNonNull(edit.apply(page));
        if (next.equals(page)) {
            return;
        }
        PageOptions before = page;
        page = next;
        fire(new Changed(Cause.EDITED, experiment, experiment, before, page, focus()));
    }

    /** Puts run {@code index} in focus. */
    void focus(int index) {
        if (index == focus() || index < 0 || index >= experiment.runs().size()) {
            return;
        }
        focus = index;
        fire(new Changed(Cause.EDITED, experiment, experiment, page, page, focus()));
    }

    /** Tells {@code listener} of every change, in the order the listeners were added. */
    Registration addChangeListener(Consumer<Changed> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(Changed change) {
        for (Consumer<Changed> l : List.copyOf(listeners)) {
            l.accept(change);
        }
    }
}
