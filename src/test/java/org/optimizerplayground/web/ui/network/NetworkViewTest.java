package org.optimizerplayground.web.ui.network;

import org.optimizerplayground.web.ui.BrowserlessTab;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.engine.network.Training;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a teacher does on the network page, without a browser (Karibu-Testing): open a link,
 * edit a field, step; what the page owes back (the link's settings in the fields, the canonical
 * link in the address bar, a restart after an edit, a plain notice for a link it cannot read,
 * the API's numbers). Field edits are made with {@code setValue}: the page's fields treat every
 * change that does not come from showing a link as an edit.
 */
@SpringBootTest
class NetworkViewTest extends BrowserlessTab {

    private static NetworkView open(String query) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(query));
        return _get(NetworkView.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @Test
    void aLinkOpensWithItsSettings() {
        NetworkView view = open("data=xor&noise=0.1&layers=3&activation=relu&batch=5&steps=200"
                + "&run=adam(lr=0.01)&run=sgd(lr=0.1)&play=false");
        assertEquals("xor", select("net-data").getValue());
        assertEquals("relu", select("net-activation").getValue());
        assertEquals("3", _get(TextField.class, s -> s.withId("net-layers")).getValue());
        assertEquals(0.1, _get(NumberField.class, s -> s.withId("net-noise")).getValue());
        assertEquals(5, _get(IntegerField.class, s -> s.withId("net-batch")).getValue());
        assertEquals("adam", select("net-run-1-optimizer").getValue());
        assertEquals(0.1, _get(NumberField.class, s -> s.withId("net-run-2-lr")).getValue());
        assertEquals("data=xor&noise=0.1&layers=3&activation=relu&batch=5&steps=200&run=adam&run=sgd(lr=0.1)",
                view.link());
        assertEquals(NetworkLink.read(view.link()), view.session().spec());
        assertFalse(view.session().needsTicks(), "play=false opens paused");
    }

    @Test
    void stepsGiveTheApiNumbers() {
        NetworkView view = open("data=spiral&layers=4&steps=50&run=adam(lr=0.01)&run=momentum(lr=0.05)&play=false");
        for (int i = 0; i < 3; i++) {
            _click(_get(Button.class, s -> s.withId("net-step")));
        }
        List<TrainHistory> api = Training.run(NetworkLink.read(view.link()));
        for (int r = 0; r < 2; r++) {
            var m = view.session().metrics(r).getLast();
            assertEquals(3, m.k());
            assertEquals(api.get(r).trainLoss(3), m.trainLoss());
            assertEquals(api.get(r).testAccuracy(3), m.testAccuracy());
            assertEquals(api.get(r).batchLoss(3), view.session().histories().get(r).batchLoss(3));
        }
        assertThat(_get(Span.class, s -> s.withId("net-status-1")).getText()).startsWith("1 · ").contains("k = 3 / 50");
    }

    @Test
    void anEditChangesTheLinkAndRestartsTheRace() {
        NetworkView view = open("steps=300&play=false");
        _click(_get(Button.class, s -> s.withId("net-step")));
        long generation = view.session().generation();
        select("net-data").setValue("spiral");
        assertEquals("data=spiral&steps=300", view.link());
        assertTrue(view.session().generation() > generation, "the race started over");
        assertEquals(0, view.session().k(0));
        assertTrue(view.session().wantsPlay(), "an edit restarts the race live");

        _get(TextField.class, s -> s.withId("net-layers")).setValue("6,6,3");
        assertEquals("data=spiral&layers=6,6,3&steps=300", view.link());
        _get(NumberField.class, s -> s.withId("net-run-3-lr")).setValue(0.1);
        assertEquals("data=spiral&layers=6,6,3&steps=300&run=sgd(lr=0.03)&run=momentum(lr=0.03)&run=adam(lr=0.1)",
                view.link());
        _click(_get(Button.class, s -> s.withId("net-run-1-remove")));
        assertEquals(2, view.session().spec().runs().size());
        assertEquals("momentum", select("net-run-1-optimizer").getValue());
    }

    @Test
    void aRefusedValueMarksTheFieldAndChangesNothing() {
        NetworkView view = open("steps=300");
        TextField layers = _get(TextField.class, s -> s.withId("net-layers"));
        layers.setValue("4,99");
        assertTrue(layers.isInvalid());
        assertThat(layers.getErrorMessage()).contains("layers");
        assertEquals("steps=300", view.link());
    }

    @Test
    void aHostileLinkGivesANoticeNamingTheKeyAndTheDefaults() {
        NetworkView view = open("layers=4,99&data=circle");
        String notice = _get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively();
        assertThat(notice).contains("'layers'");
        assertEquals("", view.link());
        assertEquals(NetworkLink.read(""), view.session().spec());

        view = open("nonsense=1");
        assertThat(_get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively()).contains("'nonsense'");
        view = open("speed=fast");
        assertThat(_get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively()).contains("'speed'");
    }

    @Test
    void aDivergedRunIsMarkedAndNothingCrashes() {
        NetworkView view = open("activation=linear&loss=mse&steps=50&run=sgd(lr=100)&run=adam(lr=0.01)&play=false");
        for (int i = 0; i < 50; i++) {
            _click(_get(Button.class, s -> s.withId("net-step")));
        }
        assertThat(_get(Span.class, s -> s.withId("net-status-1")).getText()).contains("diverged");
        assertThat(_get(Span.class, s -> s.withId("net-status-2")).getText()).contains("max-steps");
        assertThat(view.lastGrid()).contains("\"p\":[");
    }
}
