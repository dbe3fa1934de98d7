package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.optimizerplayground.web.ui.UserInput._setValue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.web.export.KerasScript;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 11: an α edit costs only what the student can see. The code panel out of view and the
 * analysis closed send nothing on an edit; shown again, they show the current experiment, exactly
 * what they would have shown had they followed every edit.
 */
@SpringBootTest
class LazyPanelsTest extends BrowserlessTab {

    private static PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(PlaygroundView.class);
    }

    /** A component by id, visible or not. */
    private static Component byId(String id) {
        ArrayDeque<Component> todo = new ArrayDeque<>(List.of(UI.getCurrent()));
        while (!todo.isEmpty()) {
            Component c = todo.poll();
            if (c.getId().filter(id::equals).isPresent()) {
                return c;
            }
            c.getChildren().forEach(todo::add);
        }
        throw new AssertionError("no component with id " + id);
    }

    /** What the page reports when the element scrolls into or out of view. */
    private static void inView(String id, boolean inView) {
        Element element = byId(id).getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, InView.EVENT,
                JacksonUtils.createObjectNode().put("event.detail", inView)));
    }

    /** The nodes the answer being made now changes, or calls JavaScript on; the answer is then made. */
    private static Set<StateNode> answer() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        Set<StateNode> touched = new HashSet<>();
        internals.getStateTree().collectChanges(change -> touched.add(change.getNode()));
        internals.dumpPendingJavaScriptInvocations().forEach(i -> touched.add(i.getOwner()));
        return touched;
    }

    /** The element's node and all its descendants' (text nodes too). */
    private static Set<StateNode> subtree(String id) {
        Set<StateNode> nodes = new HashSet<>();
        ArrayDeque<Element> todo = new ArrayDeque<>(List.of(byId(id).getElement()));
        while (!todo.isEmpty()) {
            Element e = todo.poll();
            nodes.add(e.getNode());
            e.getChildren().forEach(todo::add);
        }
        return nodes;
    }

    /** The elements of {@code nodes} that are also in {@code among}, as tag#id. */
    private static List<String> touchedOf(Set<StateNode> nodes, Set<StateNode> among) {
        return nodes.stream().filter(among::contains).map(n -> n.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)
                ? Element.get(n).getTag() + "#" + Element.get(n).getAttribute("id") : "text").toList();
    }

    private static void typeAlpha(double lr) {
        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), lr);
    }

    @Test
    void theCodePanelOutOfViewSendsNothingOnAnEditAndShowsTheCurrentScriptWhenBack() {
        PlaygroundView view = open("surface=bowl&run=adam(lr=0.05)&run=sgd(lr=0.1)&play=false");
        inView("code-export", false);
        answer();
        Set<StateNode> panelBefore = subtree("code-export");

        typeAlpha(0.2);
        typeAlpha(0.3);
        Set<StateNode> touched = answer();

        assertThat(view.session().experiment().runs().get(0).optimizer().lr()).isEqualTo(0.3);
        assertThat(touched).as("the map and the curves follow the edit").isNotEmpty();
        assertThat(touchedOf(touched, panelBefore)).as("but nothing of the code panel out of view").isEmpty();

        inView("code-export", true);
        Experiment now = view.session().experiment();
        String shown = byId("code-export").getElement().getTextRecursively();
        assertThat(shown).contains(KerasScript.of(now, 0).code()).contains(KerasScript.of(now, 1).code())
                .contains("learning_rate=0.3").doesNotContain("learning_rate=0.05");
        assertThat(answer()).as("back in view, the new script is sent").containsAnyElementsOf(subtree("code-export"));
    }

    @Test
    void theClosedAnalysisSendsNothingOnAnEditAndOpensOnTheCurrentExperiment() {
        PlaygroundView view = open("surface=parabola&run=sgd(lr=0.1)&play=false");
        answer();
        Set<StateNode> panelBefore = subtree("analysis");

        typeAlpha(0.2);
        typeAlpha(0.25);
        assertThat(touchedOf(answer(), panelBefore)).as("nothing of the closed analysis").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("open-sweep")));
        String href = ((Anchor) byId("analysis-download-csv")).getHref();
        assertThat(href).as("the sweep of the experiment shown")
                .startsWith("api/sweep?" + Link.format(view.session().experiment()) + "&").contains("run=sgd(lr=0.25)");
    }

    @Test
    void theOpenAnalysisOutOfViewFollowsTheEditsWhenBackInView() throws InterruptedException {
        PlaygroundView view = open("surface=parabola&run=sgd(lr=0.1)&analysis=sweep&play=false");
        // The sweep computes on the analysis pool and is drawn through ui.access: let it finish.
        var message = (com.vaadin.flow.component.html.Span) byId("analysis-message");
        for (int i = 0; i < 200 && !message.getText().isEmpty(); i++) {
            Thread.sleep(50);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        inView("analysis", false);
        answer();
        Set<StateNode> panelBefore = subtree("analysis");

        typeAlpha(0.2);
        assertThat(touchedOf(answer(), panelBefore)).as("nothing of the analysis out of view").isEmpty();

        inView("analysis", true);
        assertThat(((Anchor) byId("analysis-download-csv")).getHref())
                .startsWith("api/sweep?" + Link.format(view.session().experiment()) + "&");
    }

    /** The JavaScript calls Vaadin keeps for later: those of hidden elements wait until they are shown. */
    private static List<PendingJavaScriptInvocation> parked() {
        try {
            var field = com.vaadin.flow.component.internal.UIInternals.class.getDeclaredField("pendingJsInvocations");
            field.setAccessible(true); // Flow keeps the list to itself (getPendingJavaScriptInvocations is package-private)
            @SuppressWarnings("unchecked")
            var calls = (java.util.Collection<PendingJavaScriptInvocation>) field.get(UI.getCurrent().getInternals());
            return List.copyOf(calls);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Flow's pending calls are no longer where they were", e);
        }
    }

    private static List<String> described(List<PendingJavaScriptInvocation> calls) {
        return calls.stream().map(c -> c.getOwner().hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)
                ? Element.get(c.getOwner()).getTag() + "#" + Element.get(c.getOwner()).getAttribute("id") + " "
                        + c.getInvocation().getExpression() : c.getInvocation().getExpression()).toList();
    }

    @Test
    void editsParkNoCallsOnHiddenElements() {
        open("surface=bowl&run=adam(lr=0.05)&play=false");
        answer();
        List<PendingJavaScriptInvocation> parked = parked();
        System.out.println("parked after opening: " + parked.size() + " " + described(parked));
        for (double lr : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
            typeAlpha(lr);
            answer();
        }
        System.out.println("parked after 5 edits: " + parked().size() + " " + described(parked()));
        assertThat(parked()).as("calls waiting for a hidden element to be shown").hasSameSizeAs(parked);
    }

    @Test
    void aRulePanelHiddenByTheLinkReplaysNoTermsAndIsDrawnAfreshWhenALinkShowsItAgain() {
        String link = "surface=beale&steps=3000&run=adam(lr=0.01)&play=false";
        PlaygroundView view = open(link + "&hide=update-rule");
        for (int i = 0; i < 5; i++) {
            view.live().command(LiveSession.Command.STEP); // each an exact frame, which the rule would draw
        }
        assertThat(view.session().trajectories().get(0).size() - 1).isEqualTo(5);
        assertThat(view.session().termsReplayedTo(0)).as("no update's terms replayed for a hidden rule").isZero();

        view = open(link); // the same link without hide: the rule shows k = 1 of a fresh start at once
        RuleSection rule = _get(RuleSection.class);
        assertThat(rule.ruleJson()).isNotNull();
        view.live().command(LiveSession.Command.STEP);
        assertThat(rule.ruleJson()).contains("k = 1");
        assertThat(view.session().termsReplayedTo(0)).isEqualTo(1);
    }
}
