package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The page's keyboard shortcuts ({@code frontend/page/keyboard-shortcuts.ts}): space play/pause,
 * → one update, r reset, ? the help. The element only reports which shortcut was pressed, and
 * never while the focus is in a field, a slider, a menu or on a button (their keys are theirs).
 */
@Tag("keyboard-shortcuts")
@JsModule("./page/keyboard-shortcuts.ts")
public class KeyboardShortcuts extends Component {

    /** A shortcut was pressed: {@link #key()} is {@code play}, {@code step}, {@code reset} or {@code help}. */
    @DomEvent("shortcut")
    public static class ShortcutEvent extends ComponentEvent<KeyboardShortcuts> {
        private final String key;

        public ShortcutEvent(KeyboardShortcuts source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Registration addShortcutListener(ComponentEventListener<ShortcutEvent> listener) {
        return addListener(ShortcutEvent.class, listener);
    }
}
