package org.optimizerplayground.web.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * Every lesson shows, on first play, what its text promises: each claim is checked here from
 * the trajectory numbers of the lesson's own link.
 */
class LessonsTest {

    private static Experiment experiment(String id) {
        return Link.read(Lessons.byId(id).orElseThrow().query());
    }

    private static List<Trajectory> run(String id) {
        return Simulation.run(experiment(id));
    }

    private static int last(Trajectory t) {
        return t.size() - 1;
    }

    /** The first k with J(θ_k) below {@code level}, or −1. */
    private static int firstBelow(Trajectory t, double level) {
        for (int k = 0; k < t.size(); k++) {
            if (t.loss(k) < level) {
                return k;
            }
        }
        return -1;
    }

    private static double meanLoss(Trajectory t, int from) {
        double sum = 0;
        for (int k = from; k < t.size(); k++) {
            sum += t.loss(k);
        }
        return sum / (t.size() - from);
    }

    private static double max(Trajectory t, int i) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < t.size(); k++) {
            m = Math.max(m, t.theta(k, i));
        }
        return m;
    }

    /** k of the first point with |θ_i| above {@code level}, or −1. */
    private static int firstBeyond(Trajectory t, int i, double level) {
        for (int k = 0; k < t.size(); k++) {
            if (Math.abs(t.theta(k, i)) > level) {
                return k;
            }
        }
        return -1;
    }

    // ---- the registry, the links and the texts ----

    @Test
    void lessonsHaveDistinctIdsAndLinks() {
        List<Lesson> all = Lessons.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(11);
        assertThat(all.stream().map(Lesson::id).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(Lesson::query).distinct().count()).isEqualTo(all.size());
        for (Lesson l : all) {
            assertThat(Lessons.byId(l.id())).contains(l);
            assertThat(Lessons.byQuery(l.query())).contains(l);
            assertThat(l.link()).isEqualTo("?" + l.query());
        }
        assertThat(Lessons.byId("no-such-lesson")).isEmpty();
    }

    @Test
    void everyLessonLinkIsAValidCanonicalPageLink() {
        for (Lesson l : Lessons.all()) {
            Link.Reading reading = Link.readForPage(QueryString.parse(l.query()));
            assertThat(reading.notices()).as(l.id()).isEmpty();
            assertEquals(l.query(), Link.format(reading.experiment(), reading.page()), l.id());
            assertThat(reading.page().play()).as(l.id() + " plays on opening").isTrue();
            // the API reads the same experiment, ignoring the page keys
            assertEquals(reading.experiment(), Link.read(l.query()), l.id());
        }
    }

    @Test
    void everyLessonHasEnglishAndSpanishTexts() throws IOException {
        Properties en = bundle("vaadin-i18n/translations.properties");
        Properties es = bundle("vaadin-i18n/translations_es.properties");
        List<String> keys = new ArrayList<>(List.of("lessons.label", "lessons.placeholder"));
        for (Lesson l : Lessons.all()) {
            keys.add(l.titleKey());
            keys.add(l.textKey());
        }
        for (String key : keys) {
            for (Properties p : List.of(en, es)) {
                String value = p.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                // a MessageFormat pattern that reads the same with or without formatting
                assertEquals(value, new MessageFormat(value, Locale.ROOT).format(new Object[0]), key);
            }
            assertThat(es.getProperty(key)).as(key + " is translated").isNotEqualTo(en.getProperty(key));
        }
        for (Lesson l : Lessons.all()) {
            String text = en.getProperty(l.textKey());
            int sentences = text.split("[.:;] ").length;
            assertThat(sentences).as(l.id() + " text length").isBetween(2, 8);
            assertThat(text.toLowerCase(Locale.ROOT)).as(l.id() + " cites the lecture").contains("lecture");
            assertThat(es.getProperty(l.textKey()).toLowerCase(Locale.ROOT)).as(l.id()).contains("lección");
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LessonsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    // ---- one test per lesson: the behaviour its text promises ----

    @Test
    void gradientDescentShrinksTheDistanceByTheSameFactorEachUpdate() {
        Trajectory gd = run("gradient-descent").get(0);
        assertThat(gd.run().optimizer().lr()).isEqualTo(0.05);
        assertThat(gd.size()).isEqualTo(101);
        for (int k = 1; k < gd.size(); k++) {
            // w ← w − 0.05·2w = 0.9·w: never past the bottom, J always lower
            assertThat(gd.theta(k, 0)).isCloseTo(0.9 * gd.theta(k - 1, 0), within(1e-15));
            assertThat(gd.theta(k, 0)).isPositive();
            assertThat(gd.loss(k)).isLessThan(gd.loss(k - 1));
        }
        assertThat(gd.theta(last(gd), 0)).isLessThan(1e-4);
    }

    @Test
    void tooSmallCrawlsTooBigOvershootsMuchTooBigDiverges() {
        List<Trajectory> runs = run("learning-rate");
        Trajectory small = runs.get(0);
        Trajectory big = runs.get(1);
        Trajectory huge = runs.get(2);

        // α = 0.005: same side all along, still at w ≈ 0.55 after 100 updates
        for (int k = 1; k < small.size(); k++) {
            assertThat(small.theta(k, 0)).isPositive().isLessThan(small.theta(k - 1, 0));
        }
        assertThat(small.theta(100, 0)).isCloseTo(0.55, within(0.005));
        assertThat(small.status()).isEqualTo(Status.MAX_STEPS);

        // α = 0.98: crosses the minimum at every update, |w| shrinks slowly
        for (int k = 1; k < big.size(); k++) {
            assertThat(Math.signum(big.theta(k, 0))).isEqualTo(-Math.signum(big.theta(k - 1, 0)));
            assertThat(Math.abs(big.theta(k, 0))).isLessThan(Math.abs(big.theta(k - 1, 0)));
        }
        assertThat(Math.abs(big.theta(100, 0))).isBetween(0.01, 0.05);
        assertThat(big.status()).isEqualTo(Status.MAX_STEPS);

        // α = 1.1: crosses at every update, |w| grows by 1.2 each time, diverged after 74 updates
        assertThat(huge.status()).isEqualTo(Status.DIVERGED);
        assertThat(last(huge)).isEqualTo(74);
        for (int k = 1; k < huge.size(); k++) {
            assertThat(huge.theta(k, 0)).isCloseTo(-1.2 * huge.theta(k - 1, 0),
                    within(1e-12 * Math.abs(huge.theta(k, 0))));
            assertThat(huge.loss(k)).isGreaterThan(huge.loss(k - 1));
        }
        assertThat(Math.abs(huge.theta(last(huge), 0))).isGreaterThan(1e6);
    }

    @Test
    void decayFollowsTheLectureStaircaseAndCalmsTheNoise() {
        List<Trajectory> runs = run("decay");
        Trajectory constant = runs.get(0);
        Trajectory decayed = runs.get(1);
        assertThat(decayed.size()).isEqualTo(501);
        double[] stairs = {0.1, 0.07, 0.049, 0.0343, 0.02401};
        for (int k = 1; k <= 500; k++) {
            assertThat(constant.lr(k)).isEqualTo(0.1);
            // update k uses α₀·r^⌊(k−1)/n⌋: 0.1 for k = 1 … 100, 0.07 for 101 … 200, …
            assertThat(decayed.lr(k)).as("α at k = %d", k).isCloseTo(stairs[(k - 1) / 100], within(1e-15));
        }
        assertThat(decayed.lr(100)).isEqualTo(0.1);
        assertThat(decayed.lr(101)).isLessThan(0.1);
        // same noise, same start: the decayed run's cloud is tighter at the end
        double constantMean = meanLoss(constant, 401);
        double decayedMean = meanLoss(decayed, 401);
        assertThat(decayedMean).isLessThan(constantMean / 4);
        assertThat(constantMean).isGreaterThan(0.2);
    }

    @Test
    void momentumStepsGrowOnASteadySlopeWhileGradientDescentStepsStayEqual() {
        List<Trajectory> runs = run("momentum-speed");
        Trajectory gd = runs.get(0);
        Trajectory momentum = runs.get(1);
        double previous = 0;
        for (int k = 1; k < gd.size(); k++) {
            assertThat(gd.grad(k - 1, 0)).isEqualTo(1.0);
            assertThat(gd.theta(k - 1, 0) - gd.theta(k, 0)).isCloseTo(0.05, within(1e-12));
            double step = momentum.theta(k - 1, 0) - momentum.theta(k, 0);
            // α(1 + β + … + β^(k−1)) = α(1 − β^k)/(1 − β)
            assertThat(step).isCloseTo(0.05 * (1 - Math.pow(0.9, k)) / 0.1, within(1e-12));
            assertThat(step).isGreaterThan(previous);
            previous = step;
        }
        assertThat(momentum.theta(2, 0) - momentum.theta(3, 0)).isCloseTo(0.136, within(0.001));
        assertThat(previous).isGreaterThan(0.45).isLessThan(0.5);
        // both stay inside the lesson's view
        assertThat(momentum.theta(last(momentum), 0)).isGreaterThan(-12);
    }

    @Test
    void momentumPassesTheHumpWhereGradientDescentStops() {
        List<Trajectory> runs = run("momentum-local-minimum");
        Trajectory gd = runs.get(0);
        Trajectory momentum = runs.get(1);
        Trajectory weak = runs.get(2);
        double local = 1.13090;
        double global = -1.30084;
        double hump = 0.16923;
        assertThat(gd.theta(last(gd), 0)).isCloseTo(local, within(1e-3));
        for (int k = 0; k < gd.size(); k++) {
            assertThat(gd.theta(k, 0)).isGreaterThan(1.0);
        }
        int passed = -1;
        for (int k = 0; k < momentum.size() && passed < 0; k++) {
            if (momentum.theta(k, 0) < hump) {
                passed = k;
            }
        }
        assertThat(passed).as("update at which momentum crosses the hump").isBetween(1, 10);
        assertThat(momentum.theta(last(momentum), 0)).isCloseTo(global, within(0.01));
        assertThat(momentum.loss(last(momentum))).isLessThan(-3.5);
        assertThat(weak.theta(last(weak), 0)).isCloseTo(local, within(1e-4));
        for (int k = 0; k < weak.size(); k++) {
            assertThat(weak.theta(k, 0)).isGreaterThan(hump);
        }
    }

    @Test
    void theTwoMomentumFormulationsDrawTheSamePathWithαScaledBy1OverOneMinusβ() {
        List<Trajectory> runs = run("momentum-formulations");
        Trajectory polyak = runs.get(0);
        Trajectory ema = runs.get(1);
        Trajectory emaSameAlpha = runs.get(2);
        double beta = 0.9;
        assertThat(polyak.run().optimizerId()).isEqualTo("momentum");
        assertThat(ema.run().optimizerId()).isEqualTo("momentum-ema");
        assertThat(ema.run().optimizer().lr() * (1 - beta)).isCloseTo(polyak.run().optimizer().lr(), within(1e-15));
        assertThat(ema.size()).isEqualTo(polyak.size());
        for (int k = 0; k < polyak.size(); k++) {
            for (int i = 0; i < 2; i++) {
                assertThat(ema.theta(k, i)).isCloseTo(polyak.theta(k, i), within(1e-12));
            }
        }
        assertThat(polyak.loss(last(polyak))).isLessThan(1e-6);
        // the same α in the other form: ten times smaller steps at first, still far away at the end
        double firstStep = Math.hypot(emaSameAlpha.theta(1, 0) - emaSameAlpha.theta(0, 0),
                emaSameAlpha.theta(1, 1) - emaSameAlpha.theta(0, 1));
        double polyakFirst = Math.hypot(polyak.theta(1, 0) - polyak.theta(0, 0), polyak.theta(1, 1) - polyak.theta(0, 1));
        assertThat(firstStep / polyakFirst).isCloseTo(0.1, within(1e-12));
        assertThat(emaSameAlpha.loss(last(emaSameAlpha))).isGreaterThan(0.5);
    }

    @Test
    void onTheRavineOneαCrawlsTheOtherZigZagsAndRmspropGoesStraight() {
        List<Trajectory> runs = run("ravine-rmsprop");
        Trajectory small = runs.get(0);
        Trajectory big = runs.get(1);
        Trajectory rms = runs.get(2);
        assertThat(small.run().optimizer().lr()).isEqualTo(0.05);
        // α = 0.05: y never changes sign; x crawls, still at −1.6 after 100 updates
        for (int k = 1; k < small.size(); k++) {
            assertThat(small.theta(k, 1)).isPositive();
        }
        assertThat(small.theta(100, 0)).isCloseTo(-1.65, within(0.01));
        // α = 0.49: y changes sign at every update, and the bounce is still wide at k = 50
        for (int k = 1; k < big.size(); k++) {
            assertThat(Math.signum(big.theta(k, 1))).isEqualTo(-Math.signum(big.theta(k - 1, 1)));
        }
        assertThat(Math.abs(big.theta(50, 1))).isGreaterThan(0.15);
        // RMSprop: slides into the valley without bouncing (y keeps its sign while |y| > 1e-3),
        // is on the floor by k = 20 and runs along it; it ends lowest of the three
        for (int k = 1; k < rms.size() && Math.abs(rms.theta(k, 1)) > 1e-3; k++) {
            assertThat(rms.theta(k, 1)).isPositive();
        }
        for (int k = 20; k <= 60; k++) {
            assertThat(Math.abs(rms.theta(k, 1))).isLessThan(0.02);
        }
        for (int k = 0; k < rms.size(); k++) {
            assertThat(Math.abs(rms.theta(k, 1))).isLessThanOrEqualTo(1.5);
        }
        double rmsJ = rms.loss(last(rms));
        assertThat(rmsJ).isLessThan(1e-5);
        assertThat(rmsJ).isLessThan(big.loss(last(big)) / 100).isLessThan(small.loss(last(small)));
    }

    @Test
    void adamReachesTheBealeMinimumWhileTheOthersAreStillOnTheirWay() {
        List<Trajectory> runs = run("beale");
        assertThat(runs).extracting(t -> t.run().optimizerId())
                .containsExactly("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");
        Trajectory adam = runs.get(5);
        assertThat(firstBelow(adam, 0.01)).isBetween(35, 45);
        assertThat(adam.theta(last(adam), 0)).isCloseTo(3, within(1e-5));
        assertThat(adam.theta(last(adam), 1)).isCloseTo(0.5, within(1e-5));
        for (Trajectory t : runs.subList(0, 5)) {
            assertThat(t.status()).as(t.run().format()).isEqualTo(Status.MAX_STEPS);
            assertThat(t.loss(last(t))).as(t.run().format()).isGreaterThan(1e-4);
            int k = firstBelow(t, 0.01);
            assertThat(k == -1 || k > 90).as(t.run().format() + " gets below 0.01 only after k = 90, at " + k).isTrue();
            assertThat(t.theta(last(t), 0)).as(t.run().format()).isBetween(2.5, 3.0);
        }
    }

    @Test
    void adaptiveMethodsLeaveTheSaddleFirst() {
        List<Trajectory> runs = run("saddle");
        assertThat(runs).extracting(t -> t.run().optimizerId())
                .containsExactly("sgd", "momentum", "adagrad", "rmsprop", "adam");
        Trajectory gd = runs.get(0);
        Trajectory momentum = runs.get(1);
        // gradient descent reaches the saddle and lingers: |x| < 0.1 by k = 70, |y| < 0.5 until k = 150
        assertThat(firstBeyond(gd, 1, 0.5)).isGreaterThan(150);
        assertThat(Math.abs(gd.theta(70, 0))).isLessThan(0.1);
        for (Trajectory slow : List.of(gd, momentum)) {
            assertThat(firstBeyond(slow, 1, 1.5)).as(slow.run().format()).isGreaterThan(170);
        }
        for (Trajectory fast : runs.subList(2, 5)) {
            int escape = firstBeyond(fast, 1, 1.5);
            assertThat(escape).as(fast.run().format()).isBetween(1, 65);
            assertThat(escape * 2.5).isLessThan(firstBeyond(momentum, 1, 1.5));
        }
    }

    @Test
    void noisyGradientsShakeSgdMoreThanAdam() {
        Experiment e = experiment("noise");
        assertThat(e.noise()).isEqualTo(4);
        List<Trajectory> runs = Simulation.run(e);
        Trajectory sgd = runs.get(0);
        Trajectory adam = runs.get(1);
        double sgdMean = meanLoss(sgd, 201);
        double adamMean = meanLoss(adam, 201);
        assertThat(sgdMean).isBetween(0.7, 1.1);
        assertThat(adamMean).isBetween(0.05, 0.15);
        // SGD keeps jumping across the valley: |y| above 0.5 again and again near the end
        int wide = 0;
        for (int k = 201; k < sgd.size(); k++) {
            if (Math.abs(sgd.theta(k, 1)) > 0.5) {
                wide++;
            }
        }
        assertThat(wide).isGreaterThan(10);
        // without the noise both reach the minimum
        Experiment quiet = new Experiment(e.surface(), e.start(), e.steps(), e.runs(), 0, e.seed(), e.view());
        for (Trajectory t : Simulation.run(quiet)) {
            assertThat(t.loss(last(t))).as(t.run().format()).isLessThan(1e-3);
        }
    }

    @Test
    void nadamOvershootsLessThanAdamAndSettlesEarlier() {
        List<Trajectory> runs = run("nadam");
        Trajectory adam = runs.get(0);
        Trajectory nadam = runs.get(1);
        assertThat(adam.run().optimizer().lr()).isEqualTo(nadam.run().optimizer().lr());
        assertThat(max(adam, 0)).isBetween(0.7, 0.9);
        assertThat(max(nadam, 0)).isBetween(0.1, 0.25);
        assertThat(firstBelow(nadam, 1e-3)).isLessThanOrEqualTo(firstBelow(adam, 1e-3) - 10);
        assertThat(nadam.status()).isEqualTo(Status.CONVERGED);
        assertThat(adam.status()).isEqualTo(Status.MAX_STEPS);
    }

    @Test
    void everyLessonTestedAbove() {
        Set<String> tested = new HashSet<>(List.of("gradient-descent", "learning-rate", "decay", "momentum-speed",
                "momentum-local-minimum", "momentum-formulations", "ravine-rmsprop", "beale", "saddle", "noise",
                "nadam"));
        assertThat(Lessons.all()).extracting(Lesson::id).containsExactlyInAnyOrderElementsOf(tested);
    }
}
