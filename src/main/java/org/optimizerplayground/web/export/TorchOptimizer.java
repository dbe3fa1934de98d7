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
                return written(MOMENTUM, "PlaygroundMomentum([theta], lr=alpha, beta=" + py(o.beta()) + ")", notes);
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
                return written(NESTEROV, "PlaygroundNesterov([theta], lr=alpha, beta=" + py(o.beta()) + ")", notes);
            }
            // PyTorch refuses nesterov=True without momentum; with β = 0 both are plain descent.
            return direct("torch.optim.SGD([theta], lr=alpha, momentum=" + py(o.beta()) + ", nesterov="
                    + (o.beta() > 0 ? "True" : "False") + ")", notes);
        }
        if (optimizer instanceof RmsProp o) {
            if (o.epsMode() == EpsMode.INSIDE) {
                notes.add(Note.of("export.note.torch.written.eps", "torch.optim.RMSprop", o.epsMode().key()));
                return written(RMSPROP, "PlaygroundRMSprop([theta], lr=alpha, rho=" + py(o.rho()) + ", eps="
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
                return written(NADAM, "PlaygroundNAdam([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2())
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
                return written(ADAGRAD, "PlaygroundAdagrad([theta], lr=alpha, eps=" + py(o.eps())
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
            return written(LION, "Lion([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", weight_decay="
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
        return written(ADAM, "PlaygroundAdam([theta], lr=alpha, betas=" + pair(o.beta1(), o.beta2()) + ", eps="
                + py(o.eps()) + ", eps_mode=\"" + o.epsMode().key() + "\", amsgrad=" + py(o.amsgrad())
                + ", weight_decay=" + py(weightDecay) + ")", notes);
    }

    private static Setup direct(String call, List<Note> notes) {
        return new Setup("", "optimizer = " + call + "\n", true, notes);
    }

    private static Setup written(String definition, String call, List<Note> notes) {
        return new Setup(definition, "optimizer = " + call + "\n", false, notes);
    }

    // Each class does exactly the playground's arithmetic, in the playground's order, so the
    // numbers agree to the last few bits. The learning rate is read from the group, so that
    // torch.optim.lr_scheduler works on it as on any optimizer.

    static final String MOMENTUM = """
            class PlaygroundMomentum(torch.optim.Optimizer):
                \"\"\"Momentum as the playground (and Keras) has it: m <- beta*m + lr*g, theta <- theta - m.

                Written out because torch.optim.SGD keeps b <- beta*b + g and steps lr*b: under a
                decaying learning rate its past steps get the new, smaller rate.\"\"\"

                def __init__(self, params, lr, beta):
                    super().__init__(params, dict(lr=lr, beta=beta))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        for p in group["params"]:
                            m = self.state[p].setdefault("m", torch.zeros_like(p))
                            m.mul_(group["beta"]).add_(group["lr"] * p.grad)
                            p.sub_(m)
            """;

    static final String NESTEROV = """
            class PlaygroundNesterov(torch.optim.Optimizer):
                \"\"\"Nesterov momentum as the playground (and Keras) has it: m <- beta*m + lr*g,
                theta <- theta - (beta*m + lr*g).

                Written out because torch.optim.SGD(nesterov=True) keeps b <- beta*b + g and steps
                lr*(g + beta*b): under a decaying learning rate its past steps get the new rate.\"\"\"

                def __init__(self, params, lr, beta):
                    super().__init__(params, dict(lr=lr, beta=beta))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        for p in group["params"]:
                            m = self.state[p].setdefault("m", torch.zeros_like(p))
                            ag = group["lr"] * p.grad
                            m.mul_(group["beta"]).add_(ag)
                            p.sub_(group["beta"] * m + ag)
            """;

    static final String RMSPROP = """
            class PlaygroundRMSprop(torch.optim.Optimizer):
                \"\"\"RMSprop with eps inside the root, as this run (and Keras) has it:
                s <- rho*s + (1 - rho)*g*g, theta <- theta - lr*g / sqrt(s + eps).

                Written out because torch.optim.RMSprop adds eps outside the root, sqrt(s) + eps.\"\"\"

                def __init__(self, params, lr, rho, eps):
                    super().__init__(params, dict(lr=lr, rho=rho, eps=eps))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        for p in group["params"]:
                            g = p.grad
                            s = self.state[p].setdefault("s", torch.zeros_like(p))
                            s.mul_(group["rho"]).add_((1 - group["rho"]) * g * g)
                            p.sub_(group["lr"] * g / torch.sqrt(s + group["eps"]))
            """;

    static final String ADAGRAD = """
            class PlaygroundAdagrad(torch.optim.Optimizer):
                \"\"\"Adagrad with eps inside the root, as this run (and Keras) has it:
                s <- s + g*g, theta <- theta - lr*g / sqrt(s + eps).

                Written out because torch.optim.Adagrad adds eps outside the root, sqrt(s) + eps.\"\"\"

                def __init__(self, params, lr, eps, initial_accumulator_value):
                    super().__init__(params, dict(lr=lr, eps=eps, initial=initial_accumulator_value))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        for p in group["params"]:
                            g = p.grad
                            s = self.state[p].setdefault("s", torch.full_like(p, group["initial"]))
                            s.add_(g * g)
                            p.sub_(group["lr"] * g / torch.sqrt(s + group["eps"]))
            """;

    static final String ADAM = """
            class PlaygroundAdam(torch.optim.Optimizer):
                \"\"\"Adam (AdamW when weight_decay > 0) with the run's eps placement:
                eps_mode="inside":  theta <- theta - lr*m' / sqrt(s' + eps), m' = m/(1 - beta1^k), s' = s/(1 - beta2^k)
                eps_mode="hat":     theta <- theta - lr*sqrt(1 - beta2^k)/(1 - beta1^k) * m / (sqrt(s) + eps)  (Keras)

                Written out because torch.optim.Adam/AdamW add eps to the bias-corrected root,
                sqrt(s') + eps (eps_mode="outside").\"\"\"

                def __init__(self, params, lr, betas, eps, eps_mode, amsgrad, weight_decay):
                    super().__init__(params, dict(lr=lr, betas=betas, eps=eps, eps_mode=eps_mode, amsgrad=amsgrad,
                                                  weight_decay=weight_decay))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        beta1, beta2 = group["betas"]
                        lr, eps = group["lr"], group["eps"]
                        for p in group["params"]:
                            g = p.grad
                            state = self.state[p]
                            if not state:
                                state.update(beta1_power=1.0, beta2_power=1.0, m=torch.zeros_like(p),
                                             s=torch.zeros_like(p), s_max=torch.zeros_like(p))
                            if group["weight_decay"] != 0:
                                p.sub_(lr * group["weight_decay"] * p)
                            state["beta1_power"] *= beta1
                            state["beta2_power"] *= beta2
                            bias1 = 1 - state["beta1_power"]
                            bias2 = 1 - state["beta2_power"]
                            m, s = state["m"], state["s"]
                            m.mul_(beta1).add_((1 - beta1) * g)
                            s.mul_(beta2).add_((1 - beta2) * g * g)
                            v = s
                            if group["amsgrad"]:
                                v = torch.maximum(state["s_max"], s, out=state["s_max"])
                            if group["eps_mode"] == "hat":
                                p.sub_(lr * math.sqrt(bias2) / bias1 * m / (torch.sqrt(v) + eps))
                            else:
                                p.sub_(lr * (m / bias1) / torch.sqrt(v / bias2 + eps))
            """;

    static final String NADAM = """
            class PlaygroundNAdam(torch.optim.Optimizer):
                \"\"\"NAdam (Dozat; torch.optim.NAdam's momentum schedule) with eps inside the root,
                sqrt(s' + eps), as this run has it.

                Written out because torch.optim.NAdam adds eps outside the root, sqrt(s') + eps.\"\"\"

                def __init__(self, params, lr, betas, eps, momentum_decay):
                    super().__init__(params, dict(lr=lr, betas=betas, eps=eps, momentum_decay=momentum_decay))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        beta1, beta2 = group["betas"]
                        lr, eps = group["lr"], group["eps"]
                        for p in group["params"]:
                            g = p.grad
                            state = self.state[p]
                            if not state:
                                state.update(mu_product=1.0, beta2_power=1.0, decay_power=1.0,
                                             decay_step=0.96 ** group["momentum_decay"],
                                             m=torch.zeros_like(p), s=torch.zeros_like(p))
                            state["beta2_power"] *= beta2
                            bias2 = 1 - state["beta2_power"]
                            state["decay_power"] *= state["decay_step"]
                            mu = beta1 * (1 - 0.5 * state["decay_power"])
                            mu_next = beta1 * (1 - 0.5 * state["decay_power"] * state["decay_step"])
                            product = state["mu_product"] * mu
                            state["mu_product"] = product
                            m, s = state["m"], state["s"]
                            m.mul_(beta1).add_((1 - beta1) * g)
                            s.mul_(beta2).add_((1 - beta2) * g * g)
                            den = torch.sqrt(s / bias2 + eps)
                            p.sub_(lr * (1 - mu) / (1 - product) * (g / den))
                            p.sub_(lr * mu_next / (1 - product * mu_next) * (m / den))
            """;

    static final String LION = """
            class Lion(torch.optim.Optimizer):
                \"\"\"Lion (Chen et al. 2023) as the playground runs it; torch.optim has none:
                c = beta1*m + (1 - beta1)*g, theta <- theta - lr*(sign(c) + weight_decay*theta),
                m <- beta2*m + (1 - beta2)*g.\"\"\"

                def __init__(self, params, lr, betas, weight_decay):
                    super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay))

                @torch.no_grad()
                def step(self):
                    for group in self.param_groups:
                        beta1, beta2 = group["betas"]
                        for p in group["params"]:
                            g = p.grad
                            m = self.state[p].setdefault("m", torch.zeros_like(p))
                            c = beta1 * m + (1 - beta1) * g
                            p.sub_(group["lr"] * (torch.sign(c) + group["weight_decay"] * p))
                            m.mul_(beta2).add_((1 - beta2) * g)
            """;
}
