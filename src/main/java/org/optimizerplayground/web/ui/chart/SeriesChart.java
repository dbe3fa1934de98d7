package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
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
     * Sets titles and series and empties the data:
     * {@code {"title":"J(θ) per iteration","xLabel":"k","yLabel":"J","logY":false,
     * "series":[{"label":"Adam","color":"#0072B2","dash":[]},…]}}; {@code dash} like
     * {@code [6,3]} draws the line dashed. An empty title hides the title.
     */
    public void configure(String json) {
        getElement().callJsFunction("configure", Objects.requireNonNull(json, "json"));
    }

    /**
     * Appends new points: {@code {"series":[{"index":0,"x":[k,…],"y":[v or null,…]}]}}, x
     * ascending across calls. Send only new points; many calls per frame are fine.
     */
    public void append(String json) {
        getElement().callJsFunction("append", Objects.requireNonNull(json, "json"));
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
