package org.optimizerplayground.web.ui.lessons;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The lesson menu (SPEC §8 id {@code lessons}) and the chosen lesson's text (id
 * {@code lesson-text}). Choosing a lesson hands it to the page, which opens its link;
 * {@link #show} only displays a lesson, for a page opened from a lesson's link.
 */
public class LessonsMenu extends Composite<Div> {
    private final Select<Lesson> select = new Select<>();
    private final Paragraph text = new Paragraph();
    private final Consumer<Lesson> chosen;
    private boolean showing;

    /** @param chosen called with the lesson a user picks from the menu */
    public LessonsMenu(Consumer<Lesson> chosen) {
        this.chosen = Objects.requireNonNull(chosen, "chosen");
        select.setId("lessons");
        select.setLabel(getTranslation("lessons.label"));
        select.setPlaceholder(getTranslation("lessons.placeholder"));
        select.setItems(Lessons.all());
        select.setItemLabelGenerator(l -> getTranslation(l.titleKey()));
        select.setEmptySelectionAllowed(false);
        select.addValueChangeListener(e -> {
            if (showing || e.getValue() == null) {
                return;
            }
            display(e.getValue());
            this.chosen.accept(e.getValue());
        });
        text.setId("lesson-text");
        text.addClassName("lesson-text");
        text.setVisible(false);
        getContent().addClassName("lessons");
        getContent().add(select, text);
    }

    /**
     * Shows {@code lesson} as the chosen one and its text, without handing it to the page
     * again; {@code null} clears the menu and hides the text (the page left the lesson).
     */
    public void show(Lesson lesson) {
        showing = true;
        try {
            select.setValue(lesson);
            display(lesson);
        } finally {
            showing = false;
        }
    }

    /** The lesson shown, if any. */
    public Lesson shown() {
        return select.getValue();
    }

    /** The menu itself (for tests). */
    Select<Lesson> select() {
        return select;
    }

    /** The paragraph with the lesson's text (for tests). */
    Paragraph text() {
        return text;
    }

    private void display(Lesson lesson) {
        text.setText(lesson == null ? "" : getTranslation(lesson.textKey()));
        text.setVisible(lesson != null);
    }
}
