package org.optimizerplayground.web.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/trajectory} of the running server: the numbers the page must show. */
final class TrajectoryApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TrajectoryApi(String base) {
        this.base = base;
    }

    /**
     * The API's answer to a link: its query alone or the whole {@code /?…} (raw or percent-encoded,
     * page-only keys included, which the API ignores).
     */
    JsonNode trajectory(String link) {
        String q = escape(link.substring(link.indexOf('?') + 1));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/trajectory?" + q))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /api/trajectory?" + q + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET /api/trajectory?" + q + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Percent-encodes what may not stand raw in a request line (as a browser does before sending
     * a typed link: spaces, {@code ^ < > " { } | \\ `} and non-ASCII); everything else, escapes
     * included, is sent as it is.
     */
    static String escape(String query) {
        StringBuilder out = new StringBuilder();
        for (byte b : query.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || " ^<>\"{}|\\`".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** θ_k for k = 0 … N of run {@code run} (1-based, as the page counts runs); null (not finite) is NaN. */
    List<List<Double>> thetas(String query, int run) {
        List<List<Double>> out = new ArrayList<>();
        for (JsonNode point : trajectory(query).get("runs").get(run - 1).get("points")) {
            List<Double> theta = new ArrayList<>();
            for (JsonNode v : point.get("theta")) {
                theta.add(v.isNull() ? Double.NaN : v.asDouble());
            }
            out.add(theta);
        }
        return out;
    }

    /** θ_k of run {@code run} (1-based). */
    List<Double> theta(String query, int run, int k) {
        return thetas(query, run).get(k);
    }
}
