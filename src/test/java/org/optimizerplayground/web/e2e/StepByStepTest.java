package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario 1 of issue 3: a teacher steps through Adam on the bowl and reads the update rule. */
class StepByStepTest extends BrowserTest {

    @Test
    void threeStepsShowKThreeAndTheApisTheta() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&run=adam(lr=0.1)&play=false");
        assertThat(page.k(1)).isZero();

        page.step().step().step();

        assertThat(page.k(1)).isEqualTo(3);
        assertThat(page.ruleK()).isEqualTo(3);
        assertThat(page.ruleText()).contains("k=3");
        List<Double> theta3 = api.theta("surface=bowl&run=adam(lr=0.1)&steps=3", 1, 3);
        List<BigDecimal> expected = theta3.stream()
                .map(v -> new BigDecimal(v).round(new MathContext(6))).toList();
        List<BigDecimal> shown = page.ruleThetaAfter();
        assertThat(shown).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);
    }
}
