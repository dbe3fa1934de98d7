package org.optimizerplayground.web.export;

import static org.optimizerplayground.web.export.PythonText.py;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optimizerplayground.engine.experiment.Decay;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.surface.expr.Expression;
import org.optimizerplayground.web.export.CodeExport.Note;
import org.optimizerplayground.web.export.CodeExport.Snippet;

/**
 * A PyTorch script that replays one run of the page (issue 13): J from the surface's expression
 * tree ({@link PythonExpression}), θ₀, the number of updates, the optimizer
 * ({@link TorchOptimizer}), the decay schedule as {@code LambdaLR}, and gradient noise as the
 * exact numbers the session drew ({@link NoiseCode}). Run as it is, it prints θ, J and ∇J after every update in the
 * columns of {@code GET /api/trajectory?…&format=csv}, stopping where the playground stops a
 * diverged run. Everything is float64, as in the playground.
 */
public final class PytorchScript {
    private PytorchScript() {
    }

    /** The script of run {@code index} of {@code experiment}, and the notes that go with it. */
    public static Snippet of(Experiment experiment, int index) {
        Objects.requireNonNull(experiment, "experiment");
        RunSpec run = experiment.runs().get(index);
        List<Note> notes = new ArrayList<>();
        TorchOptimizer.Setup optimizer = TorchOptimizer.of(run);
        notes.addAll(optimizer.notes());
        int dim = experiment.dimension();
        String body = PythonExpression.write(Expression.parse(experiment.surface().formula()),
                PythonExpression.Dialect.TORCH);
        String header = columns(dim);

        StringBuilder code = new StringBuilder();
        code.append("# Optimizer Playground, run ").append(index + 1).append(" of ").append(experiment.runs().size())
                .append(": ").append(comment(run.format())).append('\n');
        String query = Link.format(experiment);
        code.append("# Link: ?").append(comment(query)).append('\n');
        code.append("# Prints theta, J and its gradient after every update in the columns of\n");
        code.append("# GET /api/trajectory?").append(comment(query)).append(query.isEmpty() ? "" : "&")
                .append("format=csv (").append(header).append(").\n");
        code.append("import math\n\nimport torch\n\n");
        code.append("torch.set_default_dtype(torch.float64)  # the playground computes in double precision\n\n\n");
        code.append(function(experiment, body)).append("\n\n");
        code.append("theta = torch.tensor(").append(vector(experiment.start())).append(", requires_grad=True)  # theta_0\n");
        code.append("steps = ").append(experiment.steps()).append("  # updates\n");
        code.append("alpha = ").append(py(run.optimizer().lr())).append("  # learning rate\n");
        if (!optimizer.definition().isEmpty()) {
            code.append("\n\n").append(optimizer.definition()).append("\n\n");
        }
        code.append(optimizer.construction());
        Decay decay = run.decay();
        if (decay != null) {
            code.append("\n\n").append(decayFunction(decay));
            code.append("\n\nscheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, decay)  # step() after every update\n");
            notes.add(Note.of("export.note.schedule.torch"));
        }
        boolean noisy = experiment.noise() > 0;
        if (noisy) {
            NoiseCode.Noise noise = NoiseCode.of(experiment);
            code.append('\n').append(noise.code());
            notes.add(noise.note());
        }
        code.append(LOOP.replace("$RUN", Integer.toString(index)).replace("$HEADER", header)
                .replace("$BOUND", py(RunStepper.DIVERGENCE_BOUND))
                .replace("$LR", decay == null ? "alpha" : "alpha * decay(k - 1)")
                .replace("$NOISE\n", noisy ? "    theta.grad += sigma * torch.tensor(noise[k - 1])\n" : "")
                .replace("$SCHEDULE\n", decay == null ? "" : "    scheduler.step()\n"));
        return new Snippet(code.toString(), notes);
    }

    /** Whether {@code torch.optim}'s own class replays the run (no hand-written update). */
    public static boolean direct(RunSpec run) {
        return TorchOptimizer.of(run).direct();
    }

    static String columns(int dim) {
        return dim == 1 ? "run,k,theta1,loss,grad1,lr" : "run,k,theta1,theta2,loss,grad1,grad2,lr";
    }

    private static String function(Experiment e, String body) {
        String args = e.dimension() == 1 ? "w" : "x, y";
        String formula = e.surface().formula();
        return "def J(" + args + "):\n"
                + "    # " + e.surface().id() + ": J(" + args.replace(" ", "") + ") = " + comment(formula) + "\n"
                + "    return " + body + "\n";
    }

    private static String decayFunction(Decay d) {
        String exponent = d.staircase() ? "(k // " + d.steps() + ")" : "(k / " + d.steps() + ")";
        String same = d.staircase()
                ? "StepLR(step_size=" + d.steps() + ", gamma=" + py(d.rate()) + ")"
                : "ExponentialLR(gamma=" + py(d.rate()) + " ** (1 / " + d.steps() + "))";
        return "def decay(k):\n"
                + "    \"\"\"alpha_k / alpha after k updates. " + same + " gives the same rates,\n"
                + "    but multiplies them up one step at a time (last bits differ).\"\"\"\n"
                + "    return " + py(d.rate()) + " ** " + exponent + "\n";
    }

    private static String vector(double[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(py(v[i]));
        }
        return s.append("]").toString();
    }

    /** Text safe inside a one-line Python comment. */
    static String comment(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private static final String LOOP = """


            def evaluate():
                \"\"\"J at theta; its gradient is left in theta.grad for the next update.\"\"\"
                theta.grad = None
                loss = J(*theta)
                loss.backward()
                return loss.item()


            def diverged(loss):
                \"\"\"The playground stops a run once J is not finite or some |theta_i| > 1e6.\"\"\"
                return not math.isfinite(loss) or not all(abs(t) <= $BOUND for t in theta.tolist())


            def report(k, loss, lr):
                values = theta.tolist() + [loss] + theta.grad.tolist() + [lr]
                history.append((k, theta.tolist(), loss))
                print(",".join(["$RUN", str(k)] + [repr(v) if v is not None and math.isfinite(v) else "" for v in values]))


            history = []  # (k, theta, J) after every update
            print("$HEADER")
            loss = evaluate()
            report(0, loss, None)
            for k in range(1, steps + 1):
                if diverged(loss):
                    break
                lr = $LR
            $NOISE
                optimizer.step()
            $SCHEDULE
                loss = evaluate()
                report(k, loss, lr)
            """;
}
