package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepChartTest {
    private final SweepChart chart = new SweepChart();
    private final JsCalls calls = new JsCalls(chart);

    @Test
    void isTheSweepChartElementAndTakesTheIdItIsGiven() {
        chart.setId("sweep-chart");
        assertEquals("sweep-chart", chart.getElement().getTag());
        assertEquals("sweep-chart", chart.getElement().getAttribute("id"));
    }

    @Test
    void sendsTheSweepAsJsonInOrder() {
        String sweep = "{\"title\":\"Final J after 200 updates\",\"xLabel\":\"learning rate α\",\"yLabel\":\"final J\","
                + "\"logY\":true,\"runs\":[{\"label\":\"1 · Adam\",\"color\":\"#0072B2\",\"points\":["
                + "{\"lr\":1e-5,\"loss\":12.3,\"status\":\"max-steps\",\"steps\":null},"
                + "{\"lr\":10,\"loss\":null,\"status\":\"diverged\",\"steps\":4}]}],"
                + "\"texts\":{\"diverged\":\"d\",\"finalJ\":\"J\",\"status\":\"s\",\"stepsToTolerance\":\"n\","
                + "\"statuses\":{\"converged\":\"c\",\"max-steps\":\"m\",\"diverged\":\"d\"}},"
                + "\"marks\":[{\"run\":0,\"lr\":0.05}]}";
        chart.show(new SweepChart.Sweep("Final J after 200 updates", "learning rate α", "final J", true,
                List.of(new SweepChart.Run("1 · Adam", "#0072B2", List.of(
                        new SweepChart.Point(1e-5, 12.3, "max-steps", null),
                        new SweepChart.Point(10, Double.NaN, "diverged", 4)))),
                new SweepChart.Texts("d", "J", "s", "n", "c", "m"), List.of(new SweepChart.Mark(0, 0.05))));
        chart.clear();

        assertEquals(List.of(
                "return $0.show($1) | " + sweep,
                "return $0.clear() | "), calls.take());
    }

    @Test
    void rejectsNullJsonAtOnce() {
        assertThrows(NullPointerException.class, () -> chart.show(null));
    }

    @Test
    void aClickOnAPointReachesTheListenerWithItsRunAndRate() {
        List<SweepClickEvent> clicks = new ArrayList<>();
        chart.addSweepClickListener(clicks::add);

        fire(2, 3.1622776601683795e-3);

        assertEquals(1, clicks.size());
        assertEquals(2, clicks.get(0).getRun());
        assertEquals(3.1622776601683795e-3, clicks.get(0).getLr());
        assertEquals(chart, clicks.get(0).getSource());
    }

    @Test
    void aRemovedListenerHearsNothing() {
        List<SweepClickEvent> clicks = new ArrayList<>();
        chart.addSweepClickListener(clicks::add).remove();

        fire(0, 0.05);

        assertEquals(List.of(), clicks);
    }

    @Test
    void theClickEventListensToTheElementsEventAndAsksForItsDetail() {
        assertEquals("sweep-click", SweepClickEvent.class.getAnnotation(com.vaadin.flow.component.DomEvent.class).value());
        chart.addSweepClickListener(e -> { });
        assertEquals(Set.of("event.detail.run", "event.detail.lr"), chart.getElement().getNode()
                .getFeature(ElementListenerMap.class).getExpressions("sweep-click"));
    }

    private void fire(int run, double lr) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail.run", run);
        data.put("event.detail.lr", lr);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "sweep-click", data));
    }
}
