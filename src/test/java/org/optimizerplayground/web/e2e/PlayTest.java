package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scenarios 2 and 8 of issue 3: pressing play, and the bare address that plays at once. */
class PlayTest extends BrowserTest {

    @Test
    void playSendsPointsToTheMapAndKGrows() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&steps=2000&run=adam(lr=0.1)&speed=30&play=false");
        assertThat(page.k(1)).isZero();
        assertThat(page.mapPointCount(1)).as("θ₀ alone is on the map before play").isEqualTo(1);

        page.play();

        // Points keep arriving: the path grows, and grows again, while the status line counts up.
        int points = page.waitFor(d -> page.mapPointCount(1) > 1 ? page.mapPointCount(1) : null, "a first new point");
        page.waitFor(d -> page.mapPointCount(1) > points, "more points after " + points);
        int k = page.k(1);
        page.waitFor(d -> page.k(1) > k, "k to grow past " + k);

        // Paused, the map holds exactly θ₀ … θ_k of the status line, and nothing moves any more.
        page.pause();
        int stoppedAt = page.k(1);
        assertThat(stoppedAt).isBetween(k + 1, 1999);
        page.waitFor(d -> page.mapPointCount(1) == stoppedAt + 1, "the map to hold θ₀ … θ_" + stoppedAt);
        assertThat(page.mapPath(1)).isEqualTo(api.thetas(page.query(), 1).subList(0, stoppedAt + 1));
    }

    @Test
    void theBareAddressPlaysTheDefaultRaceAtOnce() {
        PlaygroundPage page = openInNewTab("/");

        assertThat(page.runCount()).as("the default race: sgd, momentum, adam").isEqualTo(3);
        assertThat(page.status(1)).contains("Gradient descent");
        assertThat(page.status(2)).contains("Momentum");
        assertThat(page.status(3)).contains("Adam");
        // Nobody pressed play: k grows on its own, up to the default 200 updates.
        page.waitFor(d -> page.k(1) > 0, "run 1 to start moving");
        assertThat(page.address()).isEqualTo("/");
        page.waitFor(d -> page.allEnded(), "the default race to end");
        for (int run = 1; run <= 3; run++) {
            assertThat(page.k(run)).as("run %d", run).isEqualTo(200);
            assertThat(page.mapPointCount(run)).as("points of run %d", run).isEqualTo(201);
        }
        assertThat(page.address()).as("the address bar stays the bare link").isEqualTo("/");
    }
}
