package org.optimizerplayground.web.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /api/sweep} and {@code /api/basins} as SPEC §9 writes them. */
@WebMvcTest(AnalysisController.class)
@Import({AnalysisService.class, ApiGate.class})
class AnalysisControllerTest {
    @Autowired
    MockMvc mvc;

    private ResultActions call(String path, String rawQuery) throws Exception {
        return mvc.perform(get(path).with(request -> {
            request.setQueryString(rawQuery);
            return request;
        }));
    }

    @Test
    void aSweepOfGradientDescentOnTheParabola() throws Exception {
        // w² from 2.5 with α: w_k = 2.5·(1 − 2α)^k, J_k = 6.25·(1 − 2α)^(2k). α = 0.01 crawls;
        // α = 0.1 gives J_k = 6.25·0.64^k, below 1e-6 first at k = 36 (0.64^35 = 1.66e-7 > 1.6e-7);
        // α = 10 diverges.
        call("/api/sweep", "surface=parabola&steps=100&run=sgd&lr_from=0.01&lr_to=10&count=4")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runs", hasSize(1)))
                .andExpect(jsonPath("$.runs[0].spec").value("sgd"))
                .andExpect(jsonPath("$.runs[0].points", hasSize(4)))
                .andExpect(jsonPath("$.runs[0].points[0].lr").value(0.01))
                .andExpect(jsonPath("$.runs[0].points[0].status").value("max-steps"))
                .andExpect(jsonPath("$.runs[0].points[0].steps_to_tol").value(nullValue()))
                .andExpect(jsonPath("$.runs[0].points[1].lr").value(0.1))
                .andExpect(jsonPath("$.runs[0].points[1].steps_to_tol").value(36))
                .andExpect(jsonPath("$.runs[0].points[3].lr").value(10))
                .andExpect(jsonPath("$.runs[0].points[3].status").value("diverged"));
    }

    @Test
    void aBasinMapOfTheDoubleWell() throws Exception {
        // Gradient descent on w⁴ − 3w² + w: starts left of the hump near w = 0.17 end in the
        // global minimum (index 0), starts right of it in the local one (index 1).
        call("/api/basins", "surface=double-well&steps=500&run=sgd(lr=0.01)&grid=4")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minima", hasSize(2)))
                .andExpect(jsonPath("$.runs[0].grid").value(4))
                .andExpect(jsonPath("$.runs[0].view[0]").value(-2.2))
                .andExpect(jsonPath("$.runs[0].basin", hasSize(4)))
                .andExpect(jsonPath("$.runs[0].basin[0]").value(0))
                .andExpect(jsonPath("$.runs[0].basin[1]").value(0))
                .andExpect(jsonPath("$.runs[0].basin[2]").value(1))
                .andExpect(jsonPath("$.runs[0].basin[3]").value(1))
                .andExpect(jsonPath("$.runs[0].final_loss", hasSize(4)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/sweep  | count=201                  | count",
        "/api/sweep  | count=abc                  | count",
        "/api/sweep  | lr_from=0                  | lr_from",
        "/api/sweep  | lr_from=1&lr_to=0.5        | lr_from",
        "/api/sweep  | lr_to=1000                 | lr_to",
        "/api/sweep  | steps=10001                | steps",
        "/api/sweep  | grid=10                    | grid",
        "/api/basins | grid=201                   | grid",
        "/api/basins | grid=0                     | grid",
        "/api/basins | grid=1.5                   | grid",
        "/api/basins | steps=2001                 | steps",
        "/api/basins | count=5                    | count",
        "/api/basins | steps=%zz                  | steps",
        "/api/basins | run=adam(lr=0)             | run",
    })
    void badInputIsA400NamingTheKey(String path, String query, String param) throws Exception {
        call(path, query).andExpect(status().isBadRequest()).andExpect(jsonPath("$.param").value(param));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/basins | grid=4294967346  | grid  | grid must be in [1, 200], got 4294967346",
        "/api/basins | grid=-4294967246 | grid  | grid must be in [1, 200], got -4294967246",
        "/api/basins | grid=1e20        | grid  | grid must be in [1, 200], got 1e20",
        "/api/sweep  | count=4294967297 | count | count must be in [2, 200], got 4294967297",
        "/api/sweep  | count=1e300      | count | count must be in [2, 200], got 1e300",
        "/api/sweep  | steps=4294967297 | steps | steps must be in [1, 100000], got 4294967297",
    })
    void hugeWholeNumbersAreRefusedAsTypedNotWrapped(String path, String query, String param, String error)
            throws Exception {
        call(path, "surface=parabola&run=sgd&" + query).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.param").value(param)).andExpect(jsonPath("$.error").value(error));
    }
}
