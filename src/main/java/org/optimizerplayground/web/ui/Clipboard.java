package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;

/**
 * Copies text into the browser's clipboard and says whether it worked ("copied", or "copy it
 * by hand" where the browser refuses). The text goes in as a parameter, never as code.
 */
public final class Clipboard {
    private Clipboard() {
    }

    /** Copies {@code text} (a link); {@code null} copies the address bar's link. */
    public static void copy(Component from, String text) {
        copy(from, text, "share.copied", "share.manual");
    }

    /**
     * Copies {@code text} ({@code null}: the address bar's link) and shows the translation of
     * {@code copiedKey} when the browser took it, of {@code manualKey} when it refused.
     */
    public static void copy(Component from, String text, String copiedKey, String manualKey) {
        from.getElement().executeJs("const t = $0 === null ? window.location.href : $0;"
                + "return navigator.clipboard ? navigator.clipboard.writeText(t).then(() => true, () => false) : false",
                text).then(Boolean.class, copied -> Notification.show(from.getTranslation(
                        Boolean.TRUE.equals(copied) ? copiedKey : manualKey)));
    }
}
