package org.optimizerplayground.web.preview;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jsoup.nodes.Element;
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
 * read gets the playground's own card, never an error.
 */
@Component
public class PreviewTags {
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
        if (!(request instanceof HttpServletRequest http) || !isSurfacePage(http)) {
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

    /** The surface page is the root route; the network page and Vaadin's own requests have their cards elsewhere. */
    private static boolean isSurfacePage(HttpServletRequest http) {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        return path.isEmpty() || path.equals("/");
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
