package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.ui.Palette;

/**
 * One status line per run: its k, the latest training loss and test accuracy (evaluated once
 * per frame), and how it ended ({@code data-status} holds the status key for tests and styles).
 */
final class NetworkStatuses extends Div {
    NetworkStatuses() {
        setId("net-statuses");
        addClassName("network-statuses");
    }

    /** The runs' names: "1 · Adam α=0.03", in the page's language. */
    List<String> labels(TrainSpec spec) {
        List<String> labels = new ArrayList<>();
        List<RunSpec> runs = spec.runs();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec r = runs.get(i);
            labels.add((i + 1) + " · " + getTranslation("optimizer." + r.optimizerId()) + " α="
                    + Numbers.format(r.optimizer().lr()));
        }
        return labels;
    }

    /** The lines of this frame. */
    void show(NetworkSession session, List<String> labels, int steps) {
        removeAll();
        for (int i = 0; i < labels.size(); i++) {
            add(line(session, i, labels.get(i), steps));
        }
    }

    private Span line(NetworkSession session, int i, String label, int steps) {
        var metrics = session.metrics(i);
        var m = metrics.isEmpty() ? null : metrics.getLast();
        Status s = session.status(i);
        StringBuilder text = new StringBuilder(label).append(": k = ").append(session.k(i)).append(" / ").append(steps);
        if (m != null) {
            text.append(", ").append(getTranslation("net.status.train-loss")).append(" ").append(round(m.trainLoss()))
                    .append(", ").append(getTranslation("net.status.test-accuracy")).append(" ").append(Double.isNaN(m.testAccuracy()) ? "–"
                            : Math.round(m.testAccuracy() * 100) + " %");
        }
        if (s == Status.DIVERGED) {
            text.append(" · ").append(getTranslation("net.status.diverged"));
        } else if (s != Status.RUNNING) {
            text.append(" · ").append(s.key());
        }
        Span chip = new Span(text.toString());
        chip.setId("net-status-" + (i + 1));
        chip.addClassName("network-status");
        chip.getElement().setAttribute("data-status", s.key());
        chip.getStyle().set("border-left", "4px solid " + Palette.run(i));
        return chip;
    }

    private static String round(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "–";
    }
}
