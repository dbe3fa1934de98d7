package org.optimizerplayground.web.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optimizerplayground.engine.experiment.Decay;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.Adadelta;
import org.optimizerplayground.engine.optim.Adagrad;
import org.optimizerplayground.engine.optim.Adam;
import org.optimizerplayground.engine.optim.AdamW;
import org.optimizerplayground.engine.optim.Adamax;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.Lion;
import org.optimizerplayground.engine.optim.Momentum;
import org.optimizerplayground.engine.optim.MomentumEma;
import org.optimizerplayground.engine.optim.Nadam;
import org.optimizerplayground.engine.optim.Nesterov;
import org.optimizerplayground.engine.optim.Optimizer;
import org.optimizerplayground.engine.optim.RmsProp;
import org.optimizerplayground.engine.optim.Sgd;

/**
 * The Keras 3 optimizer and learning-rate schedule of a playground run (issue 4 item 5), with a
 * note wherever Keras's convention differs from the run's setting; {@link KerasScript} builds the
 * whole Keras script around it, {@link TorchOptimizer} and {@link PytorchScript} the PyTorch one.
 *
 * <p>Pure functions. The code is plain ASCII Python, ready to paste: imports, a model or parameter
 * placeholder, the optimizer, the schedule, and (PyTorch) a training loop that shows where
 * {@code scheduler.step()} goes. Every argument is written out, every number in Python's own
 * shortest form ({@code 0.05}, {@code 1e-07}), so the framework's defaults never matter.
 *
 * <p>What the two frameworks do, as read from their sources (Keras 3 {@code keras/src/optimizers},
 * {@code torch.optim}):
 * <ul>
 * <li>Keras {@code SGD}: v ← βv − α_k g, θ ← θ + v (Nesterov: θ ← θ + βv − α_k g) = the playground's
 *     {@code momentum}/{@code nesterov}, schedule included. PyTorch {@code SGD}: b ← βb + g,
 *     θ ← θ − α_k b: the same only while α is constant.</li>
 * <li>Keras {@code RMSprop} and {@code Adagrad}: √(s + ε) (eps_mode=inside); Keras {@code Adam}/
 *     {@code AdamW}: ε-hat (eps_mode=hat); Keras {@code Nadam}: √ŝ + ε with μ_k = β₁(1 − ½·0.96^k)
 *     (momentum_decay=1); Keras {@code Adamax}: m ⊘ (u + ε) with u = max(β₂u, |g|) (ε after the max);
 *     Keras {@code Adadelta}: as PyTorch. PyTorch: √v + ε everywhere (eps_mode=outside).</li>
 * <li>Weight decay of Keras {@code AdamW}/{@code Lion} and PyTorch {@code AdamW}: θ ← θ − α_k·λ·θ
 *     before the update, as the playground.</li>
 * <li>Keras {@code ExponentialDecay} is evaluated at the number of updates already applied, as the
 *     playground's schedule; PyTorch's {@code StepLR}/{@code ExponentialLR} too when
 *     {@code scheduler.step()} follows every {@code optimizer.step()}.</li>
 * </ul>
 */
public final class CodeExport {
    /** Keras's class for the schedule, as named in notes. */
    public static final String KERAS_SCHEDULE = "keras.optimizers.schedules.ExponentialDecay";

    private CodeExport() {
    }

    /**
     * A note under the code: a translation key ({@code export.note.…}) and its arguments, already
     * written as text (numbers in Python form, class names), so that no locale reformats them.
     */
    public record Note(String key, List<String> args) {
        public Note {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        static Note of(String key, String... args) {
            return new Note(key, List.of(args));
        }
    }

    /** Paste-ready code and the notes that go with it, in the order they should be shown. */
    public record Snippet(String code, List<Note> notes) {
        public Snippet {
            Objects.requireNonNull(code, "code");
            notes = List.copyOf(notes);
        }
    }

    // ---------------------------------------------------------------- Keras

    /** The Keras 3 code ({@code import keras}; TensorFlow 2.16+'s {@code tf.keras} is the same). */
    public static Snippet keras(RunSpec run) {
        Objects.requireNonNull(run, "run");
        Snippet optimizer = kerasOptimizer(run);
        StringBuilder code = new StringBuilder();
        code.append("# Optimizer Playground run: ").append(run.format()).append('\n');
        code.append("import keras\n\n");
        code.append(optimizer.code()).append('\n');
        code.append("model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])  # your model\n");
        code.append("model.compile(optimizer=optimizer, loss=\"mse\")\n");
        code.append("# model.fit(x, y, epochs=10)");
        if (run.decay() != null) {
            code.append("  # the schedule counts updates (batches), not epochs");
        }
        code.append('\n');
        return new Snippet(code.toString(), optimizer.notes());
    }

    /**
     * Only the schedule ({@code lr_schedule = …}) and {@code optimizer = keras.optimizers.…(…)},
     * with the notes; {@link KerasScript} puts it into a whole script.
     */
    static Snippet kerasOptimizer(RunSpec run) {
        List<Note> notes = new ArrayList<>();
        Call call = kerasCall(run.optimizer(), run.decay() != null, notes);
        StringBuilder code = new StringBuilder();
        String lr = call.lr;
        if (run.decay() != null) {
            Decay d = run.decay();
            code.append("lr_schedule = ").append(KERAS_SCHEDULE).append("(\n");
            arg(code, "initial_learning_rate", lr);
            arg(code, "decay_steps", Long.toString(d.steps()));
            arg(code, "decay_rate", py(d.rate()));
            arg(code, "staircase", py(d.staircase()));
            code.append(")\n");
            lr = "lr_schedule";
        }
        code.append("optimizer = keras.optimizers.").append(call.name).append("(\n");
        arg(code, "learning_rate", lr);
        for (Map.Entry<String, String> e : call.args.entrySet()) {
            arg(code, e.getKey(), e.getValue());
        }
        code.append(")\n");

        // The framework's own defaults, where they differ from the playground's.
        Call defaults = kerasCall(run.optimizer().kind().read(Map.of()), false, new ArrayList<>());
        Map<String, String> kerasDefaults = KERAS_DEFAULTS.get(call.name);
        List<String> differing = new ArrayList<>();
        if (!kerasDefaults.get("learning_rate").equals(defaults.lr)) {
            differing.add("learning_rate=" + kerasDefaults.get("learning_rate"));
        }
        for (Map.Entry<String, String> e : defaults.args.entrySet()) {
            String theirs = kerasDefaults.get(e.getKey());
            if (theirs != null && !theirs.equals(e.getValue())) {
                differing.add(e.getKey() + "=" + theirs);
            }
        }
        if (!differing.isEmpty()) {
            notes.add(Note.of("export.note.defaults", "keras.optimizers." + call.name, String.join(", ", differing)));
        }
        if (run.decay() != null) {
            notes.add(Note.of("export.note.defaults", KERAS_SCHEDULE, "staircase=False"));
        }
        return new Snippet(code.toString(), notes);
    }

    /** Keras's own defaults (Keras 3), by class and argument, as Python literals. */
    private static final Map<String, Map<String, String>> KERAS_DEFAULTS = Map.of(
            "SGD", Map.of("learning_rate", "0.01", "momentum", "0.0"),
            "RMSprop", Map.of("learning_rate", "0.001", "rho", "0.9", "epsilon", "1e-07"),
            "Adam", Map.of("learning_rate", "0.001", "beta_1", "0.9", "beta_2", "0.999", "epsilon", "1e-07",
                    "amsgrad", "False"),
            "AdamW", Map.of("learning_rate", "0.001", "weight_decay", "0.004", "beta_1", "0.9", "beta_2", "0.999",
                    "epsilon", "1e-07", "amsgrad", "False"),
            "Nadam", Map.of("learning_rate", "0.001", "beta_1", "0.9", "beta_2", "0.999", "epsilon", "1e-07"),
            "Adagrad", Map.of("learning_rate", "0.001", "initial_accumulator_value", "0.1", "epsilon", "1e-07"),
            "Adadelta", Map.of("learning_rate", "0.001", "rho", "0.95", "epsilon", "1e-07"),
            "Adamax", Map.of("learning_rate", "0.001", "beta_1", "0.9", "beta_2", "0.999", "epsilon", "1e-07"),
            "Lion", Map.of("learning_rate", "0.001", "beta_1", "0.9", "beta_2", "0.99"));

    private static Call kerasCall(Optimizer<?> optimizer, boolean scheduled, List<Note> notes) {
        String cls = "keras.optimizers.";
        if (optimizer instanceof Sgd o) {
            return new Call("SGD", py(o.lr()));
        }
        if (optimizer instanceof Momentum o) {
            return new Call("SGD", py(o.lr())).with("momentum", py(o.beta())).with("nesterov", "False");
        }
        if (optimizer instanceof MomentumEma o) {
            notes.add(Note.of("export.note.momentum-ema.keras", py(o.lr()), py(o.beta())));
            if (scheduled) {
                notes.add(Note.of("export.note.momentum-ema.keras.schedule"));
            }
            return new Call("SGD", rescaled(o.lr(), o.beta())).with("momentum", py(o.beta()))
                    .with("nesterov", "False");
        }
        if (optimizer instanceof Nesterov o) {
            return new Call("SGD", py(o.lr())).with("momentum", py(o.beta())).with("nesterov", "True");
        }
        if (optimizer instanceof RmsProp o) {
            if (o.epsMode() == EpsMode.OUTSIDE) {
                notes.add(Note.of("export.note.eps.inside", cls + "RMSprop"));
            }
            return new Call("RMSprop", py(o.lr())).with("rho", py(o.rho())).with("epsilon", py(o.eps()));
        }
        if (optimizer instanceof Adam o) {
            kerasAdamEps("Adam", o, notes);
            return kerasAdam("Adam", o);
        }
        if (optimizer instanceof AdamW o) {
            kerasAdamEps("AdamW", o.adam(), notes);
            Call call = new Call("AdamW", py(o.lr())).with("weight_decay", py(o.weightDecay()));
            call.args.putAll(kerasAdam("AdamW", o.adam()).args);
            return call;
        }
        if (optimizer instanceof Nadam o) {
            if (o.momentumDecay() != 1) {
                notes.add(Note.of("export.note.nadam.keras", py(o.momentumDecay())));
            }
            if (o.epsMode() == EpsMode.INSIDE) {
                notes.add(Note.of("export.note.eps.outside", cls + "Nadam"));
            }
            return new Call("Nadam", py(o.lr())).with("beta_1", py(o.beta1())).with("beta_2", py(o.beta2()))
                    .with("epsilon", py(o.eps()));
        }
        if (optimizer instanceof Adagrad o) {
            if (o.epsMode() == EpsMode.OUTSIDE) {
                notes.add(Note.of("export.note.eps.inside", cls + "Adagrad"));
            }
            return new Call("Adagrad", py(o.lr())).with("initial_accumulator_value", py(o.initialAccumulator()))
                    .with("epsilon", py(o.eps()));
        }
        if (optimizer instanceof Adadelta o) {
            return new Call("Adadelta", py(o.lr())).with("rho", py(o.rho())).with("epsilon", py(o.eps()));
        }
        if (optimizer instanceof Adamax o) {
            notes.add(Note.of("export.note.eps.adamax", cls + "Adamax"));
            return new Call("Adamax", py(o.lr())).with("beta_1", py(o.beta1())).with("beta_2", py(o.beta2()))
                    .with("epsilon", py(o.eps()));
        }
        if (optimizer instanceof Lion o) {
            if (o.beta1() == 0) {
                notes.add(Note.of("export.note.lion.keras.beta1"));
            }
            Call call = new Call("Lion", py(o.lr())).with("beta_1", py(o.beta1())).with("beta_2", py(o.beta2()));
            if (o.weightDecay() != 0) {
                call.with("weight_decay", py(o.weightDecay()));
            }
            return call;
        }
        throw new IllegalArgumentException("no Keras export for " + optimizer.kind().id());
    }

    private static void kerasAdamEps(String name, Adam o, List<Note> notes) {
        if (o.epsMode() != EpsMode.HAT) {
            notes.add(Note.of("export.note.eps.keras.hat", "keras.optimizers." + name, o.epsMode().key()));
        }
    }

    private static Call kerasAdam(String name, Adam o) {
        return new Call(name, py(o.lr())).with("beta_1", py(o.beta1())).with("beta_2", py(o.beta2()))
                .with("epsilon", py(o.eps())).with("amsgrad", py(o.amsgrad()));
    }

    // ---------------------------------------------------------------- Python text

    /** A call being built: the class, the learning rate (literal or expression), the other arguments. */
    private static final class Call {
        final String name;
        final String lr;
        final Map<String, String> args = new LinkedHashMap<>();

        Call(String name, String lr) {
            this.name = name;
            this.lr = lr;
        }

        Call with(String key, String value) {
            args.put(key, value);
            return this;
        }
    }

    private static void arg(StringBuilder code, String name, String value) {
        code.append("    ").append(name).append('=').append(value).append(",\n");
    }

    /** α·(1 − β) as a Python expression, so the reader sees where it comes from. */
    private static String rescaled(double lr, double beta) {
        return py(lr) + " * (1 - " + py(beta) + ")";
    }

    /** A Python boolean literal. */
    static String py(boolean value) {
        return PythonText.py(value);
    }

    /** A finite double as Python's {@code repr} writes it (see {@link PythonText#py(double)}). */
    static String py(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return PythonText.py(value);
    }
}
