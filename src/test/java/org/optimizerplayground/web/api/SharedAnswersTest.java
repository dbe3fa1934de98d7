package org.optimizerplayground.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.web.session.SimulationSession;
import org.optimizerplayground.web.session.TrajectoryStoreSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API answers from the store the tabs play from, and says how its answers may be cached. */
@WebMvcTest(TrajectoryController.class)
@Import({ApiGate.class, TrajectoryStoreSettings.class})
class SharedAnswersTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TrajectoryStore store;

    private static MockHttpServletRequestBuilder trajectory(String rawQuery) {
        return get("/api/trajectory").with(request -> {
            request.setQueryString(rawQuery);
            return request;
        });
    }

    @Test
    void aTabAndTheApiReadingTheSameLinkGetBitIdenticalNumbersFromTheStore() throws Exception {
        String link = "surface=rastrigin&steps=5000&run=adam(lr=0.01)&run=nadam(lr=0.003)&noise=0.05&seed=11";
        SimulationSession tab = new SimulationSession(store, Link.read(link), PageOptions.MAX_SPEED);
        tab.play();
        long computations = store.stats().computations();

        // The student's link, with its page-only keys and its keys in another order.
        MockHttpServletResponse answer = mvc.perform(trajectory(
                        "seed=11&noise=0.05&surface=rastrigin&run=adam(lr=0.01)&run=nadam(lr=0.003)&steps=5000&speed=max&play=true&format=csv"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(store.stats().computations()).as("the API computed nothing of its own").isEqualTo(computations);
        String[] rows = answer.getContentAsString().split("\n");
        List<Trajectory> shown = tab.trajectories();
        assertThat(rows).hasSize(1 + 2 * 5001);
        for (int row = 1; row < rows.length; row++) {
            String[] cells = rows[row].split(",", -1);
            Trajectory t = shown.get(Integer.parseInt(cells[0]));
            int k = Integer.parseInt(cells[1]);
            double[] expected = {t.theta(k, 0), t.theta(k, 1), t.loss(k), t.grad(k, 0), t.grad(k, 1)};
            for (int c = 0; c < expected.length; c++) {
                assertThat(Double.doubleToRawLongBits(Double.parseDouble(cells[2 + c])))
                        .as("row %d, column %d", row, 2 + c).isEqualTo(Double.doubleToRawLongBits(expected[c]));
            }
            if (k == 0) {
                assertThat(cells[7]).isEmpty();
            } else {
                assertThat(Double.parseDouble(cells[7])).isEqualTo(t.lr(k));
            }
        }
    }

    @Test
    void anAnswerCarriesAnEtagAndAClientThatHasItGetsA304WithNothingComputed() throws Exception {
        String etag = mvc.perform(trajectory("surface=bowl&steps=50&run=sgd"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=3600"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        long asked = store.stats().computations() + store.stats().hits();

        mvc.perform(trajectory("run=sgd&steps=50&surface=bowl&lang=es").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().string(""));

        assertThat(store.stats().computations() + store.stats().hits()).isEqualTo(asked);
        String csvEtag = mvc.perform(trajectory("surface=bowl&steps=50&run=sgd&format=csv"))
                .andReturn().getResponse().getHeader("ETag");
        String otherEtag = mvc.perform(trajectory("surface=bowl&steps=51&run=sgd"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(csvEtag).isNotEqualTo(etag);
        assertThat(otherEtag).isNotEqualTo(etag);
    }

    @Test
    void aBadLinkIsStillA400WithoutCachingHeaders() throws Exception {
        mvc.perform(trajectory("steps=0")).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("ETag"));
    }
}
