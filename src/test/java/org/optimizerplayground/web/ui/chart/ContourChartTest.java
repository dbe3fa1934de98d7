package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void sendsEachCallAsJsonInOrder() {
        chart.setSurface(new ContourChart.Curve(new double[] {-3, 3}, new double[] {0}, new double[] {Double.NaN},
                new double[] {-1, 1}, List.of(new ContourChart.Minimum(new double[] {0}, 0, true)),
                new ContourChart.Labels("w", "J(w)", "global", "local")));
        chart.setRuns(List.of(new ContourChart.RunStyle("Adam α=0.05", "#0072B2")));
        chart.setArrows(List.of());
        chart.clearPoints();

        assertEquals(List.of(
                "return $0.setSurface($1) | {\"dim\":1,\"view\":[-3,3],\"curve\":{\"w\":[0],\"j\":[null]},"
                        + "\"yRange\":[-1,1],\"minima\":[{\"point\":[0],\"value\":0,\"global\":true}],"
                        + "\"labels\":{\"x\":\"w\",\"y\":\"J(w)\",\"globalMinimum\":\"global\",\"localMinimum\":\"local\"}}",
                "return $0.setRuns($1) | [{\"label\":\"Adam α=0.05\",\"color\":\"#0072B2\"}]",
                "return $0.setArrows($1) | {\"runs\":[]}",
                "return $0.clearPoints() | "), calls.take());
    }

    @Test
    void appendedPointsCarryTheServersClock() {
        long before = System.currentTimeMillis();
        chart.appendPoints(List.of(new ContourChart.Points(0, new double[] {1, 3}, new double[] {2, 4})));
        String call = calls.take().get(0);
        assertTrue(call.matches("return \\$0\\.appendPoints\\(\\$1\\) \\| \\{\"t\":\\d+,"
                + "\"runs\":\\[\\{\"index\":0,\"points\":\\[\\[1,2],\\[3,4]]}]}"), call);
        long t = Long.parseLong(call.replaceAll(".*\"t\":(\\d+),.*", "$1"));
        assertTrue(t >= before && t <= System.currentTimeMillis());
    }

    @Test
    void rejectsNullAndUnevenPointsAtOnce() {
        assertThrows(NullPointerException.class, () -> chart.setSurface(null));
        assertThrows(NullPointerException.class, () -> chart.appendPoints(null));
        assertThrows(IllegalArgumentException.class, () -> new ContourChart.Points(0, new double[1], new double[2]));
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
