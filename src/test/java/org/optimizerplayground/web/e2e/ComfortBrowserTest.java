package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Everyday comfort in Chromium: the step arrows on the map, the keyboard shortcuts, reaching
 * the controls with Tab, the dark theme, and the WebM video of the map. Screenshots of the
 * arrows and of the dark theme go to {@code target/screenshots} for a look by eye.
 */
class ComfortBrowserTest extends BrowserTest {

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String id, String file) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        WebElement e = driver.findElement(By.id(id));
        Files.write(dir.resolve(file), ((TakesScreenshot) e).getScreenshotAs(OutputType.BYTES));
    }

    /** Presses keys with the focus on the page itself, as after a click on empty space. */
    private void press(CharSequence... keys) {
        driver.findElement(By.tagName("h1")).click();
        new Actions(driver).sendKeys(keys).perform();
    }

    private boolean enabled(String id) {
        return Boolean.TRUE.equals(js("const b = document.getElementById(arguments[0]); return !!b && !b.hasAttribute('disabled');", id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stepArrowsFollowEachRunsCurrentPoint() throws IOException {
        PlaygroundPage page = openInNewTab("/?surface=ravine&run=sgd(lr=0.3)&run=momentum(lr=0.02)&run=adam(lr=0.3)&play=false");
        driver.findElement(By.id("step-arrows")).click();
        for (int i = 0; i < 6; i++) {
            page.step();
        }
        List<Map<String, Object>> sets = page.waitFor(d -> {
            List<Map<String, Object>> s = (List<Map<String, Object>>) js("return document.getElementById('contour-chart').arrows;");
            return s != null && s.size() == 3 ? s : null;
        }, "arrows for the three runs");
        for (int run = 0; run < 3; run++) {
            Map<String, Object> set = sets.get(run);
            List<Number> at = (List<Number>) set.get("at");
            List<Double> now = page.mapPath(run + 1).get(6);
            assertThat(at.get(0).doubleValue()).isEqualTo(now.get(0));
            assertThat(at.get(1).doubleValue()).isEqualTo(now.get(1));
            List<Map<String, Object>> arrows = (List<Map<String, Object>>) set.get("arrows");
            assertThat(arrows).extracting(a -> a.get("kind"))
                    .containsExactlyElementsOf(run == 0 ? List.of("gradient", "update") : List.of("gradient", "momentum", "update"));
        }
        assertThat(page.visibleText("step-arrows-legend")).contains("15 %");
        screenshot("contour-chart", "step-arrows-ravine.png");

        driver.findElement(By.id("step-arrows")).click();
        page.waitFor(d -> ((List<?>) js("return document.getElementById('contour-chart').arrows;")).isEmpty(),
                "the arrows to go");
        assertThat(page.visibleText("step-arrows-legend")).isEmpty();
    }

    @Test
    void oneDimensionalArrowsScreenshot() throws IOException {
        PlaygroundPage page = openInNewTab("/?surface=double-well&run=sgd(lr=0.01)&run=momentum(lr=0.01)&play=false");
        driver.findElement(By.id("step-arrows")).click();
        for (int i = 0; i < 4; i++) {
            page.step();
        }
        page.waitFor(d -> ((List<?>) js("return document.getElementById('contour-chart').arrows;")).size() == 2,
                "arrows for both runs");
        screenshot("contour-chart", "step-arrows-double-well.png");
    }

    @Test
    void spaceArrowRAndQuestionMarkDriveThePageButNotWhileTyping() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&steps=100000&speed=10&play=false");
        press(Keys.ARROW_RIGHT);
        page.waitFor(d -> page.k(1) == 1, "→ to make one update");
        press(Keys.ARROW_RIGHT);
        page.waitFor(d -> page.k(1) == 2, "→ to make a second update");
        press(" ");
        page.waitFor(d -> enabled("pause"), "space to play");
        press(" ");
        page.waitFor(d -> enabled("play"), "space again to pause");
        press("r");
        page.waitFor(d -> page.k(1) == 0, "r to go back to θ₀");

        // typing a space or an r into a field is typing, not a shortcut
        WebElement steps = driver.findElement(By.cssSelector("#steps input"));
        steps.click();
        steps.sendKeys(" r", Keys.ARROW_RIGHT);
        assertThat(enabled("play")).as("still paused").isTrue();
        assertThat(page.k(1)).isZero();

        press("?");
        page.waitFor(d -> Boolean.TRUE.equals(js("const d = document.getElementById('shortcuts-help'); return !!d && d.opened;")),
                "? to open the help");
        // Since Vaadin 25 a dialog's content stays in the dialog's own light DOM (no separate
        // vaadin-dialog-overlay element in the body).
        String help = (String) js("return document.getElementById('shortcuts-help').textContent;");
        assertThat(help).contains("Play or pause").contains("One update").contains("Back to θ₀").contains("Space");
    }

    @Test
    void tabReachesPlayStepResetAndShare() {
        openInNewTab("/?surface=bowl&run=adam&play=false");
        js("document.activeElement && document.activeElement.blur && document.activeElement.blur();");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 80 && !reached.containsAll(List.of("play", "step", "reset", "share")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String id = (String) js("let e = document.activeElement; while (e && !e.id && e.parentElement) e = e.parentElement;"
                    + " return e ? e.id : '';");
            reached.add(id);
        }
        assertThat(reached).as("the focus order from the top").contains("share", "play", "step", "reset");
        // Play is disabled only while playing; paused, every playback button takes the focus.
        assertThat(reached.indexOf("play")).isLessThan(reached.indexOf("step"));
        assertThat(reached.indexOf("step")).isLessThan(reached.indexOf("reset"));
    }

    @Test
    void theDarkThemeColoursThePageAndTheChartsAndStaysForTheTab() throws IOException {
        PlaygroundPage page = openInNewTab("/?surface=rosenbrock&play=false&speed=max");
        String lightText = (String) js("return getComputedStyle(document.getElementById('contour-chart')).color;");
        driver.findElement(By.id("theme")).click();
        page.waitFor(d -> "dark".equals(js("return document.documentElement.getAttribute('theme');")), "the dark theme");
        assertThat(js("return document.getElementById('theme').getAttribute('aria-pressed');")).isEqualTo("true");
        String darkText = (String) js("return getComputedStyle(document.getElementById('contour-chart')).color;");
        assertThat(darkText).isNotEqualTo(lightText);
        // Chart.js draws its text in the theme's secondary text colour, a light one now
        String chartText = (String) js("return document.getElementById('loss-chart').chart.options.color;");
        assertThat(chartText).isEqualTo(js("return getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--lumo-secondary-text-color').trim();"));
        // the map made before the switch: its axes take the new colour too
        assertThat(js("return document.getElementById('contour-chart').chart.options.scales.x.ticks.color;"))
                .isEqualTo(chartText);
        page.play();
        page.waitFor(d -> page.allEnded(), "the runs to end");
        screenshot("contour-chart", "dark-map.png");
        screenshot("loss-chart", "dark-loss.png");

        driver.navigate().refresh();
        page.waitFor(d -> Boolean.TRUE.equals(js("const m = document.getElementById('contour-chart'); return !!(m && m.chart);")),
                "the page again");
        page.waitFor(d -> "dark".equals(js("return document.documentElement.getAttribute('theme');")),
                "the tab to remember the dark theme");
        driver.findElement(By.id("theme")).click();
        page.waitFor(d -> js("return document.documentElement.getAttribute('theme');") == null, "the light theme again");
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordVideoSavesAWebmOfTheAnimation() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&steps=30&speed=30&play=false");
        driver.findElement(By.id("record-video")).click();
        page.waitFor(d -> enabled("pause") || page.allEnded(), "the animation to play");
        Map<String, Object> video = page.waitFor(d -> (Map<String, Object>) js(
                "return document.getElementById('contour-chart').lastVideo;"), "the video");
        assertThat(((Number) video.get("size")).longValue()).as("bytes of video").isGreaterThan(1000);
        assertThat((String) video.get("type")).isEqualTo("video/webm");
        assertThat(page.k(1)).as("the whole animation played").isEqualTo(30);
        assertThat(driver.findElement(By.id("record-video")).getText()).isEqualTo("Record video");
    }
}
