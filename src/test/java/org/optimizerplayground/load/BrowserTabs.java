package org.optimizerplayground.load;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A few real headless Chromium windows beside the protocol clients, as a cross-check: each
 * window's map element gets a hook on {@code appendPoints} (the method the Vaadin client calls
 * for every frame) that notes {@code performance.now()}, so the gaps are those the page itself
 * sees, after Chromium has received and processed the pushed message.
 */
final class BrowserTabs implements AutoCloseable {
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static final String HOOK = """
            const map = document.getElementById('contour-chart');
            if (!map || typeof map.appendPoints !== 'function') { return false; }
            if (!map.__hooked) {
              const original = map.appendPoints;
              map.appendPoints = function (json) { if (window.__frames) { window.__frames.push(performance.now()); }
                                                  return original.call(this, json); };
              map.__hooked = true;
            }
            return true;""";

    private final ChromeDriver driver;
    private final List<String> windows = new ArrayList<>();

    BrowserTabs(String url, int count) {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--window-size=1400,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(3));
        String first = driver.getWindowHandle();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                driver.switchTo().newWindow(WindowType.WINDOW);
            }
            driver.get(url);
            new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(100))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(HOOK)));
            windows.add(driver.getWindowHandle());
        }
        if (count == 0) {
            driver.switchTo().window(first);
        }
    }

    /** Starts (clears) or stops recording in every window. */
    void record(boolean on) {
        for (String w : windows) {
            driver.switchTo().window(w);
            js(on ? "window.__frames = []; return 0;" : "window.__recorded = window.__frames; window.__frames = null; return 0;");
        }
    }

    /** Types α into run 1's field of window {@code i}, as a student does. */
    void tweak(int i, double lr) {
        driver.switchTo().window(windows.get(i));
        js("const f = document.getElementById('param-1-lr'); f.value = '" + String.format(Locale.ROOT, "%s", lr) + "';"
                + " f.dispatchEvent(new Event('change', {bubbles: true})); return 0;");
    }

    int size() {
        return windows.size();
    }

    /** Gaps in ms between consecutive frames of each window, over the last recording. */
    List<double[]> gaps() {
        List<double[]> all = new ArrayList<>();
        for (String w : windows) {
            driver.switchTo().window(w);
            @SuppressWarnings("unchecked")
            List<Number> t = (List<Number>) js("return window.__recorded || [];");
            double[] g = new double[Math.max(0, t.size() - 1)];
            for (int k = 1; k < t.size(); k++) {
                g[k - 1] = t.get(k).doubleValue() - t.get(k - 1).doubleValue();
            }
            all.add(g);
        }
        return all;
    }

    /** CPU seconds of chromedriver and every Chromium process (the descendants of this JVM). */
    static double cpuSeconds() {
        return ProcessHandle.current().descendants().mapToDouble(p -> ServerProbe.cpuSeconds(p.pid())).sum();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
