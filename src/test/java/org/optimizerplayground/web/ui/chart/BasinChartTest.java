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
    void sendsTheMapAsJsonInOrder() {
        String strip = "{\"view\":[-3,3],\"nx\":3,\"ny\":1,\"cells\":[0,0,1],\"palette\":[\"#E69F00\",\"#000000\"],"
                + "\"legend\":[{\"label\":\"minimum (0)\",\"color\":\"#E69F00\"}],\"minimaLabel\":\"minima\","
                + "\"minima\":[[0]],\"startLabel\":\"start\",\"labels\":{\"x\":\"w\",\"y\":\"\"}}";
        chart.clear();
        chart.show(new BasinChart.Basins(new double[] {-3, 3}, 3, 1, new int[] {0, 0, 1}, List.of("#E69F00", "#000000"),
                List.of(new BasinChart.Legend("minimum (0)", "#E69F00")), "minima", List.of(new double[] {0}), "start",
                "w", ""));

        assertEquals(List.of(
                "return $0.clear() | ",
                "return $0.show($1) | " + strip), calls.take());
    }

    @Test
    void rejectsNullJsonAtOnce() {
        assertThrows(NullPointerException.class, () -> chart.show(null));
    }
}
