package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.util.stream.IntStream;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.web.ui.UpdateRuleText;
import org.optimizerplayground.web.ui.chart.ChartJson;
import org.optimizerplayground.web.ui.chart.UpdateRulePanel;

/**
 * The update rule of the run in focus with the numbers of one weight (the surface page's rule
 * panel, {@link UpdateRuleText}, with θ one component of the network's parameters): the weight
 * the student picks by layer, unit and input, or by default the one with the largest |gradient|
 * at the update shown. The choice is the state's ({@link NetworkState#weight}, link key
 * {@code weight}). While playing it follows at most every {@link #REFRESH_NANOS}; after an edit
 * or a step it is exact.
 */
final class NetworkRuleSection extends Div {
    static final long REFRESH_NANOS = 250_000_000L;
    /** The layer item that means "the largest |gradient|". */
    private static final int AUTO = 0;

    private final NetworkState state;
    private final Select<Integer> layer = new Select<>();
    private final Select<Integer> unit = new Select<>();
    private final Select<Integer> input = new Select<>();
    private final UpdateRulePanel rule = new UpdateRulePanel();
    private boolean showingState;
    private long lastNanos;
    private UpdateRulePanel.Rule shown;

    NetworkRuleSection(NetworkState state) {
        this.state = state;
        setId("net-rule-section");
        addClassName("rule-section");
        layer.setId("net-weight-layer");
        layer.setLabel(getTranslation("net.weight.layer"));
        layer.setItemLabelGenerator(l -> l == AUTO ? getTranslation("net.weight.auto") : Integer.toString(l));
        unit.setId("net-weight-unit");
        unit.setLabel(getTranslation("net.weight.unit"));
        unit.setItemLabelGenerator(String::valueOf);
        input.setId("net-weight-input");
        input.setLabel(getTranslation("net.weight.input"));
        rule.setId("net-update-rule");
        layer.addValueChangeListener(e -> picked());
        unit.addValueChangeListener(e -> picked());
        input.addValueChangeListener(e -> picked());
        Div pickers = new Div(layer, unit, input);
        pickers.addClassName("network-playback");
        add(new H3(getTranslation("net.rule.heading")), pickers, rule);
        state.addChangeListener(c -> showState());
        showState();
    }

    /** The selectors show the state's weight for the state's network. */
    private void showState() {
        showingState = true;
        try {
            Architecture a = state.spec().architecture();
            WeightPick w = state.weight();
            layer.setItems(IntStream.rangeClosed(0, a.layerCount()).boxed().toList());
            layer.setValue(w.auto() ? AUTO : w.layer());
            unit.setVisible(!w.auto());
            input.setVisible(!w.auto());
            if (!w.auto()) {
                unit.setItems(IntStream.rangeClosed(1, a.width(w.layer())).boxed().toList());
                unit.setValue(w.unit());
                // the labels first: setItems labels the new items with the generator in place
                input.setItemLabelGenerator(i -> i == 0 ? getTranslation("net.weight.bias-item")
                        : w.layer() == 1 && i <= a.features().size() ? a.features().get(i - 1).id()
                        : getTranslation("net.weight.unit-item", Integer.toString(i)));
                input.setItems(IntStream.rangeClosed(0, a.width(w.layer() - 1)).boxed().toList());
                input.setValue(w.input());
            }
        } finally {
            showingState = false;
        }
    }

    /** The student changed a selector: the weight it names (clamped into the network) to the state. */
    private void picked() {
        if (showingState || layer.getValue() == null) {
            return;
        }
        Architecture a = state.spec().architecture();
        int l = layer.getValue();
        if (l == AUTO) {
            state.setWeight(WeightPick.AUTO);
            return;
        }
        int u = unit.getValue() == null || state.weight().auto() ? 1 : Math.min(unit.getValue(), a.width(l));
        int i = input.getValue() == null || state.weight().auto() ? 1 : Math.min(input.getValue(), a.width(l - 1));
        state.setWeight(new WeightPick(l, u, i));
    }

    /**
     * This frame's rule for the focused run, unless one was drawn less than {@link #REFRESH_NANOS}
     * ago while playing ({@code exact}: after an edit, a step or at the end, always).
     */
    void draw(NetworkSession session, int focus, String label, boolean exact) {
        long now = System.nanoTime();
        if (!exact && now - lastNanos < REFRESH_NANOS) {
            return;
        }
        lastNanos = now;
        shown = of(session, focus, state.weight(), label, this::getTranslation);
        rule.show(shown);
    }

    /** The rule of run {@code focus} with the numbers of {@code pick} (or of the largest |g| for auto). */
    static UpdateRulePanel.Rule of(NetworkSession session, int focus, WeightPick pick, String label, Translator t) {
        RunSpec run = session.spec().runs().get(focus);
        Architecture a = session.spec().architecture();
        UpdateTerms all = session.latestTerms(focus);
        if (all == null) {
            return UpdateRuleText.of(run, null, t.text("net.rule.no-update", label));
        }
        int index = pick.auto() ? WeightPick.largest(all.get("g").orElseThrow().values())
                : pick.index(a).orElseThrow();
        WeightPick w = WeightPick.at(a, index);
        String caption = t.text(pick.auto() ? "net.rule.caption.auto" : "net.rule.caption", label,
                Long.toString((long) all.get("k").orElseThrow().values()[0]), w.describe(a, t),
                Integer.toString(index + 1), Integer.toString(a.parameterCount()));
        return UpdateRuleText.of(run, component(all, index), caption, w.latex());
    }

    /** The same terms with every vector cut to its component {@code index}. */
    static UpdateTerms component(UpdateTerms all, int index) {
        UpdateTerms one = new UpdateTerms();
        for (UpdateTerms.Term t : all.all()) {
            double[] v = t.values();
            if (t.scalar()) {
                one.scalar(t.key(), t.latex(), v[0]);
            } else {
                one.vector(t.key(), t.latex(), new double[] {v[index]});
            }
        }
        return one;
    }

    /** What the rule panel was last asked to show (for tests). */
    String ruleJson() {
        return shown == null ? null : ChartJson.rule(shown);
    }

    UpdateRulePanel.Rule shown() {
        return shown;
    }
}
