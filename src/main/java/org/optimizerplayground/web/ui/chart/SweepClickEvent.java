package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a point of a {@link SweepChart} (a diverged rate's cross included): the run's index
 * in the {@code runs} that were shown and the point's learning rate, exactly as sent. Clicks
 * elsewhere fire nothing.
 */
@DomEvent("sweep-click")
public class SweepClickEvent extends ComponentEvent<SweepChart> {
    private final int run;
    private final double lr;

    public SweepClickEvent(SweepChart source, boolean fromClient,
            @EventData("event.detail.run") int run, @EventData("event.detail.lr") double lr) {
        super(source, fromClient);
        this.run = run;
        this.lr = lr;
    }

    /** Index of the run in the shown {@code runs}. */
    public int getRun() {
        return run;
    }

    /** The clicked point's learning rate α. */
    public double getLr() {
        return lr;
    }
}
