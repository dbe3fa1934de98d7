package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * A teacher zooms into the end of a run with the mouse wheel: the address gets {@code view=},
 * the server sends the contour for the new window and the axes show it; a drag pans without
 * moving the start point; the reset button brings back the surface's own window and link.
 */
class MapZoomBrowserTest extends BrowserTest {
    private static final String LINK = "/?surface=rosenbrock&steps=40&run=adam(lr=0.05)&speed=max";

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private WebElement canvas() {
        return (WebElement) js("return document.getElementById('contour-chart').shadowRoot.querySelector('canvas')");
    }

    /** The window of the contour the server sent last, and the window the axes show. */
    @SuppressWarnings("unchecked")
    private List<Double> surfaceView() {
        return ((List<Number>) js("return document.getElementById('contour-chart').surfaceView"))
                .stream().map(Number::doubleValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Double> axes() {
        return ((List<Number>) js("const s = document.getElementById('contour-chart').chart.scales;"
                + "return [s.x.min, s.x.max, s.y.min, s.y.max];")).stream().map(Number::doubleValue).toList();
    }

    private static List<Double> viewOf(String query) {
        for (String part : query.split("&")) {
            if (part.startsWith("view=")) {
                return java.util.Arrays.stream(part.substring(5).split(",")).map(Double::valueOf).toList();
            }
        }
        return null;
    }

    @Test
    void theWheelZoomsIntoTheLinkADragPansAndResetRestores() {
        PlaygroundPage page = openInNewTab(LINK);
        await("the run to end", () -> page.allEnded());
        assertThat(surfaceView()).containsExactly(-2.0, 2.0, -1.0, 3.0);
        assertThat(page.query()).doesNotContain("view=");

        // Three notches towards the screen, a little left of the centre: zoom in there.
        new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas(), -40, 0), 0, -300).perform();

        await("view= in the address", () -> page.query().contains("view="));
        List<Double> view = viewOf(page.query());
        assertThat(view.get(1) - view.get(0)).as("narrower than the surface's 4").isLessThan(3.0);
        await("the contour of the new window", () -> surfaceView().equals(view));
        assertThat(axes()).containsExactlyElementsOf(view);
        assertThat(page.k(1)).as("the run was not restarted").isEqualTo(40);
        String start = (String) js("return location.search");

        // A drag to the right pans left; it is not a click, so θ₀ stays.
        new Actions(driver).moveToElement(canvas(), -40, 0).clickAndHold().moveByOffset(60, 0).moveByOffset(60, 0)
                .release().perform();
        await("the panned window in the address", () -> !view.equals(viewOf(page.query())));
        List<Double> panned = viewOf(page.query());
        assertThat(panned.get(0)).isLessThan(view.get(0));
        assertThat(panned.get(1) - panned.get(0)).isCloseTo(view.get(1) - view.get(0), org.assertj.core.data.Offset.offset(0.01));
        await("the contour of the panned window", () -> surfaceView().equals(panned));
        assertThat(page.query()).doesNotContain("start=");
        assertThat(start).doesNotContain("start=");

        page.click("map-reset-view");

        await("the surface's own window", () -> !page.query().contains("view="));
        await("the surface's own contour", () -> surfaceView().equals(List.of(-2.0, 2.0, -1.0, 3.0)));
        assertThat(axes()).containsExactly(-2.0, 2.0, -1.0, 3.0);
    }

    /** One touch event of fingers at {@code xs} (same y), through Chromium's DevTools input. */
    private void touch(String type, double y, double... xs) {
        List<java.util.Map<String, Object>> points = new java.util.ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            points.add(java.util.Map.of("x", xs[i], "y", y, "id", i));
        }
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Input.dispatchTouchEvent",
                java.util.Map.of("type", type, "touchPoints", points));
    }

    @Test
    void aPinchZoomsInToo() {
        PlaygroundPage page = openInNewTab(LINK);
        await("the run to end", () -> page.allEnded());
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) js("const r = document.getElementById('contour-chart').shadowRoot"
                + ".querySelector('canvas').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];");
        double cx = box.get(0).doubleValue();
        double cy = box.get(1).doubleValue();
        var chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true, "maxTouchPoints", 2));
        try {
            touch("touchStart", cy, cx - 20, cx + 20);
            for (int d = 30; d <= 120; d += 15) {
                touch("touchMove", cy, cx - d, cx + d);
            }
            touch("touchEnd", cy);
        } finally {
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", false));
        }
        await("view= in the address", () -> page.query().contains("view="));
        List<Double> view = viewOf(page.query());
        assertThat(view.get(1) - view.get(0)).as("fingers 6 times apart: a window about 6 times narrower").isLessThan(1.0);
        await("the contour of the new window", () -> surfaceView().equals(view));
        assertThat(page.query()).doesNotContain("start=");
    }
}
