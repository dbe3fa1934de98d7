package org.optimizerplayground.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;

/**
 * Runs the exported PyTorch scripts as they are (Debian's python3-torch, float64) and finds the
 * playground's trajectory in what they print: for every optimizer and every ε placement on several
 * surfaces, a custom expression, decay schedules and noisy runs, every row of the API's CSV
 * ({@code run,k,theta…,loss,grad…,lr}) to 1e-9 relative. All scripts, the Keras scripts (parsed
 * only: TensorFlow is not installable here) and the notebooks (validated with nbformat) go
 * through one Python process, so torch is imported once.
 */
class PytorchReplayTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path RUNNER = Path.of("src/test/python/run_exported_scripts.py");
    static final double TOLERANCE = 1e-9;

    /** The issue's example: its 61 rows must match the page's CSV download. */
    static final String EXAMPLE = "surface=rosenbrock&start=-1.5,2&steps=60&run=adam(lr=0.02)";

    /** Every optimizer with every ε placement it has, spread over the surfaces (up to 8 runs a link). */
    static final List<String> CASES = List.of(
            EXAMPLE,
            "surface=rosenbrock&start=-1.5,2&steps=150&run=sgd(lr=0.001)&run=momentum(lr=0.001)"
                    + "&run=momentum-ema(lr=0.01)&run=nesterov(lr=0.001)&run=rmsprop(lr=0.01,eps_mode=inside)"
                    + "&run=rmsprop(lr=0.01,eps_mode=outside)&run=lion(lr=0.01)&run=adadelta",
            "surface=beale&steps=120&run=adam(lr=0.05,eps_mode=inside)&run=adam(lr=0.05,eps_mode=outside)"
                    + "&run=adam(lr=0.05,eps_mode=hat)&run=adam(lr=0.05,eps_mode=outside,amsgrad=true)"
                    + "&run=adam(lr=0.05,eps_mode=hat,amsgrad=true)&run=adamax(lr=0.05)"
                    + "&run=nadam(lr=0.02,eps_mode=inside)&run=nadam(lr=0.02,eps_mode=outside)",
            "surface=himmelblau&steps=100&run=adamw(lr=0.05,eps_mode=inside,weight_decay=0.1)"
                    + "&run=adamw(lr=0.05,eps_mode=outside,weight_decay=0.1)&run=adamw(lr=0.05,eps_mode=hat)"
                    + "&run=adagrad(lr=0.5,eps_mode=inside)&run=adagrad(lr=0.5,eps_mode=outside,initial_accumulator=0.1)"
                    + "&run=lion(lr=0.02,weight_decay=0.1)&run=adamw(lr=0.05,eps_mode=outside,amsgrad=true)",
            "surface=double-well&start=2&steps=80&run=sgd(lr=0.01)&run=nesterov(lr=0.01,beta=0.8)"
                    + "&run=rmsprop(lr=0.02,eps_mode=outside,eps=0.001)&run=adagrad(lr=0.3,eps_mode=inside,eps=0.01)",
            "surface=rastrigin&steps=80&run=momentum(lr=0.002)&run=adam(lr=0.1)&run=nadam(lr=0.05)",
            "surface=ackley&steps=80&run=adam(lr=0.2,eps_mode=hat)&run=adamax(lr=0.1)",
            "surface=styblinski-tang&steps=60&run=momentum-ema(lr=0.05)&run=adadelta(lr=2)",
            "surface=booth&steps=60&run=sgd(lr=0.02)&run=rmsprop(lr=0.2)",
            "surface=saddle&steps=60&run=momentum(lr=0.003)&run=adam(lr=0.02,eps_mode=inside)",
            // Schedules: momentum and Nesterov written out, the rest through torch.optim + LambdaLR.
            "surface=ravine&steps=250&run=momentum(lr=0.02,decay=0.5,decay_steps=50)"
                    + "&run=nesterov(lr=0.02,decay=0.7,decay_steps=30,staircase=false)"
                    + "&run=momentum-ema(lr=0.2,decay=0.5,decay_steps=40)&run=sgd(lr=0.45,decay=0.9,decay_steps=10)"
                    + "&run=adam(lr=0.1,decay=0.8,decay_steps=25,staircase=false)"
                    + "&run=rmsprop(lr=0.05,decay=0.5,decay_steps=60,eps_mode=inside)"
                    + "&run=lion(lr=0.05,decay=0.5,decay_steps=50)",
            // Custom expressions from the same tree: functions, constants, min/max, powers.
            "surface=custom&f=sin(x)*cos(y)%20+%200.1*(x^2%20+%20y^2)%20+%20max(x,%20y,%201)"
                    + "&start=1.5,-2&steps=100&run=adam(lr=0.05)&run=momentum(lr=0.02)&run=rmsprop(lr=0.01,eps_mode=inside)",
            "surface=custom&f=-w^2/2%20+%20abs(w)^3%20+%20exp(-w)*tanh(w)%20+%202^3^0.5%20+%20min(cosh(w),%20e)%20-%20pi"
                    + "&start=1.7&steps=90&run=nadam(lr=0.05)&run=adagrad(lr=0.2)",
            // Noise: the script carries the numbers the session drew.
            "surface=rosenbrock&start=-1.5,2&steps=200&noise=2&seed=7&run=adam(lr=0.05)&run=sgd(lr=0.0005)"
                    + "&run=momentum(lr=0.0005,decay=0.5,decay_steps=40)",
            "surface=parabola&steps=50&noise=0.5&run=momentum(lr=0.05)",
            // Over the 1 000 numbers a script writes out: drawn again with the playground's generator.
            "surface=booth&steps=2500&noise=1&seed=-42&run=adam(lr=0.1)&run=sgd(lr=0.02)",
            // A run that diverges stops where the playground stops it.
            "surface=bowl&steps=60&run=sgd(lr=1.2)");

    private static Path directory;
    private static String runnerOutput;
    private static long runnerMillis;

    @BeforeAll
    static void runEveryScriptInOnePythonProcess(@TempDir Path dir) throws Exception {
        boolean torch = Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import torch")
                .redirectErrorStream(true).start().waitFor() == 0;
        assumeTrue(torch, "/usr/bin/python3 cannot import torch: the PyTorch replay is skipped");
        directory = dir;
        for (int c = 0; c < CASES.size(); c++) {
            Experiment e = Link.read(CASES.get(c));
            for (int r = 0; r < e.runs().size(); r++) {
                String name = String.format("case%02d_run%d", c, r);
                Files.writeString(dir.resolve(name + ".py"), PytorchScript.of(e, r).code());
                Files.writeString(dir.resolve(name + ".parse"), KerasScript.of(e, r).code());
                Files.writeString(dir.resolve(name + ".ipynb"), Notebook.of(e, r));
            }
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(PYTHON.toString(), RUNNER.toString(), dir.toString())
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the scripts did not finish within 5 minutes");
        runnerMillis = (System.nanoTime() - start) / 1_000_000;
        runnerOutput = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), runnerOutput);
        System.out.println("PytorchReplayTest: " + runnerOutput.strip() + ", " + runnerMillis + " ms wall");
    }

    @Test
    void theIssuesExamplePrintsTheSame61RowsAsTheCsvDownload() throws IOException {
        List<String> lines = Files.readAllLines(directory.resolve("case00_run0.out"));
        assertEquals("run,k,theta1,theta2,loss,grad1,grad2,lr", lines.get(0));
        assertEquals(62, lines.size(), "a header and 61 rows");
        Trajectory t = Simulation.run(Link.read(EXAMPLE)).get(0);
        assertEquals(0, compare(lines, 0, t).failures.size());
    }

    @Test
    void everyScriptReplaysItsRunToOneBillionth() throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, Double> worst = new LinkedHashMap<>();
        int rows = 0;
        for (int c = 0; c < CASES.size(); c++) {
            Experiment e = Link.read(CASES.get(c));
            List<Trajectory> trajectories = Simulation.run(e);
            for (int r = 0; r < e.runs().size(); r++) {
                String name = String.format("case%02d_run%d", c, r);
                Path err = directory.resolve(name + ".err");
                if (Files.exists(err)) {
                    failures.add(name + " " + e.runs().get(r).format() + " raised:\n" + Files.readString(err));
                    continue;
                }
                List<String> lines = Files.readAllLines(directory.resolve(name + ".out"));
                assertEquals(PytorchScript.columns(e.dimension()), lines.get(0), name);
                Comparison cmp = compare(lines, r, trajectories.get(r));
                rows += cmp.rows;
                worst.merge(e.runs().get(r).optimizerId() + (PytorchScript.direct(e.runs().get(r)) ? " (torch.optim)"
                        : " (written out)"), cmp.worst, Math::max);
                String label = name + " " + e.runs().get(r).format() + ": ";
                cmp.failures.forEach(f -> failures.add(label + f));
            }
        }
        System.out.println("PytorchReplayTest: " + rows + " rows; largest relative difference by optimizer: " + worst);
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void theComparisonIsNotVacuous() throws IOException {
        List<String> printed = Files.readAllLines(directory.resolve("case00_run0.out"));
        List<String> lines = new ArrayList<>(printed);
        String[] cells = lines.get(30).split(",", -1);
        cells[2] = Double.toString(Double.parseDouble(cells[2]) * (1 + 1e-8));
        lines.set(30, String.join(",", cells));
        Trajectory t = Simulation.run(Link.read(EXAMPLE)).get(0);
        assertEquals(1, compare(lines, 0, t).failures.size());
        assertEquals(1, compare(printed.subList(0, 40), 0, t).failures.size(), "a missing row is a failure");
    }

    @Test
    void kerasScriptsParseAndNotebooksAreValid() throws IOException {
        try (var files = Files.list(directory)) {
            List<String> errors = files.filter(f -> f.toString().endsWith(".err")).map(f -> {
                try {
                    return f.getFileName() + ":\n" + Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertTrue(errors.isEmpty(), String.join("\n", errors));
        }
        String notebook = Files.readString(directory.resolve("case00_run0.ipynb"));
        assertTrue(notebook.contains("\"nbformat\":4"), notebook.substring(0, 200));
        assertTrue(notebook.contains("contourf"), "the map cell draws the contour");
    }

    @Test
    void theNoisyRunsCarryTheDrawnNumbers() {
        String code = PytorchScript.of(Link.read(CASES.get(13)), 0).code();
        assertTrue(code.contains("noise = [\n"), code);
        assertTrue(code.contains("theta.grad += sigma * torch.tensor(noise[k - 1])"), code);
        String generated = PytorchScript.of(Link.read("steps=5000&noise=1"), 0).code();
        assertFalse(generated.contains("noise = [\n"), "10 000 numbers are over the limit");
        assertTrue(generated.contains("normals = playground_normals(1, 10000)\n"), generated);
    }

    private record Comparison(int rows, double worst, List<String> failures) {
    }

    /** Every printed row against the trajectory: same run and k, each number to 1e-9 relative. */
    private static Comparison compare(List<String> lines, int run, Trajectory t) {
        List<String> failures = new ArrayList<>();
        int dim = t.dimension();
        if (lines.size() - 1 != t.size()) {
            failures.add("printed " + (lines.size() - 1) + " rows, the playground has " + t.size());
        }
        double worst = 0;
        for (int k = 0; k < Math.min(t.size(), lines.size() - 1); k++) {
            String[] cells = lines.get(k + 1).split(",", -1);
            double[] expected = new double[2 * dim + 2];
            for (int i = 0; i < dim; i++) {
                expected[i] = t.theta(k, i);
                expected[dim + 1 + i] = t.grad(k, i);
            }
            expected[dim] = t.loss(k);
            expected[2 * dim + 1] = k == 0 ? Double.NaN : t.lr(k);
            if (cells.length != expected.length + 2 || !cells[0].equals(Integer.toString(run))
                    || !cells[1].equals(Integer.toString(k))) {
                failures.add("row " + k + ": " + lines.get(k + 1));
                continue;
            }
            for (int i = 0; i < expected.length; i++) {
                String cell = cells[i + 2];
                double e = expected[i];
                if (!Double.isFinite(e) || cell.isEmpty()) {
                    if (Double.isFinite(e) || !cell.isEmpty()) {
                        failures.add("row " + k + " column " + (i + 2) + ": " + cell + " vs " + e);
                    }
                    continue;
                }
                double a = Double.parseDouble(cell);
                double error = relative(a, e);
                worst = Math.max(worst, error);
                if (!(error <= TOLERANCE)) {
                    failures.add("row " + k + " column " + (i + 2) + ": " + cell + " vs " + e + " (" + error + ")");
                }
            }
        }
        return new Comparison(lines.size() - 1, worst, failures);
    }

    static double relative(double a, double b) {
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }
}
