package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.web.ui.chart.ChartJson;
import org.optimizerplayground.web.ui.chart.ContourChart;

/**
 * The map (the 2-D contour plot or the 1-D curve) with every run's path, the step arrows and
 * their toggle; a click on the map moves the start point θ₀ there.
 */
final class MapPanel extends Div implements Frame.View {
    private final ContourChart map = new ContourChart();
    private final Checkbox showArrows = new Checkbox();
    private final Span arrowsLegend = new Span();
    private String surfaceShown;
    private List<ContourChart.Arrows> arrowsShown;
    private Frame last;

    MapPanel(PlaygroundState state, Hideables hideables) {
        map.setId("contour-chart");
        map.addClassName("map");
        map.getElement().setAttribute("role", "img");
        map.getElement().setAttribute("aria-label", getTranslation("a11y.map"));
        map.addMapClickListener(e -> state.edit(x -> x.withStart(x.dimension() == 1
                ? new double[] {ThreeDigits.round(e.getX())}
                : new double[] {ThreeDigits.round(e.getX()), ThreeDigits.round(e.getY())})));
        hideables.register("contour-chart", map);
        showArrows.setId("step-arrows");
        showArrows.setLabel(getTranslation("map.arrows"));
        showArrows.addValueChangeListener(e -> {
            arrowsLegend.setVisible(e.getValue());
            if (last != null) {
                sendArrows(last);
            }
        });
        arrowsLegend.setId("step-arrows-legend");
        arrowsLegend.addClassName("arrows-legend");
        arrowsLegend.setText(getTranslation("map.arrows.legend"));
        arrowsLegend.setVisible(false);
        Div options = new Div(showArrows, arrowsLegend);
        options.addClassName("map-options");
        add(map, options);
        getStyle().set("display", "contents");
    }

    ContourChart chart() {
        return map;
    }

    @Override
    public void draw(Frame frame) {
        last = frame;
        Experiment e = frame.experiment();
        if (frame.restarted()) {
            String surface = e.surface().latex() + Arrays.toString(e.view());
            if (!surface.equals(surfaceShown)) {
                map.setSurface(SurfacePicture.of(e.surface(), e.view(), getTranslation("chart.minimum.global"),
                        getTranslation("chart.minimum.local")));
                surfaceShown = surface;
            }
        }
        if (frame.renamed()) {
            map.setRuns(Charts.runs(frame.labels()));
        } else if (frame.restarted()) {
            map.clearPoints();
        }
        // A hidden element's calls would wait in the tab's memory until it shows: a hidden map gets nothing.
        if (frame.hasPoints() && map.isVisible()) {
            frame.message().map("contour-chart", FrameEncoder.mapPoints(frame.newPoints()));
        }
        if (showArrows.getValue() && (frame.exact() || frame.hasPoints())) {
            sendArrows(frame);
        }
    }

    /** The step arrows of every run at its current point, or none when the toggle is off. */
    private void sendArrows(Frame frame) {
        List<ContourChart.Arrows> sets = new ArrayList<>();
        if (showArrows.getValue()) {
            double[] view = frame.experiment().view();
            for (Frame.Run run : frame.runs()) {
                ContourChart.Arrows a = StepArrows.of(run.index(), frame.experiment().runs().get(run.index()),
                        run.trajectory(), run.latest(), view[1] - view[0]);
                if (a != null) {
                    sets.add(a);
                }
            }
        }
        if (!sets.equals(arrowsShown)) {
            arrowsShown = List.copyOf(sets);
            map.setArrows(arrowsShown);
        }
    }

    /** What the step arrows were last asked to show (for tests). */
    String arrowsJson() {
        return arrowsShown == null ? null : ChartJson.arrows(arrowsShown);
    }
}
