package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;

/**
 * The map: filled contour bands and isolines of a 2-D surface (or the curve J(w) of a 1-D one)
 * with one trajectory per run. The element ({@code frontend/charts/contour-chart.ts}) exposes its
 * Chart.js instance as the JavaScript property {@code chart}. Numbers that are not finite are
 * sent as JSON {@code null} and drawn as gaps. Calls made before the element is in the page are
 * kept by Vaadin and run once it is.
 */
@Tag("contour-chart")
@NpmPackage(value = "chart.js", version = NpmVersions.CHART_JS)
@NpmPackage(value = "d3-contour", version = NpmVersions.D3_CONTOUR)
@NpmPackage(value = "@types/d3-contour", version = NpmVersions.TYPES_D3_CONTOUR, dev = true)
@JsModule("./charts/contour-chart.ts")
public class ContourChart extends Component implements HasSize, HasStyle {

    /**
     * What the map draws of a surface, computed on the server so the browser only draws:
     * a {@link Grid} of J values for a 2-D surface or a {@link Curve} J(w) for a 1-D one.
     */
    public sealed interface Picture permits Grid, Curve {
    }

    /**
     * A 2-D surface: {@code values} has nx·ny entries, row-major, value {@code i + j·nx} sampled at
     * {@code (xmin + i·(xmax−xmin)/(nx−1), ymin + j·(ymax−ymin)/(ny−1))} (row 0 at ymin, both ends
     * included); a value that is not finite is left unfilled. {@code levels} ascend;
     * {@code colors[i]} fills values between {@code levels[i]} and {@code levels[i+1]}, so
     * {@code colors.size() == levels.length − 1}; values below {@code levels[0]} stay unfilled.
     * Axes are fixed to {@code view} = {xmin, xmax, ymin, ymax}.
     */
    public record Grid(double[] view, int nx, int ny, double[] values, double[] levels, List<String> colors,
                       List<Minimum> minima, Labels labels) implements Picture {
    }

    /** A 1-D surface: the curve J(w) at ascending {@code w} over {@code view} = {wmin, wmax}, J axis {@code yRange}. */
    public record Curve(double[] view, double[] w, double[] j, double[] yRange, List<Minimum> minima, Labels labels)
            implements Picture {
    }

    /** A minimum drawn as a star: its place, its J, and whether it is global. */
    public record Minimum(double[] point, double value, boolean global) {
    }

    /** Axis titles and the legend's names of the global and local minima. */
    public record Labels(String x, String y, String globalMinimum, String localMinimum) {
    }

    /** A run's name and colour ({@code #rrggbb}). */
    public record RunStyle(String label, String color) {
    }

    /** New points of run {@code index}: (x, y) in 2-D, (w, J) in 1-D; non-finite numbers are gaps. */
    public record Points(int index, double[] x, double[] y) {
        public Points {
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
            }
        }
    }

    /** The step arrows of run {@code index}, drawn from {@code (x, y)}, scaled by {@code scale} (for the tooltip). */
    public record Arrows(int index, double x, double y, double scale, List<Arrow> arrows) {
    }

    /** One arrow, in data units from its run's point: {@code kind} is gradient, momentum or update. */
    public record Arrow(String kind, double dx, double dy) {
    }

    /** Shows a surface; runs and their points stay. */
    public void setSurface(Picture picture) {
        getElement().callJsFunction("setSurface", ChartJson.surface(Objects.requireNonNull(picture, "picture")));
    }

    /** Replaces the runs, with empty trajectories; a run's place in the list is its index in {@link Points}. */
    public void setRuns(List<RunStyle> runs) {
        getElement().callJsFunction("setRuns", ChartJson.runs(Objects.requireNonNull(runs, "runs")));
    }

    /**
     * Appends the new points of some runs and moves each run's current-point marker to its last
     * finite point. Send only new points; many calls per frame are fine, the element redraws once
     * per frame. The JSON carries the server's send time {@code "t"} (for measurements; the element ignores it).
     */
    public void appendPoints(List<Points> runs) {
        getElement().callJsFunction("appendPoints",
                ChartJson.points(System.currentTimeMillis(), Objects.requireNonNull(runs, "runs")));
    }

    /**
     * Replaces the step arrows, drawn in the run's colour: solid for the update, dashed for the
     * gradient, dotted for momentum (1-D: along w). An empty list removes them.
     */
    public void setArrows(List<Arrows> runs) {
        getElement().callJsFunction("setArrows", ChartJson.arrows(Objects.requireNonNull(runs, "runs")));
    }

    /**
     * New names and colours for the runs, keeping the points of every run whose place stays (the
     * one whose settings changed is emptied with {@link #clearRuns}); runs beyond the list go.
     */
    public void relabelRuns(List<RunStyle> runs) {
        getElement().callJsFunction("relabelRuns", ChartJson.runs(Objects.requireNonNull(runs, "runs")));
    }

    /** Empties the trajectories of the runs {@code indices} (they started over); the other runs keep theirs. */
    public void clearRuns(int... indices) {
        getElement().callJsFunction("clearRuns", java.util.Arrays.toString(indices));
    }

    /** Empties every run's trajectory (a restart); runs, colours and surface stay. */
    public void clearPoints() {
        getElement().callJsFunction("clearPoints");
    }

    /** A click (or tap) inside the plot area, in data coordinates; see {@link MapClickEvent}. */
    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    /**
     * The end of a zoom or pan in the browser (see {@link MapViewEvent}): the listener decides the
     * window and answers with {@link #setSurface} for it; the axes stay where the gesture left them
     * until then.
     */
    public Registration addViewChangeListener(ComponentEventListener<MapViewEvent> listener) {
        return addListener(MapViewEvent.class, listener);
    }

    /**
     * Starts recording the map as a WebM video (the browser's MediaRecorder on the canvas);
     * {@code fileName} is what the browser saves when {@link #stopRecording} ends it. Answers
     * whether the browser could start.
     */
    public com.vaadin.flow.component.page.PendingJavaScriptResult startRecording(String fileName) {
        return getElement().callJsFunction("startRecording", Objects.requireNonNull(fileName, "fileName"));
    }

    /** Ends the recording (after a short tail that shows the last picture); the browser saves the file. */
    public void stopRecording() {
        getElement().callJsFunction("stopRecording");
    }

    /** Makes the browser save the chart as a PNG file named {@code fileName} (for slides). */
    public void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", java.util.Objects.requireNonNull(fileName, "fileName"));
    }
}
