package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.Sgd;

/**
 * The runs of the comparison: one {@link RunEditor} per run and "Add a run". Applies the editors'
 * {@link RunEvents.RunEdited} edits to the page's current state, and shows every change of the
 * state in the editors (rebuilt only when the number of runs changes).
 */
final class RunList extends Div {
    private final PlaygroundState state;
    private final Div editors = new Div();
    private final Button add = new Button();

    RunList(PlaygroundState state, Hideables hideables) {
        this.state = state;
        setId("run-editor");
        editors.addClassName("run-editors");
        add.setText(getTranslation("run.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-run");
        add.addClickListener(e -> addRun());
        add(new H3(getTranslation("panel.runs")), editors, add);
        hideables.register("run-editor", this);
        state.addChangeListener(c -> {
            if (c.runsChanged()) {
                show(c.experiment().runs());
            }
        });
    }

    private void show(List<RunSpec> runs) {
        if (editors.getComponentCount() != runs.size()) {
            editors.removeAll();
            for (int i = 0; i < runs.size(); i++) {
                RunEditor editor = new RunEditor(i, runs.get(i));
                editor.addRunEditedListener(this::edited);
                editor.addRunRemovedListener(e -> remove(e.index()));
                editors.add(editor);
            }
        } else {
            for (int i = 0; i < runs.size(); i++) {
                RunEditor editor = (RunEditor) editors.getComponentAt(i);
                if (!editor.run().equals(runs.get(i))) {
                    editor.show(runs.get(i));
                }
            }
        }
        add.setEnabled(runs.size() < Experiment.MAX_RUNS);
    }

    private void edited(RunEvents.RunEdited e) {
        int i = e.index();
        try {
            state.edit(x -> x.withRun(i, e.edit().apply(x.runs().get(i))));
            e.getSource().accepted(e.field());
        } catch (IllegalArgumentException refused) {
            e.getSource().refused(e.field(), Messages.of(this, refused.getMessage()));
        }
    }

    private void addRun() {
        state.edit(x -> {
            if (x.runs().size() >= Experiment.MAX_RUNS) {
                return x;
            }
            List<RunSpec> runs = new ArrayList<>(x.runs());
            runs.add(RunSpec.of(new Sgd(Sgd.KIND.defaultLr())));
            return x.withRuns(runs);
        });
    }

    private void remove(int index) {
        if (state.experiment().runs().size() <= 1) {
            Notification.show(getTranslation("run.last"));
            return;
        }
        state.edit(x -> {
            List<RunSpec> runs = new ArrayList<>(x.runs());
            runs.remove(index);
            return x.withRuns(runs);
        });
    }
}
