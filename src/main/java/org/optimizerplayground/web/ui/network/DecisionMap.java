package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import org.optimizerplayground.engine.network.DataSplit;
import org.optimizerplayground.engine.network.Points;
import org.optimizerplayground.web.ui.chart.ChartJson;
import tools.jackson.core.JsonGenerator;

/**
 * The data set in the plane with the focused run's decision boundary as a heat map
 * ({@code frontend/network/decision-map.ts}, a canvas). Typed methods; the JSON is written here.
 */
@Tag("decision-map")
@JsModule("./network/decision-map.ts")
final class DecisionMap extends Component implements HasSize {
    private String lastGrid = "";

    /** The training points (filled) and the test points (hollow) of a new data set. */
    void setPoints(DataSplit split) {
        getElement().callJsFunction("setPoints", ChartJson.write(g -> {
            points(g.writeStartObject().writeName("train"), split.train());
            points(g.writeName("test"), split.test());
            g.writeEndObject();
        }));
    }

    /**
     * The probabilities of class 1 on the n × n grid over [min, max]², row i at y_i ascending,
     * sent to three decimals, and only when they changed.
     */
    void setGrid(int n, double min, double max, double[] p) {
        double[] rounded = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            rounded[i] = Math.round(p[i] * 1000) / 1000.0; // a colour needs no more; NaN stays NaN (null)
        }
        String message = ChartJson.write(g -> {
            g.writeStartObject().writeNumberProperty("n", n).writeName("min");
            ChartJson.number(g, min);
            ChartJson.number(g.writeName("max"), max);
            ChartJson.numbers(g.writeName("p"), rounded);
            g.writeEndObject();
        });
        if (!message.equals(lastGrid)) {
            lastGrid = message;
            getElement().callJsFunction("setGrid", message);
        }
    }

    /** The last grid sent (for tests). */
    String lastGrid() {
        return lastGrid;
    }

    private static void points(JsonGenerator g, Points points) {
        g.writeStartArray();
        for (int i = 0; i < points.size(); i++) {
            g.writeStartArray();
            ChartJson.number(g, points.x(i));
            ChartJson.number(g, points.y(i));
            g.writeNumber(points.label(i)).writeEndArray();
        }
        g.writeEndArray();
    }
}
