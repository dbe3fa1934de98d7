package org.optimizerplayground.web.e2e;

import java.io.File;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Both paths are given, so Selenium
 * never looks for (or downloads) a browser or a driver: Selenium Manager does not run.
 */
final class Chromium {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /** Held, so that its level stays set (java.util.logging keeps loggers weakly). */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private Chromium() {
    }

    static ChromeDriver start() {
        for (String file : new String[] {BROWSER, DRIVER}) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: the browser tests drive Debian's Chromium"
                        + " (apt-get install -y chromium chromium-driver; .ci/run does it)");
            }
        }
        // Selenium warns that it has no DevTools bindings for this Chromium version; the tests use none.
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1400,1000", "--lang=en-US");
        // The page speaks the browser's language: pin English whatever the machine's locale.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Should the test JVM be stopped before its @AfterAll, take the browser down with it.
        Thread reaper = new Thread(() -> {
            try {
                driver.quit();
            } catch (RuntimeException alreadyGone) {
                // quit() ran already
            }
        }, "chromium-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
