package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;
import org.optimizerplayground.web.ui.lessons.LessonPicker;

/**
 * The network page's lesson menu (id {@code net-lessons}) and the chosen lesson's text (id
 * {@code net-lesson-text}), the surface page's {@code LessonsMenu} with the network's lessons:
 * choosing a lesson fires {@link LessonChosen} and the page opens its link; {@link #show} only
 * displays a lesson, for a page whose link is a lesson's.
 */
public class NetworkLessonsMenu extends LessonPicker<NetworkLesson> {

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
        super("net-lessons", "net-lesson-text", NetworkLessons.all());
    }

    @Override
    protected void chosen(NetworkLesson lesson) {
        fireEvent(new LessonChosen(this, lesson));
    }

    /** Tells {@code listener} of every lesson the user picks from the menu (not of {@link #show}). */
    public Registration addLessonChosenListener(ComponentEventListener<LessonChosen> listener) {
        return addListener(LessonChosen.class, listener);
    }
}
