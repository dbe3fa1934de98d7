package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.chart.ChartJson;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;

/** The step arrows' vectors, from hand-derived updates on the bowl J = x² + y² (∇J = 2θ). */
class StepArrowsTest {

    /** Steps run 0 of {@code query} {@code updates} times and returns the arrows at its last point. */
    private static ContourChart.Arrows after(String query, int updates) {
        Experiment e = Link.read(query);
        RunStepper s = new RunStepper(e, 0);
        UpdateTerms terms = null;
        for (int n = 0; n < updates && !s.finished(); n++) {
            terms = new UpdateTerms();
            s.step(terms);
        }
        return StepArrows.of(0, e.runs().get(0), s.trajectory(), terms, e.view()[1] - e.view()[0]);
    }

    private static ContourChart.Arrow arrow(ContourChart.Arrows r, String kind) {
        return r.arrows().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static double length(ContourChart.Arrow a) {
        return Math.hypot(a.dx(), a.dy());
    }

    @Test
    void gradientDescentHasAGradientAndAnUpdateArrowThatCoincide() {
        // θ₀ = (2.5, 2), α = 0.1: Δθ = −0.1·(5, 4) = (−0.5, −0.4), θ₁ = (2, 1.6)
        ContourChart.Arrows r = after("surface=bowl&run=sgd(lr=0.1)", 1);
        assertThat(r.arrows()).extracting(ContourChart.Arrow::kind).containsExactly("gradient", "update");
        assertThat(r.x()).isEqualTo(2.0);
        assertThat(r.y()).isCloseTo(1.6, within(1e-15));
        // the longest arrow is 15 % of the view's width (6): 0.9
        assertThat(length(arrow(r, "update"))).isCloseTo(0.9, within(1e-12));
        assertThat(r.scale()).isCloseTo(0.9 / Math.hypot(0.5, 0.4), within(1e-12));
        assertThat(arrow(r, "gradient").dx()).isCloseTo(-0.5 * r.scale(), within(1e-12));
        assertThat(arrow(r, "gradient").dy()).isCloseTo(-0.4 * r.scale(), within(1e-12));
    }

    @Test
    void momentumArrowIsThePastsPartSoGradientPlusMomentumIsTheUpdate() {
        // update 1: m = α·g₀ = 0.1·(5, 4); θ₁ = (2, 1.6). update 2: g₁ = (4, 3.2),
        // m = 0.9·(0.5, 0.4) + 0.1·(4, 3.2) = (0.85, 0.68): momentum part −β·m₁ = (−0.45, −0.36)
        ContourChart.Arrows r = after("surface=bowl&run=momentum(lr=0.1,beta=0.9)", 2);
        assertThat(r.arrows()).extracting(ContourChart.Arrow::kind).containsExactly("gradient", "momentum", "update");
        ContourChart.Arrow g = arrow(r, "gradient");
        ContourChart.Arrow m = arrow(r, "momentum");
        ContourChart.Arrow u = arrow(r, "update");
        assertThat(m.dx() / r.scale()).isCloseTo(-0.45, within(1e-12));
        assertThat(m.dy() / r.scale()).isCloseTo(-0.36, within(1e-12));
        assertThat(g.dx() + m.dx()).isCloseTo(u.dx(), within(1e-12));
        assertThat(g.dy() + m.dy()).isCloseTo(u.dy(), within(1e-12));
        assertThat(length(u)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void theEwmaFormHasTheSameDecompositionAsPolyaksMomentum() {
        ContourChart.Arrows polyak = after("surface=bowl&run=momentum(lr=0.02)", 5);
        ContourChart.Arrows ema = after("surface=bowl&run=momentum-ema(lr=0.2)", 5);
        // the same path: the same update and the same past part; the gradient arrow −α·∂θ is ten
        // times longer in the EWMA form, whose α is ten times larger
        for (String kind : List.of("momentum", "update")) {
            assertThat(arrow(ema, kind).dx() / ema.scale()).as(kind)
                    .isCloseTo(arrow(polyak, kind).dx() / polyak.scale(), within(1e-12));
            assertThat(arrow(ema, kind).dy() / ema.scale()).as(kind)
                    .isCloseTo(arrow(polyak, kind).dy() / polyak.scale(), within(1e-12));
        }
        assertThat(arrow(ema, "gradient").dx() / ema.scale())
                .isCloseTo(10 * arrow(polyak, "gradient").dx() / polyak.scale(), within(1e-12));
    }

    @Test
    void adamsMomentumArrowIsTheStepBeforeAdaptiveScaling() {
        // update 1 of Adam: m̂ = g₀ = (5, 4); the momentum arrow is −α·m̂ = (−0.5, −0.4) for α = 0.1,
        // while Δθ ≈ −α·(1, 1) (each component divided by its own |g|)
        ContourChart.Arrows r = after("surface=bowl&run=adam(lr=0.1)", 1);
        ContourChart.Arrow m = arrow(r, "momentum");
        ContourChart.Arrow u = arrow(r, "update");
        assertThat(m.dx() / r.scale()).isCloseTo(-0.5, within(1e-12));
        assertThat(m.dy() / r.scale()).isCloseTo(-0.4, within(1e-12));
        assertThat(u.dx() / r.scale()).isCloseTo(-0.1, within(1e-6));
        assertThat(u.dy() / r.scale()).isCloseTo(-0.1, within(1e-6));
        assertThat(length(m)).as("the longest of the three").isCloseTo(0.9, within(1e-12));
    }

    @Test
    void tinyUpdatesAreStillDrawnAtFifteenPercentOfTheView() {
        ContourChart.Arrows r = after("surface=bowl&run=sgd(lr=0.00001)", 3);
        assertThat(length(arrow(r, "update"))).isCloseTo(0.9, within(1e-9));
        assertThat(r.scale()).isGreaterThan(1e4);
    }

    @Test
    void oneDimensionalArrowsLieAlongWAtTheCurvePoint() {
        // w₀ = 2.5 on J = w², α = 0.05: w₁ = 2.25, J = 5.0625
        ContourChart.Arrows r = after("surface=parabola&run=sgd", 1);
        assertThat(r.x()).isCloseTo(2.25, within(1e-15));
        assertThat(r.y()).isCloseTo(5.0625, within(1e-12));
        assertThat(r.arrows()).allSatisfy(a -> assertThat(a.dy()).isZero());
        assertThat(arrow(r, "update").dx()).isCloseTo(-0.9, within(1e-12));
    }

    @Test
    void nothingToDrawBeforeTheFirstUpdateOrAfterADivergence() {
        assertThat(after("surface=bowl&run=sgd", 0)).isNull();
        assertThat(after("surface=parabola&run=sgd(lr=3)&steps=50", 50)).isNull();
        assertThat(ChartJson.arrows(List.of())).isEqualTo("{\"runs\":[]}");
    }

    @Test
    void jsonCarriesThePointTheScaleAndEachArrow() {
        String json = ChartJson.arrows(List.of(after("surface=bowl&run=sgd(lr=0.1)", 1)));
        assertThat(json).startsWith("{\"runs\":[{\"index\":0,\"at\":[2,1.6")
                .contains("\"kind\":\"gradient\",\"d\":[").contains("\"kind\":\"update\"");
    }
}
