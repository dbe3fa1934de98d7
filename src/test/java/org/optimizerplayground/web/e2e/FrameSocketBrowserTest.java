package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The tab's frame socket (issue 11, design b) in Chromium: frames arrive over it, and a socket
 * dropped mid-run, again and again, and an α edit while frames are in flight lose no point and put
 * none in the wrong place: when the runs have ended the map and the curves hold exactly what an
 * undisturbed tab of the same link holds, and the map exactly the API's θ_k.
 */
class FrameSocketBrowserTest extends BrowserTest {
    @org.springframework.beans.factory.annotation.Autowired
    private org.optimizerplayground.web.frames.FrameSockets sockets;

    private static final String LINK = "/?surface=rosenbrock&steps=1200&run=adam(lr=0.05)&run=momentum(lr=0.001)"
            + "&run=sgd(lr=0.002)&speed=200";

    @Test
    void dropsOfTheFrameSocketLoseNoPoint() {
        PlaygroundPage page = openInNewTab(LINK);
        page.waitFor(d -> channel("socketFrames") > 3, "frames over the frame socket");
        for (int drop = 0; drop < 4; drop++) {
            long sockets = channel("sockets");
            js("document.querySelector('frame-channel').dropSocket();");
            page.waitFor(d -> channel("sockets") > sockets && Boolean.TRUE.equals(
                    js("return document.querySelector('frame-channel').socketOpen;")), "the frame socket to reopen");
            long before = channel("socketFrames");
            page.waitFor(d -> channel("socketFrames") > before || page.allEnded(), "frames over the new socket");
        }
        // An edit while frames fly: Vaadin's clear and the socket's frames race each other.
        page.setLearningRate(2, "0.0015");
        long sockets = channel("sockets");
        js("document.querySelector('frame-channel').dropSocket();");
        page.waitUntil(Duration.ofSeconds(60), d -> page.allEnded(), "every run to end");
        page.waitFor(d -> channel("sockets") > sockets, "the frame socket to reopen after the last drop");
        assertThat(channel("socketFrames")).as("frames over the socket").isGreaterThan(10);

        String query = page.query();
        PlaygroundPage calm = openInNewTab("/?" + query);
        calm.waitUntil(Duration.ofSeconds(60), d -> calm.allEnded(), "the undisturbed tab's runs to end");
        // The status chips (Vaadin) may say "ended" a frame or two before the socket's last points
        // are drawn; a lost point would never come, so wait for the counts, then compare.
        for (int run = 1; run <= 3; run++) {
            int r = run;
            int expected = api.thetas(query, run).size();
            calm.waitFor(d -> calm.mapPointCount(r) == expected, "the undisturbed tab's map of run " + r + " to hold "
                    + expected + " points");
            page.waitFor(d -> page.mapPointCount(r) == expected, "the disturbed tab's map of run " + r + " to hold "
                    + expected + " points");
        }
        for (int run = 1; run <= 3; run++) {
            same("undisturbed map of run " + run, api.thetas(query, run), calm.mapPath(run));
            same("map of run " + run + " after the drops", calm.mapPath(run), page.mapPath(run));
            same("J of run " + run, calm.series("loss-chart", run - 1), page.series("loss-chart", run - 1));
            same("α_k of run " + run, calm.series("lr-chart", run - 1), page.series("lr-chart", run - 1));
        }
        assertThat(page.mapPointCount(1)).isEqualTo(1201);
    }

    /**
     * An α edit relabels every curve chart (the runs' names carry α), and the edit's frame can be
     * applied in the same task, before the charts have drawn again. Chart.js then threw on the
     * second series' points (it still listened to the arrays it last drew) and the rest of the
     * frame was lost: the other series, the other charts, the chips, and the socket's
     * acknowledgement. That was the α_k curve that lacked k = 1023..1029 after the drops above.
     */
    @Test
    void aFrameAppliedRightAfterTheCurvesAreRelabelledLosesNoPoint() {
        PlaygroundPage page = openInNewTab(LINK + "&play=false");
        page.waitFor(d -> page.series("loss-chart", 1).size() == 1, "the curves to draw θ₀'s loss");
        String[] charts = {"loss-chart", "theta-chart", "lr-chart"};
        int[][] before = new int[charts.length][];
        for (int c = 0; c < charts.length; c++) {
            before[c] = new int[] {page.series(charts[c], 0).size(), page.series(charts[c], 1).size()};
        }
        // What a Vaadin message carrying an edit does: relabel the curves, then hand over a frame
        // (k = 5 of runs 1 and 2 on every curve; sequence number 0 = applied at once).
        js("""
                for (const id of arguments[0]) {
                  const chart = document.getElementById(id);
                  chart.relabel(JSON.stringify(chart.cfg));
                }
                const parts = [];
                for (const id of arguments[0]) for (const index of [0, 1]) parts.push({id, index});
                const bytes = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, parts.length, 0];
                const f64 = (v) => bytes.push(...new Uint8Array(new Float64Array([v]).buffer));
                for (const {id, index} of parts) {
                  bytes.push(id.length, ...[...id].map((ch) => ch.charCodeAt(0)), 1, index, 0, 1, 0, 0, 0);
                  f64(5);
                  f64(0.25);
                }
                bytes.push(0, 0);
                document.querySelector('frame-channel').drawFrame(btoa(String.fromCharCode(...bytes)));
                """, java.util.List.of(charts));
        for (int c = 0; c < charts.length; c++) {
            for (int series = 0; series < 2; series++) {
                int chart = c;
                int s = series;
                page.waitFor(d -> page.series(charts[chart], s).size() == before[chart][s] + 1,
                        charts[c] + " series " + s + " to take the frame's point");
                assertThat(page.series(charts[c], s).getLast()).as(charts[c] + " series " + s).containsExactly(5.0, 0.25);
            }
        }
        assertThat(channel("chartFailures")).as("charts that threw").isZero();
    }

    /**
     * The heaviest link at full speed is drawn in its first frame, made with the page's first
     * answer, before the page could open its socket: that frame waits for the socket instead of
     * travelling in Vaadin's answer (which Vaadin keeps to resend).
     */
    @Test
    void theHeavyFirstFrameComesOverTheSocketNotThroughVaadin() {
        String heavy = "/?surface=rastrigin&steps=100000" + "&run=adam(lr=0.01)".repeat(8) + "&speed=max";
        // The 2 s the app waits by default can pass before a loaded test machine has loaded the
        // page (then the frame rightly goes through Vaadin): this test waits for the route, not the clock.
        Duration wait = sockets.waitForSocket();
        sockets.setWait(Duration.ofSeconds(60));
        try {
            PlaygroundPage page = openInNewTab(heavy);
            page.waitUntil(Duration.ofSeconds(60), d -> page.allEnded() && page.mapPointCount(8) > 900,
                    "every run to end and its path to be drawn");
            assertThat(channel("socketFrames")).as("frames over the socket").isPositive();
            assertThat(channel("vaadinFrames")).as("frames through Vaadin").isZero();
        } finally {
            sockets.setWait(wait);
        }
    }

    /** Equal lists of points; else says where the first difference is (the lists are long). */
    private static void same(String what, java.util.List<java.util.List<Double>> expected,
                             java.util.List<java.util.List<Double>> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            assertThat(actual.get(i)).as("%s: point %d of %d (expected %d points)", what, i, actual.size(),
                    expected.size()).isEqualTo(expected.get(i));
        }
        assertThat(actual.size()).as("%s: number of points", what).isEqualTo(expected.size());
    }

    private long channel(String counter) {
        return ((Number) js("return document.querySelector('frame-channel')[arguments[0]];", counter)).longValue();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
