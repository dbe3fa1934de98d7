package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** What a teacher carries into slides and notebooks: the map as a picture, the numbers as CSV. */
class DownloadsTest extends BrowserTest {
    @Test
    void theMapBecomesAPngAndTheCsvLinkGivesTheTrajectory() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&steps=50&speed=max");
        page.waitFor(d -> page.mapPointCount(1) == 51 ? true : null, "the whole path");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String png = (String) js.executeScript(
                "return document.getElementById('contour-chart').exportPng('map.png')");
        assertThat(png).startsWith("data:image/png;base64,");
        assertThat(png.length()).as("a real picture, not an empty canvas").isGreaterThan(5_000);
        String csv = (String) js.executeAsyncScript(
                "const done = arguments[0];"
                        + "fetch(document.getElementById('download-csv').href).then(r => r.text()).then(done);");
        assertThat(csv).startsWith("run,k,theta1,theta2,loss,grad1,grad2,lr\n0,0,2.5,2,10.25,5,4,\n");
        assertThat(csv.lines().count()).isEqualTo(1 + 51);
    }

    @Test
    void everyDownloadIsAFileAndTheSweepBecomesAPng() {
        openInNewTab("/?surface=parabola&run=sgd&steps=50&analysis=sweep&play=false");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String disposition = "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById(arguments[0]).href).then(r => done("
                + "r.headers.get('Content-Disposition')));";
        await("the analysis CSV link", () -> !String.valueOf(js.executeScript(
                "return document.getElementById('analysis-download-csv').href")).equals("null"));
        assertThat(js.executeAsyncScript(disposition, "download-csv"))
                .isEqualTo("attachment; filename=\"optimizer-playground-parabola.csv\"");
        assertThat(js.executeAsyncScript(disposition, "download-json"))
                .isEqualTo("attachment; filename=\"optimizer-playground-parabola.json\"");
        assertThat(js.executeAsyncScript(disposition, "analysis-download-csv"))
                .isEqualTo("attachment; filename=\"optimizer-playground-parabola-sweep.csv\"");
        String[] png = {""};
        await("the sweep to be drawn", () -> {
            png[0] = (String) js.executeScript("return document.getElementById('sweep-chart').exportPng('s.png')");
            return png[0].length() > 5_000;
        });
        assertThat(png[0]).startsWith("data:image/png;base64,");
    }
}
