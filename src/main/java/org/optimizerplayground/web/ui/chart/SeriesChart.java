package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Objects;

/**
 * Values per iteration k as lines, one per series (J per iteration, θ components, learning rate).
 * The element ({@code frontend/charts/series-chart.ts}) decimates long series (LTTB) for drawing,
 * shows every series at the hovered k, and exposes its Chart.js instance as the JavaScript property
 * {@code chart}. Default height 260 px; {@link #setHeight} overrides it. Non-finite values are
 * sent as {@code null} and drawn as gaps.
 */
@Tag("series-chart")
@NpmPackage(value = "chart.js", version = NpmVersions.CHART_JS)
@JsModule("./charts/series-chart.ts")
public class SeriesChart extends Component implements HasSize, HasStyle {

    /**
     * Titles and series: an empty title hides the title; {@code legend} {@code false} hides the
     * legend, {@code null} leaves the element's default (shown).
     */
    public record Config(String title, String xLabel, String yLabel, boolean logY, Boolean legend, List<Line> series) {
    }

    /** One series' name, colour ({@code #rrggbb}) and dash pattern ({@code {6, 3}} dashed, empty solid). */
    public record Line(String label, String color, int[] dash) {
    }

    /** New points of series {@code index}: iterations {@code x} (ascending across calls) and values {@code y}. */
    public record Points(int index, int[] x, double[] y) {
        public Points {
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
            }
        }
    }

    /** Sets titles and series and empties the data. */
    public void configure(Config config) {
        getElement().callJsFunction("configure", ChartJson.config(Objects.requireNonNull(config, "config")));
    }

    /** Appends new points (non-finite values are gaps). Send only new points; many calls per frame are fine. */
    public void append(List<Points> series) {
        getElement().callJsFunction("append", ChartJson.series(Objects.requireNonNull(series, "series")));
    }

    /**
     * Sets titles and series like {@link #configure} but keeps the points of every series whose
     * place stays (one whose run changed is emptied with {@link #clearSeries}); series beyond the list go.
     */
    public void relabel(Config config) {
        getElement().callJsFunction("relabel", ChartJson.config(Objects.requireNonNull(config, "config")));
    }

    /** Empties the series {@code indices} (their run started over); the other series keep their points. */
    public void clearSeries(int... indices) {
        getElement().callJsFunction("clearSeries", java.util.Arrays.toString(indices));
    }

    /** Empties every series (a restart); the configuration stays. */
    public void clearData() {
        getElement().callJsFunction("clearData");
    }

    /** Log y axis on or off; on a log axis values ≤ 0 are left out (drawn as gaps). */
    public void setLogY(boolean logY) {
        getElement().callJsFunction("setLogY", logY);
    }

    /** Makes the browser save the chart as a PNG file named {@code fileName} (for slides). */
    public void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", java.util.Objects.requireNonNull(fileName, "fileName"));
    }
}
