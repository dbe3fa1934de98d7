package org.optimizerplayground.web.ui.network;

import org.optimizerplayground.web.ui.BrowserlessTab;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.Landscape;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The network page's loss landscape (Karibu-Testing): the click starts a background computation
 * (the test waits for it, then lets the UI's queued updates run), the map then holds one path per
 * run from (0, 0); a setting beyond the API's limits gives a message and computes nothing.
 */
@SpringBootTest
class LandscapePanelTest extends BrowserlessTab {

    private static NetworkView open(String query) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(query));
        return _get(NetworkView.class);
    }

    private static LandscapeComputation.Result computeAndWait(LandscapePanel panel) throws Exception {
        _click(_get(Button.class, s -> s.withId("net-landscape-compute")));
        LandscapeComputation.Result result = panel.running().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue(); // the ui.access updates queued by the background thread
        return result;
    }

    @Test
    void computeShowsTheMapWithOnePathPerRunFromTheOrigin() throws Exception {
        NetworkView view = open("data=xor&steps=60&run=adam(lr=0.01)&run=sgd(lr=0.1)&run=momentum(lr=0.05)"
                + "&play=false");
        LandscapePanel panel = view.landscape();
        _get(IntegerField.class, s -> s.withId("net-landscape-grid")).setValue(15);
        LandscapeComputation.Result result = computeAndWait(panel);
        assertNotNull(panel.shown(), "the result is shown once the background task is done");
        assertEquals(result, panel.shown());
        assertEquals(15, result.grid());
        assertEquals(Landscape.Directions.PCA, result.dirs());
        assertEquals(15, result.cost().length);
        assertEquals(3, result.runs().size(), "one path per run of the link");
        for (LandscapeComputation.RunPath p : result.runs()) {
            assertEquals(0.0, p.a()[0], "every path starts at θ₀ = (0, 0)");
            assertEquals(0.0, p.b()[0]);
            assertEquals(0, p.k()[0]);
            assertEquals(61, p.k().length);
        }
        assertTrue(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("net-landscape")).isVisible());
        assertTrue(panel.shown().explained()[0] > 0.5, "the first PC holds most of a short race's paths");
        assertThat(panel.message()).startsWith("Grid 15 × 15, PCA directions");
        assertTrue(_find(ProgressBar.class, s -> s.withId("net-landscape-progress")).isEmpty(), "no progress bar left");
    }

    @Test
    @SuppressWarnings("unchecked")
    void randomDirectionsAndANewSettingMakesTheResultObsolete() throws Exception {
        NetworkView view = open("data=circle&steps=40&play=false");
        LandscapePanel panel = view.landscape();
        _get(Select.class, s -> s.withId("net-landscape-dirs")).setValue(Landscape.Directions.RANDOM);
        _get(IntegerField.class, s -> s.withId("net-landscape-grid")).setValue(9);
        LandscapeComputation.Result result = computeAndWait(panel);
        assertEquals(Landscape.Directions.RANDOM, result.dirs());
        assertNull(result.explained());
        assertEquals(view.session().spec().runs().size(), result.runs().size());
        view.state().setSpec(org.optimizerplayground.engine.network.NetworkLink.read("data=circle&steps=41"));
        assertNull(panel.shown(), "a new setting hides the old landscape");
        assertThat(panel.message()).contains("setting changed");
    }

    @Test
    void tooHeavyOrHostileSettingsGiveAMessageAndComputeNothing() {
        NetworkView view = open("data=spiral&n=2000&batch=2000&steps=10000&play=false");
        LandscapePanel panel = view.landscape();
        _click(_get(Button.class, s -> s.withId("net-landscape-compute")));
        assertThat(panel.message()).contains("Too heavy").contains("forward passes");
        assertNull(panel.shown());
        assertTrue(_find(ProgressBar.class, s -> s.withId("net-landscape-progress")).isEmpty(), "no progress bar left");

        open("data=xor&steps=20&play=false");
        LandscapePanel small = _get(NetworkView.class).landscape();
        _get(IntegerField.class, s -> s.withId("net-landscape-grid")).setValue(100_000);
        _click(_get(Button.class, s -> s.withId("net-landscape-compute")));
        assertThat(small.message()).contains("grid").contains("2 to " + Landscape.MAX_GRID);
        assertNull(small.shown());
    }

    @Test
    void cancelStopsTheComputationAndShowsNothing() throws Exception {
        // the panel alone, its computation queued on an executor the test runs by hand
        NetworkState state = new NetworkState();
        state.open(org.optimizerplayground.engine.network.NetworkLink.read("steps=40"), 100, false);
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        LandscapePanel panel = new LandscapePanel(state, queued::add);
        UI.getCurrent().add(panel);
        _click(_get(panel, Button.class, s -> s.withId("net-landscape-compute")));
        assertEquals(1, queued.size());
        Button cancel = _get(panel, Button.class, s -> s.withId("net-landscape-cancel"));
        assertThat(panel.message()).startsWith("Computing");
        _click(cancel);
        queued.getFirst().run(); // the background task starts after the click: it stops at once
        assertTrue(panel.running().isCompletedExceptionally(), "the computation ended without a result");
        MockVaadin.runUIQueue();
        assertNull(panel.shown(), "nothing computed is shown");
        assertThat(panel.message()).startsWith("Cancelled");
        assertTrue(_find(panel, Button.class, s -> s.withId("net-landscape-cancel")).isEmpty(), "Cancel is gone");
        assertTrue(_find(panel, ProgressBar.class, s -> s.withId("net-landscape-progress")).isEmpty());

        // computing again after a cancel works
        _click(_get(panel, Button.class, s -> s.withId("net-landscape-compute")));
        queued.get(1).run();
        MockVaadin.runUIQueue();
        assertNotNull(panel.shown());
    }

    @Test
    void aComputationMadeObsoleteStopsAtItsNextStep() {
        var spec = org.optimizerplayground.engine.network.NetworkLink.read("steps=40");
        int total = LandscapeComputation.steps(spec, 15);
        java.util.concurrent.atomic.AtomicInteger reported = new java.util.concurrent.atomic.AtomicInteger();
        // cancelled (made obsolete) once two steps are done: the third never starts
        org.junit.jupiter.api.Assertions.assertThrows(LandscapeComputation.Obsolete.class, () ->
                LandscapeComputation.compute(spec, Landscape.Directions.PCA, 15, () -> reported.get() >= 2,
                        reported::set));
        assertEquals(2, reported.get());
        assertTrue(total > 3, "the full computation has " + total + " steps");
    }
}
