package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
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
 * their toggle; a click on the map moves the start point θ₀ there. Wheel, pinch and drag zoom and
 * pan it: the window goes into the link ({@code view=}) and the contour is computed for it; the
 * reset button brings back the surface's own window.
 */
final class MapPanel extends Div implements Frame.View {
    private final ContourChart map = new ContourChart();
    private final Checkbox showArrows = new Checkbox();
    private final Span arrowsLegend = new Span();
    private final Button resetView = new Button();
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
        map.addViewChangeListener(e -> zoomTo(state, e.getWindow()));
        resetView.setId("map-reset-view");
        resetView.setText(getTranslation("map.reset-view"));
        resetView.setTooltipText(getTranslation("map.zoom.help"));
        resetView.addClickListener(e -> state.edit(x -> x.withView(x.surface().view())));
        state.addChangeListener(c -> resetView.setEnabled(!Arrays.equals(c.experiment().view(),
                c.experiment().surface().view())));
        resetView.setEnabled(false);
        Div options = new Div(showArrows, arrowsLegend, resetView);
        options.addClassName("map-options");
        add(map, options);
        getStyle().set("display", "contents");
    }

    /**
     * A zoom or pan ended on {@code raw}: the rounded window goes into the state (and so into the
     * link and the map); a window the map cannot show puts the map back on the current one.
     */
    private void zoomTo(PlaygroundState state, double[] raw) {
        Experiment e = state.experiment();
        MapWindow.of(raw, e.dimension()).ifPresentOrElse(view -> state.edit(x -> x.withView(view)),
                () -> {
                    surfaceShown = null;
                    showSurface(e);
                });
    }

    ContourChart chart() {
        return map;
    }

    @Override
    public void draw(Frame frame) {
        last = frame.kept(); // without its message: sent, and up to ~1 MB
        Experiment e = frame.experiment();
        // exact: after an edit, which may be a zoom (a new window without a restart).
        if (frame.restarted() || frame.exact()) {
            showSurface(e);
        }
        // Only the runs that started over lose their points; an α change of one run touches that run alone.
        if (frame.renamed() && frame.restarted()) {
            map.setRuns(Charts.runs(frame.labels()));
        } else if (frame.renamed()) {
            map.relabelRuns(Charts.runs(frame.labels()));
        } else if (frame.restarted()) {
            map.clearPoints();
        }
        int[] restartedRuns = frame.restartedRuns();
        if (restartedRuns.length > 0) {
            map.clearRuns(restartedRuns);
        }
        // A hidden element's calls would wait in the tab's memory until it shows: a hidden map gets nothing.
        if (frame.hasPoints() && map.isVisible()) {
            frame.message().map("contour-chart", FrameEncoder.mapPoints(frame.newPoints()));
        }
        if (showArrows.getValue() && (frame.exact() || frame.hasPoints())) {
            sendArrows(frame);
        }
    }

    /** Sends the surface's picture over the experiment's window, unless the map shows it already. */
    private void showSurface(Experiment e) {
        String surface = e.surface().latex() + Arrays.toString(e.view());
        if (!surface.equals(surfaceShown)) {
            map.setSurface(SurfacePicture.of(e.surface(), e.view(), getTranslation("chart.minimum.global"),
                    getTranslation("chart.minimum.local")));
            surfaceShown = surface;
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
