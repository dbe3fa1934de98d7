package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, item 5: a chart out of view does not draw. The map and the loss chart are moved far
 * out of the viewport, three steps are taken: neither chart draws, yet both hold the new points;
 * back in view, each draws them. The EWMA explainer out of view is not even sent its points; back
 * in view, the server brings it up to date.
 */
class OffscreenChartsTest extends BrowserTest {
    private static final String COUNT_DRAWS = """
            for (const id of ['contour-chart', 'loss-chart']) {
              const el = document.getElementById(id);
              const update = el.chart.update;
              el.__draws = 0;
              el.chart.update = function () { el.__draws++; return update.apply(this, arguments); };
            }
            return true;""";

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private long draws(String id) {
        return ((Number) js("return document.getElementById(arguments[0]).__draws;", id)).longValue();
    }

    /** Moves the element far below the viewport, or back; then waits for the browser to notice. */
    private void outOfView(String id, boolean out) throws InterruptedException {
        js("document.getElementById(arguments[0]).style.transform = arguments[1] ? 'translateY(100000px)' : '';", id, out);
        Thread.sleep(400); // intersection observers report after the next rendering
    }

    @Test
    void chartsOutOfViewDoNotDrawButKeepTheirPointsAndDrawThemWhenBack() throws InterruptedException {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&play=false");
        js(COUNT_DRAWS);
        outOfView("contour-chart", true);
        outOfView("loss-chart", true);
        long mapBefore = draws("contour-chart");
        long lossBefore = draws("loss-chart");

        page.step().step().step();
        Thread.sleep(300);

        assertThat(draws("contour-chart")).as("map draws while out of view").isEqualTo(mapBefore);
        assertThat(draws("loss-chart")).as("loss chart draws while out of view").isEqualTo(lossBefore);
        assertThat(page.mapPointCount(1)).as("the map holds θ₀ and three updates").isEqualTo(4);
        assertThat(page.series("loss-chart", 0)).as("the loss chart holds J of k = 0 … 3").hasSize(4);

        outOfView("contour-chart", false);
        outOfView("loss-chart", false);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> draws("contour-chart") > mapBefore
                && draws("loss-chart") > lossBefore);
        assertThat(page.mapPointCount(1)).isEqualTo(4);
    }

    @Test
    void theExplainerOutOfViewIsNotSentAndIsBroughtUpToDateWhenBack() throws InterruptedException {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&play=false");
        page.step();
        js("document.getElementById('ewma').scrollIntoView();");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> page.series("ewma-chart", 0).size() == 1);

        outOfView("ewma", true);
        page.step().step();
        Thread.sleep(500);
        assertThat(page.series("ewma-chart", 0)).as("the explainer out of view got nothing").hasSize(1);

        outOfView("ewma", false);
        js("document.getElementById('ewma').scrollIntoView();"); // clicking step scrolled the page to its button
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> page.series("ewma-chart", 0).size() == 3);
    }
}
