#!/usr/bin/python3
"""Golden network trainings computed with PyTorch (nn.Sequential + torch.optim) in float64.

The peer reference for the engine's network package (issue 12): fed the engine's data, initial
parameters and batch order, PyTorch must give the same trajectories to 1e-9 relative error.

Usage (from the repository root; needs Debian's python3-torch, `apt-get install -y
python3-torch`, and Debian's interpreter):

    src/test/python/make_network_goldens.sh          # fixture from the engine, then this script
    /usr/bin/python3 src/test/python/network_golden.py FIXTURE.json OUT.json

FIXTURE.json is written by NetworkFixture.java: per setting the training and test inputs
(feature rows) and labels, θ₀ in nn.Sequential order and each epoch's permutation. OUT.json
holds the settings (copied) and one case per (setting, loss, l2, run): for k = 0 … steps,
theta[k] (all parameters, nn.Sequential order), train_loss/test_loss (mean data loss on the
whole set), train_acc/test_acc, and batch_loss[k] for k ≥ 1 (the data loss of batch k at
θ_(k−1); null at k = 0).

The loop, per update k = 1 … steps: batch = next DataLoader-style batch of the given order
(consecutive slices of `batch` points of each epoch's permutation, the last one smaller);
J = criterion(model(x_batch), t_batch) + l2/2 · Σ ‖weight‖² (weights only, not biases);
opt.zero_grad(); J.backward(); opt.step(); scheduler.step() if the run decays. Criterion:
BCEWithLogitsLoss() or MSELoss() (mean reduction). Accuracy: class 1 when the logit ≥ 0 (bce)
or the value ≥ 0.5 (mse). Optimizer mapping as src/test/resources/golden/torch_golden.py:
sgd/momentum/nesterov → SGD (momentum=beta, nesterov=True), rmsprop → RMSprop(alpha=rho),
adam/adamw → Adam/AdamW, nadam → NAdam(foreach=True: torch 1.13's single-tensor NAdam has the
mu_product bug fixed in 2.0), adagrad → Adagrad(initial_accumulator_value), adadelta →
Adadelta, adamax → Adamax; staircase decay → StepLR(step_size=n, gamma=r), smooth decay →
ExponentialLR(gamma=r**(1/n)).
"""
import json
import subprocess
import sys

import torch

torch.set_default_dtype(torch.float64)
DT = torch.float64

PT = "eps=1e-8,eps_mode=outside"
ALL = [
    ("sgd", "sgd(lr=0.1)"),
    ("momentum", "momentum(lr=0.05,beta=0.9)"),
    ("nesterov", "nesterov(lr=0.05,beta=0.9)"),
    ("rmsprop", "rmsprop(lr=0.01,rho=0.9," + PT + ")"),
    ("adam", "adam(lr=0.02,beta1=0.9,beta2=0.999," + PT + ")"),
    ("amsgrad", "adam(lr=0.02,beta1=0.9,beta2=0.99," + PT + ",amsgrad=true)"),
    ("adamw", "adamw(lr=0.02,beta1=0.9,beta2=0.999," + PT + ",weight_decay=0.05)"),
    ("nadam", "nadam(lr=0.02,beta1=0.9,beta2=0.999," + PT + ",momentum_decay=0.004)"),
    ("adagrad", "adagrad(lr=0.1," + PT + ",initial_accumulator=0.1)"),
    ("adadelta", "adadelta(lr=1,rho=0.9,eps=1e-6)"),
    ("adamax", "adamax(lr=0.02,beta1=0.9,beta2=0.999,eps=1e-8)"),
]
A, B = "circle-xy-4-2-tanh", "xor-4f-5-3-3-relu"
CASES = (
    [(A, "bce", 0.0, n, r) for n, r in ALL]
    + [(B, "mse", 0.0, n, r) for n, r in ALL]
    + [(A, "mse", 0.01, n, r) for n, r in ALL if n in ("sgd", "momentum", "adam")]
    + [(B, "bce", 0.05, n, r) for n, r in ALL if n in ("sgd", "rmsprop", "nadam")]
    + [(A, "bce", 0.0, "adam-decay", "adam(lr=0.05,beta1=0.9,beta2=0.999," + PT
        + ",decay=0.5,decay_steps=10)"),
       (B, "mse", 0.0, "sgd-smooth-decay", "sgd(lr=0.1,decay=0.7,decay_steps=4,staircase=false)"),
       (A, "bce", 0.02, "adagrad-l2-decay", "adagrad(lr=0.2," + PT
        + ",initial_accumulator=0,decay=0.8,decay_steps=5)"),
       (B, "bce", 0.01, "rmsprop-l2-decay", "rmsprop(lr=0.01,rho=0.9," + PT
        + ",decay=0.9,decay_steps=3,staircase=false)")]
)


def parse_run(text):
    name, _, inner = text.partition("(")
    hp = {}
    for part in inner.rstrip(")").split(","):
        if part:
            k, v = part.split("=")
            hp[k] = v if k == "eps_mode" else (v == "true" if v in ("true", "false") else float(v))
    return name, hp


def make_optimizer(o, h, params):
    if o == "sgd":
        return torch.optim.SGD(params, lr=h["lr"])
    if o == "momentum":
        return torch.optim.SGD(params, lr=h["lr"], momentum=h["beta"])
    if o == "nesterov":
        return torch.optim.SGD(params, lr=h["lr"], momentum=h["beta"], nesterov=True)
    if o == "rmsprop":
        return torch.optim.RMSprop(params, lr=h["lr"], alpha=h["rho"], eps=h["eps"])
    if o == "adam":
        return torch.optim.Adam(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=h["eps"],
                                amsgrad=h.get("amsgrad", False))
    if o == "adamw":
        return torch.optim.AdamW(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=h["eps"],
                                 weight_decay=h["weight_decay"])
    if o == "nadam":
        return torch.optim.NAdam(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=h["eps"],
                                 momentum_decay=h["momentum_decay"], foreach=True)
    if o == "adagrad":
        return torch.optim.Adagrad(params, lr=h["lr"], eps=h["eps"],
                                   initial_accumulator_value=h["initial_accumulator"])
    if o == "adadelta":
        return torch.optim.Adadelta(params, lr=h["lr"], rho=h["rho"], eps=h["eps"])
    if o == "adamax":
        return torch.optim.Adamax(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=h["eps"])
    raise ValueError(o)


def make_scheduler(h, opt):
    if "decay" not in h:
        return None
    r, n = h["decay"], int(h["decay_steps"])
    if h.get("staircase", True):
        return torch.optim.lr_scheduler.StepLR(opt, step_size=n, gamma=r)
    return torch.optim.lr_scheduler.ExponentialLR(opt, gamma=r ** (1.0 / n))


ACTIVATIONS = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "sigmoid": torch.nn.Sigmoid,
               "linear": torch.nn.Identity}


def build(setting):
    widths = [len(setting["train_x"][0])] + setting["layers"] + [1]
    mods = []
    for i in range(len(widths) - 1):
        mods.append(torch.nn.Linear(widths[i], widths[i + 1]))
        if i < len(widths) - 2:
            mods.append(ACTIVATIONS[setting["activation"]]())
    model = torch.nn.Sequential(*mods).to(DT)
    flat = torch.tensor(setting["init"], dtype=DT)
    with torch.no_grad():
        at = 0
        for p in model.parameters():  # nn.Sequential order: weight (out × in), then bias
            p.copy_(flat[at:at + p.numel()].view_as(p))
            at += p.numel()
    assert at == len(flat)
    return model


def batches(setting, steps):
    m, b = len(setting["train_x"]), setting["batch"]
    out = []
    for perm in setting["order"]:
        for start in range(0, m, b):
            out.append(perm[start:start + b])
    assert len(out) >= steps
    return out[:steps]


def flat_params(model):
    return torch.cat([p.detach().reshape(-1) for p in model.parameters()]).tolist()


def train(setting, loss, l2, run, steps):
    model = build(setting)
    crit = torch.nn.BCEWithLogitsLoss() if loss == "bce" else torch.nn.MSELoss()
    threshold = 0.0 if loss == "bce" else 0.5
    xtr = torch.tensor(setting["train_x"], dtype=DT)
    ttr = torch.tensor(setting["train_t"], dtype=DT)
    xte = torch.tensor(setting["test_x"], dtype=DT)
    tte = torch.tensor(setting["test_t"], dtype=DT)
    name, hp = parse_run(run)
    opt = make_optimizer(name, hp, model.parameters())
    sched = make_scheduler(hp, opt)
    weights = [mod.weight for mod in model if isinstance(mod, torch.nn.Linear)]
    rec = {"theta": [], "batch_loss": [], "train_loss": [], "train_acc": [], "test_loss": [],
           "test_acc": []}

    def record(batch_loss):
        with torch.no_grad():
            for x, t, key in ((xtr, ttr, "train"), (xte, tte, "test")):
                z = model(x).squeeze(1)
                rec[key + "_loss"].append(crit(z, t).item())
                rec[key + "_acc"].append(((z >= threshold).to(DT) == t).to(DT).mean().item())
        rec["theta"].append(flat_params(model))
        rec["batch_loss"].append(batch_loss)

    record(None)
    for idx in batches(setting, steps):
        i = torch.tensor(idx, dtype=torch.long)
        data_loss = crit(model(xtr[i]).squeeze(1), ttr[i])
        J = data_loss
        if l2 > 0:
            J = J + l2 / 2 * sum((w * w).sum() for w in weights)
        opt.zero_grad()
        J.backward()
        opt.step()
        if sched is not None:
            sched.step()
        record(data_loss.item())
    return rec


def torch_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return torch.__version__


def main(fixture, out):
    with open(fixture, encoding="utf-8") as f:
        fx = json.load(f)
    steps = fx["steps"]
    settings = {s["name"]: s for s in fx["settings"]}
    lines = ["{", ' "generator": "network_golden.py",',
             ' "torch": %s,' % json.dumps("python3-torch " + torch_version()),
             ' "steps": %d,' % steps, ' "settings": [']
    for i, s in enumerate(fx["settings"]):
        lines.append("  " + json.dumps(s) + ("," if i + 1 < len(fx["settings"]) else ""))
    lines.append(" ],")
    lines.append(' "cases": [')
    for i, (setting, loss, l2, name, run) in enumerate(CASES):
        rec = train(settings[setting], loss, l2, run, steps)
        case = {"name": "%s-%s-%s%s" % (setting, loss, name, "-l2" if l2 and "l2" not in name else ""),
                "setting": setting, "loss": loss, "l2": l2, "run": run}
        case.update(rec)
        lines.append("  " + json.dumps(case, allow_nan=False) + ("," if i + 1 < len(CASES) else ""))
        print("%-55s train %.6f -> %.6f  acc %.2f" % (case["name"], rec["train_loss"][0],
                                                       rec["train_loss"][-1], rec["train_acc"][-1]))
    lines.append(" ]")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(CASES), out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
