package org.optimizerplayground.web.export;

import static org.optimizerplayground.web.export.PythonText.py;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.surface.expr.Expression;
import org.optimizerplayground.web.export.CodeExport.Note;
import org.optimizerplayground.web.export.CodeExport.Snippet;

/**
 * The Keras 3 counterpart of {@link PytorchScript}: J with {@code keras.ops} from the same
 * expression tree, θ₀ as a float64 {@code keras.Variable}, the run's {@code keras.optimizers}
 * class and schedule ({@link CodeExport#kerasOptimizer}, with its notes where Keras's convention
 * differs), the drawn gradient noise, and a loop that takes the gradient with TensorFlow's
 * {@code GradientTape} (Keras 3 has no backend-independent gradient) and prints the API's CSV
 * columns. Not run by the tests (TensorFlow is not installable here): checked by Python's parser
 * and by templates.
 */
public final class KerasScript {
    private KerasScript() {
    }

    /** The script of run {@code index} of {@code experiment}, and the notes that go with it. */
    public static Snippet of(Experiment experiment, int index) {
        Objects.requireNonNull(experiment, "experiment");
        RunSpec run = experiment.runs().get(index);
        Snippet optimizer = CodeExport.kerasOptimizer(run);
        List<Note> notes = new ArrayList<>(optimizer.notes());
        notes.add(Note.of("export.note.keras.untested"));
        int dim = experiment.dimension();
        String body = PythonExpression.write(Expression.parse(experiment.surface().formula()),
                PythonExpression.Dialect.KERAS);
        String header = PytorchScript.columns(dim);
        String query = Link.format(experiment);
        String args = dim == 1 ? "w" : "x, y";

        StringBuilder code = new StringBuilder();
        code.append("# Optimizer Playground, run ").append(index + 1).append(" of ").append(experiment.runs().size())
                .append(": ").append(PytorchScript.comment(run.format())).append('\n');
        code.append("# Link: ?").append(PytorchScript.comment(query)).append('\n');
        code.append("# Keras 3 with the TensorFlow backend. Prints theta, J and its gradient after every\n");
        code.append("# update in the columns of GET /api/trajectory?...&format=csv (").append(header).append(").\n");
        code.append("import math\nimport os\n\n");
        code.append("os.environ[\"KERAS_BACKEND\"] = \"tensorflow\"  # the gradient below comes from tf.GradientTape\n\n");
        code.append("import keras  # noqa: E402\nimport tensorflow as tf  # noqa: E402\n\n");
        code.append("keras.config.set_floatx(\"float64\")  # the playground computes in double precision\n\n\n");
        code.append("def J(").append(args).append("):\n");
        code.append("    # ").append(experiment.surface().id()).append(": J(").append(args.replace(" ", "")).append(") = ")
                .append(PytorchScript.comment(experiment.surface().formula())).append('\n');
        code.append("    return ").append(body).append("\n\n\n");
        StringBuilder start = new StringBuilder("[");
        for (int i = 0; i < dim; i++) {
            start.append(i == 0 ? "" : ", ").append(py(experiment.start()[i]));
        }
        code.append("theta = keras.Variable(").append(start).append("], dtype=\"float64\", name=\"theta\")  # theta_0\n");
        code.append("steps = ").append(experiment.steps()).append("  # updates\n");
        code.append(optimizer.code());
        boolean noisy = experiment.noise() > 0;
        if (noisy) {
            NoiseCode.Noise noise = NoiseCode.of(experiment);
            code.append('\n').append(noise.code());
            notes.add(noise.note());
        }
        code.append(LOOP.replace("$RUN", Integer.toString(index)).replace("$HEADER", header)
                .replace("$BOUND", py(RunStepper.DIVERGENCE_BOUND))
                .replace("$NOISE\n", noisy
                        ? "    g = g + sigma * tf.constant(noise[k - 1], dtype=tf.float64)\n" : ""));
        return new Snippet(code.toString(), notes);
    }

    private static final String LOOP = """


            def evaluate():
                \"\"\"J at theta and its gradient.\"\"\"
                with tf.GradientTape() as tape:
                    loss = J(*[theta[i] for i in range(theta.shape[0])])
                return float(loss), tape.gradient(loss, theta)


            def diverged(loss):
                \"\"\"The playground stops a run once J is not finite or some |theta_i| > 1e6.\"\"\"
                return not math.isfinite(loss) or not all(abs(t) <= $BOUND for t in theta.numpy().tolist())


            def report(k, loss, grad, lr):
                values = theta.numpy().tolist() + [loss] + grad.numpy().tolist() + [lr]
                history.append((k, theta.numpy().tolist(), loss))
                print(",".join(["$RUN", str(k)] + [repr(v) if v is not None and math.isfinite(v) else "" for v in values]))


            history = []  # (k, theta, J) after every update
            print("$HEADER")
            loss, g = evaluate()
            report(0, loss, g, None)
            for k in range(1, steps + 1):
                if diverged(loss):
                    break
                lr = float(optimizer.learning_rate)  # the rate of this update (a schedule's value at k - 1)
            $NOISE
                optimizer.apply_gradients([(g, theta)])
                loss, g = evaluate()
                report(k, loss, g, lr)
            """;
}
