package org.optimizerplayground.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator answers on the management port (loopback) and not on the public one. The same
 * Spring configuration as the other {@code RANDOM_PORT} tests, so they share one server; Spring
 * gives the management port a random number too, since it differs from the server's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Value("${management.server.address}")
    String managementAddress;

    private HttpResponse<String> get(int p, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndProbesAreOnTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        assertThat(managementAddress).as("loopback unless the operator says otherwise").isEqualTo("127.0.0.1");

        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(managementPort, path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
        }

        // On the public port these paths are just unknown pages of the playground (Vaadin's
        // router answers them with its HTML page): no health, no metrics.
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/metrics",
                "/actuator/metrics/" + PlaygroundMetrics.ACTIVE, "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> onPublicPort = get(port, path);
            assertThat(onPublicPort.headers().firstValue("Content-Type").orElse(""))
                    .as(path + " on the public port").doesNotContain("json");
            assertThat(onPublicPort.body()).as(path + " on the public port").doesNotContain("\"status\":\"UP\"")
                    .doesNotContain("\"measurements\"").doesNotContain("playground_");
        }
    }

    @Test
    void thePlaygroundsMetricsAreServed() throws Exception {
        for (String name : new String[] {PlaygroundMetrics.ACTIVE, PlaygroundMetrics.PLAYING, PlaygroundMetrics.UPDATES,
                PlaygroundMetrics.UPDATES_RATE, PlaygroundMetrics.FRAMES, PlaygroundMetrics.FRAMES_RATE,
                PlaygroundMetrics.PUSH_ERRORS}) {
            HttpResponse<String> metric = get(managementPort, "/actuator/metrics/" + name);
            assertThat(metric.statusCode()).as(name).isEqualTo(200);
            assertThat(metric.body()).as(name).contains("\"name\":\"" + name + "\"").contains("\"measurements\"");
        }
        // /actuator/prometheus: Spring Boot's tests switch metric exporters off, so the two real
        // instances of TwoInstancesBehindNginxTest check it.
    }
}
