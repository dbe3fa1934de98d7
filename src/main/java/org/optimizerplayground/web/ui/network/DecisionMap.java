package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import org.optimizerplayground.engine.network.DataSplit;
import org.optimizerplayground.engine.network.Points;
import org.optimizerplayground.web.json.JsonWriter;

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
        getElement().callJsFunction("setPoints", JsonWriter.string(json -> {
            json.beginObject().name("train");
            points(json, split.train());
            json.name("test");
            points(json, split.test());
            json.endObject();
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
        String message = JsonWriter.string(json -> json.beginObject().name("n").value(n).name("min").value(min)
                .name("max").value(max).name("p").values(rounded, 0, rounded.length).endObject());
        if (!message.equals(lastGrid)) {
            lastGrid = message;
            getElement().callJsFunction("setGrid", message);
        }
    }

    /** The last grid sent (for tests). */
    String lastGrid() {
        return lastGrid;
    }

    private static void points(JsonWriter json, Points points) throws java.io.IOException {
        json.beginArray();
        for (int i = 0; i < points.size(); i++) {
            json.beginArray().value(points.x(i)).value(points.y(i)).value(points.label(i)).endArray();
        }
        json.endArray();
    }
}
