package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scenarios 6 and 7 of issue 3: every tab has a session of its own, and closing a tab ends it. */
class TabsTest extends BrowserTest {
    /** Plays for more than a day (100 000 updates at one per second): it only stops when told to. */
    private static final String ENDLESS = "/?surface=bowl&steps=100000&run=sgd(lr=0.001)&speed=1";

    @Test
    void twoTabsPlayAndStepIndependently() {
        // 5000 updates at 30 per second: each tab plays for minutes, and every point is drawn.
        PlaygroundPage playing = openInNewTab("/?surface=bowl&steps=5000&run=sgd(lr=0.001)&speed=30");
        PlaygroundPage stepping = openInNewTab("/?surface=bowl&steps=5000&run=sgd(lr=0.001)&speed=30");

        stepping.pause();
        int paused = stepping.k(1);
        stepping.step().step();
        assertThat(stepping.k(1)).isEqualTo(paused + 2);

        // The other tab goes on playing meanwhile, far past the paused one…
        int from = playing.k(1);
        playing.waitFor(d -> playing.k(1) > from + 30, "the playing tab to make 30 more updates");
        playing.waitFor(d -> playing.k(1) > paused + 40, "the playing tab to pass the stepping one");
        // …while the paused one has not moved.
        assertThat(stepping.k(1)).isEqualTo(paused + 2);
        assertThat(stepping.mapPointCount(1)).isEqualTo(paused + 3);

        // And the other way round: pausing the first does not move or stop the second.
        playing.pause();
        int stopped = playing.k(1);
        stepping.play();
        stepping.waitFor(d -> stepping.k(1) > paused + 40, "the second tab to play on");
        assertThat(playing.k(1)).isEqualTo(stopped);
        assertThat(playing.mapPointCount(1)).isEqualTo(stopped + 1);
    }

    @Test
    void closingAPlayingTabEndsItsSession() {
        PlaygroundPage teacher = openInNewTab("/?surface=bowl&play=false");
        int sessions = registry.size();
        int playing = scheduler.scheduledTasks();

        PlaygroundPage student = openInNewTab(ENDLESS);
        student.waitFor(d -> student.k(1) > 0, "the new tab to play");
        await("one more session, playing", () -> registry.size() == sessions + 1
                && scheduler.scheduledTasks() == playing + 1);

        student.close();

        await("the closed tab's session and its frame task to be gone",
                () -> registry.size() == sessions && scheduler.scheduledTasks() == playing);
        assertThat(teacher.k(1)).as("the remaining tab is still there").isZero();
    }

    @Test
    void leavingThePageEndsItsSessionToo() {
        PlaygroundPage student = openInNewTab("/?surface=bowl&play=false");
        int sessions = registry.size();
        int playing = scheduler.scheduledTasks();
        student.play();
        await("the tab to play", () -> scheduler.scheduledTasks() == playing + 1);

        driver.get("about:blank");

        await("the session to be gone", () -> registry.size() == sessions - 1 && scheduler.scheduledTasks() == playing);
    }
}
