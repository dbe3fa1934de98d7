package org.optimizerplayground.web.ui.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.NetworkLink;

/**
 * How long the page's landscape takes for the default link at the default 41 × 41 grid (the
 * races, the directions, the grid on one thread), three times per direction. Not a check: runs
 * only with {@code -Dtiming=true} (see the README's network page section).
 */
@EnabledIfSystemProperty(named = "timing", matches = "true")
class LandscapeTiming {
    @Test
    void time() {
        var spec = NetworkLink.read("");
        System.out.println("TIMING default link: steps=" + spec.steps() + " runs=" + spec.runs().size()
                + " m=" + spec.data().trainCount() + " p=" + spec.architecture().parameterCount());
        for (int rep = 0; rep < 3; rep++) {
            for (Landscape.Directions d : Landscape.Directions.values()) {
                long t = System.nanoTime();
                LandscapeComputation.compute(spec, d, 41, () -> false, x -> { });
                System.out.printf("TIMING %s 41x41: %.2f s%n", d, (System.nanoTime() - t) / 1e9);
            }
        }
    }
}
