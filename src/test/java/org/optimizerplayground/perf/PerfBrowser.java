package org.optimizerplayground.perf;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser measurements ({@link InteractionLatency},
 * {@link Streaming}), with the same flags as the end-to-end tests. Not a test: these programs
 * run against a production jar started separately (see {@code bench/latency.sh}).
 */
final class PerfBrowser implements AutoCloseable {
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;
    final String base;
    private final String blankTab;

    PerfBrowser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1400,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        blankTab = driver.getWindowHandle();
    }

    /** Wraps WebSocket so that the times of sent and received messages are kept in {@code __perfWs}. */
    private static final String WS_PROBE = """
            (() => {
              const log = { sent: [], received: [] };
              Object.defineProperty(window, '__perfWs', { value: log });
              const Native = window.WebSocket;
              const send = Native.prototype.send;
              Native.prototype.send = function (data) {
                log.sent.push({ t: performance.now(), n: data && data.length || 0 });
                return send.apply(this, arguments);
              };
              window.WebSocket = function (url, protocols) {
                const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
                ws.addEventListener('message', (e) => {
                  log.received.push({ t: performance.now(), n: typeof e.data === 'string' ? e.data.length : 0 });
                });
                return ws;
              };
              window.WebSocket.prototype = Native.prototype;
              for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) window.WebSocket[k] = Native[k];
            })();
            """;

    /** Opens {@code pathAndQuery} in a fresh tab and waits until the page is live (map, status, rule). */
    void open(String pathAndQuery) {
        driver.switchTo().newWindow(WindowType.TAB);
        // Before any page script (CDP, for this tab): note when each websocket message leaves and
        // arrives on the page's clock, so a round trip splits into server + network and the
        // Vaadin client's own work.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WS_PROBE));
        driver.get(base + pathAndQuery);
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50))
                .withMessage("the page to load " + pathAndQuery)
                .until(d -> Boolean.TRUE.equals(js("const m = document.getElementById('contour-chart');"
                        + "return !!(m && m.chart && document.getElementById('status-1')"
                        + " && document.querySelector('#update-rule .ur-caption'));")));
    }

    /** Closes every tab but the blank first one (each closed tab ends its session on the server). */
    void closeTabs() {
        for (String handle : List.copyOf(driver.getWindowHandles())) {
            if (!handle.equals(blankTab)) {
                driver.switchTo().window(handle);
                driver.close();
            }
        }
        driver.switchTo().window(blankTab);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    WebDriver webDriver() {
        return driver;
    }

    /** The machine's load averages, as {@code uptime} prints them. */
    static String load() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
            String[] f = s.split("\\s+");
            return "load average " + f[0] + ", " + f[1] + ", " + f[2];
        } catch (java.io.IOException e) {
            return "load average unknown";
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
