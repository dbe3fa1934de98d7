package org.optimizerplayground.web.ui.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.engine.network.Training;
import org.optimizerplayground.web.ui.BrowserlessTab;
import org.optimizerplayground.web.ui.chart.UpdateRulePanel;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The network page's update-rule panel: the rule of the run in focus with the real numbers of
 * one weight, the one the student picks (by layer, unit and input, kept in the link's
 * {@code weight}) or the one with the largest |gradient|.
 */
@SpringBootTest
class NetworkRuleSectionTest extends BrowserlessTab {

    private static NetworkView open(String query) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(query));
        return _get(NetworkView.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void step(int times) {
        for (int i = 0; i < times; i++) {
            _click(_get(Button.class, s -> s.withId("net-step")));
        }
    }

    /** Six significant digits, as the panel writes numbers between 10⁻⁴ and 10⁶. */
    private static String six(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @Test
    void aPickedWeightShowsItsNumbersFromTheEngine() {
        // layer 2 (4 → 2), unit 2, input 3: W_1[1, 2], index (4·2 + 4) + 1·4 + 2 = 18 of 25
        NetworkView view = open("weight=2,2,3&run=adam(lr=0.03)&run=sgd(lr=0.1)&play=false");
        step(3);
        TrainHistory sgd = Training.run(NetworkLink.read("steps=3&run=adam(lr=0.03)&run=sgd(lr=0.1)")).get(1);
        view.state().setFocus(1);
        UpdateRulePanel.Rule rule = view.rule().shown();
        assertThat(rule.caption()).startsWith("2 · ").contains("update k = 3")
                .contains("weight of layer 2, unit 2 from unit 3 of layer 1").contains("θ19 of 25");
        assertThat(rule.substituted()).contains("W^{(2)}_{2,3}:\\ " + six(sgd.theta(2, 18)) + " \\rightarrow "
                + six(sgd.theta(3, 18)));
        assertThat(rule.substituted()).contains("J_B(\\theta_{(k-1)}) = " + six(sgd.batchLoss(3)));
        // SGD: θ_k = θ_(k−1) − α g, so the shown gradient is (before − after)/α
        double g = (sgd.theta(2, 18) - sgd.theta(3, 18)) / 0.1;
        assertThat(rule.substituted()).anySatisfy(line -> assertThat(line).startsWith("\\partial\\theta = ")
                .satisfies(l -> assertEquals(g, Double.parseDouble(l.substring("\\partial\\theta = ".length())),
                        1e-5 * Math.abs(g))));
        assertThat(rule.rule()).isEqualTo(view.session().spec().runs().get(1).optimizer().rule());
    }

    @Test
    void byDefaultTheWeightWithTheLargestGradient() {
        NetworkView view = open("run=adam(lr=0.03)&play=false");
        assertThat(view.rule().shown().caption()).contains("no update yet");
        step(1);
        double[] g = view.session().latestTerms(0).get("g").orElseThrow().values();
        int largest = 0;
        for (int i = 0; i < g.length; i++) {
            if (Math.abs(g[i]) > Math.abs(g[largest])) {
                largest = i;
            }
        }
        assertThat(view.rule().shown().caption()).contains("(θ" + (largest + 1) + " of 25)")
                .contains("the largest |gradient|");
        assertEquals("run=adam(lr=0.03)", view.link(), "auto is the default: not in the link");
    }

    @Test
    void theSelectorsWriteTheLinkAndAnEditOfTheNetworkKeepsThemValid() {
        NetworkView view = open("steps=300&play=false");
        select("net-weight-layer").setValue(3);
        assertEquals("steps=300&weight=3,1,1", view.link());
        select("net-weight-input").setValue(0);
        assertEquals("steps=300&weight=3,1,b", view.link());
        step(1);
        assertThat(view.rule().shown().caption()).contains("bias of output layer 3, unit 1");

        _get(TextField.class, s -> s.withId("net-layers")).setValue("5");
        assertEquals("layers=5&steps=300", view.link(), "layer 3 is gone: back to the largest gradient");
        assertEquals(0, select("net-weight-layer").getValue());
        assertTrue(view.state().weight().auto());

        select("net-weight-layer").setValue(1);
        select("net-weight-unit").setValue(5);
        select("net-weight-input").setValue(2);
        assertEquals("layers=5&steps=300&weight=1,5,2", view.link());
        assertEquals(List.of(0, 1, 2), select("net-weight-input").getListDataView().getItems().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void addingOrRemovingAFeatureKeepsAPickedFirstLayerWeight() {
        // found by RestlessNetworkStudentTest: the input selector labelled the new items with the old network's features
        NetworkView view = open("weight=1,1,2&play=false");
        var features = _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("net-features"));
        features.setValue(java.util.Set.of("x", "y", "x2"));
        assertEquals("features=x,y,x2&weight=1,1,2", view.link());
        features.setValue(java.util.Set.of("x", "y"));
        assertEquals("weight=1,1,2", view.link());
        assertEquals(List.of(0, 1, 2), select("net-weight-input").getListDataView().getItems().toList());
    }

    @Test
    void aWeightTheNetworkDoesNotHaveGivesANotice() {
        NetworkView view = open("layers=3&weight=2,2,1");
        assertThat(_get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively())
                .contains("'weight'").contains("unit");
        assertEquals("layers=3", view.link());
        assertTrue(view.state().weight().auto());
        open("weight=1,1");
        assertThat(_get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively()).contains("'weight'");
    }

    @Test
    void aRunThatDivergesWithinAFrameShowsTheUpdateThatDiverged() {
        NetworkView view = open("loss=mse&steps=300&run=sgd(lr=3)&speed=max&play=false");
        view.session().play();
        view.session().tick(System.nanoTime());
        assertEquals("diverged", view.session().status(0).key());
        int k = view.session().k(0);
        assertEquals(k, (long) view.session().latestTerms(0).get("k").orElseThrow().values()[0]);
        TrainHistory api = Training.run(NetworkLink.read("loss=mse&steps=300&run=sgd(lr=3)")).getFirst();
        assertEquals(api.size() - 1, k);
        assertThat(view.session().latestTerms(0).get("theta_after").orElseThrow().values()).containsExactly(api.theta(k));
    }
}
