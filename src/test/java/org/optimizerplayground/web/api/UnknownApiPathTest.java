package org.optimizerplayground.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A path under {@code /api/} that no controller maps is answered by the API as a JSON 404, not
 * by the page (whose servlet serves every other path), whatever the method; the API's own
 * endpoints and the page's paths stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnknownApiPathTest {
    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "GET    | /api/anything-unknown",
        "GET    | /api/anything-unknown?steps=1",
        "GET    | /api/",
        "GET    | /api/trajectory/extra",
        "POST   | /api/anything-unknown",
        "PUT    | /api/sweep/x",
        "DELETE | /api/basins2",
    })
    void anUnmappedApiPathIsAJson404(String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).startsWith("{\"error\":\"").contains("\"param\":").doesNotContain("<html");
    }

    @Test
    void theApiStillAnswers() throws Exception {
        HttpResponse<String> response = send("GET", "/api/trajectory?surface=parabola&steps=1&run=sgd");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"surface\":\"parabola\"");
        assertThat(send("GET", "/api/trajectory?steps=0").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/sweep?surface=parabola&steps=10&run=sgd&count=2").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongMethodOnAnApiPathIsAJson405() throws Exception {
        HttpResponse<String> response = send("POST", "/api/trajectory");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).startsWith("{\"error\":\"");
        for (String path : new String[] {"/api/train", "/api/landscape"}) {
            assertThat(send("POST", path).statusCode()).as(path).isEqualTo(405);
        }
    }

    @Test
    void theNetworkApiAnswersAndIsListedInThe404() throws Exception {
        assertThat(send("GET", "/api/train?n=20&steps=2&run=sgd").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/landscape?n=20&steps=2&grid=3").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/train?bogus=1").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/nothing").body()).contains("/api/train").contains("/api/landscape");
    }

    @Test
    void pathsOutsideTheApiStillGetThePage() throws Exception {
        for (String path : new String[] {"/", "/apifoo", "/?steps=5"}) {
            HttpResponse<String> response = send("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString().startsWith("text/html");
        }
    }
}
