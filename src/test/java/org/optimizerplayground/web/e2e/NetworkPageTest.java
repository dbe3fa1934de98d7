package org.optimizerplayground.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher pastes a network link that plays at full speed: once every run has ended, the page's
 * batch-loss curve and its training-loss points are the numbers {@code /api/train} gives for the
 * link in the address bar, bit for bit. The page also has the surface page's keyboard shortcuts
 * and dark theme, and the theme chosen here stays for the tab.
 */
class NetworkPageTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theLossCurvesAreTheApiAnswerForTheAddressBarsLink() throws Exception {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base() + "/network?data=spiral&layers=6,4&steps=300&run=adam(lr=0.01)&run=sgd(lr=0.1)&speed=max");
        // The first start may build the front end: allow it time.
        new WebDriverWait(driver, Duration.ofMinutes(4), Duration.ofMillis(200))
                .withMessage("the runs of the network page to end")
                .until(d -> Boolean.TRUE.equals(js("const a = document.getElementById('net-status-1');"
                        + "const b = document.getElementById('net-status-2');"
                        + "return !!a && !!b && a.dataset.status !== 'running' && b.dataset.status !== 'running';")));
        String address = driver.getCurrentUrl();
        assertEquals("/network", URI.create(address).getPath());
        String query = address.substring(address.indexOf('?') + 1);
        JsonNode api = train(query);
        for (int r = 0; r < 2; r++) {
            JsonNode points = api.get("runs").get(r).get("points");
            int run = r;
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> series("net-batch-loss", run).size()
                    == points.size() - 1);
            List<double[]> batch = series("net-batch-loss", r);
            for (double[] p : batch) {
                int k = (int) p[0];
                assertEquals(points.get(k).get("batch_loss").asDouble(), p[1], "run " + (r + 1) + " batch loss at k = " + k);
            }
            List<double[]> train = series("net-train-loss", r);
            assertEquals(0, (int) train.get(0)[0], "the training loss starts at θ₀");
            assertEquals(points.size() - 1, (int) train.get(train.size() - 1)[0], "… and ends at the last update");
            for (double[] p : train) {
                int k = (int) p[0];
                assertEquals(points.get(k).get("train_loss").asDouble(), p[1], "run " + (r + 1) + " train loss at k = " + k);
            }
        }
    }

    @Test
    void theSurfacePagesShortcutsAndDarkThemeWorkHereAndTheThemeStaysForTheTab() {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base() + "/network?steps=100&play=false");
        new WebDriverWait(driver, Duration.ofMinutes(4), Duration.ofMillis(200))
                .withMessage("the network page to load")
                .until(d -> Boolean.TRUE.equals(js("return !!document.getElementById('net-status-1')"
                        + " && !!document.getElementById('theme');")));
        js("document.activeElement && document.activeElement.blur();");
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                .withMessage("→ to make one update")
                .until(d -> String.valueOf(js("return document.getElementById('net-status-1').textContent;"))
                        .contains("k = 1 / 100"));
        driver.findElement(By.id("theme")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100)).withMessage("the dark theme")
                .until(d -> "dark".equals(js("return document.documentElement.getAttribute('theme');")));
        driver.get(base() + "/?surface=bowl&play=false");
        new WebDriverWait(driver, Duration.ofMinutes(1), Duration.ofMillis(200))
                .withMessage("the surface page to keep the tab's dark theme")
                .until(d -> "dark".equals(js("return document.documentElement.getAttribute('theme');"))
                        && "true".equals(js("const t = document.getElementById('theme');"
                        + "return t ? t.getAttribute('aria-pressed') : null;")));
        driver.findElement(By.id("theme")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100)).withMessage("the light theme again")
                .until(d -> js("return document.documentElement.getAttribute('theme');") == null);
    }

    private JsonNode train(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/train?" + TrajectoryApi.escape(query)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @SuppressWarnings("unchecked")
    private List<double[]> series(String chartId, int dataset) {
        List<List<Object>> raw = (List<List<Object>>) js("const el = document.getElementById(arguments[0]);"
                + "const d = el && el.chart ? el.chart.data.datasets[arguments[1]] : null;"
                + "return d ? d.data.map(q => [q.x, q.y]) : [];", chartId, dataset);
        List<double[]> out = new ArrayList<>();
        for (List<Object> pt : raw) {
            out.add(new double[] {((Number) pt.get(0)).doubleValue(), ((Number) pt.get(1)).doubleValue()});
        }
        return out;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
