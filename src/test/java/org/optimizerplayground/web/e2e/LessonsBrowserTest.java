package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.lessons.Lesson;
import org.optimizerplayground.web.ui.lessons.Lessons;

/**
 * Issue 4, "done when": each lesson opens from the {@code lessons} menu and shows, on first play,
 * what its text promises. A teacher's walk: open the page, pick the lesson by its title, let the
 * whole run play at once (speed "Whole run at once"), then read the claim off what the page
 * shows — the status chips, the points of the map and of the J and α charts. The same claims
 * are checked on the engine's numbers by {@code LessonsTest}; here they are checked on what
 * reached the browser.
 */
class LessonsBrowserTest extends BrowserTest {
    private static final Properties EN = new Properties();

    @BeforeAll
    static void titles() throws IOException {
        try (InputStream in = LessonsBrowserTest.class.getClassLoader()
                .getResourceAsStream("vaadin-i18n/translations.properties")) {
            EN.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * Opens a paused page, picks the lesson from the menu, checks that the address bar and the
     * lesson text follow, switches to the whole run at once and waits until every run has ended
     * and every point is on the map.
     */
    private PlaygroundPage lesson(String id) {
        Lesson lesson = Lessons.byId(id).orElseThrow();
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=sgd&play=false");
        page.choose("lessons", EN.getProperty(lesson.titleKey()));
        try {
            page.waitFor(d -> page.address().equals("/?" + lesson.query()) ? true : null, "the lesson's link");
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the address bar shows " + page.address() + ", not the link of " + id, e);
        }
        assertThat(page.visibleText("lesson-text")).isEqualTo(EN.getProperty(lesson.textKey()));
        page.choose("speed", EN.getProperty("speed.max"));
        page.waitFor(d -> page.allEnded(), "every run of " + id + " to end");
        int runs = page.runCount();
        page.waitFor(d -> {
            for (int r = 1; r <= runs; r++) {
                if (page.mapPointCount(r) != page.k(r) + 1) {
                    return false;
                }
            }
            return true;
        }, "every point of " + id + " on the map");
        return page;
    }

    private static double x(List<List<Double>> path, int k) {
        return path.get(k).get(0);
    }

    private static double y(List<List<Double>> path, int k) {
        return path.get(k).get(1);
    }

    private static int last(List<?> path) {
        return path.size() - 1;
    }

    /** The first k with the chart's value below {@code level} (the series' x is k), or −1. */
    private static int firstBelow(List<List<Double>> series, double level) {
        for (List<Double> p : series) {
            if (p.get(1) < level) {
                return p.get(0).intValue();
            }
        }
        return -1;
    }

    /** The first k with |y| (θ₂ of a 2-D path) above {@code level}, or −1. */
    private static int firstBeyondY(List<List<Double>> path, double level) {
        for (int k = 0; k < path.size(); k++) {
            if (Math.abs(y(path, k)) > level) {
                return k;
            }
        }
        return -1;
    }

    /** The mean of the series' values for k ≥ {@code from}. */
    private static double mean(List<List<Double>> series, int from) {
        return series.stream().filter(p -> p.get(0) >= from).mapToDouble(p -> p.get(1)).average().orElseThrow();
    }

    @Test
    void gradientDescentKeepsNinetyPercentOfTheDistanceEachUpdate() {
        PlaygroundPage page = lesson("gradient-descent");
        List<List<Double>> path = page.mapPath(1); // 1-D: [w, J]
        assertThat(path).hasSize(101);
        for (int k = 1; k <= 100; k++) {
            assertThat(x(path, k)).isCloseTo(0.9 * x(path, k - 1), within(1e-14));
            assertThat(x(path, k)).isPositive();
            assertThat(y(path, k)).isLessThan(y(path, k - 1));
        }
        assertThat(x(path, 100)).isLessThan(1e-4);
        assertThat(page.status(1)).endsWith("stopped after 100 updates");
    }

    @Test
    void tooSmallCrawlsTooBigOvershootsMuchTooBigDivergesAt74() {
        PlaygroundPage page = lesson("learning-rate");
        List<List<Double>> small = page.mapPath(1);
        List<List<Double>> big = page.mapPath(2);
        List<List<Double>> huge = page.mapPath(3);
        assertThat(page.status(3)).contains("diverged at k = 74");
        assertThat(huge).hasSize(75);
        for (int k = 1; k < huge.size(); k++) {
            assertThat(x(huge, k)).isCloseTo(-1.2 * x(huge, k - 1), within(1e-9 * Math.abs(x(huge, k))));
        }
        assertThat(Math.abs(x(huge, 74))).isGreaterThan(1e6);
        for (int k = 1; k <= 100; k++) {
            assertThat(x(small, k)).isPositive().isLessThan(x(small, k - 1));
            assertThat(Math.signum(x(big, k))).isEqualTo(-Math.signum(x(big, k - 1)));
        }
        assertThat(x(small, 100)).isCloseTo(0.55, within(0.005));
        assertThat(Math.abs(x(big, 100))).isBetween(0.01, 0.05);
        assertThat(page.status(1)).endsWith("stopped after 100 updates");
        assertThat(page.status(2)).endsWith("stopped after 100 updates");
    }

    @Test
    void decayDrawsTheStaircaseAndCalmsTheNoise() {
        PlaygroundPage page = lesson("decay");
        List<List<Double>> constant = page.series("lr-chart", 0);
        List<List<Double>> decayed = page.series("lr-chart", 1);
        assertThat(decayed).hasSize(500);
        double[] stairs = {0.1, 0.07, 0.049, 0.0343, 0.02401};
        for (List<Double> p : decayed) {
            int k = p.get(0).intValue();
            assertThat(p.get(1)).as("α at k = %d", k).isCloseTo(stairs[(k - 1) / 100], within(1e-15));
        }
        assertThat(constant).allSatisfy(p -> assertThat(p.get(1)).isEqualTo(0.1));
        double constantMean = mean(page.series("loss-chart", 0), 401);
        double decayedMean = mean(page.series("loss-chart", 1), 401);
        assertThat(constantMean).isGreaterThan(0.2);
        assertThat(decayedMean).isLessThan(constantMean / 4);
    }

    @Test
    void momentumStepsGrowTowardsTenTimesGradientDescentsStep() {
        PlaygroundPage page = lesson("momentum-speed");
        List<List<Double>> gd = page.mapPath(1);
        List<List<Double>> momentum = page.mapPath(2);
        double previous = 0;
        for (int k = 1; k < gd.size(); k++) {
            assertThat(x(gd, k - 1) - x(gd, k)).isCloseTo(0.05, within(1e-12));
            double step = x(momentum, k - 1) - x(momentum, k);
            assertThat(step).isCloseTo(0.05 * (1 - Math.pow(0.9, k)) / 0.1, within(1e-12)).isGreaterThan(previous);
            previous = step;
        }
        assertThat(x(momentum, 2) - x(momentum, 3)).isCloseTo(0.136, within(0.001));
        assertThat(previous).isBetween(0.45, 0.5);
    }

    @Test
    void momentumRollsOverTheHumpIntoTheGlobalMinimum() {
        PlaygroundPage page = lesson("momentum-local-minimum");
        List<List<Double>> gd = page.mapPath(1);
        List<List<Double>> momentum = page.mapPath(2);
        List<List<Double>> weak = page.mapPath(3);
        double hump = 0.16923;
        assertThat(gd).allSatisfy(p -> assertThat(p.get(0)).isGreaterThan(1.0));
        assertThat(x(gd, last(gd))).isCloseTo(1.13090, within(1e-3));
        int passed = -1;
        for (int k = 0; k < momentum.size() && passed < 0; k++) {
            if (x(momentum, k) < hump) {
                passed = k;
            }
        }
        assertThat(passed).as("update at which momentum passes the hump").isBetween(1, 10);
        assertThat(x(momentum, last(momentum))).isCloseTo(-1.30084, within(0.01));
        assertThat(y(momentum, last(momentum))).as("J at the end").isLessThan(-3.5);
        assertThat(weak).allSatisfy(p -> assertThat(p.get(0)).isGreaterThan(hump));
        assertThat(x(weak, last(weak))).isCloseTo(1.13090, within(1e-3));
    }

    @Test
    void bothMomentumFormulationsDrawTheSamePath() {
        PlaygroundPage page = lesson("momentum-formulations");
        List<List<Double>> polyak = page.mapPath(1);
        List<List<Double>> ema = page.mapPath(2);
        List<List<Double>> emaSameAlpha = page.mapPath(3);
        assertThat(ema).hasSize(151).hasSameSizeAs(polyak);
        for (int k = 0; k < polyak.size(); k++) {
            assertThat(x(ema, k)).isCloseTo(x(polyak, k), within(1e-12));
            assertThat(y(ema, k)).isCloseTo(y(polyak, k), within(1e-12));
        }
        double first = Math.hypot(x(polyak, 1) - x(polyak, 0), y(polyak, 1) - y(polyak, 0));
        double firstSameAlpha = Math.hypot(x(emaSameAlpha, 1) - x(emaSameAlpha, 0), y(emaSameAlpha, 1) - y(emaSameAlpha, 0));
        assertThat(firstSameAlpha / first).isCloseTo(0.1, within(1e-9));
        List<List<Double>> polyakJ = page.series("loss-chart", 0);
        List<List<Double>> slowJ = page.series("loss-chart", 2);
        assertThat(polyakJ.get(last(polyakJ)).get(1)).isLessThan(1e-6);
        assertThat(slowJ.get(last(slowJ)).get(1)).isGreaterThan(0.5);
    }

    @Test
    void onTheRavineRmspropNeitherCrawlsNorBounces() {
        PlaygroundPage page = lesson("ravine-rmsprop");
        List<List<Double>> small = page.mapPath(1);
        List<List<Double>> big = page.mapPath(2);
        List<List<Double>> rms = page.mapPath(3);
        assertThat(small).allSatisfy(p -> assertThat(p.get(1)).isPositive());
        assertThat(x(small, 100)).isCloseTo(-1.65, within(0.01));
        for (int k = 1; k < big.size(); k++) {
            assertThat(Math.signum(y(big, k))).isEqualTo(-Math.signum(y(big, k - 1)));
        }
        assertThat(Math.abs(y(big, 50))).isGreaterThan(0.15);
        for (int k = 1; k < rms.size() && Math.abs(y(rms, k)) > 1e-3; k++) {
            assertThat(y(rms, k)).as("RMSprop does not bounce, k = %d", k).isPositive();
        }
        for (int k = 20; k <= 60; k++) {
            assertThat(Math.abs(y(rms, k))).isLessThan(0.02);
        }
        double smallJ = page.series("loss-chart", 0).get(100).get(1);
        double bigJ = page.series("loss-chart", 1).get(100).get(1);
        double rmsJ = page.series("loss-chart", 2).get(100).get(1);
        assertThat(rmsJ).isLessThan(1e-5).isLessThan(bigJ / 100).isLessThan(smallJ);
    }

    @Test
    void adamReachesTheBealeMinimumFirst() {
        PlaygroundPage page = lesson("beale");
        assertThat(page.runCount()).isEqualTo(6);
        List<List<Double>> adam = page.mapPath(6);
        assertThat(x(adam, last(adam))).isCloseTo(3, within(1e-5));
        assertThat(y(adam, last(adam))).isCloseTo(0.5, within(1e-5));
        assertThat(firstBelow(page.series("loss-chart", 5), 0.01)).isBetween(35, 45);
        for (int run = 1; run <= 5; run++) {
            assertThat(page.status(run)).endsWith("stopped after 300 updates");
            List<List<Double>> j = page.series("loss-chart", run - 1);
            assertThat(j.get(last(j)).get(1)).as("run %d's final J", run).isGreaterThan(1e-4);
            int k = firstBelow(j, 0.01);
            assertThat(k == -1 || k > 90).as("run %d gets below 0.01 only after k = 90, at %d", run, k).isTrue();
        }
    }

    @Test
    void adaptiveMethodsLeaveTheSaddleInAThirdOfTheTime() {
        PlaygroundPage page = lesson("saddle");
        int momentumEscape = firstBeyondY(page.mapPath(2), 1.5);
        for (int run = 1; run <= 2; run++) {
            int escape = firstBeyondY(page.mapPath(run), 1.5);
            assertThat(escape == -1 || escape > 170).as("run %d leaves |y| < 1.5 only after 170, at %d", run, escape)
                    .isTrue();
        }
        for (int run = 3; run <= 5; run++) {
            int escape = firstBeyondY(page.mapPath(run), 1.5);
            assertThat(escape).as("run %d", run).isBetween(1, 65);
            assertThat(escape * 2.5).isLessThan(momentumEscape == -1 ? 201 : momentumEscape);
        }
    }

    @Test
    void noiseShakesSgdMoreThanAdam() {
        PlaygroundPage page = lesson("noise");
        double sgd = mean(page.series("loss-chart", 0), 201);
        double adam = mean(page.series("loss-chart", 1), 201);
        assertThat(sgd).isBetween(0.7, 1.1);
        assertThat(adam).isBetween(0.05, 0.15);
        List<List<Double>> path = page.mapPath(1);
        long wide = path.subList(201, path.size()).stream().filter(p -> Math.abs(p.get(1)) > 0.5).count();
        assertThat(wide).as("SGD jumps across the valley again and again").isGreaterThan(10);
    }

    @Test
    void nadamOvershootsLessAndConverges() {
        PlaygroundPage page = lesson("nadam");
        double adamMax = page.mapPath(1).stream().mapToDouble(p -> p.get(0)).max().orElseThrow();
        double nadamMax = page.mapPath(2).stream().mapToDouble(p -> p.get(0)).max().orElseThrow();
        assertThat(adamMax).isBetween(0.7, 0.9);
        assertThat(nadamMax).isBetween(0.1, 0.25);
        assertThat(firstBelow(page.series("loss-chart", 1), 1e-3))
                .isLessThanOrEqualTo(firstBelow(page.series("loss-chart", 0), 1e-3) - 10);
        assertThat(page.status(2)).contains("converged");
        assertThat(page.status(1)).endsWith("stopped after 150 updates");
    }

    @Test
    void everyLessonHasABrowserTestAbove() {
        assertThat(Lessons.all()).extracting(Lesson::id).containsExactlyInAnyOrder("gradient-descent",
                "learning-rate", "decay", "momentum-speed", "momentum-local-minimum", "momentum-formulations",
                "ravine-rmsprop", "beale", "saddle", "noise", "nadam");
    }
}
