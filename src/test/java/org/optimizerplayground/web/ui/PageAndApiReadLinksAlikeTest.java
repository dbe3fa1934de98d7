package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;

/**
 * The page and the API read a link with one and the same decoding: what the API accepts the
 * page opens as the same experiment, and what the API refuses the page refuses with the same
 * message naming the same key. The page's way is the one a browser takes: {@link LinkRepairFilter}
 * on the raw query, Vaadin's decoding of what the filter left ({@link QueryParameters#fromString}),
 * then the view's reading of those parameters.
 */
class PageAndApiReadLinksAlikeTest {
    private static Object api(String raw) {
        try {
            return Link.readForApi(QueryString.parse(raw), Set.of());
        } catch (LinkException e) {
            return e.param() + ": " + e.getMessage();
        }
    }

    private static Object page(String raw) {
        String repaired = LinkRepairFilter.repair(raw);
        assertEquals(repaired, LinkRepairFilter.repair(repaired), "the repaired link is left alone");
        try {
            QueryString query = LinkRepairFilter.query(QueryParameters.fromString(repaired));
            return Link.readForPage(query).experiment();
        } catch (LinkException e) {
            return e.param() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "surface=custom&f=x%252By",
        "surface=custom&f=x%252By&run=sgd",
        "surface=custom&f=x%2By",
        "surface=custom&f=x+y",
        "surface=custom&f=x%20*%20y+1",
        "surface=custom&f=x%2525",
        "run=adam(lr%3D0.1)",
        "run=adam(lr%253D0.1)",
        "steps=%2532",
        "steps=%32",
        "steps=%zz",
        "steps=%",
        "steps=5%",
        "steps=%C3%28",
        "surface=custom&f=x%FF",
        "steps=5&&run=sgd",
        "&steps=5",
        "=5&steps=5",
        "steps=5&steps=6",
        "st%65ps=5",
    })
    void thePageReadsALinkAsTheApiDoes(String raw) {
        Object api = api(raw);
        Object page = page(raw);
        if (api instanceof Experiment) {
            assertThat(page).as("the page opens what the API computes").isEqualTo(api);
        } else {
            assertThat(page).as("the page refuses as the API does").isEqualTo(api);
        }
    }

    /**
     * The one case where the wording differs: a value that, decoded once, still reads as bad
     * percent-encoding ({@code %25zz} gives {@code %zz}). Vaadin's decoded address cannot tell
     * it from a stray {@code %} that the filter passed on, so the page names the percent-encoding
     * while the API names the key's own rule; both refuse it, naming the same key.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"steps=%25zz", "surface=custom&f=x%25FF", "run=adam(lr=%25C3)"})
    void aValueStillBadlyEncodedAfterTheOneDecodingIsRefusedByBoth(String raw) {
        Object api = api(raw);
        Object page = page(raw);
        assertThat(api).isInstanceOf(String.class);
        assertThat(page).isInstanceOf(String.class);
        assertThat(((String) page).split(":")[0]).isEqualTo(((String) api).split(":")[0]);
    }
}
