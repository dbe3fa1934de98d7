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
     * Shows a sweep, replacing the one shown:
     * {@code {"title":"Final J after 200 updates","xLabel":"learning rate α","yLabel":"final J",
     * "logY":true,"runs":[{"label":"1 · Adam","color":"#0072B2","points":[{"lr":1e-5,"loss":12.3,
     * "status":"max-steps","steps":null},…,{"lr":10,"loss":null,"status":"diverged","steps":null}]}],
     * "marks":[{"run":0,"lr":0.05}]}}.
     *
     * <p>{@code lr} &gt; 0 (other points are dropped; any order, the element sorts them); the x axis
     * spans the smallest to the largest rate sent (marks included). {@code loss} is {@code null}
     * where not finite and is drawn as a gap, and so is a loss ≤ 0 when {@code logY} (send
     * {@code logY:false} for a surface whose J can be negative). {@code status} is shown as sent;
     * {@code "diverged"} draws the cross instead of a point. {@code steps} (steps to tolerance) is
     * shown in the tooltip when not {@code null}. A mark's {@code run} is an index into
     * {@code runs}; the legend hides a run with its crosses and mark. An empty title hides it.
     */
    public void show(String json) {
        getElement().callJsFunction("show", Objects.requireNonNull(json, "json"));
    }

    /** Empties the chart. */
    public void clear() {
        getElement().callJsFunction("clear");
    }

    /** A click (or tap) on a point or a cross: which run and which α; see {@link SweepClickEvent}. */
    public Registration addSweepClickListener(ComponentEventListener<SweepClickEvent> listener) {
        return addListener(SweepClickEvent.class, listener);
    }
}
