package org.optimizerplayground.web.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
 * The Keras 3 and PyTorch code that sets up the same optimizer and learning-rate schedule as a
 * playground run (issue 4 item 5), with a note wherever the framework's convention differs from
 * the run's setting.
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
        List<Note> notes = new ArrayList<>();
        Call call = kerasCall(run.optimizer(), run.decay() != null, notes);
        StringBuilder code = new StringBuilder();
        code.append("# Optimizer Playground run: ").append(run.format()).append('\n');
        code.append("import keras\n\n");
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
        code.append(")\n\n");
        code.append("model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])  # your model\n");
        code.append("model.compile(optimizer=optimizer, loss=\"mse\")\n");
        code.append("# model.fit(x, y, epochs=10)");
        if (run.decay() != null) {
            code.append("  # the schedule counts updates (batches), not epochs");
        }
        code.append('\n');

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

    // ---------------------------------------------------------------- PyTorch

    /** The PyTorch code ({@code torch.optim}, {@code torch.optim.lr_scheduler}). */
    public static Snippet pytorch(RunSpec run) {
        Objects.requireNonNull(run, "run");
        List<Note> notes = new ArrayList<>();
        Optimizer<?> optimizer = run.optimizer();
        Call call = torchCall(optimizer, run.decay() != null, notes);
        boolean lion = optimizer instanceof Lion;
        StringBuilder code = new StringBuilder();
        code.append("# Optimizer Playground run: ").append(run.format()).append('\n');
        code.append("import torch\n\n");
        if (lion) {
            code.append(LION_CLASS).append("\n\n");
        }
        code.append("params = [torch.nn.Parameter(torch.zeros(2))]  # or model.parameters()\n");
        code.append("optimizer = ").append(lion ? "" : "torch.optim.").append(call.name).append("(\n");
        code.append("    params,\n");
        arg(code, "lr", call.lr);
        for (Map.Entry<String, String> e : call.args.entrySet()) {
            arg(code, e.getKey(), e.getValue());
        }
        code.append(")\n");
        Decay d = run.decay();
        if (d != null) {
            if (d.staircase()) {
                code.append("scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=").append(d.steps())
                        .append(", gamma=").append(py(d.rate())).append(")\n");
            } else {
                code.append("scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=")
                        .append(py(d.rate())).append(" ** (1 / ").append(d.steps()).append("))\n");
            }
            notes.add(Note.of("export.note.schedule.torch"));
        }
        code.append('\n');
        code.append("for step in range(200):\n");
        code.append("    optimizer.zero_grad()\n");
        code.append("    loss = (params[0] ** 2).sum()  # your loss J(theta)\n");
        code.append("    loss.backward()\n");
        code.append("    optimizer.step()\n");
        if (d != null) {
            code.append("    scheduler.step()  # after every update: decay_steps counts updates\n");
        }

        Map<String, String> torchDefaults = TORCH_DEFAULTS.get(call.name);
        if (torchDefaults != null) {
            Call defaults = torchCall(optimizer.kind().read(Map.of()), false, new ArrayList<>());
            List<String> differing = new ArrayList<>();
            if (!torchDefaults.get("lr").equals(defaults.lr)) {
                differing.add("lr=" + torchDefaults.get("lr"));
            }
            for (Map.Entry<String, String> e : defaults.args.entrySet()) {
                String theirs = torchDefaults.get(e.getKey());
                if (theirs != null && !theirs.equals(e.getValue())) {
                    differing.add(e.getKey() + "=" + theirs);
                }
            }
            if (!differing.isEmpty()) {
                notes.add(Note.of("export.note.defaults", "torch.optim." + call.name, String.join(", ", differing)));
            }
        }
        return new Snippet(code.toString(), notes);
    }

    /**
     * PyTorch's own defaults, by class and argument, as Python literals (0 written 0.0 so that it
     * compares with the playground's 0.0).
     */
    private static final Map<String, Map<String, String>> TORCH_DEFAULTS = Map.of(
            "SGD", Map.of("lr", "0.001", "momentum", "0.0"),
            "RMSprop", Map.of("lr", "0.01", "alpha", "0.99", "eps", "1e-08"),
            "Adam", Map.of("lr", "0.001", "betas", "(0.9, 0.999)", "eps", "1e-08", "amsgrad", "False"),
            "AdamW", Map.of("lr", "0.001", "betas", "(0.9, 0.999)", "eps", "1e-08", "weight_decay", "0.01",
                    "amsgrad", "False"),
            "NAdam", Map.of("lr", "0.002", "betas", "(0.9, 0.999)", "eps", "1e-08", "momentum_decay", "0.004"),
            "Adagrad", Map.of("lr", "0.01", "eps", "1e-10", "initial_accumulator_value", "0.0"),
            "Adadelta", Map.of("lr", "1.0", "rho", "0.9", "eps", "1e-06"),
            "Adamax", Map.of("lr", "0.002", "betas", "(0.9, 0.999)", "eps", "1e-08"));

    /** torch.optim has no Lion: the playground's update as a torch.optim.Optimizer. */
    static final String LION_CLASS = """
            class Lion(torch.optim.Optimizer):
                \"\"\"Lion (Chen et al. 2023) as the playground runs it; torch.optim has none.\"\"\"

                def __init__(self, params, lr, betas, weight_decay):
                    super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay))

                @torch.no_grad()
                def step(self, closure=None):
                    for group in self.param_groups:
                        beta1, beta2 = group["betas"]
                        for p in group["params"]:
                            if p.grad is None:
                                continue
                            m = self.state[p].setdefault("exp_avg", torch.zeros_like(p))
                            c = beta1 * m + (1 - beta1) * p.grad
                            p.mul_(1 - group["lr"] * group["weight_decay"])
                            p.add_(torch.sign(c), alpha=-group["lr"])
                            m.mul_(beta2).add_(p.grad, alpha=1 - beta2)
            """;

    private static Call torchCall(Optimizer<?> optimizer, boolean scheduled, List<Note> notes) {
        String cls = "torch.optim.";
        if (optimizer instanceof Sgd o) {
            return new Call("SGD", py(o.lr()));
        }
        if (optimizer instanceof Momentum o) {
            if (scheduled) {
                notes.add(Note.of("export.note.momentum.schedule", cls + "SGD"));
            }
            return new Call("SGD", py(o.lr())).with("momentum", py(o.beta())).with("nesterov", "False");
        }
        if (optimizer instanceof MomentumEma o) {
            notes.add(Note.of("export.note.momentum-ema.torch", py(o.lr()), py(o.beta())));
            return new Call("SGD", rescaled(o.lr(), o.beta())).with("momentum", py(o.beta()))
                    .with("nesterov", "False");
        }
        if (optimizer instanceof Nesterov o) {
            if (scheduled) {
                notes.add(Note.of("export.note.momentum.schedule", cls + "SGD"));
            }
            // PyTorch refuses nesterov=True without momentum; with β = 0 both are plain descent.
            return new Call("SGD", py(o.lr())).with("momentum", py(o.beta()))
                    .with("nesterov", o.beta() > 0 ? "True" : "False");
        }
        if (optimizer instanceof RmsProp o) {
            torchEps(cls + "RMSprop", o.epsMode(), notes);
            return new Call("RMSprop", py(o.lr())).with("alpha", py(o.rho())).with("eps", py(o.eps()));
        }
        if (optimizer instanceof Adam o) {
            torchEps(cls + "Adam", o.epsMode(), notes);
            return torchAdam("Adam", o);
        }
        if (optimizer instanceof AdamW o) {
            torchEps(cls + "AdamW", o.adam().epsMode(), notes);
            Call adam = torchAdam("AdamW", o.adam());
            Call call = new Call("AdamW", adam.lr).with("betas", adam.args.get("betas"))
                    .with("eps", adam.args.get("eps")).with("weight_decay", py(o.weightDecay()))
                    .with("amsgrad", adam.args.get("amsgrad"));
            return call;
        }
        if (optimizer instanceof Nadam o) {
            torchEps(cls + "NAdam", o.epsMode(), notes);
            return new Call("NAdam", py(o.lr())).with("betas", pair(o.beta1(), o.beta2())).with("eps", py(o.eps()))
                    .with("momentum_decay", py(o.momentumDecay()));
        }
        if (optimizer instanceof Adagrad o) {
            torchEps(cls + "Adagrad", o.epsMode(), notes);
            return new Call("Adagrad", py(o.lr())).with("eps", py(o.eps()))
                    .with("initial_accumulator_value", py(o.initialAccumulator()));
        }
        if (optimizer instanceof Adadelta o) {
            return new Call("Adadelta", py(o.lr())).with("rho", py(o.rho())).with("eps", py(o.eps()));
        }
        if (optimizer instanceof Adamax o) {
            return new Call("Adamax", py(o.lr())).with("betas", pair(o.beta1(), o.beta2())).with("eps", py(o.eps()));
        }
        if (optimizer instanceof Lion o) {
            notes.add(Note.of("export.note.lion.torch"));
            return new Call("Lion", py(o.lr())).with("betas", pair(o.beta1(), o.beta2()))
                    .with("weight_decay", py(o.weightDecay()));
        }
        throw new IllegalArgumentException("no PyTorch export for " + optimizer.kind().id());
    }

    private static void torchEps(String cls, EpsMode mode, List<Note> notes) {
        if (mode == EpsMode.INSIDE) {
            notes.add(Note.of("export.note.eps.outside", cls));
        } else if (mode == EpsMode.HAT) {
            notes.add(Note.of("export.note.eps.torch.hat", cls));
        }
    }

    private static Call torchAdam(String name, Adam o) {
        return new Call(name, py(o.lr())).with("betas", pair(o.beta1(), o.beta2())).with("eps", py(o.eps()))
                .with("amsgrad", py(o.amsgrad()));
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

    private static String pair(double a, double b) {
        return "(" + py(a) + ", " + py(b) + ")";
    }

    /** A Python boolean literal. */
    static String py(boolean value) {
        return value ? "True" : "False";
    }

    /**
     * A finite double as Python's {@code repr} writes it: the shortest digits that read back as the
     * same double (the nearest such when several are equally short), plain notation for
     * 1e-4 ≤ |x| < 1e16 with at least one digit after the point ({@code 0.05}, {@code 1.0}),
     * otherwise an exponent of at least two digits ({@code 1e-07}, {@code 1.5e+16}).
     */
    static String py(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(value);
        String sign = shortest.signum() < 0 ? "-" : "";
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int exponent = digits.length() - 1 - abs.scale(); // abs = d.ddd × 10^exponent
        if (exponent >= -4 && exponent < 16) {
            String plain = abs.toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = Integer.toString(Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                    RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(MathContext.DECIMAL64); // unreachable: 17 digits always round-trip
    }
}
