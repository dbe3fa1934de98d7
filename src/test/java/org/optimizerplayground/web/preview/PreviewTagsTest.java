package org.optimizerplayground.web.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.Translations;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The surface page's first HTML carries the link's preview card: a teacher's lesson link shows
 * the lesson's title and text and names its picture; hostile links add no markup; an unreadable
 * link gets the playground's own card. The page is Vaadin's index.html ({@code frontend/index.html})
 * as the listener receives it, written out and parsed again as a crawler would.
 */
class PreviewTagsTest {
    private final PreviewTags tags = new PreviewTags(new LinkPreviews(new Translations()), "");

    private Document page(String rawQuery, String acceptLanguage) throws IOException {
        return page("/", rawQuery, acceptLanguage);
    }

    private Document page(String path, String rawQuery, String acceptLanguage) throws IOException {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", path);
        http.setScheme("https");
        http.setServerName("class.example.edu");
        http.setServerPort(443);
        http.setQueryString(rawQuery);
        if (acceptLanguage != null) {
            http.addHeader("Accept-Language", acceptLanguage);
            http.addPreferredLocale(java.util.Locale.forLanguageTag(acceptLanguage));
        }
        Document index = Jsoup.parse(Files.readString(Path.of("frontend", "index.html"), StandardCharsets.UTF_8));
        tags.addTags(new IndexHtmlResponse(new VaadinServletRequest(http, null), null, index));
        return Jsoup.parse(index.outerHtml());
    }

    private static String meta(Document d, String key) {
        var found = d.select("meta[property=" + key + "], meta[name=" + key + "]");
        assertThat(found).as(key).hasSize(1);
        return found.attr("content");
    }

    @Test
    void aLessonLinkCarriesItsTitleTextAndPicture() throws IOException {
        String link = "surface=beale&steps=300&run=sgd(lr=0.01)&run=momentum(lr=0.002)&run=nesterov(lr=0.002)"
                + "&run=adagrad(lr=0.5)&run=rmsprop&run=adam(lr=0.5)";
        Document d = page(link, null);
        assertThat(meta(d, "og:title")).isEqualTo("Adam and the others on the Beale function");
        assertThat(meta(d, "og:description")).startsWith("A race on the Beale function from (1, 1.5)")
                .hasSizeLessThanOrEqualTo(PreviewText.MAX_DESCRIPTION + 1);
        assertThat(meta(d, "og:image")).isEqualTo("https://class.example.edu/api/preview.png?" + link);
        assertThat(meta(d, "og:url")).isEqualTo("https://class.example.edu/?" + link);
        assertThat(meta(d, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(d, "twitter:image")).isEqualTo(meta(d, "og:image"));
    }

    @Test
    void aLinkOfOnesOwnNamesTheSurfaceAndTheRuns() throws IOException {
        Document d = page("surface=rosenbrock&start=-1.5,2&steps=60&run=adam(lr=0.02)", null);
        assertThat(meta(d, "og:title")).isEqualTo("Adam α=0.02 on Rosenbrock");
        assertThat(meta(d, "og:description")).isEqualTo("60 updates from θ₀ = (-1.5, 2) on Rosenbrock. Runs: adam(lr=0.02).");
        // The canonical link: the default start is left out.
        assertThat(meta(d, "og:image")).isEqualTo("https://class.example.edu/api/preview.png?steps=60&run=adam(lr=0.02)");
    }

    @Test
    void aSpanishReaderGetsTheSpanishCardAndPicture() throws IOException {
        Document d = page("surface=rosenbrock&run=adam(lr=0.02)", "es");
        assertThat(meta(d, "og:title")).isEqualTo("Adam α=0.02 en Rosenbrock");
        assertThat(meta(d, "og:description")).startsWith("200 actualizaciones desde θ₀");
        assertThat(meta(d, "og:image")).endsWith("&lang=es");
    }

    @Test
    void hostileLinksAddNoMarkup() throws IOException {
        Document unreadable = page("surface=custom&f=x\"><script>alert(1)</script>", null);
        assertThat(meta(unreadable, "og:title")).isEqualTo("Optimizer Playground");
        assertThat(meta(unreadable, "og:image")).isEqualTo("https://class.example.edu/api/preview.png");
        Document ignoredKey = page("steps=50&%22%3E%3Cscript%3Ealert(1)%3C/script%3E=1&x'\"><img src=x onerror=alert(1)>=2", null);
        assertThat(meta(ignoredKey, "og:image")).isEqualTo("https://class.example.edu/api/preview.png?steps=50");
        for (Document d : new Document[] {unreadable, ignoredKey}) {
            assertThat(d.select("script").stream().map(s -> s.data())).noneMatch(s -> s.contains("alert"));
            assertThat(d.select("img")).isEmpty();
            assertThat(d.select("meta[content*=<]")).isEmpty();
        }
    }

    @Test
    void theBareAddressGetsThePlaygroundsOwnCard() throws IOException {
        Document d = page(null, null);
        assertThat(meta(d, "og:title")).isEqualTo("Optimizer Playground");
        assertThat(meta(d, "og:description")).startsWith("Watch gradient descent");
        assertThat(meta(d, "og:image")).isEqualTo("https://class.example.edu/api/preview.png");
    }

    @Test
    void theNetworkPageGetsALessonsOrItsOwnTextCard() throws IOException {
        Document lesson = page("/network", "batch=1&steps=500&run=sgd(lr=0.1)&speed=max", null);
        assertThat(meta(lesson, "og:title")).isEqualTo("Batch size 1: the noise of SGD");
        assertThat(meta(lesson, "og:description")).startsWith("Each update sees one point");
        assertThat(meta(lesson, "twitter:card")).isEqualTo("summary");
        assertThat(lesson.select("meta[property=og:image]")).isEmpty();
        Document own = page("/network", "data=xor&%3Cb%3E=%3Cscript%3E", null);
        assertThat(meta(own, "og:title")).isEqualTo(PreviewTags.NETWORK_TITLE);
        assertThat(own.select("script").stream().map(s -> s.data())).noneMatch(s -> s.contains("<"));
        Document stray = page("/network", "steps=%zz", null);
        assertThat(meta(stray, "og:title")).isEqualTo(PreviewTags.NETWORK_TITLE);
    }
}
