package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

/**
 * The network page's lesson menu (id {@code net-lessons}) and the chosen lesson's text (id
 * {@code net-lesson-text}), as the surface page's {@code LessonsMenu}: choosing a lesson fires
 * {@link LessonChosen} and the page opens its link; {@link #show} only displays a lesson, for a
 * page whose link is a lesson's.
 */
public class NetworkLessonsMenu extends Composite<Div> {
    private final Select<NetworkLesson> select = new Select<>();
    private final Paragraph text = new Paragraph();
    private boolean showing;

    /** A lesson the user picked from the menu. */
    public static class LessonChosen extends ComponentEvent<NetworkLessonsMenu> {
        private final NetworkLesson lesson;

        public LessonChosen(NetworkLessonsMenu source, NetworkLesson lesson) {
            super(source, true);
            this.lesson = lesson;
        }

        public NetworkLesson lesson() {
            return lesson;
        }
    }

    public NetworkLessonsMenu() {
        select.setId("net-lessons");
        select.setLabel(getTranslation("lessons.label"));
        select.setPlaceholder(getTranslation("lessons.placeholder"));
        select.setItems(NetworkLessons.all());
        select.setItemLabelGenerator(NetworkLesson::title);
        select.setEmptySelectionAllowed(false);
        select.addValueChangeListener(e -> {
            if (showing || e.getValue() == null) {
                return;
            }
            display(e.getValue());
            fireEvent(new LessonChosen(this, e.getValue()));
        });
        text.setId("net-lesson-text");
        text.addClassName("lesson-text");
        text.setVisible(false);
        getContent().addClassName("lessons");
        getContent().add(select, text);
    }

    /** Shows {@code lesson} and its text without handing it to the page; {@code null} clears both. */
    public void show(NetworkLesson lesson) {
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
    public NetworkLesson shown() {
        return select.getValue();
    }

    private void display(NetworkLesson lesson) {
        text.setText(lesson == null ? "" : lesson.text());
        text.setVisible(lesson != null);
    }
}
