package org.optimizerplayground.web.ui.lessons;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * What both pages' lesson menus share: the menu of lessons (labelled "Lessons") and the chosen
 * lesson's text below it. Choosing a lesson shows its text and calls {@link #chosen}; {@link #show}
 * only displays a lesson, for a page whose link is a lesson's (no call).
 *
 * @param <L> the page's kind of lesson
 */
public abstract class LessonPicker<L extends LessonTexts> extends Composite<Div> {
    private final Select<L> select = new Select<>();
    private final Paragraph text = new Paragraph();
    private boolean showing;

    protected LessonPicker(String selectId, String textId, List<L> lessons) {
        select.setId(selectId);
        select.setLabel(getTranslation("lessons.label"));
        select.setPlaceholder(getTranslation("lessons.placeholder"));
        select.setItemLabelGenerator(this::title);
        select.setItems(lessons);
        select.setEmptySelectionAllowed(false);
        select.addValueChangeListener(e -> {
            if (showing || e.getValue() == null) {
                return;
            }
            display(e.getValue());
            chosen(e.getValue());
        });
        text.setId(textId);
        text.addClassName("lesson-text");
        text.setVisible(false);
        getContent().addClassName("lessons");
        getContent().add(select, text);
    }

    /** The lesson's title in the menu, in the page's language. */
    private String title(L lesson) {
        return getTranslation(lesson.titleKey());
    }

    /** The lesson's text, shown below the menu. */
    private String textOf(L lesson) {
        return getTranslation(lesson.textKey());
    }

    /** The user picked {@code lesson} from the menu (its text is shown already). */
    protected abstract void chosen(L lesson);

    /**
     * Shows {@code lesson} as the chosen one and its text, without handing it to the page
     * again; {@code null} clears the menu and hides the text (the page left the lesson).
     */
    public void show(L lesson) {
        showing = true;
        try {
            select.setValue(lesson);
            display(lesson);
        } finally {
            showing = false;
        }
    }

    /** The lesson shown, if any. */
    public L shown() {
        return select.getValue();
    }

    /** The menu itself (for tests). */
    protected Select<L> select() {
        return select;
    }

    /** The paragraph with the lesson's text (for tests). */
    protected Paragraph text() {
        return text;
    }

    private void display(L lesson) {
        text.setText(lesson == null ? "" : textOf(lesson));
        text.setVisible(lesson != null);
    }
}
