package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The page's language: the link's {@code lang} (the browser's language otherwise), kept for the
 * tab's session, and the document's {@code <html lang>}, so that screen readers read the page in it.
 */
public final class PageLanguage {
    private PageLanguage() {
    }

    /**
     * Honours the link's {@code lang}: the choice is kept for the tab's session and the page is
     * reloaded once in that language, since every text was written when the page was built.
     *
     * @return whether the page is being reloaded
     */
    public static boolean switchTo(Locale current, String lang) {
        if (lang == null || current.getLanguage().equals(lang)) {
            return false;
        }
        Locale wanted = Locale.forLanguageTag(lang);
        VaadinSession.getCurrent().setLocale(wanted);
        UI.getCurrent().setLocale(wanted);
        UI.getCurrent().getPage().reload();
        return true;
    }

    /** Sets {@code <html lang>} to the page's language ({@code es} or {@code en}). */
    public static void announce(UI ui, Locale locale) {
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage().equals("es") ? "es" : "en");
    }
}
