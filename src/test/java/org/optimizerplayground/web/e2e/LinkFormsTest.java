package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §6: percent-encoded and raw forms of a link are equivalent, and the page reads a link
 * exactly as the API does: a {@code +} is a plus sign, a space ({@code %20}, what a browser
 * sends for a typed space) is a space.
 */
class LinkFormsTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "surface=custom&f=x^2+3*y^2&speed=max",
        "surface=custom&f=x%5E2%2B3*y%5E2&speed=max",
        "surface=custom&f=x%20*%20y%20/%202%20+%20x^2&speed=max",
        "surface=bowl&run=adam(lr=0.1,%20beta1=0.8)&speed=max",
        "surface=bowl&start=1e+0,-1.5&run=sgd(lr=1e-1)&speed=max",
    })
    void thePageShowsWhatTheApiComputesForTheSameLink(String query) {
        PlaygroundPage page = openInNewTab("/?" + query);

        assertThat(page.notice()).as("notices").isEmpty();
        page.waitFor(d -> page.allEnded(), "the whole run (speed=max)");
        assertThat(page.mapPath(1)).isEqualTo(api.thetas(query, 1));
        // The canonical link in the address bar gives the same numbers again.
        assertThat(api.thetas(page.query(), 1)).isEqualTo(api.thetas(query, 1));
    }
}
