package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;

/**
 * The engine's messages (English, as the API says them) in the page's language. The engine
 * writes "noise must be in [0, 1000000], got -1": the page shows it in the page's language
 * where a translation exists, else as the engine wrote it.
 */
final class Messages {
    private Messages() {
    }

    static String of(Component i18n, String engineMessage) {
        return engineMessage;
    }
}
