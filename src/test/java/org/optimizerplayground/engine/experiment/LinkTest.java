package org.optimizerplayground.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimizerplayground.engine.optim.Adam;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.Momentum;
import org.optimizerplayground.engine.surface.Surfaces;

/** Reading and writing shared links, as SPEC §6 writes them. */
class LinkTest {
    @Test
    void theSpecExampleReadsAsWritten() {
        Experiment e = Link.read("surface=rosenbrock&start=-1.5,2&steps=300&run=adam(lr=0.05)"
                + "&run=momentum(lr=0.001,beta=0.9)");
        assertEquals("rosenbrock", e.surface().id());
        assertThat(e.start()).containsExactly(-1.5, 2.0);
        assertEquals(300, e.steps());
        assertEquals(List.of(RunSpec.of(new Adam(0.05, 0.9, 0.999, 1e-7, EpsMode.INSIDE, false)),
                RunSpec.of(new Momentum(0.001, 0.9))), e.runs());
        // Canonical: defaults dropped (rosenbrock, its default start, beta=0.9).
        assertEquals("steps=300&run=adam(lr=0.05)&run=momentum(lr=0.001)", Link.format(e));
    }

    @Test
    void aBareLinkIsTheDefaultRaceAndFormatsToNothing() {
        Experiment e = Link.read("");
        assertEquals(Experiment.defaults(), e);
        assertEquals(List.of("sgd", "momentum", "adam"), e.runs().stream().map(RunSpec::optimizerId).toList());
        assertEquals("", Link.format(e));
    }

    @Test
    void theDefaultRaceFollowsTheSurface() {
        Experiment e = Link.read("surface=parabola");
        assertEquals(Experiment.defaultRace(Surfaces.byId("parabola").orElseThrow()), e.runs());
        assertEquals("surface=parabola", Link.format(e));
    }

    @Test
    void percentEncodedAndRawFormsAreTheSameLink() {
        Experiment raw = Link.read("surface=custom&f=x^2+3*y^2&run=adam(lr=0.1,eps_mode=outside)");
        Experiment encoded = Link.read("surface=custom&f=x%5E2%2B3*y%5E2&run=adam%28lr%3D0.1%2Ceps_mode%3Doutside%29");
        assertEquals(raw, encoded);
        assertEquals("surface=custom&f=x%5E2%2B3*y%5E2&run=adam(lr=0.1,eps_mode=outside)", Link.format(raw));
    }

    @Test
    void aScheduleIsPartOfTheRun() {
        Experiment e = Link.read("surface=parabola&run=sgd(lr=0.1,decay=0.7,decay_steps=100)");
        RunSpec run = e.runs().get(0);
        assertEquals(new Decay(0.7, 100, true), run.decay());
        assertEquals("sgd(lr=0.1,decay=0.7)", run.format());
        assertEquals("sgd(lr=0.1,decay=0.5,decay_steps=3,staircase=false)",
                Link.read("run=sgd(lr=0.1,decay=0.5,decay_steps=3,staircase=false)").runs().get(0).format());
    }

    @Test
    void pageKeysAreReadForThePageAndIgnoredByTheApi() {
        QueryString q = QueryString.parse(
                "surface=bowl&speed=max&play=false&hide=update-rule,run-editor&lang=es&analysis=basins&utm_source=x");
        Link.Reading reading = Link.readForPage(q);
        assertEquals(new PageOptions(PageOptions.MAX_SPEED, false, List.of("update-rule", "run-editor"), "es", "basins"),
                reading.page());
        assertThat(reading.notices()).singleElement().asString().contains("utm_source");
        assertEquals("surface=bowl&speed=max&play=false&hide=update-rule,run-editor&lang=es&analysis=basins",
                Link.format(reading.experiment(), reading.page()));
        assertThatThrownBy(() -> Link.readForApi(q, java.util.Set.of()))
                .isInstanceOf(LinkException.class).hasMessageContaining("utm_source");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "steps=abc                         | steps  | steps must be a number, got 'abc'",
        "steps=0                           | steps  | steps must be in [1, 100000], got 0",
        "steps=100001                      | steps  | steps must be in [1, 100000], got 100001",
        "steps=1.5                         | steps  | steps must be a whole number",
        "steps=4294967297                  | steps  | steps must be in [1, 100000], got 4294967297",
        "steps=1e20                        | steps  | steps must be in [1, 100000], got 1e20",
        "run=sgd(decay=0.5,decay_steps=1e20) | run  | run: sgd: decay_steps must be in [1, 1000000000], got 1e20",
        "steps=1&steps=2                   | steps  | steps is given twice",
        "steps=%zz                         | steps  | bad percent-encoding in steps",
        "steps=%C3%28                      | steps  | not valid UTF-8",
        "steps=Infinity                    | steps  | steps must be a number",
        "steps=1e999                       | steps  | steps is too large",
        "start=%D9%A3,1                    | start  | start must be a number, got 'U+0663'",
        "surface=moon                      | surface| unknown surface 'moon'",
        "surface=custom                    | f      | surface=custom needs an expression in f",
        "f=x^2                             | f      | only read with surface=custom",
        "surface=custom&f=foo(x)           | f      | unknown function 'foo'",
        "surface=custom&f=sin(w)+x         | f      | mixes w with x/y",
        "start=1                           | start  | start needs 2 comma-separated numbers (x,y), got 1",
        "surface=parabola&start=1,2        | start  | start needs 1 comma-separated numbers (w), got 2",
        "start=NaN,1                       | start  | start must be a number, got 'NaN'",
        "start=2e6,0                       | start  | start values must be within ±1e6",
        "view=1,0,0,1                      | view   | xmin must be smaller than xmax",
        "run=adam(lr=0)                    | run    | run: adam: lr must be in (0, 100], got 0",
        "run=adam(beta1=1)                 | run    | run: adam: beta1 must be in [0, 1), got 1",
        "run=adam(eps=0)                   | run    | run: adam: eps must be in (0, 1], got 0",
        "run=adamw(weight_decay=11)        | run    | weight_decay must be in [0, 10], got 11",
        "run=nadam(momentum_decay=2)       | run    | momentum_decay must be in [0, 1], got 2",
        "run=rmsprop(eps_mode=hat)         | run    | eps_mode must be one of inside, outside, got 'hat'",
        "run=adam(lr=0.1,lr=0.2)           | run    | lr is given twice",
        "run=adam(betta1=0.8)              | run    | run: adam: unknown parameter 'betta1' (adam takes lr, beta1",
        "run=sgd(decay=0)                  | run    | decay must be in (0, 1], got 0",
        "run=sgd(decay_steps=10)           | run    | decay_steps needs decay",
        "run=sgd(decay=0.5,decay_steps=0)  | run    | decay_steps must be in [1, 1000000000], got 0",
        "run=adamm                         | run    | unknown optimizer 'adamm'",
        "run=adam(lr=0.1                   | run    | missing its closing ')'",
        "run=adam(amsgrad=yes)             | run    | amsgrad must be one of true, false, got 'yes'",
        "noise=-1                          | noise  | noise must be in [0, 1000000], got -1",
        "seed=1.5                          | seed   | seed must be a whole number",
        "colour=red                        | colour | unknown key 'colour'",
        "=5                                | ''     | has no key",
    })
    void badLinksNameTheirKey(String query, String param, String message) {
        assertThatThrownBy(() -> Link.read(query))
                .isInstanceOfSatisfying(LinkException.class, e -> assertEquals(param, e.param()))
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "speed=4294967297  | speed must be 1 … 5000 updates per second or max, got 4294967297",
        "speed=-4294967295 | speed must be 1 … 5000 updates per second or max, got -4294967295",
        "speed=1e20        | speed must be 1 … 5000 updates per second or max, got 1e20",
    })
    void aHugeSpeedIsRefusedAsTyped(String query, String message) {
        assertThatThrownBy(() -> Link.readForPage(QueryString.parse(query)))
                .isInstanceOfSatisfying(LinkException.class, e -> assertEquals("speed", e.param()))
                .hasMessage(message);
    }

    @Test
    void atMostEightRuns() {
        String nine = "run=sgd&".repeat(9);
        assertThatThrownBy(() -> Link.read(nine)).hasMessage("at most 8 runs can be compared, got 9");
    }

    @Test
    void theWrongRunIsNamedByItsPlace() {
        assertThatThrownBy(() -> Link.read("run=sgd&run=adam(lr=-1)"))
                .hasMessage("run 2: adam: lr must be in (0, 100], got -1");
    }
}
