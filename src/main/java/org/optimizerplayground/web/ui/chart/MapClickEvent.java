package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click inside the plot area of a {@link ContourChart}, in data coordinates: 2-D the point
 * (x, y); 1-D x is w and y is the J-axis value under the pointer (usually ignored). Clicks on the
 * axes or the legend fire nothing.
 */
@DomEvent("map-click")
public class MapClickEvent extends ComponentEvent<ContourChart> {
    private final double x;
    private final double y;

    public MapClickEvent(ContourChart source, boolean fromClient,
            @EventData("event.detail.x") double x, @EventData("event.detail.y") double y) {
        super(source, fromClient);
        this.x = x;
        this.y = y;
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }
}
