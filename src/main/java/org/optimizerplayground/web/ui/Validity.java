package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.HasValidation;

/**
 * Clears a field's error mark only when it is set. On Vaadin 25 every {@code setInvalid} is a
 * JavaScript call sent to the page even when nothing changes, and a call on a hidden field (the
 * decay's fields while the decay is off) is kept by Vaadin until the field is shown: two such calls
 * per α edit piled up for the life of the tab, and every visible field cleared on an edit cost a
 * call in the answer.
 */
final class Validity {
    private Validity() {
    }

    /** Clears {@code field}'s error mark, if it has one. */
    static void clear(HasValidation field) {
        if (field.isInvalid()) {
            field.setInvalid(false);
        }
    }
}
