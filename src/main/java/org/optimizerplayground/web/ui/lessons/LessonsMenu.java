package org.optimizerplayground.web.ui.lessons;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;

/**
 * The lesson menu (SPEC §8 id {@code lessons}) and the chosen lesson's text (id
 * {@code lesson-text}). Choosing a lesson fires {@link LessonChosen}; the page opens its link;
 * {@link #show} only displays a lesson, for a page opened from a lesson's link.
 */
public class LessonsMenu extends Composite<Div> {
    private final Select<Lesson> select = new Select<>();
    private final Paragraph text = new Paragraph();
    private boolean showing;

    /** A lesson the user picked from the menu. */
    public static class LessonChosen extends ComponentEvent<LessonsMenu> {
        private final Lesson lesson;

        public LessonChosen(LessonsMenu source, Lesson lesson) {
            super(source, true);
            this.lesson = lesson;
        }

        public Lesson lesson() {
            return lesson;
        }
    }

    public LessonsMenu() {
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
            fireEvent(new LessonChosen(this, e.getValue()));
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

    /** Tells {@code listener} of every lesson the user picks from the menu (not of {@link #show}). */
    public Registration addLessonChosenListener(ComponentEventListener<LessonChosen> listener) {
        return addListener(LessonChosen.class, listener);
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
