package org.optimizerplayground.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * The lecture's learning-rate decay (SPEC §4) with its example numbers: α₀ = 0.1, r = 0.7,
 * n = 100. The schedule sees the number of updates already applied ({@code step}), so update k
 * uses α_k = α₀·r^⌊(k−1)/n⌋ (staircase) or α₀·r^((k−1)/n) (smooth).
 *
 * <p>Expected values are written from r and √r by hand (√0.7 = 0.83666002653407554798, computed
 * to 40 digits with Python's decimal module); the engine's doubles must agree to 1e-15 relative.
 */
class ExponentialDecayTest {
    private static final double RELATIVE = 1e-15;
    private static final double SQRT_07 = 0.83666002653407554798;

    private final ExponentialDecay staircase = new ExponentialDecay(0.1, 0.7, 100, true);
    private final ExponentialDecay smooth = new ExponentialDecay(0.1, 0.7, 100, false);

    @ParameterizedTest(name = "step {0}: α = {1}")
    @CsvSource({
        "0,   0.1",    // r⁰
        "1,   0.1",
        "99,  0.1",    // ⌊99/100⌋ = 0: the whole first block keeps α₀
        "100, 0.07",   // r¹: the rate drops after exactly n updates
        "101, 0.07",
        "199, 0.07",
        "200, 0.049",  // r² = 0.49
        "299, 0.049",
        "300, 0.0343", // r³ = 0.343
    })
    void staircaseFloorsTheExponent(long step, double expected) {
        assertClose(expected, staircase.at(step));
    }

    @Test
    void smoothDecaysEveryUpdate() {
        assertAll(
                () -> assertEquals(0.1, smooth.at(0), 0, "r⁰ = 1 exactly"),
                () -> assertClose(0.1 * SQRT_07, smooth.at(50)),                // 0.1·r^0.5 = 0.0836660026534
                () -> assertClose(0.07025011825016062819, smooth.at(99)),        // 0.1·r^0.99
                () -> assertClose(0.07, smooth.at(100)),                         // 0.1·r
                () -> assertClose(0.07 * SQRT_07, smooth.at(150)),               // 0.1·r^1.5 = 0.0585662018574
                () -> assertClose(0.049, smooth.at(200)),                        // 0.1·r²
                () -> assertClose(0.049 * SQRT_07, smooth.at(250)));             // 0.1·r^2.5 = 0.0409963413002
    }

    @Test
    void bothFormsAgreeOnMultiplesOfN() {
        for (long step = 0; step <= 1000; step += 100) {
            assertEquals(staircase.at(step), smooth.at(step), 0, "step " + step);
        }
    }

    @Test
    void smoothIsStrictlyDecreasingAndStaircaseIsFlatInsideABlock() {
        for (long step = 0; step < 300; step++) {
            assertTrue(smooth.at(step + 1) < smooth.at(step), "smooth at " + step);
            if ((step + 1) % 100 != 0) {
                assertEquals(staircase.at(step), staircase.at(step + 1), 0, "staircase at " + step);
            }
        }
    }

    @Test
    void rateOneIsAConstantRate() {
        ExponentialDecay none = new ExponentialDecay(0.1, 1, 1, false);
        for (long step : new long[] {0, 1, 100, 12345, 1_000_000_000L}) {
            assertEquals(0.1, none.at(step), 0);
        }
        assertEquals(0.1, Schedule.constant(0.1).at(99));
    }

    @Test
    void badDecayIsRejectedWithItsRange() {
        assertAll(
                () -> rejects("decay must be in (0, 1], got 0", () -> new ExponentialDecay(0.1, 0, 100, true)),
                () -> rejects("decay must be in (0, 1], got 1.5", () -> new ExponentialDecay(0.1, 1.5, 100, true)),
                () -> rejects("decay must be in (0, 1], got -0.7", () -> new ExponentialDecay(0.1, -0.7, 100, true)),
                () -> rejects("decay must be in (0, 1], got NaN", () -> new ExponentialDecay(0.1, Double.NaN, 100, true)),
                () -> rejects("decay_steps must be in [1, 1000000000], got 0",
                        () -> new ExponentialDecay(0.1, 0.7, 0, true)),
                () -> rejects("decay_steps must be in [1, 1000000000], got 1000000001",
                        () -> new ExponentialDecay(0.1, 0.7, 1_000_000_001L, true)));
        LinkException e = assertThrows(LinkException.class,
                () -> Link.read("surface=bowl&run=sgd(lr=0.1,decay=0)"));
        assertEquals("run", e.param());
        assertEquals("run: sgd: decay must be in (0, 1], got 0", e.getMessage());
    }

    /**
     * Through a link, as a teacher would share it: SPEC §4 says update k uses the schedule at
     * step k − 1, so the trajectory's α_k is 0.1 up to k = 100, 0.07 from k = 101, 0.049 from
     * k = 201. Each α_k recorded is the one applied: on the bowl, gradient descent gives
     * θ_k = θ_{k−1} − α_k·∇J(θ_{k−1}) bit for bit.
     */
    @Test
    void aLinkDecaysTheTrajectorysRate() {
        Trajectory t = Simulation.run(Link.read("surface=bowl&steps=201&run=sgd(lr=0.1,decay=0.7,decay_steps=100)"))
                .get(0);
        assertTrue(Double.isNaN(t.lr(0)), "no update produced θ₀");
        assertAll(
                () -> assertEquals(0.1, t.lr(1), 0),     // step 0
                () -> assertEquals(0.1, t.lr(100), 0),   // step 99
                () -> assertClose(0.07, t.lr(101)),      // step 100
                () -> assertClose(0.07, t.lr(200)),      // step 199
                () -> assertClose(0.049, t.lr(201)));    // step 200
        for (int k = 1; k <= 201; k++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(t.theta(k - 1, i) - t.lr(k) * t.grad(k - 1, i), t.theta(k, i), 0, "θ_" + k);
            }
        }
    }

    @Test
    void aLinkWithStaircaseFalseDecaysSmoothly() {
        Trajectory t = Simulation.run(Link.read(
                "surface=bowl&steps=201&run=sgd(lr=0.1,decay=0.7,decay_steps=100,staircase=false)")).get(0);
        assertAll(
                () -> assertEquals(0.1, t.lr(1), 0),
                () -> assertClose(0.1 * SQRT_07, t.lr(51)),
                () -> assertClose(0.07, t.lr(101)),
                () -> assertClose(0.049, t.lr(201)));
    }

    @Test
    void aLinkWithoutDecayKeepsTheRate() {
        Trajectory t = Simulation.run(Link.read("surface=bowl&steps=300&run=adam(lr=0.05)")).get(0);
        for (int k = 1; k <= 300; k++) {
            assertEquals(0.05, t.lr(k), 0);
        }
    }

    private static void assertClose(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= RELATIVE * Math.abs(expected),
                () -> actual + " is not " + expected + " to 1e-15 relative");
    }

    private static void rejects(String message, Executable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertEquals(message, e.getMessage());
    }
}
