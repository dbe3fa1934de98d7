package org.optimizerplayground.web.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.TrainHistory;
import org.optimizerplayground.engine.network.Training;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/train} and {@code GET /api/landscape}: JSON, CSV, replay data and the 400 answers. */
@WebMvcTest(NetworkController.class)
@Import(AnalysisService.class)
class NetworkControllerTest {
    static final String SMALL = "data=xor&n=40&noise=0.05&test=0.25&layers=3&batch=8&steps=6";

    @Autowired
    MockMvc mvc;

    private ResultActions call(String path, String rawQuery) throws Exception {
        return mvc.perform(get(path).with(request -> {
            request.setQueryString(rawQuery);
            return request;
        }));
    }

    static JsonNode json(ResultActions r) throws Exception {
        return JsonMapper.builder().build().readTree(r.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aRaceAsJsonHasEveryUpdatesNumbers() throws Exception {
        call("/api/train", SMALL + "&run=sgd(lr=0.1)&run=adam(lr=0.05,decay=0.5,decay_steps=2)")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.dataset").value("xor"))
                .andExpect(jsonPath("$.features", contains("x", "y")))
                .andExpect(jsonPath("$.layers", contains(3)))
                .andExpect(jsonPath("$.parameters").value(13))
                .andExpect(jsonPath("$.train_points").value(30))
                .andExpect(jsonPath("$.test_points").value(10))
                .andExpect(jsonPath("$.every").value(1))
                .andExpect(jsonPath("$.runs", hasSize(2)))
                .andExpect(jsonPath("$.runs[0].spec").value("sgd(lr=0.1)"))
                .andExpect(jsonPath("$.runs[0].params.lr").value(0.1))
                .andExpect(jsonPath("$.runs[0].status").value("max-steps"))
                .andExpect(jsonPath("$.runs[0].points", hasSize(7)))
                .andExpect(jsonPath("$.runs[0].points[0].k").value(0))
                .andExpect(jsonPath("$.runs[0].points[0].batch_loss").value(nullValue()))
                .andExpect(jsonPath("$.runs[0].points[0].lr").value(nullValue()))
                .andExpect(jsonPath("$.runs[0].points[0].theta").doesNotExist())
                .andExpect(jsonPath("$.runs[1].params.decay").value(0.5))
                .andExpect(jsonPath("$.runs[1].points[2].lr").value(0.05))
                .andExpect(jsonPath("$.runs[1].points[3].lr").value(0.025))
                .andExpect(jsonPath("$.data").doesNotExist())
                .andExpect(jsonPath("$.init").doesNotExist())
                .andExpect(jsonPath("$.order").doesNotExist());
    }

    @Test
    void theNumbersAreTheEnginesOwn() throws Exception {
        String query = SMALL + "&run=momentum(lr=0.1)&include=theta";
        JsonNode j = json(call("/api/train", query));
        TrainHistory h = Training.run(NetworkProblem.of(NetworkLink.read(SMALL + "&run=momentum(lr=0.1)"))).get(0);
        JsonNode points = j.get("runs").get(0).get("points");
        for (int k = 0; k <= 6; k++) {
            JsonNode p = points.get(k);
            assertEquals(h.trainLoss(k), p.get("train_loss").asDouble());
            assertEquals(h.testAccuracy(k), p.get("test_acc").asDouble());
            double[] theta = new double[13];
            for (int i = 0; i < 13; i++) {
                theta[i] = p.get("theta").get(i).asDouble();
            }
            assertArrayEquals(h.theta(k), theta, "θ_" + k + " survives the JSON round trip exactly");
        }
    }

    @Test
    void everyThinsThePoints() throws Exception {
        call("/api/train", "n=40&steps=10&every=4&run=sgd").andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[0].points[*].k", contains(0, 4, 8, 10)));
    }

    @Test
    void includeAddsWhatAReplayNeeds() throws Exception {
        JsonNode j = json(call("/api/train", SMALL + "&features=x,y,xy&run=sgd&include=data,init,order,theta"));
        assertEquals(30, j.get("data").get("train").get("x").size());
        assertEquals(30, j.get("data").get("train").get("label").size());
        assertEquals(10, j.get("data").get("test").get("y").size());
        JsonNode row = j.get("data").get("train").get("inputs").get(0);
        assertEquals(3, row.size());
        double x = j.get("data").get("train").get("x").get(0).asDouble();
        double y = j.get("data").get("train").get("y").get(0).asDouble();
        assertEquals(x * y, row.get(2).asDouble(), "the inputs are the features of the point");
        // 3 features → 3 hidden → 1: W₀ 3×3, b₀ 3, W₁ 1×3, b₁ 1 = 16; Glorot, biases 0.
        assertEquals(16, j.get("init").size());
        for (int i = 9; i < 12; i++) {
            assertEquals(0, j.get("init").get(i).asDouble());
        }
        assertEquals(j.get("runs").get(0).get("points").get(0).get("theta"), j.get("init"));
        // 30 points in batches of 8: 4 batches per epoch, 6 updates touch 2 epochs.
        assertEquals(2, j.get("order").size());
        assertEquals(30, j.get("order").get(0).size());
    }

    @Test
    void csvHasOneRowPerWrittenPoint() throws Exception {
        String csv = call("/api/train", SMALL + "&run=sgd&run=adam&format=csv&every=3").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertEquals("run,k,batch_loss,train_loss,train_acc,test_loss,test_acc,penalty,lr", lines.get(0));
        assertEquals(1 + 2 * 3, lines.size());
        assertTrue(lines.get(1).startsWith("0,0,,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",0,"), "penalty 0, no lr at k = 0: " + lines.get(1));
        assertTrue(lines.get(6).startsWith("1,6,"), lines.get(6));
        String withTheta = call("/api/train", SMALL + "&run=sgd&format=csv&include=theta")
                .andReturn().getResponse().getContentAsString();
        assertTrue(withTheta.lines().findFirst().orElseThrow().endsWith(",lr,theta1,theta2,theta3,theta4,theta5,theta6,"
                + "theta7,theta8,theta9,theta10,theta11,theta12,theta13"));
    }

    @Test
    void aRateTooBigIsADivergedRunNotAnError() throws Exception {
        for (String every : List.of("1", "50")) {
            call("/api/train", "data=gauss&n=50&test=0&layers=8,8&activation=linear&loss=mse&batch=50&steps=1000"
                    + "&seed=2&run=sgd(lr=100)&run=sgd(lr=0.001)&include=theta&every=" + every)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.runs[0].status").value("diverged"))
                    .andExpect(jsonPath("$.runs[0].points.length()", lessThan(1001)))
                    .andExpect(jsonPath("$.runs[1].status").value("max-steps"))
                    .andExpect(jsonPath("$.runs[0].points[0].test_loss").value(nullValue()));
        }
        call("/api/landscape", "data=gauss&n=50&test=0&layers=8,8&activation=linear&loss=mse&batch=50&steps=200"
                + "&seed=2&run=sgd(lr=100)&run=sgd(lr=0.01)&grid=5")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[0].status").value("diverged"))
                .andExpect(jsonPath("$.runs[1].status").value("max-steps"));
    }

    @Test
    void theDefaultLinkTrainsTheDefaultRace() throws Exception {
        call("/api/train", "steps=5&speed=max&lang=es&weight=2,1,b&hide=landscape").andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[*].optimizer", contains("sgd", "momentum", "adam")))
                .andExpect(jsonPath("$.link").value("steps=5"));
    }

    @Test
    void aLandscapeHasTheGridTheAxesAndEachRunsPath() throws Exception {
        ResultActions r = call("/api/landscape", SMALL + "&run=sgd(lr=0.3)&run=adam(lr=0.1)&grid=7")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.dirs").value("pca"))
                .andExpect(jsonPath("$.grid").value(7))
                .andExpect(jsonPath("$.a", hasSize(7)))
                .andExpect(jsonPath("$.b", hasSize(7)))
                .andExpect(jsonPath("$.loss", hasSize(7)))
                .andExpect(jsonPath("$.loss[0]", hasSize(7)))
                .andExpect(jsonPath("$.explained", hasSize(2)))
                .andExpect(jsonPath("$.runs", hasSize(2)))
                .andExpect(jsonPath("$.runs[0].k", hasSize(7)))
                .andExpect(jsonPath("$.runs[0].a[0]").value(0.0))
                .andExpect(jsonPath("$.runs[1].b[0]").value(0.0));
        JsonNode j = json(r);
        JsonNode train = json(call("/api/train", SMALL + "&run=sgd(lr=0.3)&run=adam(lr=0.1)"));
        for (int run = 0; run < 2; run++) {
            for (int k = 0; k <= 6; k++) {
                assertEquals(train.get("runs").get(run).get("points").get(k).get("train_loss").asDouble(),
                        j.get("runs").get(run).get("loss").get(k).asDouble(), "true loss (no L2 here)");
                double a = j.get("runs").get(run).get("a").get(k).asDouble();
                double b = j.get("runs").get(run).get("b").get(k).asDouble();
                JsonNode w = j.get("window");
                assertTrue(w.get(0).asDouble() < a && a < w.get(1).asDouble() && w.get(2).asDouble() < b
                        && b < w.get(3).asDouble(), "the window covers the paths");
            }
        }
        call("/api/landscape", SMALL + "&run=sgd(lr=0.3)&dirs=random").andExpect(status().isOk())
                .andExpect(jsonPath("$.dirs").value("random"))
                .andExpect(jsonPath("$.explained").value(nullValue()))
                .andExpect(jsonPath("$.grid").value(41))
                .andExpect(jsonPath("$.loss", hasSize(41)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/train     | bogus=1                               | bogus",
        "/api/train     | n=2001                                | n",
        "/api/train     | n=1e999                               | n",
        "/api/train     | n=%zz                                 | n",
        "/api/train     | noise=NaN                             | noise",
        "/api/train     | steps=100001                          | steps",
        "/api/train     | steps=0                               | steps",
        "/api/train     | steps=1&steps=2                       | steps",
        "/api/train     | data=moons                            | data",
        "/api/train     | features=x,x                          | features",
        "/api/train     | features=%3Cscript%3E                 | features",
        "/api/train     | layers=9                              | layers",
        "/api/train     | layers=1,1,1,1,1,1,1                  | layers",
        "/api/train     | activation=gelu                       | activation",
        "/api/train     | loss=hinge                            | loss",
        "/api/train     | l2=-1                                 | l2",
        "/api/train     | batch=0                               | batch",
        "/api/train     | seed=99999999999999999999999          | seed",
        "/api/train     | test=0.95                             | test",
        "/api/train     | run=adam(lr=1e400)                    | run",
        "/api/train     | run=sgd&run=sgd&run=sgd&run=sgd&run=sgd&run=sgd&run=sgd&run=sgd&run=sgd | run",
        "/api/train     | format=xml                            | format",
        "/api/train     | include=weights                       | include",
        "/api/train     | include=theta,theta                   | include",
        "/api/train     | include=                              | include",
        "/api/train     | include=data&format=csv               | include",
        "/api/train     | every=0                               | every",
        "/api/train     | steps=10&every=11                     | every",
        "/api/train     | dirs=pca                              | dirs",
        "/api/train     | layers=4,,2                           | layers",
        "/api/train     | layers=0                              | layers",
        "/api/train     | layers=4.5                            | layers",
        "/api/train     | layers=                               | layers",
        "/api/train     | n=1                                   | n",
        "/api/train     | noise=0.6                             | noise",
        "/api/train     | test=-0.1                             | test",
        "/api/train     | batch=2001                            | batch",
        "/api/train     | l2=11                                 | l2",
        "/api/train     | seed=1.5                              | seed",
        "/api/train     | features=                             | features",
        "/api/train     | features=x,z                          | features",
        "/api/train     | data=                                 | data",
        "/api/train     | data=xor&data=spiral                  | data",
        "/api/train     | run=nope(lr=0.1)                      | run",
        "/api/train     | run=adam(lr=0.1                       | run",
        "/api/train     | run=adam(beta1=2)                     | run",
        "/api/train     | run=sgd(decay=2,decay_steps=10)       | run",
        "/api/train     | run=                                  | run",
        "/api/train     | every=1e9                             | every",
        "/api/landscape | grid=-5                               | grid",
        "/api/landscape | every=0                               | every",
        "/api/train     | n=2000&steps=100000&batch=2000        | steps",
        "/api/train     | n=20&steps=100000&batch=1&test=0.5&run=sgd&run=sgd&run=sgd  | steps",
        "/api/train     | n=2000&batch=2000&steps=5000&every=10&include=order&run=sgd | include",
        "/api/landscape | dirs=hessian                          | dirs",
        "/api/landscape | grid=82                               | grid",
        "/api/landscape | grid=1                                | grid",
        "/api/landscape | grid=41.5                             | grid",
        "/api/landscape | format=csv                            | format",
        "/api/landscape | include=theta                         | include",
        "/api/landscape | n=2000&steps=100000                   | steps",
        "/api/landscape | features=x&layers=none&dirs=random   | dirs",
        "/api/landscape | features=x,y,x2,y2,xy,sinx,siny&layers=8,8,8,8,8,8&steps=4000&batch=1&n=20 | steps",
    })
    void badInputIsA400NamingTheKey(String path, String query, String param) throws Exception {
        long start = System.nanoTime();
        call(path, query).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.param").value(param))
                .andExpect(jsonPath("$.error").isString());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused before any work");
    }
}
