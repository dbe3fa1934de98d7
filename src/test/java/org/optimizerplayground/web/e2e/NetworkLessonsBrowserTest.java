package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.optimizerplayground.web.ui.network.NetworkLesson;
import org.optimizerplayground.web.ui.network.NetworkLessons;

/**
 * A teacher walks through the network page's lessons: each one, picked from the
 * {@code net-lessons} menu by its title, puts its link in the address bar and shows its text.
 * The lessons' claims are checked on the engine's numbers by {@code NetworkLessonsTest} (and the
 * page's numbers are the engine's: {@code NetworkPageTest}).
 */
class NetworkLessonsBrowserTest extends BrowserTest {
    @Test
    void eachLessonOpensItsLinkAndShowsItsText() {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base() + "/network?play=false");
        // The first start may build the front end: allow it time.
        new WebDriverWait(driver, Duration.ofMinutes(4), Duration.ofMillis(200))
                .withMessage("the network page to load")
                .until(d -> Boolean.TRUE.equals(js("return !!document.getElementById('net-lessons')"
                        + " && !!document.getElementById('net-status-1');")));
        for (NetworkLesson lesson : NetworkLessons.all()) {
            choose("net-lessons", lesson.title());
            new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100))
                    .withMessage(() -> "the address bar to show the link of " + lesson.id() + ", not " + address())
                    .until(d -> address().equals("/" + lesson.link()));
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100))
                    .withMessage(() -> "the text of " + lesson.id())
                    .until(d -> lesson.text().equals(js("const e = document.getElementById('net-lesson-text');"
                            + "return e && e.checkVisibility() ? e.textContent : '';")));
        }
    }

    private String address() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getQuery());
    }

    /** Opens the menu and clicks the item, as {@code PlaygroundPage.choose} does on the surface page. */
    private void choose(String selectId, String itemText) {
        WebElement select = driver.findElement(By.id(selectId));
        js("arguments[0].scrollIntoView({block: 'center'});", select);
        for (int attempt = 0; attempt < 3 && !opened(selectId); attempt++) {
            select.click();
            try {
                new WebDriverWait(driver, Duration.ofMillis(700), Duration.ofMillis(50)).until(d -> opened(selectId));
            } catch (TimeoutException notYet) {
                // click again
            }
        }
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .withMessage("the item '" + itemText + "' in #" + selectId)
                .until(d -> (WebElement) js("return Array.from(document.querySelectorAll('vaadin-select-item'))"
                        + ".find(i => i.textContent.trim() === arguments[0] && i.checkVisibility()"
                        + " && !i.closest('vaadin-select-value-button') && !i.id.startsWith('value-')) || null;",
                        itemText));
        item.click();
    }

    private boolean opened(String selectId) {
        return Boolean.TRUE.equals(js("return !!document.getElementById(arguments[0]).opened;", selectId));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
