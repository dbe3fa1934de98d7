package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A Spanish-speaking class: {@code lang=es} reloads the page once in Spanish and keeps it for
 * the session; {@code lang=en} brings English back. (Chromium itself runs with --lang=en-US,
 * so English is also what a browser in another language gets.)
 */
class LanguageTest extends BrowserTest {
    private static String text(PlaygroundPage page, String id) {
        return page.waitFor(d -> {
            String t = d.findElement(By.id(id)).getText().strip();
            return t.isEmpty() ? null : t;
        }, "the text of #" + id);
    }

    @Test
    void aLinkWithLangEsOpensTheSpanishPageAndLangEnBringsEnglishBack() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&play=false&lang=es");
        page.waitFor(d -> "Reproducir".equals(d.findElement(By.id("play")).getText().strip()) ? true : null,
                "the play button in Spanish");
        assertThat(text(page, "step")).isEqualTo("Paso");
        assertThat(page.rawAddress()).contains("lang=es");

        PlaygroundPage english = openInNewTab("/?surface=bowl&play=false&lang=en");
        english.waitFor(d -> "Play".equals(d.findElement(By.id("play")).getText().strip()) ? true : null,
                "the play button in English again");
        assertThat(text(english, "step")).isEqualTo("Step");
    }

    @Test
    void theDocumentsLangIsSpanishOnASpanishPageAndEnglishOtherwise() {
        // lang= is kept for the browser's session: English first, then a page without lang=.
        PlaygroundPage english = openInNewTab("/?surface=bowl&play=false&lang=en");
        english.waitFor(d -> "Play".equals(d.findElement(By.id("play")).getText().strip()), "the English page");
        english.waitFor(d -> "en".equals(english.documentLang()), "<html lang> to be en with lang=en");

        PlaygroundPage plain = openInNewTab("/?surface=bowl&play=false");
        plain.waitFor(d -> "Play".equals(d.findElement(By.id("play")).getText().strip()), "the English page again");
        plain.waitFor(d -> "en".equals(plain.documentLang()), "<html lang> to be en without lang=");

        PlaygroundPage spanish = openInNewTab("/?surface=bowl&play=false&lang=es");
        spanish.waitFor(d -> "Reproducir".equals(d.findElement(By.id("play")).getText().strip()), "the Spanish page");
        spanish.waitFor(d -> "es".equals(spanish.documentLang()), "<html lang> to be es");

        PlaygroundPage back = openInNewTab("/?surface=bowl&play=false&lang=en");
        back.waitFor(d -> "en".equals(back.documentLang()), "<html lang> to be en again with lang=en");
    }
}
