package org.optimizerplayground.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.web.export.CodeExport.Note;
import org.optimizerplayground.web.export.CodeExport.Snippet;

/**
 * The exported Keras/PyTorch code against templates filled by hand, the notes exactly where the
 * framework's convention differs from the run's setting, and (when /usr/bin/python3 exists) every
 * snippet through Python's own parser.
 */
class CodeExportTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static Snippet keras(String run) {
        return CodeExport.keras(RunSpec.parse(run));
    }

    /** The PyTorch script of a link with this one run (its templates: {@link TorchOptimizerTest}). */
    private static Snippet torch(String run) {
        return PytorchScript.of(Link.read("run=" + QueryString.encode(run)), 0);
    }

    private static Note note(String key, String... args) {
        return new Note(key, List.of(args));
    }

    private static Note kerasDefaults(String cls, String differing) {
        return note("export.note.defaults", "keras.optimizers." + cls, differing);
    }

    private static Note torchDefaults(String cls, String differing) {
        return note("export.note.defaults", "torch.optim." + cls, differing);
    }

    private static final Note STAIRCASE_DEFAULT = note("export.note.defaults",
            "keras.optimizers.schedules.ExponentialDecay", "staircase=False");
    private static final Note TORCH_SCHEDULE = note("export.note.schedule.torch");

    /** From "optimizer = " to the closing parenthesis of that call. */
    private static String optimizerCall(String code) {
        int start = code.indexOf("optimizer = ");
        int end = code.indexOf("\n)\n", start);
        assertTrue(start >= 0 && end > start, code);
        return code.substring(start, end + 3);
    }

    // ------------------------------------------------------------ whole snippets

    @Test
    void adamWithDefaultsKeras() {
        Snippet s = keras("adam");
        assertEquals("""
                # Optimizer Playground run: adam
                import keras

                optimizer = keras.optimizers.Adam(
                    learning_rate=0.01,
                    beta_1=0.9,
                    beta_2=0.999,
                    epsilon=1e-07,
                    amsgrad=False,
                )

                model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])  # your model
                model.compile(optimizer=optimizer, loss="mse")
                # model.fit(x, y, epochs=10)
                """, s.code());
        assertEquals(List.of(note("export.note.eps.keras.hat", "keras.optimizers.Adam", "inside"),
                kerasDefaults("Adam", "learning_rate=0.001")), s.notes());
    }

    @Test
    void momentumWithStaircaseDecayKeras() {
        Snippet s = keras("momentum(lr=0.01,decay=0.5,decay_steps=100)");
        assertEquals("""
                # Optimizer Playground run: momentum(lr=0.01,decay=0.5)
                import keras

                lr_schedule = keras.optimizers.schedules.ExponentialDecay(
                    initial_learning_rate=0.01,
                    decay_steps=100,
                    decay_rate=0.5,
                    staircase=True,
                )
                optimizer = keras.optimizers.SGD(
                    learning_rate=lr_schedule,
                    momentum=0.9,
                    nesterov=False,
                )

                model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])  # your model
                model.compile(optimizer=optimizer, loss="mse")
                # model.fit(x, y, epochs=10)  # the schedule counts updates (batches), not epochs
                """, s.code());
        // Keras's SGD puts α_k into its velocity as the playground does: no momentum note.
        assertEquals(List.of(kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"), STAIRCASE_DEFAULT),
                s.notes());
    }

    @Test
    void momentumEmaWithSmoothDecayKeras() {
        Snippet s = keras("momentum-ema(beta=0.8,decay=0.9,decay_steps=50,staircase=false)");
        assertTrue(s.code().contains("""
                lr_schedule = keras.optimizers.schedules.ExponentialDecay(
                    initial_learning_rate=0.05 * (1 - 0.8),
                    decay_steps=50,
                    decay_rate=0.9,
                    staircase=False,
                )
                optimizer = keras.optimizers.SGD(
                    learning_rate=lr_schedule,
                    momentum=0.8,
                    nesterov=False,
                )
                """), s.code());
        assertEquals(List.of(note("export.note.momentum-ema.keras", "0.05", "0.8"),
                note("export.note.momentum-ema.keras.schedule"),
                kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"), STAIRCASE_DEFAULT), s.notes());
    }

    // ------------------------------------------------------------ the optimizer call of every kind

    private record Case(String run, String keras, List<Note> kerasNotes) {
    }

    private static final List<Case> CASES = List.of(
            new Case("sgd(lr=0.1)", """
                    optimizer = keras.optimizers.SGD(
                        learning_rate=0.1,
                    )
                    """, List.of(kerasDefaults("SGD", "learning_rate=0.01"))),
            new Case("momentum(beta=0.95)", """
                    optimizer = keras.optimizers.SGD(
                        learning_rate=0.05,
                        momentum=0.95,
                        nesterov=False,
                    )
                    """, List.of(kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"))),
            new Case("momentum-ema(lr=0.1,beta=0.8)", """
                    optimizer = keras.optimizers.SGD(
                        learning_rate=0.1 * (1 - 0.8),
                        momentum=0.8,
                        nesterov=False,
                    )
                    """, List.of(note("export.note.momentum-ema.keras", "0.1", "0.8"),
                            kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"))),
            new Case("nesterov(beta=0.95)", """
                    optimizer = keras.optimizers.SGD(
                        learning_rate=0.05,
                        momentum=0.95,
                        nesterov=True,
                    )
                    """, List.of(kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"))),
            // PyTorch raises on nesterov=True without momentum; with β = 0 both are plain descent.
            new Case("nesterov(beta=0)", """
                    optimizer = keras.optimizers.SGD(
                        learning_rate=0.05,
                        momentum=0.0,
                        nesterov=True,
                    )
                    """, List.of(kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"))),
            new Case("rmsprop", """
                    optimizer = keras.optimizers.RMSprop(
                        learning_rate=0.01,
                        rho=0.9,
                        epsilon=1e-07,
                    )
                    """, List.of(kerasDefaults("RMSprop", "learning_rate=0.001"))),
            new Case("rmsprop(rho=0.95,eps=1e-8,eps_mode=outside)", """
                    optimizer = keras.optimizers.RMSprop(
                        learning_rate=0.01,
                        rho=0.95,
                        epsilon=1e-08,
                    )
                    """, List.of(note("export.note.eps.inside", "keras.optimizers.RMSprop"),
                            kerasDefaults("RMSprop", "learning_rate=0.001"))),
            new Case("adam(lr=0.05,eps_mode=hat,amsgrad=true)", """
                    optimizer = keras.optimizers.Adam(
                        learning_rate=0.05,
                        beta_1=0.9,
                        beta_2=0.999,
                        epsilon=1e-07,
                        amsgrad=True,
                    )
                    """, List.of(kerasDefaults("Adam", "learning_rate=0.001"))),
            new Case("adam(beta2=0.99,eps=1e-8,eps_mode=outside)", """
                    optimizer = keras.optimizers.Adam(
                        learning_rate=0.01,
                        beta_1=0.9,
                        beta_2=0.99,
                        epsilon=1e-08,
                        amsgrad=False,
                    )
                    """, List.of(note("export.note.eps.keras.hat", "keras.optimizers.Adam", "outside"),
                            kerasDefaults("Adam", "learning_rate=0.001"))),
            new Case("adamw(weight_decay=0.1,eps_mode=hat)", """
                    optimizer = keras.optimizers.AdamW(
                        learning_rate=0.01,
                        weight_decay=0.1,
                        beta_1=0.9,
                        beta_2=0.999,
                        epsilon=1e-07,
                        amsgrad=False,
                    )
                    """, List.of(kerasDefaults("AdamW", "learning_rate=0.001, weight_decay=0.004"))),
            new Case("adamw(eps_mode=inside,amsgrad=true)", """
                    optimizer = keras.optimizers.AdamW(
                        learning_rate=0.01,
                        weight_decay=0.01,
                        beta_1=0.9,
                        beta_2=0.999,
                        epsilon=1e-07,
                        amsgrad=True,
                    )
                    """, List.of(note("export.note.eps.keras.hat", "keras.optimizers.AdamW", "inside"),
                            kerasDefaults("AdamW", "learning_rate=0.001, weight_decay=0.004"))),
            // ψ = 0.004 (PyTorch's default): Keras cannot follow it.
            new Case("nadam", """
                    optimizer = keras.optimizers.Nadam(
                        learning_rate=0.01,
                        beta_1=0.9,
                        beta_2=0.999,
                        epsilon=1e-07,
                    )
                    """, List.of(note("export.note.nadam.keras", "0.004"),
                            note("export.note.eps.outside", "keras.optimizers.Nadam"),
                            kerasDefaults("Nadam", "learning_rate=0.001"))),
            // ψ = 1 is Keras 3's schedule.
            new Case("nadam(momentum_decay=1,eps_mode=outside)", """
                    optimizer = keras.optimizers.Nadam(
                        learning_rate=0.01,
                        beta_1=0.9,
                        beta_2=0.999,
                        epsilon=1e-07,
                    )
                    """, List.of(kerasDefaults("Nadam", "learning_rate=0.001"))),
            new Case("adagrad(initial_accumulator=0.1)", """
                    optimizer = keras.optimizers.Adagrad(
                        learning_rate=0.1,
                        initial_accumulator_value=0.1,
                        epsilon=1e-07,
                    )
                    """, List.of(kerasDefaults("Adagrad", "learning_rate=0.001, initial_accumulator_value=0.1"))),
            new Case("adagrad(lr=0.5,eps_mode=outside)", """
                    optimizer = keras.optimizers.Adagrad(
                        learning_rate=0.5,
                        initial_accumulator_value=0.0,
                        epsilon=1e-07,
                    )
                    """, List.of(note("export.note.eps.inside", "keras.optimizers.Adagrad"),
                            kerasDefaults("Adagrad", "learning_rate=0.001, initial_accumulator_value=0.1"))),
            new Case("adadelta", """
                    optimizer = keras.optimizers.Adadelta(
                        learning_rate=1.0,
                        rho=0.9,
                        epsilon=1e-06,
                    )
                    """, List.of(kerasDefaults("Adadelta", "learning_rate=0.001, rho=0.95, epsilon=1e-07"))),
            new Case("adamax(beta2=0.99)", """
                    optimizer = keras.optimizers.Adamax(
                        learning_rate=0.01,
                        beta_1=0.9,
                        beta_2=0.99,
                        epsilon=1e-07,
                    )
                    """, List.of(note("export.note.eps.adamax", "keras.optimizers.Adamax"),
                            kerasDefaults("Adamax", "learning_rate=0.001"))),
            new Case("lion", """
                    optimizer = keras.optimizers.Lion(
                        learning_rate=0.001,
                        beta_1=0.9,
                        beta_2=0.99,
                    )
                    """, List.of()),
            new Case("lion(lr=0.0003,beta1=0,weight_decay=0.5)", """
                    optimizer = keras.optimizers.Lion(
                        learning_rate=0.0003,
                        beta_1=0.0,
                        beta_2=0.99,
                        weight_decay=0.5,
                    )
                    """, List.of(note("export.note.lion.keras.beta1"))));

    @Test
    void everyOptimizerCallMatchesItsTemplate() {
        for (Case c : CASES) {
            Snippet k = keras(c.run());
            assertEquals(c.keras(), optimizerCall(k.code()), "Keras code of " + c.run());
            assertEquals(c.kerasNotes(), k.notes(), "Keras notes of " + c.run());
        }
    }

    @Test
    void theCasesCoverEveryOptimizer() {
        var covered = new LinkedHashSet<String>();
        for (Case c : CASES) {
            covered.add(RunSpec.parse(c.run()).optimizerId());
        }
        assertEquals(new LinkedHashSet<>(Optimizers.ids()), covered);
    }

    // ------------------------------------------------------------ schedules

    @Test
    void nesterovUnderASmoothSchedule() {
        String run = "nesterov(lr=0.02,decay=0.25,decay_steps=1000,staircase=false)";
        Snippet k = keras(run);
        assertTrue(k.code().contains("""
                lr_schedule = keras.optimizers.schedules.ExponentialDecay(
                    initial_learning_rate=0.02,
                    decay_steps=1000,
                    decay_rate=0.25,
                    staircase=False,
                )
                optimizer = keras.optimizers.SGD(
                    learning_rate=lr_schedule,
                    momentum=0.9,
                    nesterov=True,
                )
                """), k.code());
        assertEquals(List.of(kerasDefaults("SGD", "learning_rate=0.01, momentum=0.0"), STAIRCASE_DEFAULT),
                k.notes());
        Snippet t = torch(run);
        // PyTorch's SGD would give past steps the new rate: the script writes the update out.
        assertTrue(t.code().contains("optimizer = PlaygroundNesterov([theta], lr=alpha, beta="), t.code());
        assertTrue(t.code().contains("    return 0.25 ** (k / 1000)\n"), t.code());
        assertTrue(t.code().contains("scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, decay)"), t.code());
        assertTrue(t.code().contains("    optimizer.step()\n    scheduler.step()\n"), t.code());
        assertEquals(List.of(note("export.note.momentum.schedule", "torch.optim.SGD"), TORCH_SCHEDULE), t.notes());
    }

    @Test
    void adamUnderAStaircaseSchedule() {
        String run = "adam(lr=0.1,eps_mode=hat,decay=0.96,decay_steps=10)";
        Snippet k = keras(run);
        assertTrue(k.code().contains("""
                lr_schedule = keras.optimizers.schedules.ExponentialDecay(
                    initial_learning_rate=0.1,
                    decay_steps=10,
                    decay_rate=0.96,
                    staircase=True,
                )
                optimizer = keras.optimizers.Adam(
                    learning_rate=lr_schedule,
                    beta_1=0.9,
                """), k.code());
        // No momentum note: Adam's steps scale with α_k in every framework.
        assertEquals(List.of(kerasDefaults("Adam", "learning_rate=0.001"), STAIRCASE_DEFAULT), k.notes());
        Snippet t = torch(run);
        assertTrue(t.code().contains("    return 0.96 ** (k // 10)\n"), t.code());
        assertTrue(t.code().contains("StepLR(step_size=10, gamma=0.96) gives the same rates"), t.code());
        assertEquals(List.of(note("export.note.torch.written.eps", "torch.optim.Adam", "hat"), TORCH_SCHEDULE),
                t.notes());
    }

    @Test
    void constantRatesHaveNoSchedule() {
        for (String run : List.of("sgd", "momentum", "adam", "lion")) {
            assertFalse(keras(run).code().contains("lr_schedule"), run);
            assertFalse(torch(run).code().contains("scheduler"), run);
            assertFalse(torch(run).notes().contains(TORCH_SCHEDULE), run);
            assertFalse(torch(run).notes().contains(note("export.note.momentum.schedule", "torch.optim.SGD")), run);
        }
    }

    // ------------------------------------------------------------ numbers

    @Test
    void numbersAreWrittenAsPythonWritesThem() {
        assertEquals("0.05", CodeExport.py(0.05));
        assertEquals("1e-07", CodeExport.py(1e-7));
        assertEquals("1e-08", CodeExport.py(1e-8));
        assertEquals("1.5e-05", CodeExport.py(1.5e-5));
        assertEquals("0.0001", CodeExport.py(1e-4));
        assertEquals("1.0", CodeExport.py(1));
        assertEquals("100.0", CodeExport.py(100));
        assertEquals("0.0", CodeExport.py(0));
        assertEquals("0.30000000000000004", CodeExport.py(0.1 + 0.2));
        assertEquals("0.3333333333333333", CodeExport.py(1.0 / 3));
        assertEquals("1e+16", CodeExport.py(1e16));
        assertEquals("1000000000000000.0", CodeExport.py(1e15));
        assertEquals("5e-324", CodeExport.py(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", CodeExport.py(Double.MAX_VALUE));
        assertEquals("True", CodeExport.py(true));
        assertEquals("False", CodeExport.py(false));
    }

    /** Python's repr of many doubles, compared with ours (skipped when /usr/bin/python3 is missing). */
    @Test
    void numbersMatchPythonReprWhenPython3IsInstalled() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed");
        List<Double> values = new ArrayList<>(List.of(0.05, 1e-7, 1e-8, 1e-10, 0.999, 0.004, 2e-3, 1e-4, 1e-5,
                9.999999999999999e-5, 1e16, 9999999999999998.0, 1e22, 1e23, 5e-324, Double.MAX_VALUE,
                0.1 + 0.2, 1.0 / 3, 100.0, 0.5, 123456.789, StrictMath.pow(2, -44), StrictMath.pow(2, 63)));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            values.add(StrictMath.pow(10, random.nextDouble(-12, 20)) * random.nextDouble(1, 10));
            values.add(Double.longBitsToDouble(random.nextLong(0x0010000000000000L, 0x7fefffffffffffffL)));
        }
        StringBuilder input = new StringBuilder();
        for (double v : values) {
            input.append(Double.toString(v)).append('\n');
        }
        Result r = python("import sys\nfor line in sys.stdin:\n    print(repr(float(line)))\n", input.toString());
        assertEquals(0, r.exit, r.output);
        String[] lines = r.output.split("\n");
        assertEquals(values.size(), lines.length);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(lines[i], CodeExport.py(values.get(i)), "repr of " + values.get(i));
        }
    }

    // ------------------------------------------------------------ valid Python for every setting

    /** Every optimizer with every eps_mode it accepts, AMSGrad, β = 0, and each kind of schedule. */
    private static List<RunSpec> everySetting() {
        List<RunSpec> runs = new ArrayList<>();
        for (OptimizerKind kind : Optimizers.all()) {
            List<String> variants = new ArrayList<>(List.of("", "eps_mode=inside", "eps_mode=outside",
                    "eps_mode=hat", "amsgrad=true", "beta=0", "beta1=0", "weight_decay=0.2", "momentum_decay=1",
                    "lr=1e-5", "lr=100"));
            for (String v : variants) {
                for (String decay : List.of("", "decay=0.5", "decay=0.9,decay_steps=7,staircase=false")) {
                    String params = v.isEmpty() ? decay : decay.isEmpty() ? v : v + "," + decay;
                    try {
                        runs.add(RunSpec.parse(kind.id() + "(" + params + ")"));
                    } catch (IllegalArgumentException notForThisKind) {
                        // e.g. eps_mode=hat for rmsprop, beta for adam
                    }
                }
            }
        }
        return runs;
    }

    @Test
    void codeIsPlainAsciiAndEveryNoteHasBothTexts() throws IOException {
        Properties en = texts("vaadin-i18n/translations.properties");
        Properties es = texts("vaadin-i18n/translations_es.properties");
        List<RunSpec> runs = everySetting();
        assertTrue(runs.size() > 150, "settings tried: " + runs.size());
        for (RunSpec run : runs) {
            for (Snippet s : List.of(CodeExport.keras(run), torch(run.format()))) {
                assertTrue(s.code().chars().allMatch(c -> c < 128), s.code());
                for (Note n : s.notes()) {
                    for (Properties texts : List.of(en, es)) {
                        String pattern = texts.getProperty(n.key());
                        assertTrue(pattern != null, "missing text " + n.key());
                        String text = new MessageFormat(pattern, Locale.ROOT).format(n.args().toArray());
                        assertFalse(text.contains("{"), text);
                        assertFalse(pattern.replace("''", "").contains("'"), "a lone quote in " + n.key());
                    }
                }
            }
        }
    }

    /**
     * Every snippet of {@link #everySetting()} through Python's parser,
     * {@code python3 -c "import ast,sys; ast.parse(sys.stdin.read())"}. Skipped (only this check)
     * when /usr/bin/python3 is not installed.
     */
    @Test
    void everySnippetParsesAsPythonWhenPython3IsInstalled() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed");
        for (RunSpec run : everySetting()) {
            for (Snippet s : List.of(CodeExport.keras(run), torch(run.format()))) {
                Result r = python("import ast,sys; ast.parse(sys.stdin.read())", s.code());
                assertEquals(0, r.exit, run + "\n" + s.code() + "\n" + r.output);
            }
        }
    }

    /** The numbers in the code are Python literals that evaluate to the run's own doubles. */
    @Test
    void literalsEvaluateToTheRunsNumbersWhenPython3IsInstalled() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed");
        RunSpec run = RunSpec.parse("adam(lr=0.0123,beta1=0.85,beta2=0.9995,eps=3e-9,amsgrad=true)");
        String script = """
                import ast, sys
                tree = ast.parse(sys.stdin.read())
                for node in ast.walk(tree):
                    if isinstance(node, ast.keyword) and node.arg not in ("optimizer", "loss", "shape"):
                        try:
                            print(node.arg, repr(ast.literal_eval(node.value)))
                        except ValueError:
                            print(node.arg, "(not a literal)")
                """;
        Result k = python(script, CodeExport.keras(run).code());
        assertEquals(0, k.exit, k.output);
        assertEquals("learning_rate 0.0123\nbeta_1 0.85\nbeta_2 0.9995\nepsilon 3e-09\namsgrad True\n", k.output);
        String t = torch(run.format()).code();
        assertTrue(t.contains("alpha = 0.0123  # learning rate\n"), t);
        assertTrue(t.contains("optimizer = PlaygroundAdam([theta], lr=alpha, betas=(0.85, 0.9995), eps=3e-09,"
                + " eps_mode=\"inside\", amsgrad=True, weight_decay=0.0)\n"), t);
    }

    // ------------------------------------------------------------ helpers

    private record Result(int exit, String output) {
    }

    private static Result python(String script, String stdin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(true);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        Thread writer = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process ended early; its output says why
            }
        });
        writer.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream o = p.getInputStream()) {
            o.transferTo(out);
        }
        writer.join();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    private static Properties texts(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CodeExportTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
