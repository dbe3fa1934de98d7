package org.optimizerplayground.web.ui.network;

import java.util.Objects;
import org.optimizerplayground.web.ui.lessons.LessonTexts;

/**
 * A lesson of the network page: a preset link that reproduces one point of the lecture. Its
 * title and text are translations ({@code net.lesson.<id>.title}, {@code net.lesson.<id>.text}),
 * as the surface page's lessons.
 *
 * @param id a stable name, for tests, course material and the translation keys
 * @param query the link's query string (without {@code ?}) in canonical form, as the page's
 *     address bar writes it: {@code NetworkLink.format(spec)}, then the page's {@code speed}
 */
public record NetworkLesson(String id, String query) implements LessonTexts {
    public NetworkLesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public String titleKey() {
        return "net.lesson." + id + ".title";
    }

    @Override
    public String textKey() {
        return "net.lesson." + id + ".text";
    }

    /** The updates per second the link asks for ({@code speed=max} or a number), as the page reads it. */
    int speed() {
        String s = org.optimizerplayground.engine.experiment.QueryString.parse(query).get("speed");
        return s == null ? NetworkState.DEFAULT_SPEED : s.equals("max") ? NetworkSession.MAX_SPEED : Integer.parseInt(s);
    }

    /** The page address of the lesson: {@code network?} and its query. */
    public String link() {
        return "network?" + query;
    }
}
