package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.web.ui.Translations;
import org.optimizerplayground.web.ui.network.NetworkLesson;
import org.optimizerplayground.web.ui.network.NetworkLessons;

/**
 * A teacher walks through the network page's lessons: each one, picked from the
 * {@code net-lessons} menu by its title, puts its link in the address bar, shows its text and
 * plays; once every run has ended, the lesson's claim holds on the numbers the page shows (the
 * curves' points, the status lines, the update-rule panel). The same claims on the engine's
 * numbers: {@code NetworkLessonsTest}.
 */
class NetworkLessonsBrowserTest extends BrowserTest {
    /** Batch-loss variances over the last 250 updates, per batch-size lesson, as the page drew them. */
    private final Map<String, Double> variance = new HashMap<>();
    private static final Translations EN = new Translations();

    @Test
    void eachLessonOpensItsLinkShowsItsTextAndItsClaimHoldsOnThePage() {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base() + "/network?play=false");
        // The first start may build the front end: allow it time.
        new WebDriverWait(driver, Duration.ofMinutes(4), Duration.ofMillis(200))
                .withMessage("the network page to load")
                .until(d -> Boolean.TRUE.equals(js("return !!document.getElementById('net-lessons')"
                        + " && !!document.getElementById('net-status-1');")));
        for (NetworkLesson lesson : NetworkLessons.all()) {
            choose("net-lessons", EN.getTranslation(lesson.titleKey(), Locale.ENGLISH));
            new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100))
                    .withMessage(() -> "the address bar to show the link of " + lesson.id() + ", not " + address())
                    .until(d -> address().equals("/" + lesson.link()));
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100))
                    .withMessage(() -> "the text of " + lesson.id())
                    .until(d -> EN.getTranslation(lesson.textKey(), Locale.ENGLISH).equals(js("const e = document.getElementById('net-lesson-text');"
                            + "return e && e.checkVisibility() ? e.textContent : '';")));
            int runs = NetworkLink.read(lesson.query()).runs().size();
            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(200))
                    .withMessage(() -> "the runs of " + lesson.id() + " to end")
                    .until(d -> Boolean.TRUE.equals(js("for (let i = 1; i <= arguments[0]; i++) {"
                            + " const s = document.getElementById('net-status-' + i);"
                            + " if (!s || s.dataset.status === 'running') return false; } return true;", runs)));
            claim(lesson.id(), runs);
        }
        assertThat(variance).containsOnlyKeys("batch-1", "batch-10", "full-batch");
    }

    /** The lesson's claim on the page's numbers (the curves are complete once every run has ended). */
    private void claim(String id, int runs) {
        switch (id) {
            case "batch-1", "batch-10", "full-batch" -> {
                List<double[]> batch = complete("net-batch-loss", 0, 500);
                double v = varianceAfter(batch, 250);
                variance.put(id, v);
                List<double[]> train = series("net-train-loss", 0);
                if (id.equals("batch-1")) {
                    // "jumps between almost 0 and well above 1, while the training loss stays far smoother"
                    double min = batch.stream().filter(p -> p[0] > 250).mapToDouble(p -> p[1]).min().orElseThrow();
                    double max = batch.stream().filter(p -> p[0] > 250).mapToDouble(p -> p[1]).max().orElseThrow();
                    assertThat(min).as("batch 1: smallest batch loss, k > 250").isLessThan(0.05);
                    assertThat(max).as("batch 1: largest batch loss, k > 250").isGreaterThan(1.0);
                    assertThat(varianceAfter(train, 250)).as("batch 1: training-loss variance").isLessThan(v / 20);
                } else if (id.equals("batch-10")) {
                    // "about 50 times smaller than with batch 1" (measured 0.164 / 0.0030)
                    assertThat(variance.get("batch-1") / v).as("variance ratio batch 1 / batch 10").isBetween(30.0, 80.0);
                } else {
                    assertThat(v).as("full batch variance below batch 10's").isLessThan(variance.get("batch-10"));
                    // the batch loss of update k + 1 is taken at θ_k on the whole training set: the training loss at k
                    Map<Integer, Double> byK = new HashMap<>();
                    batch.forEach(p -> byK.put((int) p[0], p[1]));
                    assertThat(train).hasSizeGreaterThan(100);
                    for (double[] p : train) {
                        if (p[0] < 500) {
                            assertThat(byK.get((int) p[0] + 1)).as("batch loss at k = %d", (int) p[0] + 1)
                                    .isCloseTo(p[1], within(1e-12));
                        }
                    }
                }
            }
            case "spiral-optimizers" -> {
                // sgd, momentum, adam at α = 0.03; measured 0.554, 0.215, 0.00099 and accuracy 0.724, 0.912, 1
                double[] loss = new double[runs];
                double[] accuracy = new double[runs];
                for (int r = 0; r < runs; r++) {
                    double[] last = series("net-train-loss", r).getLast();
                    assertThat((int) last[0]).isEqualTo(2000);
                    loss[r] = last[1];
                    accuracy[r] = series("net-accuracy", 2 * r).getLast()[1];
                }
                assertThat(loss[2]).as("Adam's training loss").isLessThan(0.01);
                assertThat(accuracy[2]).as("Adam's training accuracy").isEqualTo(1.0);
                assertThat(loss[1]).as("momentum's training loss").isLessThan(loss[0] / 2);
                assertThat(accuracy[0]).as("SGD's training accuracy: about a quarter wrong").isBetween(0.65, 0.8);
                assertThat(accuracy[1]).as("momentum's training accuracy").isGreaterThan(0.85);
                assertThat(status(3)).contains("train loss 0.000");
            }
            case "learning-rate-too-big" -> {
                assertThat(attribute(1)).isEqualTo("max-steps");
                assertThat(series("net-train-loss", 0).getLast()[1]).as("α = 0.3's final training loss").isLessThan(0.05);
                assertThat(attribute(2)).isEqualTo("diverged");
                assertThat(status(2)).contains("diverged");
                double[] last = series("net-train-loss", 1).getLast();
                assertThat((int) last[0]).as("α = 3 ended within 8 updates").isLessThanOrEqualTo(8);
                assertThat(last[1]).as("α = 3's last training loss").isGreaterThan(1e12);
            }
            case "decay" -> {
                double constant = series("net-train-loss", 0).getLast()[1];
                double decayed = series("net-train-loss", 1).getLast()[1];
                assertThat(decayed).as("the decayed run's final training loss").isLessThan(constant / 3);
                // the update-rule panel of the decayed run shows α_1000 = 0.3 · 0.5⁴
                choose("net-focus", "2 · " + "Gradient descent α=0.3");
                new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                        .withMessage(() -> "the rule panel of run 2 at k = 1000, not " + ruleLines())
                        .until(d -> !ruleLines().isEmpty()
                                && ruleLines().getFirst().replace(" ", "").equals("k=1000,\\quad\\alpha_k=0.01875"));
            }
            default -> throw new AssertionError("no claim checked for the lesson " + id);
        }
    }

    /** Every batch-loss point k = 1 … n of one run. */
    private List<double[]> complete(String chartId, int run, int n) {
        List<double[]> points = series(chartId, run);
        assertThat(points).as(chartId + " of run " + (run + 1)).hasSize(n);
        return points;
    }

    private static double varianceAfter(List<double[]> points, int k0) {
        double[] ys = points.stream().filter(p -> p[0] > k0).mapToDouble(p -> p[1]).toArray();
        double mean = java.util.Arrays.stream(ys).average().orElseThrow();
        return java.util.Arrays.stream(ys).map(y -> (y - mean) * (y - mean)).sum() / ys.length;
    }

    @SuppressWarnings("unchecked")
    private List<double[]> series(String chartId, int dataset) {
        List<List<Object>> raw = (List<List<Object>>) js("const el = document.getElementById(arguments[0]);"
                + "const d = el && el.chart ? el.chart.data.datasets[arguments[1]] : null;"
                + "return d ? d.data.map(q => [q.x, q.y]) : [];", chartId, dataset);
        List<double[]> out = new ArrayList<>();
        for (List<Object> pt : raw) {
            out.add(new double[] {((Number) pt.get(0)).doubleValue(),
                    pt.get(1) == null ? Double.NaN : ((Number) pt.get(1)).doubleValue()});
        }
        return out;
    }

    private String status(int run) {
        return driver.findElement(By.id("net-status-" + run)).getText();
    }

    private String attribute(int run) {
        return driver.findElement(By.id("net-status-" + run)).getDomAttribute("data-status");
    }

    /** The TeX of the update-rule panel's lines with numbers (KaTeX keeps it in the MathML annotation). */
    @SuppressWarnings("unchecked")
    private List<String> ruleLines() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#net-update-rule .ur-subst .ur-line'))"
                + ".map(l => { const a = l.querySelector('annotation[encoding=\"application/x-tex\"]');"
                + " return a ? a.textContent : l.textContent; });");
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
