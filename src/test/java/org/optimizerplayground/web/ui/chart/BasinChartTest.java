package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BasinChartTest {
    private final BasinChart chart = new BasinChart();
    private final JsCalls calls = new JsCalls(chart);

    @Test
    void isTheBasinChartElementAndTakesTheIdItIsGiven() {
        chart.setId("basin-chart");
        assertEquals("basin-chart", chart.getElement().getTag());
        assertEquals("basin-chart", chart.getElement().getAttribute("id"));
    }

    @Test
    void passesTheJsonThroughUnchangedAndInOrder() {
        String map = "{\"view\":[-6,6,-6,6],\"nx\":2,\"ny\":2,\"cells\":[0,1,2,0],"
                + "\"palette\":[\"#E69F00\",\"#56B4E9\",\"#000000\"],"
                + "\"legend\":[{\"label\":\"minimum (3, 2)\",\"color\":\"#E69F00\"},"
                + "{\"label\":\"minimum (−2.81, 3.13)\",\"color\":\"#56B4E9\"},{\"label\":\"diverged\",\"color\":\"#000000\"}],"
                + "\"minima\":[[3,2],[-2.805118,3.131312]],\"labels\":{\"x\":\"x\",\"y\":\"y\"}}";
        String strip = "{\"view\":[-3,3],\"nx\":3,\"ny\":1,\"cells\":[0,0,1],\"palette\":[\"#E69F00\",\"#000000\"],"
                + "\"legend\":[],\"minima\":[[0]],\"labels\":{\"x\":\"w\"}}";
        chart.show(map);
        chart.clear();
        chart.show(strip);

        assertEquals(List.of(
                "return $0.show($1) | " + map,
                "return $0.clear() | ",
                "return $0.show($1) | " + strip), calls.take());
    }

    @Test
    void rejectsNullJsonAtOnce() {
        assertThrows(NullPointerException.class, () -> chart.show(null));
    }
}
