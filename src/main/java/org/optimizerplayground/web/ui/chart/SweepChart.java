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
 * The "impact of the learning rate" picture: the final J of each run against its learning rate
 * α on a logarithmic axis, one line with points per run. The element
 * ({@code frontend/charts/sweep-chart.ts}) draws a rate that diverged as a cross in the run's
 * colour pinned to the top edge of the plot (one row per run), draws each run's current α as a
 * dashed vertical line, and exposes its Chart.js instance as the JavaScript property
 * {@code chart}. Default height 340 px; {@link #setHeight} overrides it. Calls made before the
 * element is in the page are kept by Vaadin and run once it is.
 */
@Tag("sweep-chart")
@NpmPackage(value = "chart.js", version = NpmVersions.CHART_JS)
@JsModule("./charts/sweep-chart.ts")
public class SweepChart extends Component implements HasSize, HasStyle {

    /**
     * A sweep: one {@link Run} per run of the experiment and each run's current α as a {@link Mark}
     * (its {@code run} an index into {@code runs}; the legend hides a run with its crosses and
     * mark). An empty title hides it; {@code logY} false for a surface whose J can be negative.
     */
    public record Sweep(String title, String xLabel, String yLabel, boolean logY, List<Run> runs, Texts texts,
                        List<Mark> marks) {
    }

    /** One run's line: its name, colour and points. */
    public record Run(String label, String color, List<Point> points) {
    }

    /**
     * One rate: {@code lr} &gt; 0 (others are dropped; any order); {@code loss} not finite (or ≤ 0
     * on a log axis) is a gap; {@code status} "diverged" draws the cross; {@code steps} (steps to
     * tolerance, or null) shows in the tooltip.
     */
    public record Point(double lr, double loss, String status, Integer steps) {
    }

    /** The chart's own words, in the page's language (statuses are keys, never shown). */
    public record Texts(String diverged, String finalJ, String status, String stepsToTolerance, String converged,
                        String maxSteps) {
    }

    /** Run {@code run}'s current learning rate, drawn as a dashed vertical line. */
    public record Mark(int run, double lr) {
    }

    /** Shows a sweep, replacing the one shown; the x axis spans the smallest to the largest rate (marks included). */
    public void show(Sweep sweep) {
        getElement().callJsFunction("show", ChartJson.sweep(Objects.requireNonNull(sweep, "sweep")));
    }

    /** Empties the chart. */
    public void clear() {
        getElement().callJsFunction("clear");
    }

    /** A click (or tap) on a point or a cross: which run and which α; see {@link SweepClickEvent}. */
    public Registration addSweepClickListener(ComponentEventListener<SweepClickEvent> listener) {
        return addListener(SweepClickEvent.class, listener);
    }

    /** Saves what is drawn as a PNG file named {@code fileName} (the browser's download). */
    public void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", java.util.Objects.requireNonNull(fileName, "fileName"));
    }
}
