package org.optimizerplayground.web.preview;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.ui.lessons.Lesson;
import org.optimizerplayground.web.ui.lessons.Lessons;

/**
 * What a link's preview card says, in the link's language: for a lesson's link the lesson's
 * title and text, otherwise the surface and the runs; plus the runs' names for the picture's
 * legend. Plain text: whoever puts it into HTML escapes it.
 *
 * @param title the card's title
 * @param description one paragraph, at most {@link #MAX_DESCRIPTION} characters
 * @param runs one name per run, as the page's legend writes it ("1 · Adam α=0.02")
 */
public record PreviewText(String title, String description, List<String> runs) {
    /** Cards show about two lines of description; longer texts are cut at a word. */
    public static final int MAX_DESCRIPTION = 300;

    public PreviewText {
        runs = List.copyOf(runs);
    }

    /** The text of a link that opens {@code e} with {@code page}, in {@code locale}. */
    public static PreviewText of(Experiment e, PageOptions page, Locale locale, I18NProvider i18n) {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < e.runs().size(); i++) {
            RunSpec r = e.runs().get(i);
            String name = i18n.getTranslation("optimizer." + r.optimizerId(), locale) + " α="
                    + Numbers.format(r.optimizer().lr());
            names.add(name);
            labels.add((i + 1) + " · " + name);
        }
        Optional<Lesson> lesson = Lessons.byQuery(Link.format(e, page));
        if (lesson.isPresent()) {
            return new PreviewText(i18n.getTranslation(lesson.get().titleKey(), locale),
                    shorten(i18n.getTranslation(lesson.get().textKey(), locale)), labels);
        }
        String surface = surfaceName(e, locale, i18n);
        String title = i18n.getTranslation("preview.title", locale, surface, String.join(" vs ", names));
        String description = i18n.getTranslation("preview.description", locale, String.valueOf(e.steps()),
                point(e.start()), surface, String.join(", ", e.runs().stream().map(RunSpec::format).toList()));
        if (e.noise() > 0) {
            description += " " + i18n.getTranslation("preview.noise", locale, Numbers.format(e.noise()));
        }
        return new PreviewText(title, shorten(description), labels);
    }

    /** The text of a link that cannot be read, or of the bare address: the playground itself. */
    public static PreviewText generic(Locale locale, I18NProvider i18n) {
        return new PreviewText(i18n.getTranslation("app.title", locale),
                i18n.getTranslation("preview.generic", locale), List.of());
    }

    /** The link's {@code lang}, else Spanish for a reader who prefers it, else English. */
    public static Locale language(String lang, Locale preferred) {
        String l = lang != null ? lang : preferred != null ? preferred.getLanguage() : "en";
        return l.equals("es") ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    private static String surfaceName(Experiment e, Locale locale, I18NProvider i18n) {
        if (e.surface() instanceof CustomSurface c) {
            return "J = " + c.expression().text();
        }
        return i18n.getTranslation("surface." + e.surface().id(), locale);
    }

    private static String point(double[] p) {
        List<String> parts = new ArrayList<>();
        for (double v : p) {
            parts.add(Numbers.format(v));
        }
        return p.length == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
    }

    /** {@code text} cut at the last space before {@link #MAX_DESCRIPTION} characters, with "…". */
    static String shorten(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > MAX_DESCRIPTION / 2 ? cut : MAX_DESCRIPTION - 1).stripTrailing() + "…";
    }
}
