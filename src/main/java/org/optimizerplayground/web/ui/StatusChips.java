package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * One chip per run with its name and status ("k = 12", "diverged at k = 7", …). The chips are
 * kept and only their text changes from frame to frame; a screen reader hears a run end
 * ({@code aria-live}), not every k.
 */
final class StatusChips extends Div implements Frame.View {
    StatusChips() {
        setId("run-status");
        addClassName("statuses");
    }

    @Override
    public void draw(Frame frame) {
        if (getComponentCount() != frame.runs().size()) {
            removeAll();
            for (int i = 0; i < frame.runs().size(); i++) {
                Span chip = new Span();
                chip.addClassName("status");
                chip.getStyle().set("border-left-color", Palette.run(i));
                chip.setId("status-" + (i + 1));
                add(chip);
            }
        }
        for (Frame.Run run : frame.runs()) {
            Span chip = (Span) getComponentAt(run.index());
            Trajectory t = run.trajectory();
            chip.setText(frame.labels().get(run.index()) + ": " + RunStatusText.of(this, t));
            // While a run plays its k changes every frame: only its end is worth announcing.
            chip.getElement().setAttribute("aria-live", t.status() == Status.RUNNING ? "off" : "polite");
            for (Status status : Status.values()) {
                chip.setClassName("status-" + status.key(), status == t.status());
            }
        }
    }
}
