package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesChartTest {
    private final SeriesChart chart = new SeriesChart();
    private final JsCalls calls = new JsCalls(chart);

    @Test
    void isTheSeriesChartElementAndTakesTheIdItIsGiven() {
        chart.setId("loss-chart");
        assertEquals("series-chart", chart.getElement().getTag());
        assertEquals("loss-chart", chart.getElement().getAttribute("id"));
    }

    @Test
    void passesEveryCallThrough() {
        String config = "{\"title\":\"J(θ) per iteration\",\"xLabel\":\"k\",\"yLabel\":\"J\",\"logY\":false,"
                + "\"series\":[{\"label\":\"Adam\",\"color\":\"#0072B2\",\"dash\":[6,3]}]}";
        chart.configure(new SeriesChart.Config("J(θ) per iteration", "k", "J", false, null,
                List.of(new SeriesChart.Line("Adam", "#0072B2", new int[] {6, 3}))));
        chart.append(List.of(new SeriesChart.Points(0, new int[] {0, 1}, new double[] {1.5, Double.POSITIVE_INFINITY})));
        chart.setLogY(true);
        chart.clearData();

        assertEquals(List.of(
                "return $0.configure($1) | " + config,
                "return $0.append($1) | {\"series\":[{\"index\":0,\"x\":[0,1],\"y\":[1.5,null]}]}",
                "return $0.setLogY($1) | true",
                "return $0.clearData() | "), calls.take());
    }

}
