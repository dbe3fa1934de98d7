package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.util.Numbers;

/**
 * The runs of the race: per run its optimizer and learning rate α (the other hyperparameters
 * and the decay a link gives are kept when α changes; a new optimizer starts from its defaults),
 * a remove button, and "Add a run" (up to {@link TrainSpec#MAX_RUNS}). Edits go to the
 * {@link NetworkState} as the link's {@code run} key.
 */
final class RunsEditor extends Div {
    private final NetworkState state;
    private final Div rows = new Div();
    private final Button add = new Button(getTranslation("net.add-run"), VaadinIcon.PLUS.create());
    private List<RunSpec> shown = List.of();

    RunsEditor(NetworkState state) {
        this.state = state;
        addClassName("network-runs");
        add.setId("net-add-run");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            List<String> runs = texts(state.spec().runs());
            runs.add("adam(lr=0.01)");
            apply(runs, null);
        });
        add(new H3(getTranslation("net.heading.runs")), rows, add);
        state.addChangeListener(c -> show(c.spec().runs()));
        show(state.spec().runs());
    }

    private void show(List<RunSpec> runs) {
        if (runs.equals(shown)) {
            return;
        }
        shown = runs;
        rows.removeAll();
        for (int i = 0; i < runs.size(); i++) {
            rows.add(row(i, runs.get(i)));
        }
        add.setEnabled(runs.size() < TrainSpec.MAX_RUNS);
    }

    private Div row(int index, RunSpec run) {
        Select<String> optimizer = new Select<>();
        optimizer.setId("net-run-" + (index + 1) + "-optimizer");
        optimizer.setLabel((index + 1) + " · optimizer");
        optimizer.setItems(Optimizers.ids());
        optimizer.setItemLabelGenerator(id -> getTranslation("optimizer." + id));
        optimizer.setValue(run.optimizerId());
        NumberField lr = new NumberField("α");
        lr.setId("net-run-" + (index + 1) + "-lr");
        lr.setValue(run.optimizer().lr());
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.setId("net-run-" + (index + 1) + "-remove");
        remove.setAriaLabel(getTranslation("net.remove-run", index + 1));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setEnabled(state.spec().runs().size() > 1);
        optimizer.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            List<String> runs = texts(state.spec().runs());
            // the run's α, not the field's: the field may hold a refused value (α = −1 typed)
            double alpha = state.spec().runs().get(index).optimizer().lr();
            runs.set(index, e.getValue() + "(lr=" + Numbers.format(alpha) + ")");
            apply(runs, null);
        });
        lr.addValueChangeListener(e -> {
            List<String> runs = texts(state.spec().runs());
            runs.set(index, e.getValue() == null ? "" : withLr(state.spec().runs().get(index), e.getValue()));
            apply(runs, lr);
        });
        remove.addClickListener(e -> {
            List<String> runs = texts(state.spec().runs());
            runs.remove(index);
            apply(runs, null);
        });
        Div row = new Div(optimizer, lr, remove);
        row.addClassName("network-run");
        row.getStyle().set("border-left", "4px solid " + org.optimizerplayground.web.ui.Palette.run(index));
        return row;
    }

    private void apply(List<String> runs, NumberField field) {
        try {
            TrainSpec next = SpecEdit.with(state.spec(), "run", runs);
            if (field != null) {
                field.setInvalid(false);
                shown = next.runs(); // the row stays as typed: no rebuild under the student's cursor
            }
            state.setSpec(next);
        } catch (LinkException | IllegalArgumentException refused) {
            if (field == null) {
                throw refused;
            }
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }

    /** {@code run}'s text with α = {@code lr}, every other parameter and the decay kept as written. */
    static String withLr(RunSpec run, double lr) {
        String text = run.format();
        String alpha = "lr=" + Numbers.format(lr);
        int open = text.indexOf('(');
        if (open < 0) {
            return text + "(" + alpha + ")";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([(,]\\s*)lr\\s*=[^,)]*").matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()) + m.group(1) + alpha + text.substring(m.end());
        }
        return text.substring(0, open + 1) + alpha + "," + text.substring(open + 1);
    }

    private static List<String> texts(List<RunSpec> runs) {
        return new ArrayList<>(runs.stream().map(RunSpec::format).toList());
    }
}
