package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * One chip per run with its name and status ("k = 12", "diverged at k = 7", …). The chips are
 * kept and only their text changes from frame to frame; a screen reader hears a run end
 * ({@code aria-live}), not every k.
 *
 * <p>While a run plays, its k changes every frame: the chip's text is then written by the page
 * ({@code frontend/charts/frame-channel.ts}) from the k in the {@link FrameMessage} and the words
 * around it, which each chip carries as {@code data-k-before} and {@code data-k-after} (and the
 * chips' box the digit grouping as {@code data-k-group}). The server writes the whole chip
 * itself after an edit or a command (an exact frame) and when a run's status changes.
 */
final class StatusChips extends Div implements Frame.View {
    /** Stands for k when the words around it are looked up. */
    private static final String K = "\u0000";

    private Status[] shown = new Status[0];
    /**
     * The chips, by run: asking Vaadin for a child by index walks the element's children each
     * time, three times a run every frame.
     */
    private Span[] chips = new Span[0];

    StatusChips() {
        setId("run-status");
        addClassName("statuses");
    }

    @Override
    public void draw(Frame frame) {
        int runs = frame.runs().size();
        if (chips.length != runs) {
            removeAll();
            chips = new Span[runs];
            for (int i = 0; i < runs; i++) {
                Span chip = new Span();
                chip.addClassName("status");
                chip.getStyle().set("border-left-color", Palette.run(i));
                chip.setId("status-" + (i + 1));
                add(chip);
                chips[i] = chip;
            }
            shown = new Status[runs];
        }
        boolean words = frame.exact() || frame.renamed();
        if (words) {
            getElement().setAttribute("data-k-group", grouping());
        }
        for (Frame.Run run : frame.runs()) {
            Span chip = chips[run.index()];
            Trajectory t = run.trajectory();
            if (words) {
                String[] around = (frame.labels().get(run.index()) + ": " + getTranslation("status.running", K)).split(K, 2);
                chip.getElement().setAttribute("data-k-before", around[0]);
                chip.getElement().setAttribute("data-k-after", around.length > 1 ? around[1] : "");
            }
            if (words || t.status() != shown[run.index()]) {
                if (t.status() != Status.RUNNING && shown[run.index()] == Status.RUNNING) {
                    frame.message().settles(); // its last points go with these words
                }
                write(chip, frame.labels().get(run.index()), t);
                shown[run.index()] = t.status();
            }
            if (t.status() == Status.RUNNING) {
                frame.message().chip(run.index(), t.size() - 1);
            }
        }
    }

    private void write(Span chip, String label, Trajectory t) {
        chip.setText(label + ": " + RunStatusText.of(this, t));
        // While a run plays its k changes every frame: only its end is worth announcing.
        chip.getElement().setAttribute("aria-live", t.status() == Status.RUNNING ? "off" : "polite");
        for (Status status : Status.values()) {
            chip.setClassName("status-" + status.key(), status == t.status());
        }
    }

    /** The digit grouping of k in the page's language, as MessageFormat writes it ("," in English, "" for none). */
    private String grouping() {
        NumberFormat f = NumberFormat.getInstance(getLocale());
        if (f instanceof DecimalFormat d && d.isGroupingUsed() && d.getGroupingSize() == 3) {
            return String.valueOf(d.getDecimalFormatSymbols().getGroupingSeparator());
        }
        return "";
    }
}
