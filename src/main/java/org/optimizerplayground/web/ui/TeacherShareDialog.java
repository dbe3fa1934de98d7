package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;

/**
 * "Share with students": the current experiment's link with the controls the teacher chose
 * hidden ({@code hide}), and the same as an {@code <iframe>} for a course page or a slide (the
 * embed preset keeps only the charts and the play controls).
 */
final class TeacherShareDialog extends Dialog {
    /** What a teacher may hide, in the order the page shows them. */
    static final List<String> CHOICES = List.of("lessons", "surface-editor", "surface", "run-editor", "speed", "step",
            "reset", "share", "loss-chart", "update-rule", "ewma-chart", "code-export", "sweep-chart");
    /** The embed preset: charts and play controls only. */
    static final List<String> EMBED = List.of("lessons", "surface-editor", "run-editor", "share", "update-rule",
            "ewma-chart", "code-export", "sweep-chart");

    private final CheckboxGroup<String> hide = new CheckboxGroup<>();
    private final TextField link = new TextField();
    private final TextArea iframe = new TextArea();
    private final PlaygroundState state;
    private String origin = "";

    TeacherShareDialog(PlaygroundState state) {
        this.state = state;
        setId("teacher-share");
        setHeaderTitle(getTranslation("teacher.title"));
        hide.setLabel(getTranslation("teacher.hide"));
        hide.setId("teacher-hide");
        hide.setItems(CHOICES);
        hide.setItemLabelGenerator(id -> getTranslation("teacher.control." + id));
        hide.addValueChangeListener(e -> refresh());
        Button embed = new Button(getTranslation("teacher.embed"), e -> hide.setValue(new java.util.LinkedHashSet<>(EMBED)));
        embed.setId("teacher-embed");
        embed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.setLabel(getTranslation("teacher.link"));
        link.setId("teacher-link");
        link.setReadOnly(true);
        link.setWidthFull();
        iframe.setLabel(getTranslation("teacher.iframe"));
        iframe.setId("teacher-iframe");
        iframe.setReadOnly(true);
        iframe.setWidthFull();
        Button copy = new Button(getTranslation("teacher.copy"), e -> Clipboard.copy(this, link.getValue()));
        copy.setId("teacher-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("analysis.close"), e -> close());
        add(new Paragraph(getTranslation("teacher.intro")), hide, embed, link, iframe);
        getFooter().add(close, copy);
        setWidth("min(640px, 95vw)");
    }

    /**
     * Opens the dialog for the current state, starting from the controls the page already hides.
     *
     * @param pageAddress the page's address without its query ({@code https://host/}), so the
     *     link works when pasted elsewhere
     */
    void openFor(String pageAddress) {
        origin = pageAddress;
        hide.setValue(new java.util.LinkedHashSet<>(state.page().hide().stream().filter(CHOICES::contains).toList()));
        refresh();
        open();
    }

    /** The link the students get. */
    String studentLink() {
        PageOptions p = state.page();
        List<String> hidden = CHOICES.stream().filter(hide.getValue()::contains).toList();
        String query = Link.format(state.experiment(), new PageOptions(p.speed(), p.play(), hidden, p.lang(), p.analysis()));
        return origin + (query.isEmpty() ? "" : "?" + query);
    }

    private void refresh() {
        String url = studentLink();
        link.setValue(url);
        iframe.setValue("<iframe src=\"" + url.replace("&", "&amp;").replace("\"", "&quot;")
                + "\" width=\"960\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>");
    }
}
