package org.optimizerplayground.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Issue 6, item 5 in small: tabs opened over the real server with Vaadin's own protocol (the load
 * driver's {@link FlowTab}), playing; 20 closed as a browser closes them and 20 abandoned (the
 * socket dropped) leave no session and no frame task behind once their HTTP sessions are gone.
 * Expiry is not waited for: the abandoned tabs' sessions are expired through Tomcat's session
 * manager, the very call its timeout makes. {@code bench/lecture-hall.sh leak} does the same
 * with 1 000 + 1 000 tabs and a real (short) timeout.
 *
 * <p>Same Spring configuration as the other {@code RANDOM_PORT} tests, so they share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionLeakTest {
    /** Plays for hours: every tab has a frame task until it is closed or its session ends. */
    private static final String ENDLESS = "surface=bowl&steps=100000&run=sgd(lr=0.001)&speed=10";
    private static final int TABS = 20;

    @LocalServerPort
    int port;
    @Autowired
    SessionRegistry registry;
    @Autowired
    FrameScheduler scheduler;
    @Autowired
    ServletWebServerApplicationContext server;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void closedAndAbandonedTabsLeaveNoSessionAndNoFrameTask() throws Exception {
        frontEndReady();
        int sessions = registry.size();
        int playing = playingNow();

        List<FlowTab> closed = open(TABS);
        await("20 more sessions, all playing", () -> registry.size() == sessions + TABS
                && scheduler.scheduledTasks() == playing + TABS);
        closed.forEach(tab -> tab.tweak(0.002));
        for (FlowTab tab : closed) {
            tab.close();
        }
        await("the closed tabs' sessions and frame tasks to be gone", () -> registry.size() == sessions
                && scheduler.scheduledTasks() == playing);

        List<FlowTab> abandoned = open(TABS);
        await("20 more sessions again", () -> registry.size() == sessions + TABS);
        abandoned.forEach(FlowTab::abandon);
        // A dropped socket says nothing: the tabs stay (a browser may reconnect) until their session ends…
        Thread.sleep(500);
        assertThat(registry.size()).as("abandoned tabs before their sessions expire").isEqualTo(sessions + TABS);

        // …and their session ends as its timeout ends it.
        Manager manager = ((Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0])
                .getManager();
        for (FlowTab tab : abandoned) {
            Session session = manager.findSession(tab.sessionId());
            assertThat(session).as("the abandoned tab's HTTP session").isNotNull();
            session.expire();
        }
        await("the abandoned tabs' sessions and frame tasks to be gone", () -> registry.size() == sessions
                && scheduler.scheduledTasks() == playing);
        for (FlowTab tab : closed) {
            assertThat(tab.stats().errors()).as("errors seen by a closed tab").isZero();
        }
    }

    /**
     * In development mode the first requests wait for the front-end build (about a minute on a
     * fresh checkout); Vaadin answers its init request once the build is there.
     */
    private void frontEndReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            String body = http.send(java.net.http.HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/?v-r=init&location=&query=")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            if (body.startsWith("{")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Vaadin never answered its init request: " + body.substring(0, Math.min(300, body.length())));
            }
            Thread.sleep(1000);
        }
    }

    private List<FlowTab> open(int count) throws Exception {
        List<FlowTab> tabs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FlowTab tab = new FlowTab(http, URI.create("http://localhost:" + port), ENDLESS);
            tab.open(false);
            tabs.add(tab);
        }
        return tabs;
    }

    /** Playing sessions: the most tasks seen in a few looks (a task whose frame runs is out of the queue). */
    private int playingNow() throws InterruptedException {
        int most = 0;
        for (int i = 0; i < 10; i++) {
            most = Math.max(most, scheduler.scheduledTasks());
            Thread.sleep(10);
        }
        return most;
    }

    /** Polls the server's state (every 50 ms, up to 30 s) until {@code condition} holds. */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waiting for " + what + " (live sessions " + registry.size()
                        + ", playing " + scheduler.scheduledTasks() + ")");
            }
            Thread.sleep(50);
        }
    }
}
