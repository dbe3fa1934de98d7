package org.optimizerplayground.web.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The page's texts: English ({@code vaadin-i18n/translations.properties}) and Spanish
 * ({@code translations_es.properties}). English comes first, so a browser in any other language
 * gets English; and no bundle falls back to the server's own default locale.
 *
 * <p>Every text is a {@link MessageFormat} pattern, with or without arguments (unlike Vaadin's
 * default provider, which formats only texts that have arguments): so a quote is always written
 * twice in the files, and always shows once on the page.
 */
@Component
public class Translations implements I18NProvider {
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /**
     * Each text's pattern, parsed once per language (English under its key, Spanish under "es:" and
     * its key): the status chips and the rule panel's caption ask for theirs many times a second.
     */
    private final ConcurrentHashMap<String, MessageFormat> patterns = new ConcurrentHashMap<>();

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        boolean spanish = locale != null && locale.getLanguage().equals("es");
        MessageFormat pattern = patterns.get(spanish ? "es:" + key : key);
        if (pattern == null) {
            Locale language = spanish ? LOCALES.get(1) : Locale.ROOT;
            try {
                pattern = new MessageFormat(ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key),
                        language);
            } catch (MissingResourceException missing) {
                return "!" + key + "!";
            }
            patterns.put(spanish ? "es:" + key : key, pattern);
        }
        synchronized (pattern) { // a MessageFormat is not safe to share between threads as it formats
            return pattern.format(params);
        }
    }
}
