package org.optimizerplayground.web.ui.lessons;

import java.util.Objects;

/**
 * A lesson: a preset link that reproduces one point of the lecture, with a title and a short
 * text (translation keys {@code lesson.<id>.title} and {@code lesson.<id>.text}).
 *
 * @param id a stable name, used in the translation keys and by course material
 * @param query the link's query string (without {@code ?}) in canonical form, as
 *     {@code Link.format(experiment, page)} writes it; the page keys it holds (such as
 *     {@code speed}) set how the lesson plays
 */
public record Lesson(String id, String query) implements LessonTexts {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public String titleKey() {
        return "lesson." + id + ".title";
    }

    @Override
    public String textKey() {
        return "lesson." + id + ".text";
    }

    /** The page address of the lesson, {@code ?} and its query. */
    public String link() {
        return "?" + query;
    }
}
