package org.optimizerplayground.web.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimizerplayground.web.session.TrajectoryStoreSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code GET /api/trajectory} as SPEC §7 writes it: JSON, CSV and the 400 answers. */
@WebMvcTest(TrajectoryController.class)
@Import({ApiGate.class, TrajectoryStoreSettings.class})
class TrajectoryControllerTest {
    @Autowired
    MockMvc mvc;

    private ResultActions call(String rawQuery) throws Exception {
        // The raw query goes in untouched, as a browser or curl would send it.
        return mvc.perform(get("/api/trajectory").with(request -> {
            request.setQueryString(rawQuery);
            return request;
        }));
    }

    @Test
    void twoStepsOfGradientDescentOnTheParabola() throws Exception {
        // J(w) = w², θ₀ = 2.5, α = 0.05: θ₁ = 2.5 − 0.05·5 = 2.25, θ₂ = 2.25 − 0.05·4.5 = 2.025.
        call("surface=parabola&steps=2&run=sgd").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.surface").value("parabola"))
                .andExpect(jsonPath("$.dim").value(1))
                .andExpect(jsonPath("$.start[0]").value(2.5))
                .andExpect(jsonPath("$.steps").value(2))
                .andExpect(jsonPath("$.runs", hasSize(1)))
                .andExpect(jsonPath("$.runs[0].spec").value("sgd"))
                .andExpect(jsonPath("$.runs[0].optimizer").value("sgd"))
                .andExpect(jsonPath("$.runs[0].params.lr").value(0.05))
                .andExpect(jsonPath("$.runs[0].status").value("max-steps"))
                .andExpect(jsonPath("$.runs[0].points", hasSize(3)))
                .andExpect(jsonPath("$.runs[0].points[0].k").value(0))
                .andExpect(jsonPath("$.runs[0].points[0].lr").value(nullValue()))
                .andExpect(jsonPath("$.runs[0].points[0].grad[0]").value(5.0))
                .andExpect(jsonPath("$.runs[0].points[1].theta[0]").value(2.25))
                .andExpect(jsonPath("$.runs[0].points[1].loss").value(5.0625))
                .andExpect(jsonPath("$.runs[0].points[1].lr").value(0.05))
                .andExpect(jsonPath("$.runs[0].points[2].theta[0]").value(2.025));
    }

    @Test
    void everyParameterIsListedWithItsResolvedValue() throws Exception {
        call("surface=bowl&steps=1&run=adam(lr=0.1,decay=0.5)").andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[0].spec").value("adam(lr=0.1,decay=0.5)"))
                .andExpect(jsonPath("$.runs[0].params.beta1").value(0.9))
                .andExpect(jsonPath("$.runs[0].params.beta2").value(0.999))
                .andExpect(jsonPath("$.runs[0].params.eps").value(1e-7))
                .andExpect(jsonPath("$.runs[0].params.eps_mode").value("inside"))
                .andExpect(jsonPath("$.runs[0].params.amsgrad").value(false))
                .andExpect(jsonPath("$.runs[0].params.decay").value(0.5))
                .andExpect(jsonPath("$.runs[0].params.decay_steps").value(100))
                .andExpect(jsonPath("$.runs[0].params.staircase").value(true));
    }

    @Test
    void noRunMeansTheDefaultRace() throws Exception {
        call("surface=bowl&steps=3").andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[*].optimizer").value(org.hamcrest.Matchers.contains("sgd", "momentum", "adam")));
    }

    @Test
    void aDivergingRunStopsAndWritesNonFiniteNumbersAsNull() throws Exception {
        // α = 1.5 on w²: θ_k = (1 − 2·1.5)^k·θ₀ = (−2)^k·2.5 passes 1e6 at k = 19.
        call("surface=parabola&steps=100&run=sgd(lr=1.5)").andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[0].status").value("diverged"))
                .andExpect(jsonPath("$.runs[0].points", hasSize(20)));
        // exp(exp(7)) = exp(1096.6) overflows: J is infinite at θ₀, the run is diverged at k = 0
        // and the infinite numbers are written as null.
        call("surface=custom&f=exp(exp(w))&start=7&steps=5&run=sgd(lr=0.001)").andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[0].status").value("diverged"))
                .andExpect(jsonPath("$.runs[0].points", hasSize(1)))
                .andExpect(jsonPath("$.runs[0].points[0].loss").value(nullValue()))
                .andExpect(jsonPath("$.runs[0].points[0].grad[0]").value(nullValue()));
    }

    @Test
    void convergedWhenTheLastGradientIsTiny() throws Exception {
        call("surface=bowl&steps=200&run=sgd(lr=0.5)").andExpect(jsonPath("$.runs[0].status").value("converged"));
    }

    @Test
    void csvHasOneRowPerPoint() throws Exception {
        call("surface=parabola&steps=2&run=sgd&run=sgd(lr=0.1)&format=csv").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string("run,k,theta1,loss,grad1,lr\n"
                        + "0,0,2.5,6.25,5,\n"
                        + "0,1,2.25,5.0625,4.5,0.05\n"
                        + "0,2,2.025,4.100625,4.05,0.05\n"
                        + "1,0,2.5,6.25,5,\n"
                        + "1,1,2,4,4,0.1\n"
                        + "1,2,1.6,2.5600000000000005,3.2,0.1\n"));
    }

    @Test
    void csvOfATwoDimensionalSurface() throws Exception {
        call("surface=bowl&steps=1&run=sgd(lr=0.25)&format=csv")
                .andExpect(content().string("run,k,theta1,theta2,loss,grad1,grad2,lr\n"
                        + "0,0,2.5,2,10.25,5,4,\n"
                        + "0,1,1.25,1,2.5625,2.5,2,0.25\n"));
    }

    @Test
    void pageKeysAreIgnored() throws Exception {
        call("surface=bowl&steps=1&speed=max&play=false&hide=share&lang=es").andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "steps=%zz                                 | steps",
        "steps=1&steps=2                           | steps",
        "bogus=1                                   | bogus",
        "steps=1e999                               | steps",
        "start=NaN,0                               | start",
        "start=1,2,3                               | start",
        "steps=%D9%A3                              | steps",
        "surface=custom&f=%3Cscript%3Ealert(1)%3C/script%3E | f",
        "surface=custom&f=sin(x                    | f",
        "run=adam(lr=1e400)                        | run",
        "run=%3Cimg%20src=x%20onerror=alert(1)%3E  | run",
        "format=xml                                | format",
        "noise=NaN                                 | noise",
        "seed=99999999999999999999999              | seed",
    })
    void badInputIsA400NamingTheKey(String query, String param) throws Exception {
        call(query).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.param").value(param))
                .andExpect(jsonPath("$.error").isString());
    }

    @Test
    void userTextInMessagesIsNeverMarkup() throws Exception {
        call("run=%3Cscript%3E").andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))))
                .andExpect(jsonPath("$.error", startsWith("run: unknown optimizer '<script>'")));
    }
}
