package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.util.Numbers;

/** The runs' names on the page ("2 · Adam α=0.05"), in the page's language. */
final class RunLabels {
    private RunLabels() {
    }

    static List<String> of(Component i18n, Experiment e) {
        List<String> labels = new ArrayList<>();
        List<RunSpec> runs = e.runs();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec r = runs.get(i);
            labels.add((i + 1) + " · " + i18n.getTranslation("optimizer." + r.optimizerId()) + " α="
                    + Numbers.format(r.optimizer().lr()));
        }
        return List.copyOf(labels);
    }
}
