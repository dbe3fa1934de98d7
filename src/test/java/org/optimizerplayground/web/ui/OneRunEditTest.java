package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.optimizerplayground.web.ui.UserInput._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.run.TrajectoryBits;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 11, item 5: an α change of one run restarts that run alone. The other runs keep their k
 * and their numbers, and the answer to the change carries nothing of theirs: no chart is emptied
 * or reconfigured, no point of theirs is sent again, the update rule of the run in focus is not
 * sent again.
 */
@SpringBootTest
class OneRunEditTest extends BrowserlessTab {

    private static PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(PlaygroundView.class);
    }

    /** The JavaScript calls of the answer being made now, as "expression | arguments". */
    private static List<PendingJavaScriptInvocation> sent() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    private static List<FrameMessageReader> frames(List<PendingJavaScriptInvocation> calls) {
        return calls.stream().filter(i -> i.getInvocation().getExpression().contains("drawFrame"))
                .map(i -> i.getInvocation().getParameters())
                .map(p -> FrameMessageReader.read((String) p.get(p.size() - 1))).toList();
    }

    private static List<String> calls(List<PendingJavaScriptInvocation> calls) {
        return calls.stream().map(i -> i.getInvocation().getExpression() + " "
                + i.getInvocation().getParameters().stream().skip(1).map(String::valueOf).toList()).toList();
    }

    private static List<long[]> bits(List<Trajectory> runs) {
        return TrajectoryBits.of(runs);
    }

    @Test
    void anAlphaChangeOfRunTwoSendsRunTwoAlone() {
        PlaygroundView view = open("steps=300&play=false");
        for (int i = 0; i < 40; i++) {
            _click(_get(Button.class, spec -> spec.withId("step")));
        }
        List<Trajectory> before = view.session().trajectories();
        sent();

        _setValue(_get(NumberField.class, spec -> spec.withId("param-2-lr")), 0.0123);
        List<PendingJavaScriptInvocation> answer = sent();

        Experiment e = view.session().experiment();
        assertThat(e.runs().get(1).optimizer().lr()).isEqualTo(0.0123);
        List<Trajectory> after = view.session().trajectories();
        assertThat(before.get(0).size()).isEqualTo(41);
        assertThat(after.get(0).size()).as("run 1 keeps its k").isEqualTo(before.get(0).size());
        assertThat(after.get(2).size()).as("run 3 keeps its k").isEqualTo(before.get(2).size());
        assertThat(bits(List.of(after.get(0), after.get(2)))).containsExactlyElementsOf(bits(List.of(before.get(0), before.get(2))));
        assertThat(after.get(1).size()).as("run 2 starts over").isEqualTo(1);
        assertThat(bits(List.of(after.get(1)))).containsExactlyElementsOf(bits(List.of(Simulation.run(e).get(1).upTo(1))));

        List<FrameMessageReader.Part> parts = frames(answer).stream().flatMap(f -> f.parts().stream()).toList();
        assertThat(parts).as("points sent").isNotEmpty();
        for (FrameMessageReader.Part p : parts) {
            int run = p.chart().equals("theta-chart") ? p.index() / 2 : p.index();
            assertThat(run).as("a part of %s", p.chart()).isEqualTo(1);
        }
        List<String> calls = calls(answer);
        assertThat(calls).as("nothing is emptied or reconfigured but run 2")
                .noneMatch(c -> c.contains("setRuns") || c.contains("clearPoints") || c.contains("configure")
                        || c.contains("clearData"))
                .anyMatch(c -> c.contains("clearRuns") && c.contains("[1]"))
                .anyMatch(c -> c.contains("clearSeries") && c.contains("[2, 3]"));
        assertThat(calls.stream().filter(c -> c.contains(".show(")).toList()).as("the rule of run 1 is not sent again").isEmpty();
    }

    /** What the page reports when the EWMA explainer scrolls into or out of view. */
    private static void ewmaInView(boolean inView) {
        var element = _get(EwmaPanel.class).getElement();
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(element, EwmaPanel.IN_VIEW,
                        com.vaadin.flow.internal.JacksonUtils.createObjectNode().put("event.detail", inView)));
    }

    @Test
    void theExplainerOutOfViewIsNotSentAndComesUpToDateWhenBack() {
        PlaygroundView view = open("steps=300&play=false");
        for (int i = 0; i < 10; i++) {
            _click(_get(Button.class, spec -> spec.withId("step")));
        }
        ewmaInView(false);
        sent();

        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), 0.0123);
        List<PendingJavaScriptInvocation> answer = sent();
        _click(_get(Button.class, spec -> spec.withId("step")));
        answer = new ArrayList<>(answer);
        answer.addAll(sent());

        List<String> ewmaCharts = List.of("ewma-chart", "ewma-s-chart", "rate-chart");
        assertThat(frames(answer).stream().flatMap(f -> f.parts().stream()).map(FrameMessageReader.Part::chart))
                .as("run 1 changed and stepped: its map and curves are sent").contains("contour-chart")
                .as("but not the explainer out of view").doesNotContainAnyElementsOf(ewmaCharts);

        ewmaInView(true);
        List<PendingJavaScriptInvocation> back = sent();
        assertThat(view.session().trajectories().get(0).size()).isEqualTo(2);
        for (String id : ewmaCharts) {
            assertThat(back.stream().filter(i -> i.getInvocation().getParameters().get(0) instanceof com.vaadin.flow.dom.Element e
                    && e.getAttribute("id") != null && e.getAttribute("id").equals(id))
                    .map(i -> i.getInvocation().getExpression()).toList())
                    .as("%s back in view: configured for run 1 after its edit and filled", id)
                    .anyMatch(x -> x.contains("configure")).anyMatch(x -> x.contains("append"));
        }
    }

    @Test
    void anEditOfOneRunInAPlayingTabLeavesTheOthersWhereTheyAre() {
        PlaygroundView view = open("surface=rosenbrock&steps=2000&noise=0.2&seed=9&speed=100&play=false"
                + "&run=adam(lr=0.05)&run=sgd(lr=0.001)");
        for (int i = 0; i < 25; i++) {
            _click(_get(Button.class, spec -> spec.withId("step")));
        }
        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), 0.02);
        for (int i = 0; i < 5; i++) {
            _click(_get(Button.class, spec -> spec.withId("step")));
        }

        List<Trajectory> shown = view.session().trajectories();
        assertThat(shown.get(0).size()).isEqualTo(6);
        assertThat(shown.get(1).size()).isEqualTo(31);
        // Bit for bit what a fresh tab of the new link shows at the same k.
        List<Trajectory> fresh = Simulation.run(view.session().experiment());
        List<Trajectory> expected = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            expected.add(fresh.get(i).upTo(shown.get(i).size()));
        }
        assertThat(bits(shown)).containsExactlyElementsOf(bits(expected));
    }
}
