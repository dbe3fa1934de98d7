package org.optimizerplayground.web.ui.network;

/**
 * A page text by its translation key, in the page's language: a component's
 * {@code this::getTranslation} on the page, the English {@code Translations} in a plain unit test.
 */
@FunctionalInterface
interface Translator {
    String text(String key, Object... args);
}
