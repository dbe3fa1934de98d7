package org.optimizerplayground.engine.optim;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.util.Numbers;

/**
 * Bad hyperparameters are rejected before anything runs, in PyTorch's style, with a message that
 * names the parameter, the value it got and the range it allows (SPEC §3):
 * {@code beta1 must be in [0, 1), got 1}. NaN is rejected everywhere (the checks are written in
 * the negated form). The ranges are checked for every parameter of every optimizer, whether the
 * optimizer is built in code, from typed values or from a link.
 */
class OptimizerValidationTest {
    /** SPEC §3's ranges, as the messages write them ({@code initial_accumulator} is the engine's own). */
    private static final Map<String, String> RANGES = Map.of(
            "lr", "(0, 100]",
            "beta", "[0, 1)",
            "rho", "[0, 1)",
            "beta1", "[0, 1)",
            "beta2", "[0, 1)",
            "eps", "(0, 1]",
            "weight_decay", "[0, 10]",
            "momentum_decay", "[0, 1]",
            "initial_accumulator", "[0, 1000000]");

    /** Values just outside each range (and NaN for all), with the text the message shows. */
    private static final Map<String, List<Object[]>> BAD = Map.of(
            "(0, 100]", List.of(bad(0, "0"), bad(-0.01, "-0.01"), bad(101, "101"), bad(Double.POSITIVE_INFINITY, "Infinity")),
            "[0, 1)", List.of(bad(1, "1"), bad(-0.1, "-0.1"), bad(1.5, "1.5")),
            "(0, 1]", List.of(bad(0, "0"), bad(2, "2"), bad(-1e-8, "-1e-8")),
            "[0, 10]", List.of(bad(11, "11"), bad(-0.1, "-0.1")),
            "[0, 1]", List.of(bad(1.5, "1.5"), bad(-0.1, "-0.1")),
            "[0, 1000000]", List.of(bad(-0.1, "-0.1"), bad(2e6, "2000000")));

    /** The ends of each range that are inside it. */
    private static final Map<String, double[]> GOOD_EDGES = Map.of(
            "(0, 100]", new double[] {Double.MIN_VALUE, 100},
            "[0, 1)", new double[] {0, Math.nextDown(1.0)},
            "(0, 1]", new double[] {Double.MIN_VALUE, 1},
            "[0, 10]", new double[] {0, 10},
            "[0, 1]", new double[] {0, 1},
            "[0, 1000000]", new double[] {0, 1e6});

    private static Object[] bad(double value, String text) {
        return new Object[] {value, text};
    }

    record Case(String optimizer, String param, double value, String message) {
        @Override
        public String toString() {
            return optimizer + "(" + param + "=" + value + ")";
        }
    }

    /** Every numeric parameter of every optimizer × every bad value of its range, NaN included. */
    static Stream<Case> badValues() {
        List<Case> cases = new ArrayList<>();
        for (OptimizerKind kind : Optimizers.all()) {
            for (ParamSpec p : kind.params()) {
                if (!(p.defaultValue() instanceof Double)) {
                    continue;
                }
                String range = RANGES.get(p.name());
                assertTrue(range != null, "no range known for " + kind.id() + "'s " + p.name());
                List<Object[]> values = new ArrayList<>(BAD.get(range));
                values.add(bad(Double.NaN, "NaN"));
                for (Object[] v : values) {
                    cases.add(new Case(kind.id(), p.name(), (Double) v[0],
                            p.name() + " must be in " + range + ", got " + v[1]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void outOfRangeIsRejectedNamingParameterValueAndRange(Case c) {
        OptimizerKind kind = Optimizers.byId(c.optimizer()).orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kind.create(Map.of(c.param(), c.value())));
        assertEquals(c.message(), e.getMessage());
    }

    /** The finite bad values: a link cannot carry NaN or infinities (its number reader refuses them). */
    static Stream<Case> badValuesALinkCanCarry() {
        return badValues().filter(c -> Double.isFinite(c.value()));
    }

    /** The same rules reached through a link: the message is prefixed with where it was found. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badValuesALinkCanCarry")
    void outOfRangeInALinkNamesTheRunAndTheParameter(Case c) {
        String query = "surface=bowl&run=" + c.optimizer() + "(" + c.param() + "="
                + Numbers.format(c.value()) + ")";
        LinkException e = assertThrows(LinkException.class, () -> Link.read(query));
        assertEquals("run", e.param());
        assertEquals("run: " + c.optimizer() + ": " + c.message(), e.getMessage());
    }

    @Test
    void theExamplesOfTheBrief() {
        // Built in code, as a Java user of the engine would: each constructor checks its record.
        assertAll(
                () -> rejects("lr must be in (0, 100], got 0", () -> new Sgd(0)),
                () -> rejects("lr must be in (0, 100], got 101", () -> new Momentum(101, 0.9)),
                () -> rejects("beta must be in [0, 1), got 1", () -> new Momentum(0.05, 1)),
                () -> rejects("beta must be in [0, 1), got -0.1", () -> new Nesterov(0.05, -0.1)),
                () -> rejects("beta1 must be in [0, 1), got 1",
                        () -> new Adam(0.01, 1, 0.999, 1e-7, EpsMode.INSIDE, false)),
                () -> rejects("beta2 must be in [0, 1), got NaN",
                        () -> new Adam(0.01, 0.9, Double.NaN, 1e-7, EpsMode.INSIDE, false)),
                () -> rejects("eps must be in (0, 1], got 0", () -> new RmsProp(0.01, 0.9, 0, EpsMode.INSIDE)),
                () -> rejects("eps must be in (0, 1], got 2", () -> new Adadelta(1, 0.9, 2)),
                () -> rejects("weight_decay must be in [0, 10], got 11",
                        () -> new AdamW(new Adam(0.01, 0.9, 0.999, 1e-7, EpsMode.INSIDE, false), 11)),
                () -> rejects("weight_decay must be in [0, 10], got NaN", () -> new Lion(0.001, 0.9, 0.99, Double.NaN)),
                () -> rejects("momentum_decay must be in [0, 1], got 1.5",
                        () -> new Nadam(0.01, 0.9, 0.999, 1e-7, EpsMode.INSIDE, 1.5)),
                () -> rejects("lr must be in (0, 100], got NaN", () -> new Adamax(Double.NaN, 0.9, 0.999, 1e-7)),
                () -> rejects("rho must be in [0, 1), got NaN", () -> new Adadelta(1, Double.NaN, 1e-6)),
                () -> rejects("eps must be in (0, 1], got NaN", () -> new Adagrad(0.1, Double.NaN, EpsMode.INSIDE, 0)));
    }

    @Test
    void hatIsOnlyForAdamAndAdamW() {
        // SPEC §3: eps_mode=hat is Keras's form of Adam; the other adaptive optimizers have inside/outside.
        assertAll(
                () -> rejects("eps_mode must be one of inside, outside, got hat",
                        () -> new RmsProp(0.01, 0.9, 1e-7, EpsMode.HAT)),
                () -> rejects("eps_mode must be one of inside, outside, got hat",
                        () -> new Nadam(0.01, 0.9, 0.999, 1e-7, EpsMode.HAT, 0.004)),
                () -> rejects("eps_mode must be one of inside, outside, got hat",
                        () -> new Adagrad(0.1, 1e-7, EpsMode.HAT, 0)),
                () -> rejects("eps_mode must be one of inside, outside, hat, got nothing",
                        () -> new Adam(0.01, 0.9, 0.999, 1e-7, null, false)),
                () -> assertDoesNotThrow(() -> new Adam(0.01, 0.9, 0.999, 1e-7, EpsMode.HAT, true)),
                () -> assertDoesNotThrow(() -> Link.read("surface=bowl&run=adamw(eps_mode=hat)")));
        LinkException e = assertThrows(LinkException.class, () -> Link.read("surface=bowl&run=rmsprop(eps_mode=hat)"));
        assertEquals("run: rmsprop: eps_mode must be one of inside, outside, got 'hat'", e.getMessage());
    }

    @Test
    void aLinkCannotSmuggleNanOrTyposIn() {
        // NaN never gets as far as the range check from a link: the number reader refuses it.
        LinkException nan = assertThrows(LinkException.class, () -> Link.read("surface=bowl&run=adam(beta1=NaN)"));
        assertEquals("run", nan.param());
        assertTrue(nan.getMessage().contains("beta1 must be a number, got 'NaN'"), nan.getMessage());
        // Unknown keys are errors, naming the key and listing the real ones.
        LinkException typo = assertThrows(LinkException.class, () -> Link.read("surface=bowl&run=adam(beta3=0.9)"));
        assertEquals("run", typo.param());
        assertTrue(typo.getMessage().startsWith("run: adam: "), typo.getMessage());
        assertTrue(typo.getMessage().contains("unknown parameter 'beta3' (adam takes lr, beta1, beta2, eps, eps_mode, amsgrad)"),
                typo.getMessage());
        LinkException notForSgd = assertThrows(LinkException.class, () -> Link.read("surface=bowl&run=sgd(beta=0.9)"));
        assertTrue(notForSgd.getMessage().contains("run: sgd: unknown parameter 'beta' (sgd takes lr)"), notForSgd.getMessage());
    }

    /** Every inside end of every range is accepted, for every parameter of every optimizer. */
    @Test
    void theEndsOfTheRangesAreAccepted() {
        List<Executable> checks = new ArrayList<>();
        for (OptimizerKind kind : Optimizers.all()) {
            for (ParamSpec p : kind.params()) {
                if (p.defaultValue() instanceof Double) {
                    for (double v : GOOD_EDGES.get(RANGES.get(p.name()))) {
                        checks.add(() -> assertEquals(v, kind.create(Map.of(p.name(), v)).parameters().get(p.name()),
                                kind.id() + "(" + p.name() + "=" + v + ")"));
                    }
                }
            }
        }
        assertAll(checks);
    }

    /** SPEC §3's table of defaults, read back from the registry. */
    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of("sgd", ordered("lr", 0.05)),
                Arguments.of("momentum", ordered("lr", 0.05, "beta", 0.9)),
                Arguments.of("momentum-ema", ordered("lr", 0.05, "beta", 0.9)),
                Arguments.of("nesterov", ordered("lr", 0.05, "beta", 0.9)),
                Arguments.of("rmsprop", ordered("lr", 0.01, "rho", 0.9, "eps", 1e-7, "eps_mode", EpsMode.INSIDE)),
                Arguments.of("adam", ordered("lr", 0.01, "beta1", 0.9, "beta2", 0.999, "eps", 1e-7,
                        "eps_mode", EpsMode.INSIDE, "amsgrad", false)),
                Arguments.of("adamw", ordered("lr", 0.01, "beta1", 0.9, "beta2", 0.999, "eps", 1e-7,
                        "eps_mode", EpsMode.INSIDE, "amsgrad", false, "weight_decay", 0.01)),
                Arguments.of("nadam", ordered("lr", 0.01, "beta1", 0.9, "beta2", 0.999, "eps", 1e-7,
                        "eps_mode", EpsMode.INSIDE, "momentum_decay", 0.004)),
                Arguments.of("adagrad", ordered("lr", 0.1, "eps", 1e-7, "eps_mode", EpsMode.INSIDE,
                        "initial_accumulator", 0.0)),
                Arguments.of("adadelta", ordered("lr", 1.0, "rho", 0.9, "eps", 1e-6)),
                Arguments.of("adamax", ordered("lr", 0.01, "beta1", 0.9, "beta2", 0.999, "eps", 1e-7)),
                Arguments.of("lion", ordered("lr", 0.001, "beta1", 0.9, "beta2", 0.99, "weight_decay", 0.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void defaultsAreSpecsTable(String id, Map<String, Object> expected) {
        Optimizer<?> optimizer = Optimizers.byId(id).orElseThrow().create(Map.of());
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(optimizer.parameters().entrySet()));
    }

    @Test
    void thereAreTheTwelveOptimizersOfSpec() {
        assertEquals(List.of("sgd", "momentum", "momentum-ema", "nesterov", "rmsprop", "adam", "adamw", "nadam",
                "adagrad", "adadelta", "adamax", "lion"), Optimizers.ids());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void rejects(String message, Executable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertEquals(message, e.getMessage());
    }
}
