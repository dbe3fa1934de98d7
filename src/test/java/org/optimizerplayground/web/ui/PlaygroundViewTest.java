package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.optimizerplayground.web.ui.UserInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionRegistry;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.MapClickEvent;
import org.optimizerplayground.web.ui.chart.SweepChart;
import org.optimizerplayground.web.ui.chart.SweepClickEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a student does on the page, without a browser (Karibu-Testing): open links, step,
 * change values, click the map; and what the page owes them back (the right numbers, plain
 * messages, a session that ends with the tab).
 */
@SpringBootTest
class PlaygroundViewTest extends BrowserlessTab {
    @Autowired
    FrameScheduler scheduler;
    @Autowired
    SessionRegistry registry;

    private PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(PlaygroundView.class);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String status(int run) {
        return _get(Span.class, spec -> spec.withId("status-" + run)).getText();
    }

    /** A component by id, visible or not (Karibu's finders only see visible ones). */
    private static com.vaadin.flow.component.Component byId(String id) {
        java.util.ArrayDeque<com.vaadin.flow.component.Component> todo = new java.util.ArrayDeque<>();
        todo.add(UI.getCurrent());
        while (!todo.isEmpty()) {
            var c = todo.poll();
            if (c.getId().filter(id::equals).isPresent()) {
                return c;
            }
            c.getChildren().forEach(todo::add);
        }
        throw new AssertionError("no component with id " + id);
    }

    @Test
    void theBareUrlPlaysTheDefaultRace() {
        PlaygroundView view = _get(PlaygroundView.class);
        assertEquals(3, _find(RunEditor.class).size());
        assertEquals(Experiment.defaults(), view.session().experiment());
        assertTrue(view.session().wantsPlay(), "the bare URL plays at once");
        assertTrue(view.driver().ticking(), "a frame task is scheduled for the tab");
        assertThat(status(1)).startsWith("1 · Gradient descent α=0.001: k = ");
    }

    @Test
    void threeStepsShowTheThirdUpdateWithTheApiNumbers() {
        PlaygroundView view = open("surface=bowl&run=adam(lr=0.1)&play=false");
        assertFalse(view.driver().ticking());
        for (int i = 0; i < 3; i++) {
            _click(button("step"));
        }
        Trajectory shown = view.session().trajectories().get(0);
        Trajectory api = Simulation.run(Link.read("surface=bowl&run=adam(lr=0.1)&steps=3")).get(0);
        assertEquals(4, shown.size());
        assertEquals(api.theta(3, 0), shown.theta(3, 0));
        assertEquals(api.theta(3, 1), shown.theta(3, 1));
        assertEquals("1 · Adam α=0.1: k = 3", status(1));
        // The panel shows k = 3 and the numbers of that update: θ₃ with six significant digits.
        String rule = view.ruleJson();
        assertThat(rule).contains("k = 3").contains("m'").contains("s'")
                .contains(LatexNumbers.of(api.theta(3, 0)));
    }

    @Test
    void changingTheLearningRateRestartsTheRunWithIt() {
        PlaygroundView view = open("surface=parabola&run=sgd&play=false");
        long before = view.session().generation();
        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), 0.2);
        assertEquals(0.2, view.session().experiment().runs().get(0).optimizer().lr());
        assertTrue(view.session().generation() > before, "the trajectory restarts from θ₀");
        assertEquals("surface=parabola&run=sgd(lr=0.2)&play=false",
                Link.format(view.session().experiment(), new PageOptions(PageOptions.DEFAULT_SPEED, false, List.of(), null, null)));
    }

    @Test
    void aValueOutOfRangeIsRefusedOnItsField() {
        PlaygroundView view = open("surface=parabola&run=adam&play=false");
        NumberField beta1 = _get(NumberField.class, spec -> spec.withId("param-1-beta1"));
        _setValue(beta1, 1.0);
        assertTrue(beta1.isInvalid());
        assertEquals("beta1 must be in [0, 1), got 1", beta1.getErrorMessage());
        assertEquals(0.9, view.session().experiment().runs().get(0).optimizer().parameters().get("beta1"));
    }

    @Test
    void aBadLinkOpensTheDefaultsAndSaysWhatWasWrong() {
        PlaygroundView view = open("steps=abc");
        assertEquals(Experiment.defaults(), view.session().experiment());
        assertThat(_get(Span.class, spec -> spec.withClasses("notice")).getText())
                .contains("steps must be a number, got 'abc'");
    }

    @Test
    void aDoubleEncodedPlusIsRefusedAsTheApiRefusesIt() {
        // %252B decodes once to the text %2B, which is not part of an expression: the API says
        // so, and the page, reading the link with the same one decoding, says the same.
        String link = "surface=custom&f=x%252By";
        String api = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Link.read(link), org.optimizerplayground.engine.experiment.LinkException.class).getMessage();
        PlaygroundView view = open(LinkRepairFilter.repair(link) + "&play=false");
        assertEquals(Experiment.defaults(), view.session().experiment());
        assertThat(_get(Span.class, spec -> spec.withClasses("notice")).getText()).contains("(" + api + ")");
    }

    @Test
    void anUnknownKeyIsANoticeNotAnError() {
        PlaygroundView view = open("surface=bowl&utm_source=newsletter");
        assertEquals("bowl", view.session().experiment().surface().id());
        assertThat(_get(Span.class, spec -> spec.withClasses("notice")).getText()).contains("utm_source");
    }

    @Test
    void aTeacherCanHideControls() {
        open("hide=update-rule,run-editor,share");
        assertFalse(byId("share").isVisible());
        assertFalse(byId("share-students").isVisible(), "a students' link has no teacher button");
        assertFalse(byId("run-editor").isVisible());
        assertFalse(byId("update-rule").getParent().orElseThrow().isVisible());
        assertTrue(byId("contour-chart").isVisible());
    }

    @Test
    void stepPlayPauseAndReset() {
        PlaygroundView view = open("surface=bowl&run=sgd&play=false");
        _click(button("play"));
        assertTrue(view.session().wantsPlay() && view.driver().ticking());
        view.session().tick(System.nanoTime());
        _click(button("pause"));
        assertFalse(view.driver().ticking());
        int k = view.session().trajectories().get(0).size();
        _click(button("reset"));
        assertEquals(1, view.session().trajectories().get(0).size());
        assertTrue(k >= 1);
    }

    @Test
    void atFullSpeedTheWholeTrajectoryIsThereAtOnce() {
        PlaygroundView view = open("surface=bowl&steps=500&speed=max");
        view.session().trajectories().forEach(t -> assertEquals(501, t.size()));
        assertFalse(view.driver().ticking(), "nothing left to tick");
        // A tweak redraws the whole trajectory at once, too.
        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), 0.02);
        assertEquals(501, view.session().trajectories().get(0).size());
    }

    @Test
    void clickingTheMapMovesTheStartPoint() {
        PlaygroundView view = open("surface=bowl&play=false");
        ContourChart map = _get(ContourChart.class);
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, 1.23456, -0.5));
        assertThat(view.session().experiment().start()).containsExactly(1.23, -0.5);
    }

    @Test
    void runsCanBeAddedUpToEightAndRemoved() {
        PlaygroundView view = open("surface=bowl&play=false");
        for (int i = 0; i < 5; i++) {
            _click(button("add-run"));
        }
        assertEquals(8, view.session().experiment().runs().size());
        assertFalse(button("add-run").isEnabled());
        _click(button("remove-run-2"));
        assertEquals(7, view.session().experiment().runs().size());
        assertEquals("sgd", view.session().experiment().runs().get(0).optimizerId());
        assertEquals("adam", view.session().experiment().runs().get(1).optimizerId());
    }

    @Test
    void choosingAnotherSurfaceBringsItsDefaultRace() {
        PlaygroundView view = open("play=false");
        @SuppressWarnings("unchecked")
        Select<String> surface = _get(Select.class, spec -> spec.withId("surface"));
        _setValue(surface, "double-well");
        Experiment e = view.session().experiment();
        assertEquals("double-well", e.surface().id());
        assertEquals(Experiment.defaults(e.surface()).runs(), e.runs());
        assertThat(e.start()).containsExactly(2.0);
    }

    @Test
    void aTypedExpressionIsCheckedAsYouType() {
        PlaygroundView view = open("surface=custom&f=x^2%2By^2&play=false");
        TextField f = _get(TextField.class, spec -> spec.withId("expression"));
        _setValue(f, "x^2 + foo(y)");
        assertTrue(f.isInvalid());
        assertThat(f.getErrorMessage()).contains("unknown function 'foo'");
        _setValue(f, "w^4 - 2*w^2");
        assertFalse(f.isInvalid());
        assertEquals(1, view.session().experiment().dimension());
    }

    @Test
    void aLinkOpensTheSweepAndAClickOnItSetsTheRate() throws Exception {
        PlaygroundView view = open("surface=parabola&run=sgd&run=adam&analysis=sweep&play=false");
        assertTrue(byId("sweep-chart").isVisible());
        assertFalse(byId("basin-chart").isVisible());
        SweepChart sweep = (SweepChart) byId("sweep-chart");
        ComponentUtil.fireEvent(sweep, new SweepClickEvent(sweep, true, 1, 0.0123456));
        assertEquals(0.0123, view.session().experiment().runs().get(1).optimizer().lr());
        assertEquals(0.0123, _get(NumberField.class, spec -> spec.withId("param-2-lr")).getValue());
    }

    @Test
    void theOpenAnalysisDownloadsAsACsvFileAndAPng() {
        open("surface=parabola&run=sgd&analysis=sweep&play=false");
        var csv = (com.vaadin.flow.component.html.Anchor) byId("analysis-download-csv");
        assertTrue(csv.getParent().orElseThrow().isVisible());
        assertEquals("api/sweep?surface=parabola&run=sgd&format=csv&download=true", csv.getHref());
        assertEquals("optimizer-playground-parabola-sweep.csv", csv.getElement().getAttribute("download"));
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _click((com.vaadin.flow.component.button.Button) byId("analysis-download-png"));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression() + i.getInvocation().getParameters()).toList())
                .anyMatch(call -> call.contains("exportPng") && call.contains("optimizer-playground-parabola-sweep.png"));

        open("surface=double-well&steps=300&analysis=basins&play=false");
        csv = (com.vaadin.flow.component.html.Anchor) byId("analysis-download-csv");
        assertEquals("api/basins?surface=double-well&steps=300&grid=100&format=csv&download=true", csv.getHref());
        open("surface=parabola&play=false");
        assertFalse(byId("analysis-download-csv").getParent().orElseThrow().isVisible(), "nothing open, nothing to save");
    }

    @Test
    void theBasinMapIsComputedOffThePageAndDrawnWhenReady() throws Exception {
        open("surface=double-well&steps=300&analysis=basins&play=false");
        assertTrue(byId("basin-chart").isVisible());
        // The map computes on the analysis pool; its result comes back through ui.access.
        Span message = (Span) byId("analysis-message");
        for (int i = 0; i < 200 && !message.getText().isEmpty(); i++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertEquals("", message.getText(), "the map was drawn");
        assertFalse(byId("analysis-progress").getParent().orElseThrow().isVisible());
    }

    @Test
    void aBasinMapUnderWayShowsItsProgressAndCanBeCancelled() throws Exception {
        // 100 × 100 starts of 2 000 updates each: long enough to be under way when cancelled.
        open("surface=rastrigin&steps=2000&analysis=basins&play=false");
        Span message = (Span) byId("analysis-message");
        assertEquals("Computing…", message.getText());
        assertTrue(byId("analysis-progress").getParent().orElseThrow().isVisible());

        _click((com.vaadin.flow.component.button.Button) byId("analysis-cancel"));
        for (int i = 0; i < 200 && message.getText().equals("Computing…"); i++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertEquals("Cancelled.", message.getText());
        assertFalse(byId("analysis-progress").getParent().orElseThrow().isVisible());
    }

    @Test
    void tooMuchWorkForAnAnalysisIsSaidInPlainWords() {
        open("steps=5000&analysis=basins&play=false");
        assertThat(((Span) byId("analysis-message")).getText())
                .contains("a basin map runs at most 2000 updates per start, got steps=5000");
    }

    @Test
    void aLessonFromTheMenuOpensItsLinkAndItsText() {
        PlaygroundView view = open("play=false");
        org.optimizerplayground.web.ui.lessons.Lesson lesson =
                org.optimizerplayground.web.ui.lessons.Lessons.byId("momentum-local-minimum").orElseThrow();
        @SuppressWarnings("unchecked")
        Select<org.optimizerplayground.web.ui.lessons.Lesson> menu = _get(Select.class, spec -> spec.withId("lessons"));
        _setValue(menu, lesson);
        PlaygroundView now = _get(PlaygroundView.class);
        assertEquals(Link.read(lesson.query()), now.session().experiment());
        assertTrue(now.session().wantsPlay(), "a lesson plays on opening");
        assertThat(((com.vaadin.flow.component.html.Paragraph) byId("lesson-text")).getText()).contains("momentum");
    }

    @Test
    void theCodeExportFollowsTheRuns() {
        open("surface=bowl&run=adam(lr=0.05,eps_mode=outside)&play=false");
        String code = byId("code-export").getElement().getTextRecursively();
        assertThat(code).contains("keras.optimizers.Adam").contains("learning_rate=0.05").contains("epsilon=1e-07");
        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), 0.2);
        assertThat(byId("code-export").getElement().getTextRecursively()).contains("learning_rate=0.2");
    }

    @Test
    void theDownloadsAreTheApiLinkOfWhatIsShown() {
        open("surface=bowl&run=adam(lr=0.1)&play=false");
        var csv = (com.vaadin.flow.component.html.Anchor) byId("download-csv");
        var json = (com.vaadin.flow.component.html.Anchor) byId("download-json");
        assertEquals("api/trajectory?surface=bowl&run=adam(lr=0.1)&download=true&format=csv", csv.getHref());
        assertEquals("api/trajectory?surface=bowl&run=adam(lr=0.1)&download=true", json.getHref());
        assertEquals("optimizer-playground-bowl.csv", csv.getElement().getAttribute("download"));
        assertEquals("optimizer-playground-bowl.json", json.getElement().getAttribute("download"));
        _setValue(_get(NumberField.class, spec -> spec.withId("param-1-lr")), 0.2);
        assertEquals("api/trajectory?surface=bowl&run=adam(lr=0.2)&download=true", json.getHref());
    }

    @Test
    void theEwmaExplainerUsesTheRunsBetas() {
        open("surface=bowl&run=adam(lr=0.1,beta1=0.8)&play=false");
        _click(button("step"));
        String caption = ((com.vaadin.flow.component.html.Paragraph) _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("ewma-caption"))).getText();
        assertThat(caption).contains("β₁ = 0.8").contains("β₂ = 0.999").contains("m' and s'");
        assertTrue(byId("rate-chart").isVisible(), "the adaptive-rate chart sits beside the averages");
    }

    @Test
    void aTeacherSharesALinkWithControlsHiddenAndAnEmbedCode() {
        open("surface=bowl&run=adam(lr=0.1)&play=false");
        PlaygroundView view = _get(PlaygroundView.class);
        view.teacherShare().openFor("http://class.example/");
        _click(_get(Button.class, spec -> spec.withId("teacher-embed")));
        String link = _get(TextField.class, spec -> spec.withId("teacher-link")).getValue();
        assertEquals("http://class.example/?surface=bowl&run=adam(lr=0.1)&play=false"
                + "&hide=lessons,surface-editor,run-editor,share,update-rule,ewma-chart,code-export,sweep-chart", link);
        // The link reads back to the same experiment, with exactly those controls hidden.
        var reading = Link.readForPage(org.optimizerplayground.engine.experiment.QueryString.parse(
                link.substring(link.indexOf('?') + 1)));
        assertEquals(view.session().experiment(), reading.experiment());
        assertEquals(TeacherShareDialog.EMBED, reading.page().hide());
        // Opened, the embed link leaves the charts and the play controls, and no empty column.
        open(link.substring(link.indexOf('?') + 1));
        assertFalse(byId("surface-editor").getParent().orElseThrow().isVisible());
        assertTrue(byId("contour-chart").isVisible() && byId("play").isVisible());
        String iframe = _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId("teacher-iframe")).getValue();
        assertThat(iframe).startsWith("<iframe src=\"http://class.example/?surface=bowl&amp;run=adam(lr=0.1)&amp;");
    }

    @Test
    void closingTheTabEndsItsSession() {
        PlaygroundView view = open("surface=bowl");
        assertTrue(view.driver().ticking());
        int sessions = registry.size();
        MockVaadin.tearDown();
        assertEquals(sessions - 1, registry.size());
        assertFalse(view.driver().ticking());
        MockVaadin.setup(UI::new, new MockSpringServlet(
                new Routes().autoDiscoverViews("org.optimizerplayground.web.ui"), context, UI::new));
    }
}
