package org.optimizerplayground.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.web.export.PytorchScript;
import org.optimizerplayground.web.session.TrajectoryStoreSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The example end to end: the PyTorch tab's script for
 * {@code surface=rosenbrock&start=-1.5,2&steps=60&run=adam(lr=0.02)}, saved and run as it is with
 * {@code /usr/bin/python3 script.py}, prints the same 61 rows as the page's CSV download (the
 * answer of {@code /api/trajectory?…&download=true&format=csv}), every number to 1e-9 relative.
 */
@WebMvcTest(TrajectoryController.class)
@Import({ApiGate.class, TrajectoryStoreSettings.class})
class ExportedScriptTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String EXAMPLE = "surface=rosenbrock&start=-1.5,2&steps=60&run=adam(lr=0.02)";

    @Autowired
    MockMvc mvc;

    @Test
    void theExamplesScriptPrintsTheCsvDownload(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import torch")
                .start().waitFor() == 0, "/usr/bin/python3 cannot import torch");
        String csv = mvc.perform(get("/api/trajectory").with(r -> {
            r.setQueryString(EXAMPLE + "&download=true&format=csv");
            return r;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Path script = dir.resolve("replay.py");
        Files.writeString(script, PytorchScript.of(Link.read(EXAMPLE), 0).code());
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), printed);

        List<String> expected = csv.lines().toList();
        List<String> actual = printed.lines().toList();
        assertEquals(62, expected.size(), "a header and 61 rows");
        assertEquals(expected.size(), actual.size(), printed);
        assertEquals(expected.get(0), actual.get(0));
        for (int row = 1; row < expected.size(); row++) {
            String[] e = expected.get(row).split(",", -1);
            String[] a = actual.get(row).split(",", -1);
            assertEquals(e.length, a.length, actual.get(row));
            for (int i = 0; i < e.length; i++) {
                if (e[i].isEmpty() || a[i].isEmpty()) {
                    assertEquals(e[i], a[i], "row " + row);
                    continue;
                }
                double x = Double.parseDouble(e[i]);
                double y = Double.parseDouble(a[i]);
                assertTrue(x == y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)),
                        "row " + row + " column " + i + ": " + e[i] + " vs " + a[i]);
            }
        }
    }
}
