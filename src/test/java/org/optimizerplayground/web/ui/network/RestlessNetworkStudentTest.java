package org.optimizerplayground.web.ui.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.Mlp;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.network.TrainStepper;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.web.ui.BrowserlessTab;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A model-based test of the network page: a restless student makes long seeded random sequences
 * of every kind of edit (each field of the data, the network and the training, valid or not; a
 * run's optimizer and α; add and remove a run; the rule panel's weight; the run in focus; step;
 * reset; a lesson from the menu), while a plain model follows along: the link's keys as the
 * student set them (an edit of key K to v is the link with K = v; a value the link refuses
 * changes nothing and marks the field), the weight and the focus. After every action: every field
 * shows the model (a refused field shows what was typed, marked invalid); the address bar's link
 * reads back to the model (setting, weight, speed); the weight is one of the network's; the rule
 * panel shows the run in focus and the model's weight; the session computes the model (each run's
 * batch loss and training loss at its k are those of a fresh run of the model to that k).
 *
 * <p>Seeded: a failure names its seed and the actions that led to it.
 */
@SpringBootTest
class RestlessNetworkStudentTest extends BrowserlessTab {
    static final int SEQUENCES = 8;
    static final int ACTIONS = 30;
    static final String FIRST_LINK = "n=120&steps=30&play=false";

    private NetworkView view;
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<String> runs = new ArrayList<>();
    private TrainSpec model;
    private WeightPick weight = WeightPick.AUTO;
    private int focus;
    private String speed;
    private final List<String> log = new ArrayList<>();

    @Test
    void aRefusedRateThenAnotherOptimizer() {
        open(FIRST_LINK);
        typeLr(0, -1.0);
        pickOptimizer(0, "adam");
    }

    @Test
    void randomSequencesKeepTheModel() {
        long first = Long.getLong("restless.seed", 20261205L);
        for (long seed = first; seed < first + SEQUENCES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            log.clear();
            log.add("seed " + seed);
            open(FIRST_LINK);
            for (int i = 0; i < ACTIONS; i++) {
                randomAction(random);
            }
            if (Boolean.getBoolean("restless.log")) {
                System.out.println(String.join(" → ", log));
            }
        }
    }

    // ---- the actions and the model's rule for each ----

    private void randomAction(SplittableRandom r) {
        int run = r.nextInt(model.runs().size());
        switch (r.nextInt(24)) {
            case 0 -> pick("net-data", "data", oneOf(r, "circle", "xor", "gauss", "spiral"));
            case 1 -> typeInt("net-n", "n", oneOf(r, 2, 40, 120, 1, 2001));
            case 2 -> typeNumber("net-noise", "noise", oneOf(r, 0.0, 0.2, 0.5, 0.6));
            case 3 -> typeNumber("net-test", "test", oneOf(r, 0.0, 0.3, 0.9, 0.95));
            case 4 -> typeText("net-seed", "seed", oneOf(r, "1", "7", "x"));
            case 5 -> toggleFeature(oneOf(r, Feature.values()).id());
            case 6, 20 -> typeText("net-layers", "layers", oneOf(r, "4,2", "none", "3", "8,8", "2,2,2", "4,99",
                    "1,1,1,1,1,1,1"));
            case 7 -> pick("net-activation", "activation", oneOf(r, "tanh", "relu", "sigmoid", "linear"));
            case 8 -> pick("net-loss", "loss", oneOf(r, "bce", "mse"));
            case 9 -> typeNumber("net-l2", "l2", oneOf(r, 0.0, 0.01, 11.0));
            case 10 -> typeInt("net-batch", "batch", oneOf(r, 1, 5, 10, 2000, 2001));
            case 11 -> typeInt("net-steps", "steps", oneOf(r, 1, 7, 30, 0));
            case 12 -> pickOptimizer(run, oneOf(r, Optimizers.ids().toArray(String[]::new)));
            case 13 -> typeLr(run, oneOf(r, 0.01, 0.1, 3.0, -1.0));
            case 14 -> addRun();
            case 15 -> removeRun(run);
            case 16, 21, 22 -> pickWeight(r);
            case 17 -> act("step", () -> _click(_get(Button.class, s -> s.withId("net-step"))), () -> { });
            case 18 -> act("reset", () -> _click(_get(Button.class, s -> s.withId("net-reset"))), () -> { });
            case 19 -> {
                int f = r.nextInt(model.runs().size());
                act("focus run " + (f + 1), () -> integerSelect("net-focus").setValue(f), () -> focus = f);
            }
            default -> {
                if (r.nextInt(3) == 0) {
                    NetworkLesson lesson = oneOf(r, NetworkLessons.all().toArray(NetworkLesson[]::new));
                    if (lesson.equals(lessonSelect().getValue())) {
                        return; // the menu shows it already: choosing it again is no change
                    }
                    act("open lesson " + lesson.id(), () -> lessonSelect().setValue(lesson), () -> {
                        read(lesson.query());
                        weight = WeightPick.AUTO;
                        focus = 0;
                    });
                } else {
                    act("step", () -> _click(_get(Button.class, s -> s.withId("net-step"))), () -> { });
                }
            }
        }
    }

    private void pick(String id, String key, String value) {
        act("pick " + key + " " + value, () -> stringSelect(id).setValue(value), () -> edit(key, value));
    }

    private void typeInt(String id, String key, int value) {
        act("type " + key + " " + value, () -> _get(IntegerField.class, s -> s.withId(id)).setValue(value),
                () -> edit(key, Integer.toString(value)));
    }

    private void typeNumber(String id, String key, double value) {
        act("type " + key + " " + value, () -> _get(NumberField.class, s -> s.withId(id)).setValue(value),
                () -> edit(key, Double.toString(value)));
    }

    private void typeText(String id, String key, String value) {
        act("type " + key + " " + value, () -> _get(TextField.class, s -> s.withId(id)).setValue(value),
                () -> edit(key, value));
    }

    @SuppressWarnings("unchecked")
    private void toggleFeature(String feature) {
        CheckboxGroup<String> group = _get(CheckboxGroup.class, s -> s.withId("net-features"));
        Set<String> next = new LinkedHashSet<>(group.getValue());
        if (!next.remove(feature)) {
            next.add(feature);
        }
        // the link lists the features in the page's order (x, y, x2, …)
        List<String> ordered = java.util.Arrays.stream(Feature.values()).map(Feature::id).filter(next::contains).toList();
        act("toggle feature " + feature, () -> group.setValue(next), () -> edit("features", String.join(",", ordered)));
    }

    private void pickOptimizer(int run, String id) {
        act("pick " + id + " for run " + (run + 1), () -> stringSelect("net-run-" + (run + 1) + "-optimizer").setValue(id),
                () -> {
                    // the optimizer's defaults but the run's α
                    double lr = model.runs().get(run).optimizer().lr();
                    List<String> next = new ArrayList<>(runs);
                    next.set(run, id + "(lr=" + lr + ")");
                    editRuns(next);
                });
    }

    private void typeLr(int run, double lr) {
        act("type α " + lr + " into run " + (run + 1),
                () -> _get(NumberField.class, s -> s.withId("net-run-" + (run + 1) + "-lr")).setValue(lr), () -> {
                    List<String> next = new ArrayList<>(runs);
                    next.set(run, RunsEditor.withLr(model.runs().get(run), lr));
                    editRuns(next);
                });
    }

    private void addRun() {
        Button add = _get(Button.class, s -> s.withId("net-add-run"));
        if (!add.isEnabled()) {
            check(model.runs().size() == 8, "'Add a run' is disabled only at 8 runs");
            return;
        }
        act("add a run", () -> _click(add), () -> {
            List<String> next = new ArrayList<>(runs);
            next.add("adam(lr=0.01)");
            editRuns(next);
        });
    }

    private void removeRun(int run) {
        Button remove = _get(Button.class, s -> s.withId("net-run-" + (run + 1) + "-remove"));
        if (!remove.isEnabled()) {
            check(model.runs().size() == 1, "a run's remove button is disabled only for the last run");
            return;
        }
        act("remove run " + (run + 1), () -> _click(remove), () -> {
            List<String> next = new ArrayList<>(runs);
            next.remove(run);
            editRuns(next);
        });
    }

    private void pickWeight(SplittableRandom r) {
        Architecture a = model.architecture();
        int what = weight.auto() ? 0 : r.nextInt(3);
        if (what == 0) {
            int l = r.nextInt(a.layerCount() + 1);
            act("pick weight layer " + l, () -> integerSelect("net-weight-layer").setValue(l), () -> weight = l == 0
                    ? WeightPick.AUTO : weight.auto() ? new WeightPick(l, 1, 1)
                    : new WeightPick(l, Math.min(weight.unit(), a.width(l)), Math.min(weight.input(), a.width(l - 1))));
        } else if (what == 1) {
            int u = 1 + r.nextInt(a.width(weight.layer()));
            act("pick weight unit " + u, () -> integerSelect("net-weight-unit").setValue(u),
                    () -> weight = new WeightPick(weight.layer(), u, weight.input()));
        } else {
            int i = r.nextInt(a.width(weight.layer() - 1) + 1);
            act("pick weight input " + i, () -> integerSelect("net-weight-input").setValue(i),
                    () -> weight = new WeightPick(weight.layer(), weight.unit(), i));
        }
    }

    // ---- the model ----

    private void open(String link) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(link));
        view = _get(NetworkView.class);
        read(link);
        weight = WeightPick.AUTO;
        focus = 0;
        log.add("open " + link);
        checkInvariants();
    }

    /** The model of a link: its keys as written, its runs, its speed. */
    private void read(String link) {
        QueryString q = QueryString.parse(link);
        keys.clear();
        runs.clear();
        for (String key : q.keys()) {
            if (NetworkLink.KEYS.contains(key) && !key.equals("run")) {
                keys.put(key, q.get(key));
            }
        }
        speed = q.has("speed") ? q.get("speed") : null;
        model = NetworkLink.read(query(keys, q.runs()));
        runs.addAll(runsOf(model)); // no run in the link: the default race, written out

    }

    /** Key {@code key} set to {@code value}: the link with it, if the link accepts it. */
    private void edit(String key, String value) {
        Map<String, String> next = new LinkedHashMap<>(keys);
        next.put(key, value);
        accept(next, runs);
    }

    private void editRuns(List<String> next) {
        accept(keys, next);
    }

    private void accept(Map<String, String> nextKeys, List<String> nextRuns) {
        TrainSpec next;
        try {
            next = NetworkLink.read(query(nextKeys, nextRuns));
        } catch (LinkException | IllegalArgumentException refused) {
            return; // refused: nothing changes
        }
        Map<String, String> k = new LinkedHashMap<>(nextKeys);
        List<String> r = new ArrayList<>(nextRuns);
        keys.clear();
        keys.putAll(k);
        runs.clear();
        runs.addAll(r);
        model = next;
        if (!fits(weight, next.architecture())) {
            weight = WeightPick.AUTO;
        }
    }

    private static List<String> runsOf(TrainSpec spec) {
        return spec.runs().stream().map(RunSpec::format).toList();
    }

    private static String query(Map<String, String> keys, List<String> runs) {
        List<String> parts = new ArrayList<>();
        keys.forEach((k, v) -> parts.add(k + "=" + QueryString.encode(v)));
        runs.forEach(r -> parts.add("run=" + QueryString.encode(r)));
        return String.join("&", parts);
    }

    /** The model's own rule: the weight's layer, unit and input exist in the network. */
    private static boolean fits(WeightPick w, Architecture a) {
        return w.auto() || w.layer() <= a.hidden().size() + 1
                && w.unit() <= (w.layer() <= a.hidden().size() ? a.hidden().get(w.layer() - 1) : 1)
                && w.input() <= (w.layer() == 1 ? a.features().size() : a.hidden().get(w.layer() - 2));
    }

    // ---- the invariants ----

    private void act(String what, Runnable action, Runnable rule) {
        log.add(what);
        action.run();
        rule.run();
        checkInvariants();
    }

    private void checkInvariants() {
        NetworkState state = view.state();
        check(state.spec().equals(model), "the state is the model: " + state.spec() + " vs " + model);
        check(view.session().spec().equals(model), "the session runs the model");
        // the link reads back to the model
        QueryString link = QueryString.parse(view.link());
        check(NetworkLink.read(view.link()).equals(model), "the link " + view.link() + " reads back to the model");
        check(state.weight().equals(weight), "weight " + state.weight().format() + " vs the model's " + weight.format());
        check(weight.auto() ? !link.has("weight") : link.get("weight").equals(weight.format()), "the link's weight");
        check(speed == null ? !link.has("speed") : speed.equals(link.get("speed")), "the link's speed");
        check(fits(state.weight(), model.architecture()), "the weight is one of the network's");
        // the fields show the model (a refused value stays as typed, marked)
        Architecture a = model.architecture();
        field("net-data", stringSelect("net-data").getValue(), model.data().shape().id(), stringSelect("net-data"));
        IntegerField n = _get(IntegerField.class, s -> s.withId("net-n"));
        field("net-n", n.getValue(), model.data().n(), n);
        NumberField noise = _get(NumberField.class, s -> s.withId("net-noise"));
        field("net-noise", noise.getValue(), model.data().noise(), noise);
        TextField layers = _get(TextField.class, s -> s.withId("net-layers"));
        field("net-layers", layers.getValue(), a.hidden().isEmpty() ? "none"
                : String.join(",", a.hidden().stream().map(String::valueOf).toList()), layers);
        IntegerField batch = _get(IntegerField.class, s -> s.withId("net-batch"));
        field("net-batch", batch.getValue(), model.batch(), batch);
        IntegerField steps = _get(IntegerField.class, s -> s.withId("net-steps"));
        field("net-steps", steps.getValue(), model.steps(), steps);
        for (int i = 0; i < model.runs().size(); i++) {
            int r = i;
            check(model.runs().get(i).optimizerId().equals(stringSelect("net-run-" + (i + 1) + "-optimizer").getValue()),
                    "run " + (i + 1) + "'s optimizer");
            NumberField lr = _get(NumberField.class, s -> s.withId("net-run-" + (r + 1) + "-lr"));
            field("net-run-" + (i + 1) + "-lr", lr.getValue(), model.runs().get(i).optimizer().lr(), lr);
        }
        int inFocus = Math.min(focus, model.runs().size() - 1);
        check(state.focus() == inFocus && integerSelect("net-focus").getValue() == inFocus, "the run in focus");
        // the rule panel: the run in focus, the model's weight
        String caption = view.rule().shown().caption();
        check(caption.startsWith((inFocus + 1) + " · "), "the rule panel shows run " + (inFocus + 1) + ": " + caption);
        int k = view.session().k(inFocus);
        if (view.session().latestTerms(inFocus) != null && !weight.auto()) {
            int index = flatIndex(weight, a);
            check(caption.contains("(θ" + (index + 1) + " of " + a.parameterCount() + ")"),
                    "the rule panel shows θ" + (index + 1) + ": " + caption);
        }
        check(caption.contains(k == 0 ? "no update yet" : "update k = "), "the rule panel's k: " + caption);
        // the session computes the model
        NetworkProblem problem = NetworkProblem.of(model);
        for (int i = 0; i < model.runs().size(); i++) {
            int runK = view.session().k(i);
            TrainStepper fresh = new TrainStepper(problem, model.runs().get(i), false, false);
            while (fresh.k() < runK) {
                fresh.step(null);
            }
            check(fresh.history().status() == view.session().status(i), "run " + (i + 1) + "'s status at k = " + runK);
            if (runK > 0) {
                check(Double.compare(fresh.history().batchLoss(runK), view.session().histories().get(i).batchLoss(runK)) == 0,
                        "run " + (i + 1) + "'s batch loss at k = " + runK);
            }
            var last = view.session().metrics(i).getLast();
            check(last.k() == runK, "run " + (i + 1) + " evaluated at its latest k");
            double trainLoss = new Mlp(a).evaluate(fresh.theta(), problem.train());
            check(Double.compare(trainLoss, last.trainLoss()) == 0, "run " + (i + 1) + "'s training loss at k = " + runK);
        }
    }

    /** W_(L−1)[u−1, i−1] or b_(L−1)[u−1] in nn.Sequential order, counted here from the widths. */
    private static int flatIndex(WeightPick w, Architecture a) {
        List<Integer> widths = new ArrayList<>();
        widths.add(a.features().size());
        widths.addAll(a.hidden());
        widths.add(1);
        int offset = 0;
        for (int l = 0; l < w.layer() - 1; l++) {
            offset += widths.get(l + 1) * (widths.get(l) + 1);
        }
        int in = widths.get(w.layer() - 1);
        int out = widths.get(w.layer());
        return w.input() == 0 ? offset + in * out + w.unit() - 1 : offset + (w.unit() - 1) * in + w.input() - 1;
    }

    private void field(String id, Object shown, Object expected, HasValidation f) {
        if (f.isInvalid()) {
            return; // a refused value stays as typed
        }
        check(expected.equals(shown), id + " shows " + shown + ", the model " + expected);
    }

    private void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what + "\nafter: " + String.join(" → ", log));
        }
    }

    @SuppressWarnings("unchecked")
    private static Select<String> stringSelect(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> integerSelect(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<NetworkLesson> lessonSelect() {
        return _get(Select.class, s -> s.withId("net-lessons"));
    }

    @SafeVarargs
    private static <T> T oneOf(SplittableRandom r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
