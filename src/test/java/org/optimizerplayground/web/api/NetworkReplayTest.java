package org.optimizerplayground.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code /api/train?…&include=theta,data,init,order} answers is enough to replay every run
 * in PyTorch: {@code src/test/python/replay_train_api.py} builds the {@code nn.Sequential} from
 * {@code init}, feeds the {@code data} in the batches of {@code order} to {@code torch.optim}, and
 * must find the API's numbers at every update to 1e-9 relative. Runs only where
 * {@code /usr/bin/python3} can import torch (Debian's python3-torch); skipped otherwise.
 */
@WebMvcTest(NetworkController.class)
@Import(AnalysisService.class)
class NetworkReplayTest {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path SCRIPT = Path.of("src/test/python/replay_train_api.py");

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void torchIsThere() throws Exception {
        boolean ok = Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import torch"), 120).exit == 0;
        assumeTrue(ok, "/usr/bin/python3 cannot import torch: the PyTorch replay is skipped");
    }

    record Result(int exit, String out) {
    }

    static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the default net on a noisy spiral, BCE with L2, a decaying Adam; batches 8, 8, 8, 6 … of 45
        "data=spiral&n=60&noise=0.1&test=0.25&l2=0.01&batch=8&steps=25&seed=3&run=sgd(lr=0.1)"
            + "&run=momentum(lr=0.05,beta=0.9)&run=nesterov(lr=0.05,beta=0.9)"
            + "&run=adam(lr=0.02,eps=1e-8,eps_mode=outside,decay=0.5,decay_steps=10)",
        // four features, three ReLU layers, squared error; RMSprop with a smooth decay, NAdam, Adagrad
        "data=xor&n=40&noise=0.05&test=0.2&features=x,y,xy,sinx&layers=5,3,3&activation=relu&loss=mse&batch=5"
            + "&steps=25&seed=11&run=rmsprop(lr=0.01,rho=0.9,eps=1e-8,eps_mode=outside,decay=0.9,decay_steps=3,"
            + "staircase=false)&run=nadam(lr=0.02,eps=1e-8,eps_mode=outside)"
            + "&run=adagrad(lr=0.1,eps=1e-8,eps_mode=outside,initial_accumulator=0.1)&run=adamax(lr=0.02)",
    })
    void pytorchReplaysTheAnswer(String link) throws Exception {
        String body = mvc.perform(get("/api/train").with(r -> {
            r.setQueryString(link + "&include=theta,data,init,order");
            return r;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Path file = Files.createTempFile("train-answer", ".json");
        try {
            Files.writeString(file, body, StandardCharsets.UTF_8);
            Result r = run(List.of(PYTHON.toString(), SCRIPT.toString(), file.toString()), 300);
            List<String> lines = r.out().lines().filter(l -> l.startsWith("{")).toList();
            assertEquals(0, r.exit(), r.out());
            assertEquals(4, lines.size(), r.out());
            JsonMapper mapper = JsonMapper.builder().build();
            for (String line : lines) {
                System.out.println("replay: " + line);
                JsonNode run = mapper.readTree(line);
                assertTrue(run.get("replayed").asBoolean(), line);
                assertEquals(26, run.get("points").asInt(), line);
                assertTrue(run.get("max_rel_error").asDouble() <= 1e-9, line);
            }
            // The comparison is not vacuous: one θ component off by 1e-7 relative fails it.
            JsonNode answer = mapper.readTree(body);
            tools.jackson.databind.node.ArrayNode theta = (tools.jackson.databind.node.ArrayNode) answer.get("runs")
                    .get(2).get("points").get(20).get("theta");
            theta.set(3, theta.get(3).asDouble() * (1 + 1e-7));
            Files.writeString(file, mapper.writeValueAsString(answer), StandardCharsets.UTF_8);
            Result off = run(List.of(PYTHON.toString(), SCRIPT.toString(), file.toString()), 300);
            assertEquals(1, off.exit(), off.out());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
