package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.optimizerplayground.web.ui.UserInput._setValue;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.experiment.Decay;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.optim.ParamSpec;
import org.optimizerplayground.engine.optim.Sgd;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.engine.surface.Surfaces;
import org.optimizerplayground.engine.surface.expr.Expression;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.MapClickEvent;
import org.optimizerplayground.web.ui.chart.SweepChart;
import org.optimizerplayground.web.ui.chart.SweepClickEvent;
import org.optimizerplayground.web.ui.lessons.Lesson;
import org.optimizerplayground.web.ui.lessons.Lessons;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A model-based test: a restless student performs long random sequences of every kind of edit
 * (each field and slider of every run, optimizer, add/remove run, surface, custom expression,
 * start point typed and clicked, updates, noise, seed, decay, a lesson, a rate from the sweep,
 * hidden controls, language) and steps, while a plain model — an {@link Experiment} and its
 * {@link PageOptions}, changed by the rules the page promises — follows along. After every
 * action: every field shows the model, the address bar's link reads back to exactly the model,
 * the session computes exactly it (the same numbers as a fresh simulation of the model, at the
 * k each run has reached), and an edit of some runs left every other run at its k with its points.
 *
 * <p>Seeded: a failure names its seed and the actions that led to it, so it can be replayed.
 */
@SpringBootTest
class RestlessStudentTest extends BrowserlessTab {
    static final int SEQUENCES = 12;
    static final int ACTIONS = 40;
    static final String FIRST_LINK = "steps=50&run=adam(lr=0.05)&play=false";

    private Experiment model;
    private PageOptions page;
    private final List<String> log = new ArrayList<>();

    @Test
    void theIssueSequenceKeepsBothEdits() {
        follow(FIRST_LINK);
        act("type α 0.01 into run 1", () -> typeParam(0, "lr", 0.01));
        act("type 77 into Updates", () -> typeSteps(77));
    }

    @Test
    void randomSequencesKeepEveryEdit() {
        long first = Long.getLong("restless.seed", 20261210L);
        for (long seed = first; seed < first + SEQUENCES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            log.clear();
            log.add("seed " + seed);
            follow(FIRST_LINK);
            for (int i = 0; i < ACTIONS; i++) {
                randomAction(random);
            }
        }
    }

    // ---- the model's rules, one per kind of action ----

    private void randomAction(SplittableRandom r) {
        int runs = model.runs().size();
        int run = r.nextInt(runs);
        switch (r.nextInt(22)) {
            case 0, 1, 2 -> {
                OptimizerKind kind = model.runs().get(run).optimizer().kind();
                List<ParamSpec> numbers = kind.params().stream().filter(p -> p.defaultValue() instanceof Double).toList();
                ParamSpec p = numbers.get(r.nextInt(numbers.size()));
                double v = valueFor(p.name(), r);
                act("type " + p.name() + "=" + v + " into run " + (run + 1), () -> typeParam(run, p.name(), v));
            }
            case 3, 4 -> {
                OptimizerKind kind = model.runs().get(run).optimizer().kind();
                List<ParamSpec> numbers = kind.params().stream().filter(p -> p.defaultValue() instanceof Double).toList();
                ParamSpec p = numbers.get(r.nextInt(numbers.size()));
                int position = r.nextInt(1001);
                act("slide " + p.name() + " of run " + (run + 1) + " to " + position,
                        () -> slideParam(run, p.name(), position));
            }
            case 5 -> {
                OptimizerKind kind = model.runs().get(run).optimizer().kind();
                Optional<ParamSpec> other = kind.params().stream()
                        .filter(p -> !(p.defaultValue() instanceof Double)).findFirst();
                if (other.isPresent()) {
                    ParamSpec p = other.get();
                    Object v = p.defaultValue() instanceof Boolean ? (Object) r.nextBoolean()
                            : EpsMode.byKey(p.choices().get(r.nextInt(p.choices().size())));
                    act("set " + p.name() + "=" + v + " of run " + (run + 1), () -> setChoice(run, p.name(), v));
                }
            }
            case 6 -> {
                List<OptimizerKind> all = Optimizers.all();
                OptimizerKind kind = all.get(r.nextInt(all.size()));
                act("pick " + kind.id() + " for run " + (run + 1), () -> pickOptimizer(run, kind));
            }
            case 7 -> act("add a run", this::addRun);
            case 8 -> act("remove run " + (run + 1), () -> removeRun(run));
            case 9 -> {
                List<String> ids = Surfaces.ids();
                String id = ids.get(r.nextInt(ids.size()));
                act("pick surface " + id, () -> pickSurface(id));
            }
            case 10 -> {
                String[] expressions = {"x^2 + 3*y^2", "sin(x)*cos(y) + 0.1*(x^2+y^2)", "w^4 - 2*w^2", "(w-1)^2",
                    "x^2 + foo(y)"};
                String f = expressions[r.nextInt(expressions.length)];
                if (model.surface() instanceof CustomSurface) {
                    act("type f = " + f, () -> typeExpression(f));
                }
            }
            case 11 -> {
                double x = Math.round(r.nextDouble(-3, 3) * 100) / 100.0;
                double y = Math.round(r.nextDouble(-3, 3) * 100) / 100.0;
                boolean second = r.nextBoolean() && model.dimension() == 2;
                act("type start " + (second ? "y" : "x") + "=" + (second ? y : x),
                        () -> typeStart(second ? 1 : 0, second ? y : x));
            }
            case 12 -> {
                double[] v = model.view();
                double x = r.nextDouble(v[0], v[1]);
                double y = model.dimension() == 2 ? r.nextDouble(v[2], v[3]) : 0;
                act("click the map at " + x + ", " + y, () -> clickMap(x, y));
            }
            case 13 -> {
                int[] choices = {1, 7, 30, 50, 77};
                int n = choices[r.nextInt(choices.length)];
                act("type " + n + " into Updates", () -> typeSteps(n));
            }
            case 14 -> {
                if (r.nextBoolean()) {
                    double sigma = new double[] {0, 0.5, 2, -1}[r.nextInt(4)];
                    act("type noise " + sigma, () -> typeNoise(sigma));
                } else {
                    String s = new String[] {"1", "7", "12345", "x"}[r.nextInt(4)];
                    act("type seed " + s, () -> typeSeed(s));
                }
            }
            case 15 -> {
                int what = r.nextInt(4);
                switch (what) {
                    case 0 -> act("toggle decay of run " + (run + 1), () -> toggleDecay(run));
                    case 1 -> {
                        double rate = new double[] {0.5, 0.9, 1.5}[r.nextInt(3)];
                        act("type decay rate " + rate + " into run " + (run + 1), () -> typeDecayRate(run, rate));
                    }
                    case 2 -> {
                        int n = new int[] {1, 10, 100}[r.nextInt(3)];
                        act("type decay steps " + n + " into run " + (run + 1), () -> typeDecaySteps(run, n));
                    }
                    default -> act("toggle staircase of run " + (run + 1), () -> toggleStaircase(run));
                }
            }
            case 16 -> {
                if (r.nextInt(3) == 0) {
                    List<Lesson> all = Lessons.all();
                    Lesson lesson = all.get(r.nextInt(all.size()));
                    act("open lesson " + lesson.id(), () -> openLesson(lesson));
                } else {
                    double lr = Math.pow(10, r.nextDouble(-5, 1));
                    act("take α=" + lr + " from the sweep for run " + (run + 1), () -> takeFromSweep(run, lr));
                }
            }
            case 17 -> {
                List<String> hideable = List.of("update-rule", "code-export", "ewma-chart", "lessons", "share",
                        "loss-chart", "run-editor", "surface-editor", "surface", "sweep-chart");
                List<String> hide = new ArrayList<>();
                for (String id : hideable) {
                    if (r.nextInt(5) == 0) {
                        hide.add(id);
                    }
                }
                act("follow the link with hide=" + hide, () -> followWith(hide, page.lang()));
            }
            case 18 -> {
                double[] v = model.view();
                double cx = v[0] + r.nextDouble() * (v[1] - v[0]);
                double f = r.nextDouble(0.2, 3);
                double[] raw = {cx - f * (cx - v[0]), cx + f * (v[1] - cx),
                    v.length > 2 ? v[2] - r.nextDouble() : -1, v.length > 2 ? v[3] + r.nextDouble() : 1};
                act("zoom the map to " + java.util.Arrays.toString(raw), () -> zoomMap(raw));
            }
            case 19 -> act("reset the map's zoom", this::resetZoom);
            case 21 -> {
                int n = 1 + r.nextInt(12);
                act("step " + n + " times", () -> {
                    for (int i = 0; i < n; i++) {
                        click(_get(Button.class, spec -> spec.withId("step")));
                    }
                });
            }
            default -> {
                String lang = r.nextBoolean() ? "es" : "en";
                act("follow the link with lang=" + lang, () -> followWith(page.hide(), lang));
            }
        }
    }

    private static double valueFor(String name, SplittableRandom r) {
        double[] choices = switch (name) {
            case "lr" -> new double[] {0.001, 0.01, 0.05, 0.2, 0};
            case "eps" -> new double[] {1e-8, 1e-6, 0.01};
            case "weight_decay" -> new double[] {0, 0.1, 20};
            case "momentum_decay" -> new double[] {0.004, 0.01};
            case "initial_accumulator" -> new double[] {0, 0.1};
            default -> new double[] {0.5, 0.8, 0.95, 1.0};
        };
        return choices[r.nextInt(choices.length)];
    }

    private static double round3(double v) {
        return v == 0 || !Double.isFinite(v) ? 0 : new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    /** The model's run with one hyperparameter changed, or empty when the engine refuses it. */
    private Optional<RunSpec> withParam(int run, String name, Object value) {
        RunSpec old = model.runs().get(run);
        Map<String, Object> values = new LinkedHashMap<>(old.optimizer().parameters());
        values.put(name, value);
        try {
            return Optional.of(new RunSpec(old.optimizer().kind().create(values), old.decay()));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    private void setRun(int run, RunSpec spec) {
        List<RunSpec> runs = new ArrayList<>(model.runs());
        runs.set(run, spec);
        model = model.withRuns(runs);
    }

    private void typeParam(int run, String name, double v) {
        withParam(run, name, v).ifPresent(spec -> setRun(run, spec));
        _setValue(_get(NumberField.class, s -> s.withId("param-" + (run + 1) + "-" + name)), v);
        if (withParam(run, name, v).isEmpty()) {
            must(field("param-" + (run + 1) + "-" + name, NumberField.class).isInvalid(), "a refused value marks its field");
        }
    }

    private void slideParam(int run, String name, int position) {
        LogSlider slider = field("param-" + (run + 1) + "-" + name + "-slider", LogSlider.class);
        double v = slider.valueAt(position);
        withParam(run, name, v).ifPresent(spec -> setRun(run, spec));
        _setValue(slider, String.valueOf(position));
    }

    @SuppressWarnings("unchecked")
    private void setChoice(int run, String name, Object v) {
        withParam(run, name, v).ifPresent(spec -> setRun(run, spec));
        Component c = field("param-" + (run + 1) + "-" + name, Component.class);
        if (c instanceof Checkbox box) {
            _setValue(box, (Boolean) v);
        } else {
            _setValue((Select<EpsMode>) c, (EpsMode) v);
        }
    }

    @SuppressWarnings("unchecked")
    private void pickOptimizer(int run, OptimizerKind kind) {
        RunSpec old = model.runs().get(run);
        if (!kind.equals(old.optimizer().kind())) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("lr", old.optimizer().lr());
            setRun(run, new RunSpec(kind.create(values), old.decay()));
        }
        _setValue((Select<OptimizerKind>) field("optimizer-" + (run + 1), Select.class), kind);
    }

    private void addRun() {
        if (model.runs().size() < Experiment.MAX_RUNS) {
            List<RunSpec> runs = new ArrayList<>(model.runs());
            runs.add(RunSpec.of(new Sgd(Sgd.KIND.defaultLr())));
            model = model.withRuns(runs);
        }
        Button add = field("add-run", Button.class);
        if (add.isEnabled()) {
            click(add);
        }
    }

    private void removeRun(int run) {
        if (model.runs().size() > 1) {
            List<RunSpec> runs = new ArrayList<>(model.runs());
            runs.remove(run);
            model = model.withRuns(runs);
        }
        click(field("remove-run-" + (run + 1), Button.class));
    }

    @SuppressWarnings("unchecked")
    private void pickSurface(String id) {
        Surface s = id.equals(Surfaces.CUSTOM) ? new CustomSurface(Expression.parse(ExperimentPanel.FIRST_EXPRESSION))
                : Surfaces.byId(id).orElseThrow();
        if (!id.equals(model.surface().id())) {
            boolean defaultRace = model.runs().equals(Experiment.defaultRace(model.surface()));
            model = new Experiment(s, s.defaultStart(), model.steps(),
                    defaultRace ? Experiment.defaultRace(s) : model.runs(), model.noise(), model.seed(), s.view());
        }
        _setValue((Select<String>) field("surface", Select.class), id);
    }

    private void typeExpression(String f) {
        try {
            Surface s = new CustomSurface(Expression.parse(f));
            boolean same = s.dimension() == model.dimension();
            model = new Experiment(s, same ? model.start() : s.defaultStart(), model.steps(), model.runs(),
                    model.noise(), model.seed(), same ? model.view() : s.view());
        } catch (IllegalArgumentException refused) {
            // the field says why; the model stays
        }
        _setValue(field("expression", TextField.class), f);
    }

    private void typeStart(int coordinate, double v) {
        double[] start = model.start();
        start[coordinate] = v;
        model = model.withStart(start);
        _setValue(field(coordinate == 0 ? "start-x" : "start-y", NumberField.class), v);
    }

    private void clickMap(double x, double y) {
        model = model.withStart(model.dimension() == 1 ? new double[] {round3(x)} : new double[] {round3(x), round3(y)});
        ContourChart map = field("contour-chart", ContourChart.class);
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, x, y));
    }

    private void zoomMap(double[] raw) {
        MapWindow.of(raw, model.dimension()).ifPresent(v -> model = model.withView(v));
        ContourChart map = field("contour-chart", ContourChart.class);
        ComponentUtil.fireEvent(map, new org.optimizerplayground.web.ui.chart.MapViewEvent(map, true, raw[0], raw[1],
                raw[2], raw[3]));
    }

    private void resetZoom() {
        com.vaadin.flow.component.button.Button reset = field("map-reset-view",
                com.vaadin.flow.component.button.Button.class);
        if (reset.isEnabled()) {
            model = model.withView(model.surface().view());
            reset.click();
        }
    }

    private void typeSteps(int n) {
        model = model.withSteps(n);
        _setValue(field("steps", IntegerField.class), n);
    }

    private void typeNoise(double sigma) {
        if (sigma >= 0) {
            model = new Experiment(model.surface(), model.start(), model.steps(), model.runs(), sigma, model.seed(),
                    model.view());
        }
        _setValue(field("noise", NumberField.class), sigma);
    }

    private void typeSeed(String s) {
        try {
            long seed = Long.parseLong(s);
            model = new Experiment(model.surface(), model.start(), model.steps(), model.runs(), model.noise(), seed,
                    model.view());
        } catch (NumberFormatException refused) {
            // the field says why
        }
        _setValue(field("seed", TextField.class), s);
    }

    /** The decay fields as the student left them: what a change of one of them proposes. */
    private Decay decayFields(int run) {
        Double rate = field("decay-rate-" + (run + 1), NumberField.class).getValue();
        Integer steps = field("decay-steps-" + (run + 1), IntegerField.class).getValue();
        return new Decay(rate, steps, field("staircase-" + (run + 1), Checkbox.class).getValue());
    }

    private void toggleDecay(int run) {
        RunSpec old = model.runs().get(run);
        boolean on = old.decay() == null;
        setRun(run, new RunSpec(old.optimizer(), on ? decayFields(run) : null));
        _setValue(field("decay-" + (run + 1), Checkbox.class), on);
    }

    private void typeDecayRate(int run, double rate) {
        RunSpec old = model.runs().get(run);
        if (old.decay() == null) {
            return; // the field is hidden
        }
        if (rate > 0 && rate <= 1) {
            setRun(run, new RunSpec(old.optimizer(), new Decay(rate, old.decay().steps(), old.decay().staircase())));
        }
        _setValue(field("decay-rate-" + (run + 1), NumberField.class), rate);
    }

    private void typeDecaySteps(int run, int n) {
        RunSpec old = model.runs().get(run);
        if (old.decay() == null) {
            return;
        }
        setRun(run, new RunSpec(old.optimizer(), new Decay(old.decay().rate(), n, old.decay().staircase())));
        _setValue(field("decay-steps-" + (run + 1), IntegerField.class), n);
    }

    private void toggleStaircase(int run) {
        RunSpec old = model.runs().get(run);
        if (old.decay() == null) {
            return;
        }
        Decay d = old.decay();
        setRun(run, new RunSpec(old.optimizer(), new Decay(d.rate(), d.steps(), !d.staircase())));
        _setValue(field("staircase-" + (run + 1), Checkbox.class), !d.staircase());
    }

    @SuppressWarnings("unchecked")
    private void openLesson(Lesson lesson) {
        Link.Reading reading = Link.readForPage(QueryString.parse(lesson.query()));
        model = reading.experiment();
        page = reading.page();
        _setValue((Select<Lesson>) field("lessons", Select.class), lesson);
    }

    private void takeFromSweep(int run, double lr) {
        try {
            setRun(run, LearningRateSweep.withLr(model.runs().get(run), round3(lr)));
        } catch (IllegalArgumentException refused) {
            // said in a notification
        }
        SweepChart sweep = (SweepChart) byId("sweep-chart").orElseThrow();
        ComponentUtil.fireEvent(sweep, new SweepClickEvent(sweep, true, run, lr));
    }

    /** Follows the current link with other hidden controls or another language (as a teacher's link would). */
    private void followWith(List<String> hide, String lang) {
        follow(Link.format(model, new PageOptions(page.speed(), false, hide, lang, page.analysis())));
    }

    private void follow(String query) {
        Link.Reading reading = Link.readForPage(QueryString.parse(query));
        model = reading.experiment();
        page = reading.page();
        if (page.lang() != null) {
            // What the page does on reading lang: the session keeps the language, the page reloads in it.
            Locale locale = Locale.forLanguageTag(page.lang());
            com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().setLocale(locale);
        }
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        check("follow " + query);
    }

    // ---- acting and checking ----

    private void act(String what, Runnable action) {
        log.add(what);
        if (!reachable(what)) {
            return;
        }
        Experiment before = _get(PlaygroundView.class).session().experiment();
        List<Trajectory> shownBefore = _get(PlaygroundView.class).session().trajectories();
        try {
            action.run();
        } catch (IllegalStateException notEditable) {
            // a control the page hides or disables: the student cannot use it, and nothing changes
            if (!String.valueOf(notEditable.getMessage()).contains("not editable")) {
                throw notEditable;
            }
        }
        check(what);
        checkOtherRunsGoOn(what, before, shownBefore);
    }

    /**
     * An edit of some runs (same surface, θ₀, updates, noise and seed) leaves every other run
     * where it was: a run with the same settings at the same place keeps its k and its points.
     */
    private void checkOtherRunsGoOn(String what, Experiment before, List<Trajectory> shownBefore) {
        if (what.startsWith("step") || what.startsWith("follow") || what.startsWith("open lesson")) {
            return; // a step moves every run; a link opened starts every run over
        }
        Experiment now = _get(PlaygroundView.class).session().experiment();
        if (now.dimension() != before.dimension()
                || !now.withRuns(before.runs()).withView(before.view()).equals(before)) {
            return; // another ground: every run starts over
        }
        List<Trajectory> shown = _get(PlaygroundView.class).session().trajectories();
        for (int i = 0; i < Math.min(before.runs().size(), now.runs().size()); i++) {
            if (!before.runs().get(i).equals(now.runs().get(i))) {
                continue;
            }
            Trajectory was = shownBefore.get(i);
            Trajectory is = shown.get(i);
            must(was.size() == is.size(), "run " + (i + 1) + " was not edited but went from k = " + (was.size() - 1)
                    + " to k = " + (is.size() - 1));
            for (int k = 0; k < is.size(); k++) {
                must(Double.doubleToRawLongBits(was.loss(k)) == Double.doubleToRawLongBits(is.loss(k))
                        && Double.doubleToRawLongBits(was.theta(k, 0)) == Double.doubleToRawLongBits(is.theta(k, 0)),
                        "run " + (i + 1) + " was not edited but its point " + k + " changed");
            }
        }
    }

    /** Controls inside a hidden editor cannot be used: skip actions on them. */
    private boolean reachable(String what) {
        if (what.contains("run ") && !what.contains("remove") || what.startsWith("add") || what.startsWith("remove")
                || what.startsWith("pick ") && !what.startsWith("pick surface")) {
            return shown(byId("run-editor").orElseThrow());
        }
        if (what.startsWith("pick surface")) {
            return shown(byId("surface").orElseThrow());
        }
        if (what.startsWith("type ") && (what.contains("Updates") || what.contains("start") || what.contains("noise")
                || what.contains("seed") || what.contains("f ="))) {
            return shown(byId("surface-editor").orElseThrow());
        }
        if (what.startsWith("open lesson")) {
            return shown(byId("lessons").orElseThrow());
        }
        if (what.startsWith("click the map")) {
            return shown(byId("contour-chart").orElseThrow());
        }
        return true;
    }

    private static boolean shown(Component c) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void check(String after) {
        PlaygroundView view = _get(PlaygroundView.class);
        // The address bar reads back to exactly the model.
        Link.Reading reading = Link.readForPage(QueryString.parse(view.link()));
        must(model.equals(reading.experiment()), "the address bar's link " + view.link() + " reads back to\n  "
                + reading.experiment() + "\nbut the page's state should be\n  " + model);
        must(page.hide().equals(reading.page().hide()) && Objects.equals(page.lang(), reading.page().lang()),
                "the link keeps hide and lang: " + view.link());
        // The session computes exactly it.
        must(model.equals(view.session().experiment()), "the session computes\n  " + view.session().experiment()
                + "\nbut the page's state is\n  " + model);
        List<Trajectory> expected = Simulation.run(model);
        List<Trajectory> shown = view.session().trajectories();
        must(expected.size() == shown.size(), "one trajectory per run");
        for (int i = 0; i < shown.size(); i++) {
            Trajectory t = shown.get(i);
            for (int k = 0; k < t.size(); k++) {
                must(Double.compare(t.loss(k), expected.get(i).loss(k)) == 0, "run " + (i + 1) + " point " + k
                        + " has J=" + t.loss(k) + ", the model's simulation " + expected.get(i).loss(k));
            }
        }
        checkFields();
    }

    /** Every field shows the model (a field marked invalid may keep what was typed into it). */
    @SuppressWarnings("unchecked")
    private void checkFields() {
        must(model.surface().id().equals(field("surface", Select.class).getValue()), "the surface picker shows "
                + field("surface", Select.class).getValue());
        if (model.surface() instanceof CustomSurface c) {
            TextField f = field("expression", TextField.class);
            must(f.isInvalid() || c.expression().text().equals(f.getValue()), "the expression field shows " + f.getValue());
        }
        shows("start-x", model.start()[0]);
        if (model.dimension() == 2) {
            shows("start-y", model.start()[1]);
        }
        IntegerField steps = field("steps", IntegerField.class);
        must(steps.isInvalid() || Integer.valueOf(model.steps()).equals(steps.getValue()), "Updates shows "
                + steps.getValue() + ", the state has " + model.steps());
        shows("noise", model.noise());
        TextField seed = field("seed", TextField.class);
        must(seed.isInvalid() || Long.toString(model.seed()).equals(seed.getValue()), "the seed shows " + seed.getValue());
        for (int i = 0; i < Experiment.MAX_RUNS; i++) {
            Optional<Component> editor = byId("run-editor-" + (i + 1));
            must(editor.isPresent() == i < model.runs().size(), "one editor per run: editor " + (i + 1));
            if (editor.isEmpty()) {
                continue;
            }
            RunSpec run = model.runs().get(i);
            String n = String.valueOf(i + 1);
            must(run.optimizer().kind().equals(field("optimizer-" + n, Select.class).getValue()),
                    "run " + n + "'s optimizer shows " + field("optimizer-" + n, Select.class).getValue());
            for (Map.Entry<String, Object> p : run.optimizer().parameters().entrySet()) {
                Component c = field("param-" + n + "-" + p.getKey(), Component.class);
                if (c instanceof NumberField number) {
                    shows(number.getId().orElseThrow(), (Double) p.getValue());
                    LogSlider slider = field("param-" + n + "-" + p.getKey() + "-slider", LogSlider.class);
                    must(slider.getValue().equals(position(slider, (Double) p.getValue())),
                            "the slider of " + p.getKey() + " of run " + n + " sits at " + slider.getValue());
                } else if (c instanceof Checkbox box) {
                    must(p.getValue().equals(box.getValue()), p.getKey() + " of run " + n + " shows " + box.getValue());
                } else {
                    must(p.getValue().equals(((Select<Object>) c).getValue()), p.getKey() + " of run " + n + " shows "
                            + ((Select<Object>) c).getValue());
                }
            }
            Decay d = run.decay();
            must((d != null) == field("decay-" + n, Checkbox.class).getValue(), "run " + n + "'s decay box");
            if (d != null) {
                shows("decay-rate-" + n, d.rate());
                IntegerField ds = field("decay-steps-" + n, IntegerField.class);
                must(ds.isInvalid() || Long.valueOf(d.steps()).equals(ds.getValue().longValue()), "decay steps of run " + n);
                must(d.staircase() == field("staircase-" + n, Checkbox.class).getValue(), "staircase of run " + n);
            }
        }
    }

    /** Where a slider should sit for {@code value}: the same rule it moves by, read back. */
    private static String position(LogSlider slider, double value) {
        String before = slider.getValue();
        slider.show(value);
        String at = slider.getValue();
        slider.setValue(before);
        return at;
    }

    private void shows(String id, double value) {
        NumberField f = field(id, NumberField.class);
        must(f.isInvalid() || Double.valueOf(value).equals(f.getValue()), id + " shows " + f.getValue()
                + ", the state has " + value);
    }

    private void must(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message + "\nafter these actions:\n  " + String.join("\n  ", log));
        }
    }

    private static <T extends Component> T field(String id, Class<T> type) {
        return type.cast(byId(id).orElseThrow(() -> new AssertionError("no component with id " + id)));
    }

    /** A component by id, visible or not (Karibu's finders only see visible ones). */
    private static Optional<Component> byId(String id) {
        ArrayDeque<Component> todo = new ArrayDeque<>();
        todo.add(UI.getCurrent());
        while (!todo.isEmpty()) {
            Component c = todo.poll();
            if (c.getId().filter(id::equals).isPresent()) {
                return Optional.of(c);
            }
            c.getChildren().forEach(todo::add);
        }
        return Optional.empty();
    }

    private static void click(Button b) {
        if (!b.isEnabled() || !shown(b)) {
            return;
        }
        ComponentUtil.fireEvent(b, new ClickEvent<>(b, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    @SuppressWarnings("unused")
    private static String describe(double[] v) {
        return Arrays.toString(v);
    }
}
