package org.optimizerplayground.web.export;

import static org.optimizerplayground.web.export.PythonText.pair;
import static org.optimizerplayground.web.export.PythonText.py;

import java.util.ArrayList;
import java.util.List;
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
import org.optimizerplayground.web.export.CodeExport.Note;

/**
 * A run's optimizer in PyTorch: {@code torch.optim}'s own class where it takes the playground's
 * steps, otherwise a short {@code torch.optim.Optimizer} written out with the playground's update
 * and a comment saying why. The script names the learning rate {@code alpha} and the parameter
 * {@code theta}.
 *
 * <p>What {@code torch.optim} does (read from its source, PyTorch 1.13 to 2.x):
 * <ul>
 * <li>{@code SGD(momentum=β)}: b ← βb + g, θ ← θ − α_k·b (Nesterov: θ ← θ − α_k(g + βb)). The
 *     playground's {@code momentum}/{@code nesterov} keep m ← βm + α_k·g: the same while α is
 *     constant, written out under a schedule. {@code momentum-ema} is {@code SGD} with
 *     lr = α(1 − β), schedule included (m = (1 − β)·b).</li>
 * <li>{@code RMSprop}, {@code Adagrad}, {@code Adam}, {@code AdamW}, {@code NAdam}: ε outside the
 *     root (eps_mode=outside), so inside and Keras's ε-hat are written out.</li>
 * <li>{@code Adadelta} and {@code Adamax} (u = max(β₂u, |g| + ε)) are the playground's. Lion is not
 *     in {@code torch.optim}.</li>
 * </ul>
 */
final class TorchOptimizer {
    /**
     * @param definition a class to paste before the optimizer is made, or empty
     * @param construction {@code optimizer = …}, one or more lines
     * @param direct whether {@code torch.optim}'s own class replays the run
     */
    record Setup(String definition, String construction, boolean direct, List<Note> notes) {
        Setup {
            notes = List.copyOf(notes);
        }
    }

    private TorchOptimizer() {
    }

    static Setup of(RunSpec run) {
        Optimizer<?> optimizer = run.optimizer();
        boolean scheduled = run.decay() != null;
        List<Note> notes = new ArrayList<>();
        if (optimizer instanceof Sgd) {
            return direct("torch.optim.SGD([theta], lr=alpha)", notes);
        }
        if (optimizer instanceof Momentum o) {
            if (scheduled) {
                notes.add(Note.of("export.note.momentum.schedule", "torch.optim.SGD"));
                return written(TorchUpdates.MOMENTUM, "PlaygroundMomentum([theta], lr=alpha, beta=" + py(o.beta()) + ")", notes);
            }
            return direct("torch.optim.SGD([theta], lr=alpha, momentum=" + py(o.beta()) + ", nesterov=False)", notes);
        }
        if (optimizer instanceof MomentumEma o) {
            notes.add(Note.of("export.note.momentum-ema.torch", py(o.lr()), py(o.beta())));
            return direct("torch.optim.SGD([theta], lr=alpha * (1 - " + py(o.beta()) + "), momentum=" + py(o.beta())
                    + ", nesterov=False)", notes);
        }
        if (optimizer instanceof Nesterov o) {
            if (scheduled) {
                notes.add(Note.of("export.note.momentum.schedule", "torch.optim.SGD"));
                return written(TorchUpdates.NESTEROV, "PlaygroundNesterov([theta], lr=alpha, beta=" + py(o.beta()) + ")", notes);
            }
            // PyTorch refuses nesterov=True without momentum; with β = 0 both are plain descent.
            return direct("torch.optim.SGD([theta], lr=alpha, momentum=" + py(o.beta()) + ", nesterov="
                    + (o.beta() > 0 ? "True" : "False") + ")", notes);
        }
        if (optimizer instanceof RmsProp o) {
            if (o.epsMode() == EpsMode.INSIDE) {
                notes.add(Note.of("export.note.torch.written.eps", "torch.optim.RMSprop", o.epsMode().key()));
                return written(TorchUpdates.RMSPROP, "PlaygroundRMSprop([theta], lr=alpha, rho=" + py(o.rho()) + ", eps="
                        + py(o.eps()) + ")", notes);
            }
            return direct("torch.optim.RMSprop([theta], lr=alpha, alpha=" + py(o.rho()) + ", eps=" + py(o.eps())
                    + ", momentum=0.0, centered=False)", notes);
        }
        if (optimizer instanceof Adam o) {
            return adam("Adam", o, 0, notes);
        }
        if (optimizer instanceof AdamW o) {
            return adam("AdamW", o.adam(), o.weightDecay(), notes);
        }
        if (optimizer instanceof Nadam o) {
            if (o.epsMode() == EpsMode.INSIDE) {
                notes.add(Note.of("export.note.torch.written.eps", "torch.optim.NAdam", o.epsMode().key()));
                return written(TorchUpdates.NADAM, "PlaygroundNAdam([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2())
                        + ", eps=" + py(o.eps()) + ", momentum_decay=" + py(o.momentumDecay()) + ")", notes);
            }
            // PyTorch 1.13's default single-tensor NAdam divides the momentum step by
            // 1 − P_k·μ_k·μ_(k+1) instead of 1 − P_k·μ_(k+1) (fixed in 2.0); its foreach path is right.
            return direct("torch.optim.NAdam([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", eps="
                    + py(o.eps()) + ", momentum_decay=" + py(o.momentumDecay()) + ",\n"
                    + "                             foreach=True)  # PyTorch < 2.0: only the foreach NAdam has the"
                    + " published mu_(k+1) step", notes);
        }
        if (optimizer instanceof Adagrad o) {
            if (o.epsMode() == EpsMode.INSIDE) {
                notes.add(Note.of("export.note.torch.written.eps", "torch.optim.Adagrad", o.epsMode().key()));
                return written(TorchUpdates.ADAGRAD, "PlaygroundAdagrad([theta], lr=alpha, eps=" + py(o.eps())
                        + ", initial_accumulator_value=" + py(o.initialAccumulator()) + ")", notes);
            }
            return direct("torch.optim.Adagrad([theta], lr=alpha, lr_decay=0.0, eps=" + py(o.eps())
                    + ", initial_accumulator_value=" + py(o.initialAccumulator()) + ")", notes);
        }
        if (optimizer instanceof Adadelta o) {
            return direct("torch.optim.Adadelta([theta], lr=alpha, rho=" + py(o.rho()) + ", eps=" + py(o.eps()) + ")",
                    notes);
        }
        if (optimizer instanceof Adamax o) {
            return direct("torch.optim.Adamax([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", eps="
                    + py(o.eps()) + ")", notes);
        }
        if (optimizer instanceof Lion o) {
            notes.add(Note.of("export.note.lion.torch"));
            return written(TorchUpdates.LION, "Lion([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", weight_decay="
                    + py(o.weightDecay()) + ")", notes);
        }
        throw new IllegalArgumentException("no PyTorch export for " + optimizer.kind().id());
    }

    private static Setup adam(String name, Adam o, double weightDecay, List<Note> notes) {
        String decay = name.equals("AdamW") ? ", weight_decay=" + py(weightDecay) : "";
        if (o.epsMode() == EpsMode.OUTSIDE) {
            return direct("torch.optim." + name + "([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", eps="
                    + py(o.eps()) + decay + ", amsgrad=" + py(o.amsgrad()) + ")", notes);
        }
        notes.add(Note.of("export.note.torch.written.eps", "torch.optim." + name, o.epsMode().key()));
        return written(TorchUpdates.ADAM, "PlaygroundAdam([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", eps="
                + py(o.eps()) + ", eps_mode=\"" + o.epsMode().key() + "\", amsgrad=" + py(o.amsgrad())
                + ", weight_decay=" + py(weightDecay) + ")", notes);
    }

    private static Setup direct(String call, List<Note> notes) {
        return new Setup("", "optimizer = " + call + "\n", true, notes);
    }

    private static Setup written(String definition, String call, List<Note> notes) {
        return new Setup(definition, "optimizer = " + call + "\n", false, notes);
    }
}
