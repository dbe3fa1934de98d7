package org.optimizerplayground.web.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson menu without a browser or a Vaadin session: choosing hands the lesson on. */
class LessonsMenuTest {

    @Test
    void choosingALessonCallsTheConsumerAndShowsItsText() {
        List<Lesson> chosen = new ArrayList<>();
        LessonsMenu menu = new LessonsMenu();
        menu.addLessonChosenListener(e -> chosen.add(e.lesson()));
        assertThat(menu.select().getId()).contains("lessons");
        assertThat(menu.text().getId()).contains("lesson-text");
        assertThat(menu.select().getListDataView().getItems()).containsExactlyElementsOf(Lessons.all());
        assertThat(menu.text().isVisible()).isFalse();

        Lesson saddle = Lessons.byId("saddle").orElseThrow();
        menu.select().setValue(saddle);
        assertThat(chosen).containsExactly(saddle);
        assertThat(menu.shown()).isEqualTo(saddle);
        assertThat(menu.text().isVisible()).isTrue();
        assertThat(menu.text().getText()).contains(saddle.textKey());
    }

    @Test
    void showingALessonOpenedFromItsLinkDoesNotChooseItAgain() {
        List<Lesson> chosen = new ArrayList<>();
        LessonsMenu menu = new LessonsMenu();
        menu.addLessonChosenListener(e -> chosen.add(e.lesson()));
        Lesson decay = Lessons.byId("decay").orElseThrow();
        menu.show(decay);
        assertThat(chosen).isEmpty();
        assertThat(menu.shown()).isEqualTo(decay);
        assertThat(menu.text().isVisible()).isTrue();

        menu.show(null);
        assertThat(chosen).isEmpty();
        assertThat(menu.shown()).isNull();
        assertThat(menu.text().isVisible()).isFalse();
    }
}
