package org.optimizerplayground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.optim.ParamSpec;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.engine.surface.Surfaces;
import org.optimizerplayground.engine.surface.expr.Expression;

/**
 * Properties of links: any experiment written as a link reads back as the same experiment and
 * the same link; any text at all only ever gives an experiment or a {@link LinkException}.
 */
class LinkPropertiesTest {
    @Property(tries = 500)
    void experimentToLinkToExperimentRoundTrips(@ForAll("experiments") Experiment e) {
        String link = Link.format(e);
        Experiment back = Link.read(link);
        assertEquals(e, back, () -> "link: " + link);
        assertEquals(link, Link.format(back));
    }

    @Property(tries = 2000)
    void garbageOnlyEverGivesAnExperimentOrALinkError(@ForAll("garbage") String query) {
        try {
            Link.read(query);
        } catch (LinkException expected) {
            // The one allowed failure: a plain-words message naming the key.
            assert expected.getMessage() != null && !expected.getMessage().isBlank();
        }
    }

    @Property(tries = 1000)
    void mutatedGoodLinksOnlyEverGiveAnExperimentOrALinkError(@ForAll("experiments") Experiment e,
                                                               @ForAll("mutations") String insert,
                                                               @ForAll("positions") double where) {
        String link = Link.format(e);
        int at = (int) (where * link.length());
        try {
            Link.read(link.substring(0, at) + insert + link.substring(at));
        } catch (LinkException expected) {
            assert !expected.getMessage().isBlank();
        }
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("%", "%zz", "%C3", "&", "=", "(", ")", ",", "&run=", "&steps=", "NaN", "1e999",
                        "&surface=custom", "\u0663", "<script>", "&&", "==", "+", "-"));
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> alphabet = Arbitraries.strings().withChars("abcdefrsuntpwxy=&%(),.-+e019^*/ ").ofMaxLength(60);
        Arbitrary<String> keyed = Combinators.combine(
                Arbitraries.of("surface", "f", "view", "start", "steps", "run", "noise", "seed", "speed", "x"),
                Arbitraries.strings().ofMaxLength(30)).as((k, v) -> k + "=" + v);
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80), alphabet,
                keyed.list().ofMaxSize(5).map(l -> String.join("&", l)));
    }

    @Provide
    Arbitrary<Experiment> experiments() {
        Arbitrary<Surface> surfaces = Arbitraries.oneOf(
                Arbitraries.of(Surfaces.all()),
                Arbitraries.of("x^2 + 3*y^2", "sin(x)*cos(y) + 0.1*(x^2+y^2)", "w^4 - 2*w^2", "(1-x)^2 + 5*(y-x^2)^2",
                        "max(abs(x), abs(y)) + e^-x", "exp(-w)+w").map(f -> new CustomSurface(Expression.parse(f))));
        return surfaces.flatMap(s -> Combinators.combine(
                coordinates(s.dimension()), Arbitraries.integers().between(1, 100_000),
                runs().list().ofMinSize(0).ofMaxSize(8),
                Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 10).ofScale(10)),
                Arbitraries.longs(), views(s.dimension()))
                .as((start, steps, runs, noise, seed, view) -> new Experiment(s,
                        start == null ? s.defaultStart() : start, steps,
                        runs.isEmpty() ? Experiment.defaultRace(s) : runs, noise, seed,
                        view == null ? s.view() : view)));
    }

    private Arbitrary<double[]> coordinates(int dim) {
        Arbitrary<Double> c = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(-5, 5).ofScale(17), Arbitraries.of(0.0, -0.0, 1e-300, 0.1, -1.5));
        return Arbitraries.oneOf(Arbitraries.just(null), c.array(double[].class).ofSize(dim));
    }

    private Arbitrary<double[]> views(int dim) {
        Arbitrary<double[]> pairs = Combinators.combine(Arbitraries.doubles().between(-1000, 1000).ofScale(6),
                Arbitraries.doubles().between(1e-3, 100).ofScale(6)).as((lo, w) -> new double[] {lo, lo + w});
        return Arbitraries.oneOf(Arbitraries.just(null), pairs.list().ofSize(dim).map(l -> {
            double[] v = new double[2 * dim];
            for (int i = 0; i < dim; i++) {
                v[2 * i] = l.get(i)[0];
                v[2 * i + 1] = l.get(i)[1];
            }
            return v;
        }).filter(v -> v[0] < v[1] && (v.length == 2 || v[2] < v[3])));
    }

    private Arbitrary<RunSpec> runs() {
        return Arbitraries.of(Optimizers.all()).flatMap(kind -> {
            List<Arbitrary<Object>> values = new ArrayList<>();
            for (ParamSpec p : kind.params()) {
                values.add(valueOf(kind, p));
            }
            Arbitrary<List<Object>> all = Combinators.combine(values).as(l -> l);
            Arbitrary<Decay> decay = Arbitraries.oneOf(Arbitraries.just(null), Combinators.combine(
                    Arbitraries.doubles().between(0.01, 1).ofScale(6), Arbitraries.longs().between(1, 1_000_000_000L),
                    Arbitraries.of(true, false)).as(Decay::new));
            return Combinators.combine(all, decay).as((l, d) -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < l.size(); i++) {
                    map.put(kind.params().get(i).name(), l.get(i));
                }
                return new RunSpec(kind.create(map), d);
            });
        });
    }

    private Arbitrary<Object> valueOf(OptimizerKind kind, ParamSpec p) {
        Object def = p.defaultValue();
        if (def instanceof Boolean) {
            return Arbitraries.of(true, false);
        }
        if (def instanceof EpsMode) {
            return Arbitraries.of(p.choices()).map(EpsMode::byKey);
        }
        Arbitrary<Double> range = switch (p.name()) {
            case "lr" -> Arbitraries.doubles().between(1e-6, 100).ofScale(9);
            case "eps" -> Arbitraries.doubles().between(1e-9, 1).ofScale(12);
            case "weight_decay" -> Arbitraries.doubles().between(0, 10);
            case "momentum_decay" -> Arbitraries.doubles().between(0, 1);
            case "initial_accumulator" -> Arbitraries.doubles().between(0, 10);
            default -> Arbitraries.doubles().between(0, 0.9999).ofScale(6);
        };
        return Arbitraries.oneOf(Arbitraries.just(def), range.map(d -> (Object) d));
    }
}
