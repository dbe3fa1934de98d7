package org.optimizerplayground.web.e2e;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground as a teacher uses it, in one browser tab: open a link, press play, pause and
 * step, read the status line, the update rule, the map and the address bar, edit a run. Every
 * method first switches the driver to this page's tab, so a test can hold two pages at once.
 * Every action waits for the page's answer (a condition, never a fixed time).
 */
final class PlaygroundPage {
    /** The first page load of the JVM may wait for Vaadin to build its front-end bundle. */
    static final Duration FIRST_LOAD = Duration.ofMinutes(4);
    static final Duration LOAD = Duration.ofSeconds(60);
    /** How long a page may take to answer a click or to show the next update. */
    static final Duration ANSWER = Duration.ofSeconds(20);

    private static volatile boolean served;

    /** Datasets of the map that are run paths, in run order (see contour-datasets.ts: paths have order 2). */
    private static final String PATHS = "const el = document.getElementById('contour-chart');"
            + "const paths = el && el.chart ? el.chart.data.datasets.filter(d => d.order === 2) : null;";

    private static final Pattern K_RUNNING = Pattern.compile(": k = (\\d+)$");
    private static final Pattern K_STOPPED = Pattern.compile("stopped after (\\d+) updates");
    private static final Pattern K_ENDED = Pattern.compile("(?:converged \\(k = |diverged at k = )(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:\\\\times ?10\\^\\{(-?\\d+)\\})?"
            + "|(-?)10\\^\\{(-?\\d+)\\}");

    private final WebDriver driver;
    private final String base;
    private final String tab;

    private PlaygroundPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.tab = driver.getWindowHandle();
    }

    /** Opens {@code pathAndQuery} in the driver's current tab and waits until the page is live. */
    static PlaygroundPage open(WebDriver driver, String base, String pathAndQuery) {
        PlaygroundPage page = new PlaygroundPage(driver, base);
        page.load(pathAndQuery);
        return page;
    }

    private void load(String pathAndQuery) {
        String url = base + pathAndQuery;
        driver.get(url);
        if (served) {
            waitUntil(LOAD, d -> ready(), "the page to load " + pathAndQuery);
            return;
        }
        // The first start builds the front-end bundle; meanwhile Vaadin shows a waiting page.
        // Ask again now and then until the real page is there.
        long deadline = System.nanoTime() + FIRST_LOAD.toNanos();
        while (true) {
            try {
                waitUntil(Duration.ofSeconds(20), d -> ready(), "the page to load " + pathAndQuery);
                served = true;
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The playground did not come up within " + FIRST_LOAD
                            + " (front-end bundle build?): " + js("return document.body ? document.body.innerText : ''"), e);
                }
                driver.get(url);
            }
        }
    }

    private boolean ready() {
        return Boolean.TRUE.equals(js("const m = document.getElementById('contour-chart');"
                + "return !!(m && m.chart && document.getElementById('status-1')"
                + " && document.querySelector('#update-rule .ur-caption'));"));
    }

    // ---- what a teacher does ----

    /** Presses "Step" and waits until run 1 has made the update (or has already ended). */
    PlaygroundPage step() {
        focus();
        int before = k(1);
        boolean ended = ended(1);
        button("step").click();
        if (!ended) {
            waitFor(d -> k(1) == before + 1 && buttonEnabled("play"), "run 1 to reach k = " + (before + 1));
        }
        return this;
    }

    /** Presses "Play" and waits until the page plays (pause becomes available). */
    PlaygroundPage play() {
        focus();
        button("play").click();
        waitFor(d -> buttonEnabled("pause") || allEnded(), "the page to start playing");
        return this;
    }

    /** Presses "Pause" and waits until the page has stopped (play becomes available again). */
    PlaygroundPage pause() {
        focus();
        button("pause").click();
        waitFor(d -> buttonEnabled("play"), "the page to pause");
        return this;
    }

    /**
     * Types {@code value} into run {@code run}'s learning-rate field, leaves the field, and waits
     * until the address bar holds the new rate.
     */
    PlaygroundPage setLearningRate(int run, String value) {
        focus();
        WebElement input = driver.findElement(By.cssSelector("#param-" + run + "-lr input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        waitFor(d -> address().contains("lr=" + value), "the address bar to show lr=" + value);
        return this;
    }

    /**
     * Selects the text of the input at {@code css} (such as {@code #noise input}), types
     * {@code value} and leaves the field with Tab, as a person does; waits for nothing.
     */
    PlaygroundPage type(String css, String value) {
        focus();
        driver.findElement(By.cssSelector(css)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        return this;
    }

    /** Clicks the element with id {@code id}; waits for nothing. */
    PlaygroundPage click(String id) {
        focus();
        driver.findElement(By.id(id)).click();
        return this;
    }

    /** Sets the number of updates in the "Updates" field and waits for the address bar to show it. */
    PlaygroundPage setSteps(int steps) {
        focus();
        WebElement input = driver.findElement(By.cssSelector("#steps input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(steps), Keys.TAB);
        waitFor(d -> address().contains("steps=" + steps), "the address bar to show steps=" + steps);
        return this;
    }

    /**
     * Moves run {@code run}'s learning-rate slider by {@code positions} notches with the
     * keyboard (the slider has 1000 of them, log-spaced from 1e-5 to 10) and returns its new position.
     */
    int moveLearningRateSlider(int run, int positions) {
        focus();
        WebElement slider = driver.findElement(By.id("param-" + run + "-lr-slider"));
        Keys key = positions >= 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT;
        CharSequence[] presses = new CharSequence[Math.abs(positions)];
        java.util.Arrays.fill(presses, key);
        slider.sendKeys(presses);
        return sliderPosition(run);
    }

    /** The learning-rate slider's thumb position, 0 … 1000. */
    int sliderPosition(int run) {
        focus();
        return Integer.parseInt(driver.findElement(By.id("param-" + run + "-lr-slider")).getDomProperty("value"));
    }

    /**
     * Picks {@code itemText} in the menu with id {@code selectId} (a {@code vaadin-select}, such
     * as {@code lessons} or {@code speed}) as a person does: opens it and clicks the item.
     */
    PlaygroundPage choose(String selectId, String itemText) {
        focus();
        // Scrolled to the middle first, as a person would: a select at the bottom edge of the
        // window (a run just added) shows only its label, and a click there does not open it.
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
        WebElement item = waitFor(d -> (WebElement) js("return Array.from(document.querySelectorAll('vaadin-select-item'))"
                // checkVisibility, not offsetParent: since Vaadin 25 the items sit in a popover
                // in the top layer, where offsetParent is null even for a shown item.
                // Not the copy of the selected item that another select shows as its value.
                + ".find(i => i.textContent.trim() === arguments[0] && i.checkVisibility()"
                + " && !i.closest('vaadin-select-value-button') && !i.id.startsWith('value-')) || null;", itemText),
                "the item '" + itemText + "' in the menu #" + selectId);
        item.click();
        waitFor(d -> Boolean.TRUE.equals(js("return !document.getElementById(arguments[0]).opened;", selectId)),
                "the menu #" + selectId + " to close");
        return this;
    }

    private boolean opened(String selectId) {
        return Boolean.TRUE.equals(js("return !!document.getElementById(arguments[0]).opened;", selectId));
    }

    /**
     * The points of dataset {@code dataset} of the series chart {@code chartId} (such as
     * {@code loss-chart}, one dataset per run), as [k, value] pairs exactly as the chart holds them.
     */
    @SuppressWarnings("unchecked")
    List<List<Double>> series(String chartId, int dataset) {
        focus();
        List<List<Object>> raw = (List<List<Object>>) js("const el = document.getElementById(arguments[0]);"
                + "const d = el && el.chart ? el.chart.data.datasets[arguments[1]] : null;"
                + "return d ? d.data.map(q => [q.x, q.y]) : null;", chartId, dataset);
        if (raw == null) {
            throw new AssertionError("#" + chartId + " has no dataset " + dataset);
        }
        List<List<Double>> out = new ArrayList<>();
        for (List<Object> pt : raw) {
            out.add(List.of(asDouble(pt.get(0)), asDouble(pt.get(1))));
        }
        return out;
    }

    /** The text of an element by id, empty when it is missing or hidden. */
    String visibleText(String id) {
        focus();
        return (String) js("const e = document.getElementById(arguments[0]);"
                + "return e && e.offsetParent !== null ? e.textContent : '';", id);
    }

    // ---- what a teacher reads ----

    /** The status chip of run {@code run} (1-based), such as "1 · Adam α=0.1: k = 3". */
    String status(int run) {
        focus();
        Object text = js("const s = document.getElementById('status-' + arguments[0]); return s ? s.textContent : null;",
                run);
        if (text == null) {
            throw new AssertionError("no status line #status-" + run);
        }
        return (String) text;
    }

    /** The update count k that run {@code run}'s status line shows. */
    int k(int run) {
        String s = status(run);
        for (Pattern p : List.of(K_RUNNING, K_STOPPED, K_ENDED)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no k in status line '" + s + "'");
    }

    /** Whether run {@code run} has ended (all its updates made, converged or diverged). */
    boolean ended(int run) {
        return !K_RUNNING.matcher(status(run)).find();
    }

    boolean allEnded() {
        for (int i = 1; i <= runCount(); i++) {
            if (!ended(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many runs the status line shows. */
    int runCount() {
        focus();
        return ((Number) js("return document.querySelectorAll('#run-status [id^=status-]').length;")).intValue();
    }

    /** The text of the update-rule panel as the reader sees it (KaTeX output, MathML included). */
    String ruleText() {
        focus();
        return (String) js("return document.getElementById('update-rule').textContent;");
    }

    /**
     * The lines of the panel's "with numbers" part, as the TeX that KaTeX rendered (KaTeX keeps it
     * in the MathML annotation of each formula), such as {@code k = 3,\quad \alpha_k = 0.1}.
     */
    @SuppressWarnings("unchecked")
    List<String> ruleNumbers() {
        focus();
        return (List<String>) js("return Array.from(document.querySelectorAll('#update-rule .ur-subst .ur-line'))"
                + ".map(l => { const a = l.querySelector('annotation[encoding=\"application/x-tex\"]');"
                + " return a ? a.textContent : l.textContent; });");
    }

    /** The k of the update shown in the update-rule panel. */
    int ruleK() {
        List<String> lines = ruleNumbers();
        if (lines.isEmpty()) {
            throw new AssertionError("the update-rule panel shows no update yet: " + ruleText());
        }
        Matcher m = Pattern.compile("^k = (\\d+)").matcher(lines.get(0).strip());
        if (!m.find()) {
            throw new AssertionError("no k in the update-rule panel's first line: " + lines.get(0));
        }
        return Integer.parseInt(m.group(1));
    }

    /** θ after the update shown in the update-rule panel, as written there (six significant digits). */
    List<BigDecimal> ruleThetaAfter() {
        for (String line : ruleNumbers()) {
            if (line.startsWith("\\theta:")) {
                return numbers(line.substring(line.indexOf("\\rightarrow") + "\\rightarrow".length()));
            }
        }
        throw new AssertionError("no θ line in the update-rule panel: " + ruleNumbers());
    }

    /** The numbers of a formula written by the page (0.5, -2.1\times 10^{-5}, 10^{7}). */
    static List<BigDecimal> numbers(String tex) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(tex);
        while (m.find()) {
            if (m.group(1) != null) {
                BigDecimal v = new BigDecimal(m.group(1));
                out.add(m.group(2) == null ? v : v.scaleByPowerOfTen(Integer.parseInt(m.group(2))));
            } else {
                BigDecimal v = BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(m.group(4)));
                out.add(m.group(3).isEmpty() ? v : v.negate());
            }
        }
        return out;
    }

    /**
     * The address bar from the path on, as a person reads it: percent-escapes decoded
     * ({@code /?surface=bowl&run=adam(lr=0.1)}), a {@code +} left as it is.
     */
    String address() {
        focus();
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getQuery());
    }

    /** The address bar from the path on, exactly as the browser holds it (what "copy link" copies). */
    String rawAddress() {
        focus();
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The address bar's query exactly as the browser holds it, without {@code ?} (empty for the bare page). */
    String query() {
        focus();
        String q = URI.create(driver.getCurrentUrl()).getRawQuery();
        return q == null ? "" : q;
    }

    /** The text of the link notices ({@code #link-notice}), empty when there are none. */
    String notice() {
        focus();
        return (String) js("const n = document.getElementById('link-notice'); return n ? n.textContent : '';");
    }

    /** How many points run {@code run}'s path on the map has (the {@code chart}'s dataset). */
    int mapPointCount(int run) {
        focus();
        Object n = js(PATHS + "const p = paths && paths[arguments[0] - 1]; return p ? p.data.length : -1;", run);
        return ((Number) n).intValue();
    }

    /**
     * Run {@code run}'s path on the map: one [x, y] per point (1-D: [w, J]), exactly as the chart
     * holds it; a gap (a number that was not finite) is NaN.
     */
    @SuppressWarnings("unchecked")
    List<List<Double>> mapPath(int run) {
        focus();
        List<List<Object>> raw = (List<List<Object>>) js(PATHS
                + "const p = paths && paths[arguments[0] - 1]; return p ? p.data.map(q => [q.x, q.y]) : null;", run);
        if (raw == null) {
            throw new AssertionError("the map has no path for run " + run);
        }
        List<List<Double>> out = new ArrayList<>();
        for (List<Object> pt : raw) {
            out.add(List.of(asDouble(pt.get(0)), asDouble(pt.get(1))));
        }
        return out;
    }

    /** The document's language, {@code <html lang>}, as screen readers read it. */
    String documentLang() {
        focus();
        return (String) js("return document.documentElement.lang;");
    }

    /** A global of the page's window, such as {@code __x}; null when undefined. */
    Object windowGlobal(String name) {
        focus();
        return js("return typeof window[arguments[0]] === 'undefined' ? null : String(window[arguments[0]]);", name);
    }

    /** Whether an alert, confirm or prompt dialog is open. */
    boolean dialogOpen() {
        focus();
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Elements other than plain text spans inside the notices (a link must never add markup). */
    long markupInNotices() {
        focus();
        return ((Number) js("return document.querySelectorAll('#link-notice *:not(span.notice)').length;")).longValue();
    }

    /** Closes this tab, as a person does (the page's unload handlers run). */
    void close() {
        focus();
        driver.close();
    }

    // ---- plumbing ----

    /** Waits (short) until {@code condition} holds on this page. */
    <T> T waitFor(Function<WebDriver, T> condition, String what) {
        return waitUntil(ANSWER, condition, what);
    }

    <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition, String what) {
        focus();
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.withMessage("waiting for " + what);
        return wait.until(condition);
    }

    private WebElement button(String id) {
        return driver.findElement(By.id(id));
    }

    private boolean buttonEnabled(String id) {
        return Boolean.TRUE.equals(js("const b = document.getElementById(arguments[0]);"
                + " return !!b && !b.hasAttribute('disabled');", id));
    }

    private void focus() {
        String current;
        try {
            current = driver.getWindowHandle();
        } catch (NoSuchWindowException closed) {
            current = null; // the tab the driver was on has been closed
        }
        if (!tab.equals(current)) {
            driver.switchTo().window(tab);
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double asDouble(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }
}
