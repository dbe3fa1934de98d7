package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.util.Numbers;

/**
 * Scenarios 3 and 4 of issue 3: editing a run changes the address bar and redraws the map,
 * and the address bar, opened elsewhere, gives the same trajectories.
 */
class EditAndShareTest extends BrowserTest {

    @Test
    void movingTheLearningRateSliderRewritesTheLinkAndRedrawsTheWholePath() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&speed=max");
        // speed=max: the whole trajectory is on the map at once.
        page.waitFor(d -> page.mapPointCount(1) == 201, "the whole path of 200 updates");
        List<List<Double>> before = page.mapPath(1);
        assertThat(before).isEqualTo(api.thetas(page.query(), 1));

        int position = page.moveLearningRateSlider(1, 25);

        String lr = Numbers.format(sliderValue(position));
        assertThat(lr).isNotEqualTo("0.1");
        page.waitFor(d -> page.address().contains("run=adam(lr=" + lr + ")"), "the address bar to show lr=" + lr);
        assertThat(page.address()).isEqualTo("/?surface=bowl&run=adam(lr=" + lr + ")&speed=max");
        page.waitFor(d -> page.mapPath(1).equals(api.thetas(page.query(), 1)), "the map to show the new link's path");
        assertThat(page.mapPath(1)).hasSize(201).isNotEqualTo(before);
        assertThat(page.status(1)).contains("α=" + lr);
    }

    @Test
    void typingALearningRateRewritesTheLinkAndRedrawsThePath() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&speed=max");
        page.waitFor(d -> page.mapPointCount(1) == 201, "the whole path of 200 updates");
        List<List<Double>> before = page.mapPath(1);

        page.setLearningRate(1, "0.03");

        assertThat(page.address()).isEqualTo("/?surface=bowl&run=adam(lr=0.03)&speed=max");
        // The address bar holds the canonical link as Link.format writes it, readable for slides.
        assertThat(page.rawAddress()).isEqualTo("/?surface=bowl&run=adam(lr=0.03)&speed=max");
        page.waitFor(d -> page.mapPath(1).equals(api.thetas(page.query(), 1)), "the map to show the new link's path");
        assertThat(page.mapPath(1)).isNotEqualTo(before);
    }

    @Test
    void theEditedLinkOpenedInANewTabShowsTheSameTrajectories() {
        PlaygroundPage page = openInNewTab("/?surface=rosenbrock&speed=max");
        page.setSteps(150);
        page.setLearningRate(3, "0.02");
        String lr = Numbers.format(sliderValue(page.moveLearningRateSlider(1, -40)));
        page.waitFor(d -> page.address().contains("run=sgd(lr=" + lr + ")"), "the address bar to show lr=" + lr);
        assertThat(page.address()).contains("steps=150").contains("lr=0.02").contains("speed=max");
        String link = page.rawAddress();
        page.waitFor(d -> page.mapPath(1).equals(api.thetas(link, 1)), "run 1's path to follow the edit");

        PlaygroundPage copy = openInNewTab(link);

        assertThat(copy.rawAddress()).as("the link reads back to itself").isEqualTo(link);
        assertThat(copy.runCount()).isEqualTo(3);
        for (int run = 1; run <= 3; run++) {
            int r = run;
            copy.waitFor(d -> copy.mapPath(r).equals(page.mapPath(r)), "run " + r + "'s path to match the first tab");
            assertThat(copy.mapPath(run)).as("run %d", run).hasSize(151).isEqualTo(api.thetas(link, run));
            assertThat(copy.status(run)).isEqualTo(page.status(run));
        }
        assertThat(copy.ruleNumbers()).isEqualTo(page.ruleNumbers());
    }

    /**
     * The learning rate at a slider position: 1000 log-spaced notches from 1e-5 to 10, rounded
     * to three significant digits so links stay short (as the page's LogSlider does).
     */
    private static double sliderValue(int position) {
        double v = Math.pow(10, -5 + 6.0 * position / 1000);
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }
}
