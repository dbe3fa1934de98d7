package org.optimizerplayground.web.ui.lessons;

/**
 * What a lesson menu shows of a lesson, on either page: the translation keys of its title and of
 * its text.
 */
public interface LessonTexts {
    /** The translation key of the title shown in the menu. */
    String titleKey();

    /** The translation key of the text: what to look at and what it shows. */
    String textKey();
}
