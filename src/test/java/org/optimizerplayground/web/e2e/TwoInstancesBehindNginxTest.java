package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 6, item 6: the playground behind a real load balancer. Two instances (child JVMs,
 * routes node1 and node2) and nginx from {@code deploy/nginx/playground.conf.template}, as
 * {@code deploy/two-instances.sh} runs them; the checks go through nginx as a browser would.
 * The last test stops one instance with SIGTERM (graceful shutdown) and sees its browser move
 * to the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesBehindNginxTest {
    private static final Pattern ROUTE = Pattern.compile("JSESSIONID=[^;.]+\\.([A-Za-z0-9_-]+)");
    /** 100 updates at 20 per second, once play is pressed: five seconds of live frames, then the run ends. */
    private static final String SHORT_RUN = "/?surface=bowl&steps=100&run=adam(lr=0.3)&speed=20&play=false";
    private static final int STEPS = 100;
    /** Plays for more than a day: only stops when told to (or when its instance stops). */
    private static final String ENDLESS = "/?surface=bowl&steps=100000&run=sgd(lr=0.001)&speed=1";

    private static TwoInstances lb;
    private static ChromeDriver browser;
    private static String livePageRoute;

    @BeforeAll
    static void start() throws Exception {
        lb = TwoInstances.start();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            browser = null;
            if (lb != null) {
                lb.close();
            }
        }
    }

    @Test
    @Order(1)
    void theApiAnswersThroughNginxExactlyAsEachInstanceDoes() {
        String query = "/api/trajectory?surface=rosenbrock&start=-1.5,2&steps=300&run=adam(lr=0.05)"
                + "&run=momentum(lr=0.001,beta=0.9)";
        String direct = body(lb.get(lb.node1.base() + query));
        assertThat(body(lb.get(lb.node2.base() + query))).as("node2 directly").isEqualTo(direct);
        for (int i = 0; i < 4; i++) { // round-robin: both instances answer through nginx
            assertThat(body(lb.get(lb.base() + query))).as("through nginx, request " + i).isEqualTo(direct);
        }
        assertThat(direct).startsWith("{\"surface\":\"rosenbrock\"");
        HttpResponse<String> bad = lb.get(lb.base() + "/api/trajectory?surface=nowhere");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"param\":\"surface\"");
        // Hostile long links: up to 512 KB the app itself answers; beyond, nginx, in the same words.
        HttpResponse<String> deep = lb.get(lb.base() + "/api/trajectory?surface=custom&f=" + "%28".repeat(100_000));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("\"param\":\"f\"");
        HttpResponse<String> huge = lb.get(lb.base() + "/api/trajectory?surface=custom&f=" + "x".repeat(600_000));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(huge.body()).startsWith("{\"error\":\"the link could not be read");
    }

    @Test
    @Order(2)
    void browsersWithoutACookieAreSpreadOverBothInstances() {
        Set<String> routes = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            routes.add(route(lb.get(lb.base() + "/?play=false&surface=bowl"))
                    .orElseThrow(() -> new AssertionError("a fresh browser got no session cookie")));
        }
        assertThat(routes).containsExactlyInAnyOrder("node1", "node2");
    }

    @Test
    @Order(3)
    void aBrowserStaysOnTheInstanceOfItsCookie() throws Exception {
        for (int browserNo = 0; browserNo < 2; browserNo++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> first = send(client, "/?play=false&surface=bowl");
            String route = route(first).orElseThrow(() -> new AssertionError("no session cookie"));
            TwoInstances.Node node = lb.node(route);
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> page = send(client, "/?play=false&surface=bowl");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(route(page)).as("request " + i + ": the instance knows the session, no new cookie")
                        .isEmpty();
                // The API has no session, so only nginx's map can send it to the cookie's instance.
                String marker = "seed=" + (1000 + browserNo * 10 + i);
                assertThat(send(client, "/api/trajectory?surface=bowl&steps=2&" + marker).statusCode()).isEqualTo(200);
                String logged = lb.awaitLogLine("request with " + marker, l -> l.contains(marker));
                assertThat(logged).contains("route=" + route, "upstream=127.0.0.1:" + node.port);
            }
        }
    }

    @Test
    @Order(4)
    void aLivePageStreamsThroughNginxAndItsLinkOpensInASecondTab() throws Exception {
        browser = Chromium.start();
        String blank = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        PlaygroundPage page = PlaygroundPage.open(browser, lb.base(), SHORT_RUN);
        String route = browserRoute();
        page.play();
        // Points arrive frame after frame while it plays: the page shows several k between 0 and the end.
        Set<Integer> seen = new HashSet<>();
        page.waitFor(d -> {
            int k = page.k(1);
            if (k > 0 && k < STEPS) {
                seen.add(k);
            }
            return page.ended(1);
        }, "the run to end");
        assertThat(seen).as("k seen while playing").hasSizeGreaterThanOrEqualTo(3);

        // Those frames came over the tab's own frame socket (/frames), through nginx.
        Number socketFrames = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.querySelector('frame-channel').socketFrames;");
        assertThat(socketFrames.intValue()).as("frames over the frame socket through nginx").isGreaterThan(5);

        List<List<Double>> path = page.mapPath(1);
        assertThat(path).hasSize(STEPS + 1);
        TrajectoryApi api = new TrajectoryApi(lb.base());
        assertThat(path).isEqualTo(api.thetas(SHORT_RUN, 1));

        String link = page.rawAddress();
        browser.switchTo().newWindow(WindowType.TAB);
        PlaygroundPage second = PlaygroundPage.open(browser, lb.base(), link);
        if (!second.allEnded()) {
            second.play(); // the link may say play=false, as the first tab's did
            second.waitFor(d -> second.allEnded(), "the copied link's run to end");
        }
        assertThat(second.mapPath(1)).as("the same trajectory in the second tab").isEqualTo(path);
        assertThat(browserRoute()).isEqualTo(route);
        assertThat(metric(lb.node(route), "playground.sessions.active")).as("both tabs live on " + route)
                .isGreaterThanOrEqualTo(2);
        livePageRoute = route;

        // The points came over push websockets that nginx upgraded (101) and sent to the cookie's
        // instance. nginx logs a websocket when it closes: close the tabs.
        page.close();
        second.close();
        browser.switchTo().window(blank);
        String push = lb.awaitLogLine("websocket push request", l -> l.contains("/VAADIN/push")
                && l.contains("X-Atmosphere-Transport=websocket") && l.contains("\" 101 "));
        assertThat(push).contains("route=" + route, "upstream=127.0.0.1:" + lb.node(route).port);
        String frames = lb.awaitLogLine("frame socket request", l -> l.contains("GET /frames?t=") && l.contains("\" 101 "));
        assertThat(frames).contains("route=" + route, "upstream=127.0.0.1:" + lb.node(route).port);
    }

    @Test
    @Order(5)
    void eachInstanceServesItsMetricsOnItsManagementPortOnly() {
        TwoInstances.Node node = lb.node(livePageRoute == null ? "node1" : livePageRoute);
        HttpResponse<String> prometheus = lb.get(node.management() + "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("playground_sessions_active_sessions ",
                "playground_sessions_playing_sessions ", "playground_push_errors_frames_total ");
        if (livePageRoute != null) {
            assertThat(metric(node, "playground.updates")).as("updates computed by the two live tabs")
                    .isGreaterThanOrEqualTo(2 * STEPS);
            assertThat(metric(node, "playground.frames.pushed")).as("frames pushed to the live page").isGreaterThan(5);
        }
        for (String path : List.of("/actuator/health", "/actuator/prometheus")) {
            HttpResponse<String> viaNginx = lb.get(lb.base() + path);
            assertThat(viaNginx.headers().firstValue("Content-Type").orElse("")).as(path + " via nginx")
                    .doesNotContain("json");
            assertThat(viaNginx.body()).doesNotContain("\"UP\"").doesNotContain("playground_");
        }
    }

    @Test
    @Order(6)
    void aStoppedInstanceShutsDownGracefullyAndItsBrowsersMoveToTheOther() throws Exception {
        if (browser == null) {
            browser = Chromium.start();
        }
        browser.switchTo().newWindow(WindowType.TAB);
        PlaygroundPage playing = PlaygroundPage.open(browser, lb.base(), ENDLESS);
        playing.waitFor(d -> playing.k(1) >= 1, "the page to play");
        String route = browserRoute();
        TwoInstances.Node node = lb.node(route);
        TwoInstances.Node other = node == lb.node1 ? lb.node2 : lb.node1;
        assertThat(metric(node, "playground.sessions.playing")).isGreaterThanOrEqualTo(1);
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();

        Duration exit = lb.terminate(node, Duration.ofSeconds(40));

        String log = node.logText();
        assertThat(log).as(route + "'s log").contains("Commencing graceful shutdown", "Graceful shutdown complete")
                // (how many still play at that moment is a race: the websocket is already closing)
                .containsPattern("Shutdown: stopping the frames with \\d+ live sessions, \\d+ of them playing")
                .contains("Shutdown: web server stopped with 0 live sessions left open");
        assertThat(exit).as("time from SIGTERM to exit").isLessThan(Duration.ofSeconds(25));

        // A request with the cookie of the stopped instance: nginx takes it to the other one,
        // which starts a new session. (The browser itself may have moved already: its push
        // reconnects through nginx as soon as the websocket closes.)
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> moved = client.send(HttpRequest.newBuilder(URI.create(lb.base() + "/?play=false"))
                .header("Cookie", "JSESSIONID=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(route(moved)).as("a new session on the other instance: " + moved.headers().map())
                .contains(other.route);

        // And the student who reloads the page plays again, on the other instance.
        PlaygroundPage reloaded = PlaygroundPage.open(browser, lb.base(), ENDLESS);
        reloaded.waitFor(d -> reloaded.k(1) >= 1, "the reloaded page to play");
        assertThat(browserRoute()).isEqualTo(other.route);
        System.out.println("[two-instances] " + route + " exited " + exit.toMillis() + " ms after SIGTERM");
    }

    // ---- plumbing ----

    private static String body(HttpResponse<String> response) {
        assertThat(response).as("an answer").isNotNull();
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> send(HttpClient client, String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(lb.base() + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The route of the session cookie this response sets, if it sets one. */
    private static Optional<String> route(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = ROUTE.matcher(cookie);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String browserRoute() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("the browser's session cookie").isNotNull();
        Matcher m = Pattern.compile("\\.([A-Za-z0-9_-]+)$").matcher(cookie.getValue());
        assertThat(m.find()).as("a route at the end of " + cookie.getValue()).isTrue();
        return m.group(1);
    }

    /** The value of a metric of node, from /actuator/metrics on its management port. */
    private static double metric(TwoInstances.Node node, String name) {
        HttpResponse<String> r = lb.get(node.management() + "/actuator/metrics/" + name);
        assertThat(r.statusCode()).as(name).isEqualTo(200);
        Matcher m = Pattern.compile("\"value\":([-0-9.Ee]+)").matcher(r.body());
        assertThat(m.find()).as("a value in " + r.body()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
