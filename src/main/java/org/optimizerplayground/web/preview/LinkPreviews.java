package org.optimizerplayground.web.preview;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.run.Simulation;
import org.springframework.stereotype.Component;

/**
 * The preview card of a surface-page link: its text (for the page's {@code og:} tags) and its
 * picture ({@code GET /api/preview.png}). Pictures are kept in a small cache keyed by the
 * canonical link and language, since a link pasted into a chat is fetched by every reader's
 * client at once.
 */
@Component
public class LinkPreviews {
    /** Pictures kept; about 60 KB each. */
    static final int CACHE_SIZE = 64;
    /** Changes whenever the drawing changes, so that an ETag never names an older picture. */
    private static final String DRAWING_VERSION = "1";

    private final I18NProvider i18n;
    private final Map<String, Picture> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Picture> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public LinkPreviews(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /**
     * A card: its text and the query of its picture ({@code /api/preview.png?} + {@code imageQuery},
     * which carries {@code lang} when the text is not English).
     */
    public record Card(PreviewText text, String imageQuery) {
    }

    /** A picture: the PNG and its ETag (quoted). */
    public record Picture(byte[] png, String etag) {
    }

    /**
     * The card of a page link, read as the page reads it. Never fails: a link that cannot be read,
     * like the bare address, gets the playground's own title and the default experiment's picture.
     *
     * @param rawQuery the query string as it came, null for none
     * @param preferred the reader's preferred language (Accept-Language), null if unknown
     */
    public Card card(String rawQuery, Locale preferred) {
        Experiment e;
        PageOptions page;
        try {
            Link.Reading reading = Link.readForPage(QueryString.parse(rawQuery));
            e = reading.experiment();
            page = reading.page();
        } catch (LinkException | IllegalArgumentException unreadable) {
            e = Experiment.defaults();
            page = PageOptions.defaults();
        }
        Locale locale = PreviewText.language(page.lang(), preferred);
        String lang = locale.getLanguage().equals("en") ? null : locale.getLanguage();
        PageOptions shown = new PageOptions(page.speed(), page.play(), page.hide(), lang, page.analysis());
        return new Card(text(e, page, locale), Link.format(e, shown));
    }

    /**
     * The picture of a link, read as the API reads it; the language is the link's {@code lang}.
     *
     * @throws LinkException naming the key, for a link the API would refuse
     */
    public Picture picture(String rawQuery) {
        QueryString query = QueryString.parse(rawQuery);
        Experiment e = Link.readForApi(query, Set.of());
        PageOptions page = Link.readForPage(query).page();
        Locale locale = PreviewText.language(page.lang(), null);
        String key = Link.format(e, page) + "|" + locale.getLanguage();
        synchronized (cache) {
            Picture known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] png = PreviewPicture.png(e, Simulation.run(e), text(e, page, locale));
        Picture picture = new Picture(png, "\"" + digest(DRAWING_VERSION + "|" + key) + "\"");
        synchronized (cache) {
            cache.put(key, picture);
        }
        return picture;
    }

    /** The text of a card: the playground's own for the bare address, else the experiment's or its lesson's. */
    private PreviewText text(Experiment e, PageOptions page, Locale locale) {
        PageOptions noLang = new PageOptions(page.speed(), page.play(), page.hide(), null, page.analysis());
        PreviewText text = PreviewText.of(e, noLang, locale, i18n);
        if (Link.format(e, noLang).isEmpty()) {
            PreviewText generic = PreviewText.generic(locale, i18n);
            return new PreviewText(generic.title(), generic.description(), text.runs());
        }
        return text;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
