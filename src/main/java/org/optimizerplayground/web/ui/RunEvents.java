package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import java.util.function.UnaryOperator;
import org.optimizerplayground.engine.experiment.RunSpec;

/** What a {@link RunEditor} tells the run list: a setting changed, or the run is to go. */
final class RunEvents {
    private RunEvents() {
    }

    /** The student changed one setting of run {@code index}: {@code edit} applied to the run gives the new run. */
    static final class RunEdited extends ComponentEvent<RunEditor> {
        private final String field;
        private final UnaryOperator<RunSpec> edit;

        RunEdited(RunEditor source, String field, UnaryOperator<RunSpec> edit) {
            super(source, true);
            this.field = field;
            this.edit = edit;
        }

        int index() {
            return getSource().index();
        }

        /** The id of the field that proposed the edit (its error shows there). */
        String field() {
            return field;
        }

        UnaryOperator<RunSpec> edit() {
            return edit;
        }
    }

    /** The student asked to remove run {@code index}. */
    static final class RunRemoved extends ComponentEvent<RunEditor> {
        RunRemoved(RunEditor source) {
            super(source, true);
        }

        int index() {
            return getSource().index();
        }
    }
}
