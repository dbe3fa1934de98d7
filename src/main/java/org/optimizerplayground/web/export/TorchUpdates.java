package org.optimizerplayground.web.export;

/**
 * The updates {@link TorchOptimizer} writes out where {@code torch.optim} does not take the
 * playground's steps, as Python: each a small {@code torch.optim.Optimizer} whose docstring says
 * why it is written out.
 */
final class TorchUpdates {
    private TorchUpdates() {
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
