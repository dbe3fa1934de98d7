package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContourChartTest {
    private final ContourChart chart = new ContourChart();
    private final JsCalls calls = new JsCalls(chart);

    @Test
    void isTheContourChartElement() {
        assertEquals("contour-chart", chart.getElement().getTag());
    }

    @Test
    void passesTheJsonThroughUnchangedAndInOrder() {
        String surface = "{\"dim\":1,\"view\":[-3,3],\"curve\":{\"w\":[0],\"j\":[null]}}";
        chart.setSurface(surface);
        chart.setRuns("[{\"label\":\"Adam α=0.05\",\"color\":\"#0072B2\"}]");
        chart.appendPoints("{\"runs\":[{\"index\":0,\"points\":[[1,2]]}]}");
        chart.appendPoints("{\"runs\":[{\"index\":0,\"points\":[[3,4]]}]}");
        chart.clearPoints();

        assertEquals(List.of(
                "return $0.setSurface($1) | " + surface,
                "return $0.setRuns($1) | [{\"label\":\"Adam α=0.05\",\"color\":\"#0072B2\"}]",
                "return $0.appendPoints($1) | {\"runs\":[{\"index\":0,\"points\":[[1,2]]}]}",
                "return $0.appendPoints($1) | {\"runs\":[{\"index\":0,\"points\":[[3,4]]}]}",
                "return $0.clearPoints() | "), calls.take());
    }

    @Test
    void rejectsNullJsonAtOnce() {
        assertThrows(NullPointerException.class, () -> chart.setSurface(null));
        assertThrows(NullPointerException.class, () -> chart.appendPoints(null));
    }

    @Test
    void aMapClickFromTheBrowserReachesTheListenerInDataCoordinates() {
        List<double[]> clicks = new ArrayList<>();
        chart.addMapClickListener(e -> clicks.add(new double[] {e.getX(), e.getY()}));

        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail.x", -1.25);
        data.put("event.detail.y", 2.5);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "map-click", data));

        assertEquals(1, clicks.size());
        assertEquals(-1.25, clicks.get(0)[0]);
        assertEquals(2.5, clicks.get(0)[1]);
    }

    @Test
    void aRemovedListenerHearsNothing() {
        List<MapClickEvent> clicks = new ArrayList<>();
        chart.addMapClickListener(clicks::add).remove();

        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail.x", 0);
        data.put("event.detail.y", 0);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "map-click", data));

        assertEquals(List.of(), clicks);
    }
}
