package org.optimizerplayground.engine.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.optim.Adam;
import org.optimizerplayground.engine.optim.Momentum;
import org.optimizerplayground.engine.optim.Sgd;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * SPEC §2: "a sensible default learning rate per optimizer so that the first screen a visitor
 * sees is a good demonstration". Each surface's default race (gradient descent, momentum and
 * Adam at the rates the surface suggests, 200 updates from the default start) is run here and
 * the picture it draws is pinned: nobody diverges, everybody makes visible progress, the three
 * paths differ, and each surface shows its own lesson. The rates were tuned with a sweep over
 * candidate rates; if one of them changes, these tests say which picture was lost.
 */
class DefaultRaceTest {
    private static final int SGD = 0;
    private static final int MOMENTUM = 1;
    private static final int ADAM = 2;

    private static final Map<String, List<Trajectory>> RACES = new ConcurrentHashMap<>();

    static Stream<Surface> surfaces() {
        return Surfaces.all().stream();
    }

    private static List<Trajectory> race(String id) {
        return RACES.computeIfAbsent(id, k -> Simulation.run(Experiment.defaults(Surfaces.byId(k).orElseThrow())));
    }

    private static List<Trajectory> race(Surface s) {
        return race(s.id());
    }

    private static Trajectory run(String id, int which) {
        return race(id).get(which);
    }

    // ---------------------------------------------------------------------------------------
    // Every surface

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void theRaceIsGradientDescentMomentumAndAdamAtTheSurfacesRates(Surface s) {
        Experiment e = Experiment.defaults(s);
        assertEquals(Experiment.DEFAULT_STEPS, e.steps());
        assertEquals(3, e.runs().size());
        Sgd sgd = assertInstanceOf(Sgd.class, e.runs().get(SGD).optimizer());
        Momentum momentum = assertInstanceOf(Momentum.class, e.runs().get(MOMENTUM).optimizer());
        Adam adam = assertInstanceOf(Adam.class, e.runs().get(ADAM).optimizer());
        assertEquals(s.suggestedLearningRate("sgd"), sgd.lr());
        assertEquals(s.suggestedLearningRate("momentum"), momentum.lr());
        assertEquals(0.9, momentum.beta());
        assertEquals(s.suggestedLearningRate("adam"), adam.lr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void noRunDiverges(Surface s) {
        // The first screen never shows a run that flew off to infinity: all 201 points are drawn.
        for (Trajectory t : race(s)) {
            assertNotEquals(Status.DIVERGED, t.status(), s.id() + " " + t.run());
            assertEquals(Experiment.DEFAULT_STEPS + 1, t.size(), s.id() + " " + t.run());
            for (int k = 0; k < t.size(); k++) {
                assertTrue(Double.isFinite(t.loss(k)), s.id() + " " + t.run() + " J at k=" + k);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void everyRunMakesVisibleProgress(Surface s) {
        double best = s.minima().isEmpty() ? Double.NaN : s.minima().get(0).value();
        for (Trajectory t : race(s)) {
            double start = t.loss(0);
            double end = t.last().loss();
            String what = s.id() + " " + t.run() + ": J " + start + " → " + end;
            switch (s.id()) {
                // Unbounded below: the loss goes down by leaving the saddle (checked in detail below).
                case "saddle" -> assertTrue(end < 0, what);
                // Settling in a pit lower than the start is the lesson here, not reaching J* = 0.
                case "rastrigin", "ackley" -> assertTrue(end < start - 1, what);
                // Everywhere else the loss chart falls at least half-way from J(θ₀) to J*.
                default -> assertTrue(end <= start - 0.5 * (start - best), what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void theThreeRunsTakeVisiblyDifferentPaths(Surface s) {
        // At some frame of the animation any two markers are at least 5% of the window apart,
        // so the three curves can be told apart.
        List<Trajectory> race = race(s);
        double[] v = s.view();
        double size = s.dimension() == 1 ? v[1] - v[0] : Math.hypot(v[1] - v[0], v[3] - v[2]);
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                double apart = 0;
                for (int k = 0; k < race.get(a).size(); k++) {
                    apart = Math.max(apart, distance(race.get(a), k, race.get(b), k));
                }
                assertTrue(apart > 0.05 * size, s.id() + ": " + race.get(a).run() + " and " + race.get(b).run()
                        + " are never more than " + apart + " apart");
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // The lesson of each surface

    @Test
    void parabolaAndBowl() {
        for (String id : List.of("parabola", "bowl")) {
            // All three reach the bottom of the bowl.
            for (Trajectory t : race(id)) {
                assertTrue(distanceTo(t, 0, 0) < 1e-3 || distanceTo(t, 0) < 1e-3, id + " " + t.run());
            }
            // Gradient descent slides straight down and never crosses w = 0 …
            assertTrue(minCoordinate(run(id, SGD), 0) > 0, id);
            // … while momentum rolls past the bottom to the other side (x < −1) and swings back.
            assertTrue(minCoordinate(run(id, MOMENTUM), 0) < -1, id);
        }
    }

    @Test
    void doubleWell() {
        // Same α for both: only β = 0.9 separates the two runs.
        Surface s = Surfaces.byId("double-well").orElseThrow();
        assertEquals(s.suggestedLearningRate("sgd"), s.suggestedLearningRate("momentum"));
        // Gradient descent from w = 2 stops in the first, local minimum near 1.13 …
        assertEquals(1.13090, last(run("double-well", SGD), 0), 1e-3);
        // … momentum keeps its speed through it, over the bump, into the global minimum near −1.30.
        assertEquals(-1.30084, last(run("double-well", MOMENTUM), 0), 1e-3);
        // Adam's steps of about α are too short to cross the bump: it also stays at 1.13.
        assertEquals(1.13090, last(run("double-well", ADAM), 0), 1e-3);
    }

    @Test
    void ravine() {
        Trajectory sgd = run("ravine", SGD);
        // Gradient descent zig-zags across the narrow y direction: y changes sign on each of the
        // first ten updates, and the zig-zag is still visible (|y| > 0.1) after ten.
        for (int k = 1; k <= 10; k++) {
            assertTrue(Math.signum(sgd.theta(k, 1)) == -Math.signum(sgd.theta(k - 1, 1)), "k=" + k);
        }
        assertTrue(Math.abs(sgd.theta(10, 1)) > 0.1);
        // Momentum at its smaller rate swings across the ravine in one smooth arc instead …
        assertTrue(signChanges(run("ravine", MOMENTUM), 1, 10) <= 1);
        // … and Adam, scaling each coordinate, never crosses y = 0 in those first updates.
        assertEquals(0, signChanges(run("ravine", ADAM), 1, 10));
        // All three end at the minimum.
        for (Trajectory t : race("ravine")) {
            assertTrue(distanceTo(t, 0, 0) < 1e-3, t.run().toString());
        }
    }

    @Test
    void rosenbrock() {
        Trajectory sgd = run("rosenbrock", SGD);
        Trajectory momentum = run("rosenbrock", MOMENTUM);
        Trajectory adam = run("rosenbrock", ADAM);
        // Gradient descent crawls: after 200 updates it is still on the left arm of the banana
        // (x < −1), though its loss has dropped (12.5 → about 5.3).
        assertTrue(last(sgd, 0) < -1);
        assertTrue(sgd.last().loss() < 6);
        // Momentum, at the same α, runs down the valley and round its bend (x > 0.5).
        assertTrue(last(momentum, 0) > 0.5);
        // Adam takes the smooth road: its loss never rises above where it started (no wild first
        // steps), and it follows the valley floor to the right half of the banana (x > −0.5)…
        double worst = 0;
        for (int k = 0; k < adam.size(); k++) {
            worst = Math.max(worst, adam.loss(k));
        }
        assertTrue(worst <= adam.loss(0), "Adam's loss rose to " + worst);
        assertTrue(last(adam, 0) > -0.5 && adam.last().loss() < 2);
        // … so the loss chart ranks them: momentum below Adam below gradient descent — a race
        // where Adam is not the winner, worth a word in class.
        assertTrue(momentum.last().loss() < adam.last().loss() && adam.last().loss() < sgd.last().loss());
        assertTrue(staysInside(adam, Surfaces.byId("rosenbrock").orElseThrow().view()));
    }

    @Test
    void beale() {
        // Adam gets out of the flat valley to the minimum (3, 0.5) …
        assertTrue(distanceTo(run("beale", ADAM), 3, 0.5) < 1e-3);
        // … momentum nearly (within 0.1) after a wide swing below y = 0 …
        assertTrue(distanceTo(run("beale", MOMENTUM), 3, 0.5) < 0.1);
        assertTrue(minCoordinate(run("beale", MOMENTUM), 1) < -0.5);
        // … and gradient descent is still creeping along the flat floor towards it.
        assertTrue(distanceTo(run("beale", SGD), 3, 0.5) > 0.2);
        for (Trajectory t : race("beale")) {
            assertTrue(staysInside(t, Surfaces.byId("beale").orElseThrow().view()), t.run().toString());
        }
    }

    @Test
    void himmelblau() {
        // Gradient descent and Adam, from (0, 0), end in the nearest minimum (3, 2) …
        assertTrue(distanceTo(run("himmelblau", SGD), 3, 2) < 1e-3);
        assertTrue(distanceTo(run("himmelblau", ADAM), 3, 2) < 1e-3);
        // … momentum overshoots into the basin of another one, (3.584428, −1.848126).
        assertTrue(distanceTo(run("himmelblau", MOMENTUM), 3.584428, -1.848126) < 1e-3);
    }

    @Test
    void saddle() {
        Trajectory sgd = run("saddle", SGD);
        Trajectory momentum = run("saddle", MOMENTUM);
        Trajectory adam = run("saddle", ADAM);
        for (Trajectory t : race("saddle")) {
            // Everyone escapes along y (x has settled at 0) and the loss goes below 0.
            assertTrue(last(t, 1) > 1 && Math.abs(last(t, 0)) < 0.01 && t.last().loss() < 0, t.run().toString());
        }
        // Gradient descent runs straight into the saddle point and sits there (closer than 0.1) …
        assertTrue(closestApproach(sgd, 0, 0) < 0.1);
        // … momentum even rolls past it (x > 0) before the tiny y slope takes over …
        assertTrue(maxCoordinate(momentum, 0) > 0.05);
        // … both leave the window (|y| > 2) only in the last 20 updates.
        assertTrue(firstExit(sgd) > 180 && firstExit(momentum) > 180);
        // Adam rescales the tiny y gradient and walks off the ridge at once: it never comes
        // near the saddle point and leaves the window before update 100.
        assertTrue(closestApproach(adam, 0, 0) > 1);
        assertTrue(firstExit(adam) < 100);
    }

    @Test
    void rastrigin() {
        // Each run settles in a different local minimum; none reaches the global one at (0, 0).
        // Gradient descent drops into the nearest pit …
        assertTrue(distanceTo(run("rastrigin", SGD), 2.98486, -2.98486) < 0.01);
        // … momentum's speed carries it over one ridge in y …
        assertTrue(distanceTo(run("rastrigin", MOMENTUM), 2.98486, -1.98991) < 0.01);
        // … Adam's first steps of about α carry it over one ridge in x.
        assertTrue(distanceTo(run("rastrigin", ADAM), 1.98991, -2.98486) < 0.01);
        for (Trajectory t : race("rastrigin")) {
            assertTrue(t.last().loss() > 10, t.run().toString());
            assertTrue(staysInside(t, Surfaces.byId("rastrigin").orElseThrow().view()), t.run().toString());
        }
    }

    @Test
    void ackley() {
        // Gradient descent stops in the first ripple it meets, near (3, −3) …
        assertTrue(distanceTo(run("ackley", SGD), 2.97922, -2.97922) < 0.01);
        // … momentum rolls over a few ripples to a lower one near (0, −3) …
        assertTrue(distanceTo(run("ackley", MOMENTUM), 0, -2.96463) < 0.01);
        assertTrue(run("ackley", MOMENTUM).last().loss() < run("ackley", SGD).last().loss());
        // … and Adam's normalised steps ignore the ripples and go down the hole to (0, 0).
        assertTrue(distanceTo(run("ackley", ADAM), 0, 0) < 0.05);
        assertTrue(run("ackley", ADAM).last().loss() < 0.1);
    }

    @Test
    void styblinskiTang() {
        double a = -2.903534;
        double b = 2.746803;
        // Gradient descent and Adam slide down the diagonal into the shallowest minimum (b, b) …
        assertTrue(distanceTo(run("styblinski-tang", SGD), b, b) < 1e-3);
        assertTrue(distanceTo(run("styblinski-tang", ADAM), b, b) < 1e-3);
        // … momentum crosses the middle into the global minimum (a, a).
        assertTrue(distanceTo(run("styblinski-tang", MOMENTUM), a, a) < 1e-3);
    }

    @Test
    void booth() {
        // The tilted bowl: all three reach (1, 3).
        for (Trajectory t : race("booth")) {
            assertTrue(distanceTo(t, 1, 3) < 0.01, t.run().toString());
        }
    }

    // ---------------------------------------------------------------------------------------

    private static double last(Trajectory t, int i) {
        return t.theta(t.size() - 1, i);
    }

    private static double distanceTo(Trajectory t, double... point) {
        if (point.length != t.dimension()) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < point.length; i++) {
            double d = last(t, i) - point[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private static double distance(Trajectory a, int ka, Trajectory b, int kb) {
        double sum = 0;
        for (int i = 0; i < a.dimension(); i++) {
            double d = a.theta(ka, i) - b.theta(kb, i);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private static double closestApproach(Trajectory t, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < t.size(); k++) {
            best = Math.min(best, Math.hypot(t.theta(k, 0) - x, t.theta(k, 1) - y));
        }
        return best;
    }

    private static double minCoordinate(Trajectory t, int i) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < t.size(); k++) {
            min = Math.min(min, t.theta(k, i));
        }
        return min;
    }

    private static double maxCoordinate(Trajectory t, int i) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < t.size(); k++) {
            max = Math.max(max, t.theta(k, i));
        }
        return max;
    }

    /** How often coordinate {@code i} changes sign over updates 1 … {@code upTo}. */
    private static int signChanges(Trajectory t, int i, int upTo) {
        int changes = 0;
        for (int k = 1; k <= upTo; k++) {
            if (Math.signum(t.theta(k, i)) != Math.signum(t.theta(k - 1, i))) {
                changes++;
            }
        }
        return changes;
    }

    /** The first k with |y| beyond the saddle's window (±2), or MAX_VALUE. */
    private static int firstExit(Trajectory t) {
        for (int k = 0; k < t.size(); k++) {
            if (Math.abs(t.theta(k, 1)) > 2) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean staysInside(Trajectory t, double[] view) {
        for (int k = 0; k < t.size(); k++) {
            for (int i = 0; i < t.dimension(); i++) {
                double c = t.theta(k, i);
                if (c < view[2 * i] || c > view[2 * i + 1]) {
                    return false;
                }
            }
        }
        return true;
    }
}
