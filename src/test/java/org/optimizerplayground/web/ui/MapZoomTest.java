package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.MapViewEvent;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Zooming the map, without a browser: the window the browser reports goes into the link as
 * {@code view=} (rounded), the runs go on where they are (a zoom changes no number), the reset
 * button brings the surface's own window back, and a window the map cannot show changes nothing.
 */
@SpringBootTest
class MapZoomTest extends BrowserlessTab {
    private PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(PlaygroundView.class);
    }

    private static void zoom(double xmin, double xmax, double ymin, double ymax) {
        ContourChart map = _get(ContourChart.class);
        ComponentUtil.fireEvent(map, new MapViewEvent(map, true, xmin, xmax, ymin, ymax));
    }

    private static Button reset() {
        return _get(Button.class, spec -> spec.withId("map-reset-view"));
    }

    @Test
    void aZoomGoesIntoTheLinkAndTheRunsGoOnThenResetBringsTheWindowBack() {
        PlaygroundView view = open("surface=rosenbrock&steps=50&run=adam(lr=0.02)&play=false");
        assertThat(reset().isEnabled()).as("nothing to reset yet").isFalse();
        _click(_get(Button.class, spec -> spec.withId("step")));
        _click(_get(Button.class, spec -> spec.withId("step")));
        long generation = view.session().generation();

        zoom(-1.7512345, -0.2487654, 1.30111, 2.7098765);

        assertThat(view.session().experiment().view()).containsExactly(-1.751, -0.249, 1.301, 2.71);
        assertThat(view.link()).isEqualTo("view=-1.751,-0.249,1.301,2.71&steps=50&run=adam(lr%3D0.02)&play=false"
                .replace("%3D", "="));
        assertThat(view.session().generation()).as("no restart").isEqualTo(generation);
        assertThat(view.session().trajectories().get(0).size()).as("θ₀ and two updates, kept").isEqualTo(3);
        assertThat(Link.read(view.link().replace("&play=false", "")).view()).containsExactly(-1.751, -0.249, 1.301, 2.71);
        assertThat(reset().isEnabled()).isTrue();

        _click(reset());

        assertThat(view.session().experiment().view()).containsExactly(-2, 2, -1, 3);
        assertThat(view.link()).isEqualTo("steps=50&run=adam(lr=0.02)&play=false");
        assertThat(view.session().trajectories().get(0).size()).isEqualTo(3);
        assertThat(reset().isEnabled()).isFalse();
    }

    @Test
    void aLinkWithAViewOpensZoomedAndCanBeReset() {
        PlaygroundView view = open("surface=bowl&view=0,1,0,1&play=false");
        assertThat(reset().isEnabled()).isTrue();
        _click(reset());
        assertThat(view.link()).isEqualTo("surface=bowl&play=false");
    }

    @Test
    void aOneDimensionalZoomKeepsOnlyTheWindowOfW() {
        PlaygroundView view = open("surface=double-well&play=false");
        zoom(-1.5, 0.5, -4, 10);
        assertThat(view.session().experiment().view()).containsExactly(-1.5, 0.5);
        assertThat(view.link()).isEqualTo("surface=double-well&view=-1.5,0.5&play=false");
    }

    @Test
    void aWindowTheMapCannotShowChangesNothing() {
        PlaygroundView view = open("surface=bowl&play=false");
        String before = view.link();
        zoom(Double.NaN, 1, 0, 1);
        zoom(1, 1 + 1e-12, 0, 1);
        zoom(-3e6, 1, 0, 1);
        zoom(2, 1, 0, 1);
        assertThat(view.link()).isEqualTo(before);
        assertThat(view.session().experiment().view()).containsExactly(-3, 3, -3, 3);
    }

    @Test
    void windowsAreRoundedToAThousandthOfTheirWidth() {
        assertThat(MapWindow.of(new double[] {0.123456, 0.133456, -50.4, 49.6}, 2).orElseThrow())
                .containsExactly(0.12346, 0.13346, -50.4, 49.6);
        assertThat(MapWindow.of(new double[] {-0.00049, 4, 0, 1}, 2).orElseThrow()).containsExactly(0, 4, 0, 1);
        assertThat(MapWindow.of(new double[] {1, 2, Double.NaN, Double.NaN}, 1).orElseThrow()).containsExactly(1, 2);
        assertThat(MapWindow.of(new double[] {1, 1, 0, 1}, 2)).isEmpty();
    }
}
