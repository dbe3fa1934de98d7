package org.optimizerplayground.web.preview;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.optimizerplayground.web.ui.Translations;
import org.optimizerplayground.web.ui.network.NetworkLesson;
import org.optimizerplayground.web.ui.network.NetworkLessons;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a link's preview card into the surface page's first HTML answer, where the crawlers of
 * chats and course platforms read it (they run no JavaScript): Open Graph {@code og:title},
 * {@code og:description}, {@code og:image} (an absolute address of {@code /api/preview.png} with
 * the link's keys), {@code og:url}, and Twitter's {@code summary_large_image} card. The Vaadin 25
 * way: an {@code IndexHtmlRequestListener} registered on the {@code ServiceInitEvent}; its jsoup
 * document escapes every attribute, so nothing in a link becomes markup. A link that cannot be
 * read gets the playground's own card, never an error. The network page ({@code /network}) gets a
 * text-only card: a network lesson's title and text, or the page's own.
 */
@Component
public class PreviewTags {
    static final String NETWORK_TITLE = "Optimizer Playground · network";
    static final String NETWORK_TEXT = "A small neural network trained on a 2-D data set by gradient descent, momentum,"
            + " Adam and the others side by side: the decision boundary, the training and test curves, and the loss"
            + " landscape around the paths.";
    private static final Translations ENGLISH = new Translations();
    private final LinkPreviews previews;
    private final String publicUrl;

    /**
     * @param publicUrl the address the world reaches the playground at (such as
     *     {@code https://playground.example.edu}), for the absolute image address behind a proxy;
     *     empty to take it from each request
     */
    public PreviewTags(LinkPreviews previews, @Value("${playground.public-url:}") String publicUrl) {
        this.previews = previews;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    public void onServiceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    void addTags(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        if (!(request instanceof HttpServletRequest http)) {
            return;
        }
        if (isPage(http, "/network")) {
            networkTags(response.getDocument().head(), http);
            return;
        }
        if (!isPage(http, "/")) {
            return;
        }
        Locale preferred = http.getHeader("Accept-Language") == null ? null : http.getLocale();
        LinkPreviews.Card card = previews.card(http.getQueryString(), preferred);
        String base = publicUrl.isEmpty() ? base(http) : publicUrl;
        String query = card.imageQuery().isEmpty() ? "" : "?" + card.imageQuery();
        Element head = response.getDocument().head();
        property(head, "og:type", "website");
        property(head, "og:site_name", "Optimizer Playground");
        property(head, "og:title", card.text().title());
        property(head, "og:description", card.text().description());
        property(head, "og:url", base + "/" + query);
        property(head, "og:image", base + "/api/preview.png" + query);
        property(head, "og:image:width", String.valueOf(PreviewPicture.WIDTH));
        property(head, "og:image:height", String.valueOf(PreviewPicture.HEIGHT));
        property(head, "og:image:alt", card.text().title());
        name(head, "twitter:card", "summary_large_image");
        name(head, "twitter:title", card.text().title());
        name(head, "twitter:description", card.text().description());
        name(head, "twitter:image", base + "/api/preview.png" + query);
        name(head, "description", card.text().description());
    }

    /** Whether the request is for the page at {@code route} ({@code /} is also the empty path). */
    private static boolean isPage(HttpServletRequest http, String route) {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        return path.equals(route) || (route.equals("/") && path.isEmpty());
    }

    /**
     * The network page's card: a network lesson's title and text for its link, else the page's
     * own; no picture (the preview picture is drawn for surface links only), so Twitter's small card.
     */
    private void networkTags(Element head, HttpServletRequest http) {
        String query = http.getQueryString() == null ? "" : http.getQueryString();
        Optional<NetworkLesson> lesson = NetworkLessons.byQuery(query);
        if (lesson.isEmpty()) {
            try {
                lesson = NetworkLessons.byQuery(URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException unreadable) {
                // a stray % in a link: the page's own card
            }
        }
        // the network card is in English, as before: a lesson's title and text come from the translations
        String title = lesson.map(l -> ENGLISH.getTranslation(l.titleKey(), Locale.ENGLISH)).orElse(NETWORK_TITLE);
        String description = PreviewText.shorten(lesson.map(l -> ENGLISH.getTranslation(l.textKey(), Locale.ENGLISH))
                .orElse(NETWORK_TEXT));
        property(head, "og:type", "website");
        property(head, "og:site_name", "Optimizer Playground");
        property(head, "og:title", title);
        property(head, "og:description", description);
        name(head, "twitter:card", "summary");
        name(head, "twitter:title", title);
        name(head, "twitter:description", description);
        name(head, "description", description);
    }

    private static String base(HttpServletRequest http) {
        String scheme = http.getScheme();
        int port = http.getServerPort();
        boolean usual = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + http.getServerName() + (usual ? "" : ":" + port) + http.getContextPath();
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static void name(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }
}
