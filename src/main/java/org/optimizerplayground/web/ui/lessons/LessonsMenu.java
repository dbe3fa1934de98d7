package org.optimizerplayground.web.ui.lessons;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;

/**
 * The lesson menu (SPEC §8 id {@code lessons}) and the chosen lesson's text (id
 * {@code lesson-text}). Choosing a lesson fires {@link LessonChosen}; the page opens its link;
 * {@link #show} only displays a lesson, for a page opened from a lesson's link.
 */
public class LessonsMenu extends LessonPicker<Lesson> {

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
        super("lessons", "lesson-text", Lessons.all());
    }

    @Override
    protected void chosen(Lesson lesson) {
        fireEvent(new LessonChosen(this, lesson));
    }

    /** Tells {@code listener} of every lesson the user picks from the menu (not of {@link #show}). */
    public Registration addLessonChosenListener(ComponentEventListener<LessonChosen> listener) {
        return addListener(LessonChosen.class, listener);
    }
}
