package org.optimizerplayground.web.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground on a random port, seen through headless Chromium. One browser per test class;
 * each test opens its pages in tabs of their own, and every tab a test opened is closed after
 * it (which ends its session on the server), so tests never see each other's state: after
 * each test, the server's count of live sessions and of playing ones is back to what it was
 * before (a tab that stays alive on the server after it closed fails the test).
 *
 * <p>Same Spring configuration as the other {@code RANDOM_PORT} tests, so they share one
 * application context (one server start, one front-end build).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {
    private static ChromeDriver browser;
    /** The tab the browser started with; it stays blank, so closing every other tab never ends the browser. */
    private static String blankTab;

    @LocalServerPort
    int port;

    @Autowired
    protected SessionRegistry registry;
    @Autowired
    protected FrameScheduler scheduler;

    protected WebDriver driver;
    protected TrajectoryApi api;
    private int sessionsBefore;
    private int playingBefore;

    @BeforeEach
    void browser() {
        if (browser != null && !alive(browser)) {
            // Chromium lost its connection to the renderer in an earlier test (seen once under heavy
            // load): that test failed; the next ones get a fresh browser instead of a dead session.
            quitBrowser();
        }
        if (browser == null) {
            browser = Chromium.start();
            blankTab = browser.getWindowHandle();
        }
        driver = browser;
        api = new TrajectoryApi(base());
        sessionsBefore = registry.size();
        playingBefore = scheduler.scheduledTasks();
    }

    @AfterEach
    void closeTabs() {
        if (driver == null || !alive(browser)) {
            return; // the browser did not start, or died with the test (it is replaced before the next)
        }
        List<String> open = new ArrayList<>(driver.getWindowHandles());
        for (String handle : open) {
            if (!handle.equals(blankTab)) {
                driver.switchTo().window(handle);
                driver.close();
            }
        }
        driver.switchTo().window(blankTab);
        // A closed tab tells the server at once (Vaadin's unload beacon), which ends its session.
        await("the sessions of this test's tabs to end", () -> registry.size() == sessionsBefore
                && scheduler.scheduledTasks() == playingBefore);
    }

    private static boolean alive(ChromeDriver chromium) {
        try {
            chromium.getWindowHandles();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            try {
                browser.quit();
            } catch (WebDriverException e) {
                // already gone: nothing left to quit
            } finally {
                browser = null;
                blankTab = null;
            }
        }
    }

    /** Waits (polling the server's state, up to 30 s) until {@code condition} holds. */
    protected void await(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                .withMessage(() -> "waiting for " + what + " (live sessions " + registry.size()
                        + ", playing " + scheduler.scheduledTasks() + ")")
                .until(d -> condition.getAsBoolean());
    }

    /** {@code http://localhost:port}, without a trailing slash. */
    protected String base() {
        return "http://localhost:" + port;
    }

    /** Opens {@code pathAndQuery} (such as {@code /?surface=bowl}) in a new tab, as a person pasting a link. */
    protected PlaygroundPage openInNewTab(String pathAndQuery) {
        driver.switchTo().newWindow(WindowType.TAB);
        return PlaygroundPage.open(driver, base(), pathAndQuery);
    }
}
