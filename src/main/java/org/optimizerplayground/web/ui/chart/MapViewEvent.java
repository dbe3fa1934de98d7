package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The window a zoom or pan of the {@link ContourChart} ended on (wheel, pinch or drag, reported
 * once the gesture has rested), in data coordinates as the browser's axes had it: unrounded and
 * unchecked. 1-D: x is w; y is the J axis, which the page does not keep.
 */
@DomEvent("map-view")
public class MapViewEvent extends ComponentEvent<ContourChart> {
    private final double[] window;

    public MapViewEvent(ContourChart source, boolean fromClient,
            @EventData("event.detail.xmin") double xmin, @EventData("event.detail.xmax") double xmax,
            @EventData("event.detail.ymin") double ymin, @EventData("event.detail.ymax") double ymax) {
        super(source, fromClient);
        this.window = new double[] {xmin, xmax, ymin, ymax};
    }

    /** {xmin, xmax, ymin, ymax}. */
    public double[] getWindow() {
        return window.clone();
    }
}
