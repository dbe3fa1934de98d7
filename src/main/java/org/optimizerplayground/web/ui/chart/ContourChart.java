package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
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
     * Shows a surface; runs and their points stay.
     *
     * <p>2-D: {@code {"dim":2,"view":[xmin,xmax,ymin,ymax],"grid":{"nx":80,"ny":80,"values":[…]},
     * "levels":[l0,…],"colors":["#rrggbb",…],"minima":[{"point":[x,y],"value":v,"global":true}],
     * "labels":{"x":"x","y":"y"}}}. {@code values} has nx·ny entries, row-major, value
     * {@code i + j·nx} sampled at {@code (xmin + i·(xmax−xmin)/(nx−1), ymin + j·(ymax−ymin)/(ny−1))}
     * (row 0 at ymin, both ends included), {@code null} where not finite (left unfilled).
     * {@code levels} ascend; {@code colors[i]} fills values between {@code levels[i]} and
     * {@code levels[i+1]}, so {@code colors.length == levels.length − 1}; values below
     * {@code levels[0]} stay unfilled. Axes are fixed to {@code view}.
     *
     * <p>1-D: {@code {"dim":1,"view":[wmin,wmax],"curve":{"w":[…],"j":[…]},"yRange":[jmin,jmax],
     * "minima":[{"point":[w],"value":v,"global":true}],"labels":{"x":"w","y":"J(w)"}}}, w ascending.
     */
    public void setSurface(String json) {
        getElement().callJsFunction("setSurface", Objects.requireNonNull(json, "json"));
    }

    /**
     * Replaces the runs, with empty trajectories: {@code [{"label":"Adam α=0.05","color":"#0072B2"},…]}.
     * A run's index in this array is its {@code index} in {@link #appendPoints}.
     */
    public void setRuns(String json) {
        getElement().callJsFunction("setRuns", Objects.requireNonNull(json, "json"));
    }

    /**
     * Appends the new points of some runs and moves each run's current-point marker to its last
     * finite point: {@code {"runs":[{"index":0,"points":[[x,y],…]},…]}} (1-D: {@code [w,J]} pairs).
     * Send only new points; many calls per frame are fine, the element redraws once per frame.
     * A number {@code "t"} beside {@code "runs"} (the server's send time, for measurements) is ignored.
     */
    public void appendPoints(String json) {
        getElement().callJsFunction("appendPoints", Objects.requireNonNull(json, "json"));
    }

    /**
     * Replaces the step arrows: {@code {"runs":[{"index":0,"at":[x,y],"scale":s,
     * "arrows":[{"kind":"gradient"|"momentum"|"update","d":[dx,dy]},…]}]}}, vectors in data
     * units from {@code at} (1-D: along w, {@code dy} 0). Drawn in the run's colour: solid for
     * the update, dashed for the gradient, dotted for momentum. {@code {"runs":[]}} removes them.
     */
    public void setArrows(String json) {
        getElement().callJsFunction("setArrows", Objects.requireNonNull(json, "json"));
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
