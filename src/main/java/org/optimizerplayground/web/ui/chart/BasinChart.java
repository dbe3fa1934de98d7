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
 * A basin-of-attraction map: one coloured cell per start point, by where a run from it ends,
 * with the minima as stars. The element ({@code frontend/charts/basin-chart.ts}) paints the cells
 * as one sharp image over the view window (200 × 200 cells draw in a few milliseconds), shows
 * the start point and its legend label under the pointer, and exposes its Chart.js instance as
 * the JavaScript property {@code chart}. Square by default (2-D), 180 px high for a 1-D strip;
 * {@link #setHeight} overrides it. Calls made before the element is in the page are kept by
 * Vaadin and run once it is.
 */
@Tag("basin-chart")
@NpmPackage(value = "chart.js", version = NpmVersions.CHART_JS)
@JsModule("./charts/basin-chart.ts")
public class BasinChart extends Component implements HasSize, HasStyle {

    /**
     * A basin map. {@code cells} has nx·ny palette indices, row-major from the top-left: cell
     * {@code i + j·nx} is the start point {@code (xmin + (i+½)·(xmax−xmin)/nx, ymax − (j+½)·(ymax−ymin)/ny)},
     * so row 0 is the highest y and the cells tile the view window exactly (SPEC §9). An index that
     * is not in the palette (e.g. −1) leaves its cell blank. The pointer's readout names a cell by
     * the legend entry with the cell's colour; when no entry has it, by the entry at the same index
     * if legend and palette have the same length, else by nothing (the start point only). Axes are
     * fixed to {@code view} = {xmin, xmax, ymin, ymax}.
     *
     * <p>1-D: {@code ny == 1} and {@code view} = {wmin, wmax}, {@code minima} as {w}: a strip over
     * w, y axis hidden, stars in the middle of the strip. {@code minimaLabel} is the stars' legend
     * text, {@code startLabel} the readout's word for the start point.
     */
    public record Basins(double[] view, int nx, int ny, int[] cells, List<String> palette, List<Legend> legend,
                         String minimaLabel, List<double[]> minima, String startLabel, String xLabel, String yLabel) {
    }

    /** A legend entry: a name and its colour ({@code #rrggbb}). */
    public record Legend(String label, String color) {
    }

    /** Shows a map, replacing the one shown. */
    public void show(Basins basins) {
        getElement().callJsFunction("show", ChartJson.basins(Objects.requireNonNull(basins, "basins")));
    }

    /** Empties the map. */
    public void clear() {
        getElement().callJsFunction("clear");
    }

    /** Saves what is drawn as a PNG file named {@code fileName} (the browser's download). */
    public void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", java.util.Objects.requireNonNull(fileName, "fileName"));
    }
}
