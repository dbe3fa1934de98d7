package org.optimizerplayground.web.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server, as a link crawler sees it (no JavaScript): the surface page's first HTML for a
 * lesson's link carries the lesson's card, and the picture it names is there. Same Spring
 * configuration as the browser tests, so they share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewOverHttpTest {
    private static final String LESSON = "surface=ravine&steps=150&run=momentum(lr=0.02)&run=momentum-ema(lr=0.2)"
            + "&run=momentum-ema(lr=0.02)&speed=30";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("User-Agent", "facebookexternalhit/1.1").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The page, asked again while the development server still shows its waiting page (first build of the front end). */
    private Document page(String query) throws IOException, InterruptedException {
        return page("/", query);
    }

    private Document page(String path, String query) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (true) {
            HttpResponse<byte[]> r = get(path + "?" + query);
            Document d = Jsoup.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            if (r.statusCode() == 200 && !d.select("meta[property=og:title]").isEmpty()) {
                return d;
            }
            assertThat(System.nanoTime()).as("the page with its card, got " + r.statusCode()).isLessThan(deadline);
            Thread.sleep(2000);
        }
    }

    @Test
    void aLessonLinksPageCarriesItsCardAndThePictureIsThere() throws Exception {
        Document d = page(LESSON);
        assertThat(d.select("meta[property=og:title]").attr("content"))
                .isEqualTo("Two ways to write momentum");
        assertThat(d.select("meta[property=og:description]").attr("content")).isNotBlank();
        String image = d.select("meta[property=og:image]").attr("content");
        assertThat(image).isEqualTo("http://localhost:" + port + "/api/preview.png?" + LESSON);
        assertThat(d.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        HttpResponse<byte[]> picture = get(URI.create(image).getRawPath() + "?" + URI.create(image).getRawQuery());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(picture.body())).getWidth()).isEqualTo(1200);
    }

    @Test
    void aHostileLinkGetsThePlaygroundsCardNotAnError() throws Exception {
        Document d = page("surface=custom&f=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(d.select("meta[property=og:title]").attr("content")).isEqualTo("Optimizer Playground");
        assertThat(d.outerHtml()).doesNotContain("<script>alert");
    }

    @Test
    void aNetworkLessonsPageCarriesItsTitle() throws Exception {
        Document d = page("/network", "batch=1&steps=500&run=sgd(lr=0.1)&speed=max");
        assertThat(d.select("meta[property=og:title]").attr("content")).isEqualTo("Batch size 1: the noise of SGD");
    }
}
