#!/usr/bin/python3
"""Golden optimizer trajectories computed with PyTorch (``torch.optim``) in float64.

This is the independent peer implementation for SPEC.md §3: with ``eps_mode=outside`` and
PyTorch's epsilon, the engine must reproduce these trajectories to 1e-9 relative error.

Regenerate (from the repository root; needs Debian's ``python3-torch`` 1.13.1, installed with
``apt-get install -y python3-torch``, and Debian's interpreter, not a pyenv/venv ``python3``):

    /usr/bin/python3 src/test/resources/golden/torch_golden.py

It writes ``src/test/resources/golden/torch-trajectories.json`` next to this file:

    {"generator": "torch_golden.py", "torch_version": "1.13.1", ...,
     "cases": [{"name": ..., "query": ..., "theta": [[...], ...], "loss": [...],
                "grad": [[...], ...]}, ...]}

Each case is one shared-link query (SPEC §6) with exactly one ``run=`` that states its
hyperparameters explicitly; ``theta[k]``, ``loss[k]`` and ``grad[k]`` are θ_k, J(θ_k) and the
autograd gradient ∇J(θ_k) for k = 0 … steps (1-D surfaces use one-element rows). Numbers are
written with Python ``repr`` (shortest round-tripping decimal).

The loop is SPEC §1: θ₀ = start; for k = 1 … N: J = f(θ_{k-1}), J.backward(), opt.step(),
then scheduler.step() if the run has a schedule (StepLR for ``staircase=true``,
ExponentialLR(r^(1/n)) for ``staircase=false``), so update k uses α_k = lr·r^((k-1)/n),
with the exponent floored for staircase (SPEC §4).

Notes on torch 1.13.1:
  * The default dtype is set to float64, so that optimizer state created with
    ``torch.tensor(...)`` (NAdam's mu_product, the step counters) is float64 too.
  * NAdam uses ``foreach=True``: 1.13's single-tensor NAdam computes
    mu_product_next = mu_product·mu·mu_next (one μ too many), a bug fixed in torch 2.0
    (pytorch/pytorch#92699). The foreach implementation of 1.13 already uses
    1 − P_k·μ_{k+1}, which is SPEC §3's formula and what torch ≥ 2.0 does.

After computing the golden data the script re-runs every case with a plain-Python
implementation of the SPEC §3/§4 formulas (gradients still from autograd, perturbed by
±1–2 ulp in three patterns to imitate a different libm) and fails if any number differs by
more than 1e-11 relative to max(|value|, 1), so that every case is both a faithful and a
well-conditioned test.
"""
import json
import math
import os
import subprocess
import sys
import urllib.parse

import torch

torch.set_default_dtype(torch.float64)
DT = torch.float64
PI = math.pi
E = math.e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "torch-trajectories.json")

# ---------------------------------------------------------------------------------------------
# Surfaces (SPEC §2), written with torch ops. fn takes a 1-D tensor θ and returns J (scalar).
# ---------------------------------------------------------------------------------------------


def _rastrigin(t):
    x, y = t[0], t[1]
    return 20 + (x ** 2 - 10 * torch.cos(2 * PI * x)) + (y ** 2 - 10 * torch.cos(2 * PI * y))


def _styblinski(t):
    x, y = t[0], t[1]
    return 0.5 * ((x ** 4 - 16 * x ** 2 + 5 * x) + (y ** 4 - 16 * y ** 2 + 5 * y))


SURFACES = {
    "parabola": (1, lambda t: t[0] ** 2),
    "double-well": (1, lambda t: t[0] ** 4 - 3 * t[0] ** 2 + t[0]),
    "bowl": (2, lambda t: t[0] ** 2 + t[1] ** 2),
    "ravine": (2, lambda t: 0.1 * t[0] ** 2 + 2 * t[1] ** 2),
    "rosenbrock": (2, lambda t: (1 - t[0]) ** 2 + 100 * (t[1] - t[0] ** 2) ** 2),
    "beale": (2, lambda t: (1.5 - t[0] + t[0] * t[1]) ** 2
              + (2.25 - t[0] + t[0] * t[1] ** 2) ** 2
              + (2.625 - t[0] + t[0] * t[1] ** 3) ** 2),
    "himmelblau": (2, lambda t: (t[0] ** 2 + t[1] - 11) ** 2 + (t[0] + t[1] ** 2 - 7) ** 2),
    "saddle": (2, lambda t: t[0] ** 2 - t[1] ** 2),
    "rastrigin": (2, _rastrigin),
    "styblinski-tang": (2, _styblinski),
    "booth": (2, lambda t: (t[0] + 2 * t[1] - 7) ** 2 + (2 * t[0] + t[1] - 5) ** 2),
}

# Custom expressions (SPEC §6): the text that goes into f=, and the same function in torch.
# 2-D expressions use x = t[0], y = t[1]; 1-D ones use w = t[0].
CUSTOM = {
    "x^2 + 3*sin(y)":
        (2, lambda t: t[0] ** 2 + 3 * torch.sin(t[1])),
    "(1-x)^2 + 5*(y-x^2)^2":
        (2, lambda t: (1 - t[0]) ** 2 + 5 * (t[1] - t[0] ** 2) ** 2),
    "w^4 - 2*w^2 + 0.3*w":
        (1, lambda t: t[0] ** 4 - 2 * t[0] ** 2 + 0.3 * t[0]),
    "log(1+x^2) + sqrt(1+y^2)":
        (2, lambda t: torch.log(1 + t[0] ** 2) + torch.sqrt(1 + t[1] ** 2)),
    "exp(-x)*cos(y) + x^2/2 + y^2/2":
        (2, lambda t: torch.exp(-t[0]) * torch.cos(t[1]) + t[0] ** 2 / 2 + t[1] ** 2 / 2),
    "tanh(x) + y^2 + abs(x)":
        (2, lambda t: torch.tanh(t[0]) + t[1] ** 2 + torch.abs(t[0])),
    "max(x^2, y^2) + 0.1*x":
        (2, lambda t: torch.maximum(t[0] ** 2, t[1] ** 2) + 0.1 * t[0]),
    # grammar checks: -x^2 is -(x^2); 2^3^2 is 2^9 = 512 (so the last term is y^2)
    "-x^2 + 3*x^2 + 2^3^2*y^2/512":
        (2, lambda t: -(t[0] ** 2) + 3 * t[0] ** 2 + 512 * t[1] ** 2 / 512),
    "sin(pi*x) + e*y^2 + x^2":
        (2, lambda t: torch.sin(PI * t[0]) + E * t[1] ** 2 + t[0] ** 2),
    "cosh(x) + sinh(y)^2 + min(x^2, 1)":
        (2, lambda t: torch.cosh(t[0]) + torch.sinh(t[1]) ** 2
         + torch.minimum(t[0] ** 2, torch.tensor(1.0, dtype=DT))),
    "tan(w/2)^2 + 1e-3*w^4 + 2.5e-1*w":
        (1, lambda t: torch.tan(t[0] / 2) ** 2 + 1e-3 * t[0] ** 4 + 2.5e-1 * t[0]),
    "w^2/2 - log(1+w^2) + 0.2*w":
        (1, lambda t: t[0] ** 2 / 2 - torch.log(1 + t[0] ** 2) + 0.2 * t[0]),
}

# ---------------------------------------------------------------------------------------------
# A small independent parser for the SPEC §6 grammar, used only to check that each hand-written
# torch function above is the expression in its f= text (value compared at the start point).
# ---------------------------------------------------------------------------------------------


def parse_eval(src, env):
    import re
    toks = re.findall(r"\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|[A-Za-z]+|[-+*/^(),]",
                      src.replace(" ", ""))
    assert "".join(toks) == src.replace(" ", ""), src
    pos = [0]
    fns = {"sin": math.sin, "cos": math.cos, "tan": math.tan, "exp": math.exp,
           "log": math.log, "sqrt": math.sqrt, "abs": abs, "tanh": math.tanh,
           "sinh": math.sinh, "cosh": math.cosh, "min": min, "max": max}

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take(expected=None):
        tok = toks[pos[0]]
        assert expected is None or tok == expected, (src, tok, expected)
        pos[0] += 1
        return tok

    def expr():  # sum := term (('+'|'-') term)*
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v

    def term():  # term := unary (('*'|'/') unary)*
        v = unary()
        while peek() in ("*", "/"):
            v = v * unary() if take() == "*" else v / unary()
        return v

    def unary():  # unary := '-' unary | power   (so -x^2 = -(x^2))
        if peek() == "-":
            take()
            return -unary()
        return power()

    def power():  # power := atom ('^' unary)?   (right-associative)
        base = atom()
        if peek() == "^":
            take()
            return base ** unary()
        return base

    def atom():
        tok = take()
        if tok == "(":
            v = expr()
            take(")")
            return v
        if tok[0].isdigit() or tok[0] == ".":
            return float(tok)
        if tok in fns:
            take("(")
            args = [expr()]
            while peek() == ",":
                take()
                args.append(expr())
            take(")")
            return fns[tok](*args)
        if tok == "pi":
            return math.pi
        if tok == "e":
            return math.e
        return env[tok]

    v = expr()
    assert pos[0] == len(toks), src
    return v


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------


def fmt(v):
    """A number as it is written in a query: integers without '.0', 1e-08 as 1e-8."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return v
    v = float(v)
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    s = repr(v)
    if "e" in s:
        mant, ex = s.split("e")
        s = mant + "e" + str(int(ex))
    return s


# Keys of each optimizer, in the order they are written into run=(...); all are required in a
# case (so every hyperparameter is explicit), except amsgrad and the schedule keys.
KEYS = {
    "sgd": ["lr"],
    "momentum": ["lr", "beta"],
    "nesterov": ["lr", "beta"],
    "rmsprop": ["lr", "rho", "eps", "eps_mode"],
    "adam": ["lr", "beta1", "beta2", "eps", "eps_mode"],
    "adamw": ["lr", "beta1", "beta2", "eps", "eps_mode", "weight_decay"],
    "nadam": ["lr", "beta1", "beta2", "eps", "eps_mode", "momentum_decay"],
    "adagrad": ["lr", "eps", "eps_mode", "initial_accumulator"],
    "adadelta": ["lr", "rho", "eps"],
    "adamax": ["lr", "beta1", "beta2", "eps"],
}
OPTIONAL = ["amsgrad", "decay", "decay_steps", "staircase"]


def C(name, surface, start, steps, opt, **hp):
    """One case. surface is a catalogue id or a custom expression text."""
    if opt in ("rmsprop", "adam", "adamw", "nadam", "adagrad"):
        hp.setdefault("eps_mode", "outside")
    missing = [k for k in KEYS[opt] if k not in hp]
    unknown = [k for k in hp if k not in KEYS[opt] and k not in OPTIONAL]
    assert not missing and not unknown, (name, missing, unknown)
    if "decay" in hp:
        assert opt in ("sgd", "rmsprop", "adam", "adamw", "nadam", "adagrad"), name
        hp.setdefault("staircase", True)
    keys = KEYS[opt] + [k for k in OPTIONAL if k in hp]
    run = opt + "(" + ",".join(k + "=" + fmt(hp[k]) for k in keys) + ")"
    start = [float(s) for s in (start if isinstance(start, (list, tuple)) else [start])]
    if surface in SURFACES:
        dim, fn = SURFACES[surface]
        surf = "surface=" + surface
    else:
        dim, fn = CUSTOM[surface]
        surf = "surface=custom&f=" + urllib.parse.quote(surface, safe="")
        env = dict(zip(["x", "y"] if dim == 2 else ["w"], start))
        want = parse_eval(surface, env)
        got = fn(torch.tensor(start, dtype=DT)).item()
        assert abs(want - got) <= 1e-12 * max(1.0, abs(want)), (surface, want, got)
    assert len(start) == dim, name
    query = "%s&start=%s&steps=%d&run=%s" % (surf, ",".join(fmt(s) for s in start), steps, run)
    return {"name": name, "query": query, "fn": fn, "start": start, "steps": steps,
            "opt": opt, "hp": hp}


CASES = [
    # sgd
    C("sgd-parabola", "parabola", 2.5, 30, "sgd", lr=0.1),
    C("sgd-double-well", "double-well", 2.0, 40, "sgd", lr=0.02),
    C("sgd-ravine", "ravine", [-4.5, 1.5], 40, "sgd", lr=0.2),
    C("sgd-booth", "booth", [-8, 8], 30, "sgd", lr=0.05),
    C("sgd-himmelblau", "himmelblau", [0, 0], 40, "sgd", lr=0.01),
    C("sgd-saddle", "saddle", [-1.5, 0.001], 50, "sgd", lr=0.05),
    # momentum (Polyak)
    C("momentum-bowl", "bowl", [2.5, 2], 50, "momentum", lr=0.05, beta=0.9),
    C("momentum-rosenbrock", "rosenbrock", [-1.5, 2], 60, "momentum", lr=0.001, beta=0.9),
    C("momentum-double-well", "double-well", 2.0, 40, "momentum", lr=0.01, beta=0.8),
    C("momentum-rastrigin", "rastrigin", [3.3, -2.7], 40, "momentum", lr=0.002, beta=0.9),
    # nesterov
    C("nesterov-ravine", "ravine", [-4.5, 1.5], 50, "nesterov", lr=0.1, beta=0.9),
    C("nesterov-parabola", "parabola", 2.5, 40, "nesterov", lr=0.05, beta=0.9),
    C("nesterov-styblinski-tang", "styblinski-tang", [4.5, 4.5], 40, "nesterov",
      lr=0.005, beta=0.9),
    # rmsprop
    C("rmsprop-rosenbrock-rho0.9", "rosenbrock", [0, 2], 50, "rmsprop",
      lr=0.02, rho=0.9, eps=1e-8),
    C("rmsprop-beale-rho0.99", "beale", [1, 1.5], 40, "rmsprop", lr=0.01, rho=0.99, eps=1e-8),
    C("rmsprop-double-well-rho0.9", "double-well", 2.0, 40, "rmsprop",
      lr=0.05, rho=0.9, eps=1e-7),
    C("rmsprop-saddle-rho0.99", "saddle", [-1.5, 0.001], 30, "rmsprop",
      lr=0.05, rho=0.99, eps=1e-7),
    # adam
    C("adam-rosenbrock-outside", "rosenbrock", [-1.5, 2], 40, "adam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8),
    C("adam-himmelblau", "himmelblau", [0, 0], 40, "adam",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8),
    C("adam-parabola", "parabola", 2.5, 40, "adam", lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8),
    C("adam-rastrigin", "rastrigin", [3.3, -2.7], 40, "adam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8),
    C("adam-beale-betas", "beale", [1, 1.5], 50, "adam",
      lr=0.02, beta1=0.8, beta2=0.99, eps=1e-7),
    C("adam-amsgrad-rosenbrock", "rosenbrock", [-1.5, 2], 40, "adam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, amsgrad=True),
    C("adam-amsgrad-double-well", "double-well", 2.0, 40, "adam",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, amsgrad=True),
    # adamw
    C("adamw-bowl-wd0.01", "bowl", [2.5, 2], 40, "adamw",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01),
    C("adamw-booth-wd0.1", "booth", [-8, 8], 50, "adamw",
      lr=0.2, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.1),
    C("adamw-double-well-wd0.1", "double-well", 2.0, 40, "adamw",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.1),
    C("adamw-amsgrad-rosenbrock-wd0.01", "rosenbrock", [-1.5, 2], 40, "adamw",
      lr=0.02, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01, amsgrad=True),
    # nadam
    C("nadam-rosenbrock-md0.004", "rosenbrock", [-1.5, 2], 40, "nadam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, momentum_decay=0.004),
    C("nadam-himmelblau-md1", "himmelblau", [0, 0], 40, "nadam",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, momentum_decay=1),
    C("nadam-parabola-md0.004", "parabola", 2.5, 30, "nadam",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, momentum_decay=0.004),
    C("nadam-styblinski-tang-md1", "styblinski-tang", [4.5, 4.5], 40, "nadam",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-7, momentum_decay=1),
    # adagrad
    C("adagrad-bowl-acc0", "bowl", [2.5, 2], 40, "adagrad",
      lr=0.5, eps=1e-10, initial_accumulator=0),
    C("adagrad-double-well-acc0.1", "double-well", 2.0, 40, "adagrad",
      lr=0.3, eps=1e-10, initial_accumulator=0.1),
    C("adagrad-rosenbrock-acc0.1", "rosenbrock", [-1.5, 2], 50, "adagrad",
      lr=0.1, eps=1e-7, initial_accumulator=0.1),
    C("adagrad-booth-acc0", "booth", [-8, 8], 40, "adagrad",
      lr=1.0, eps=1e-10, initial_accumulator=0),
    # adadelta
    C("adadelta-bowl", "bowl", [2.5, 2], 60, "adadelta", lr=1.0, rho=0.9, eps=1e-6),
    C("adadelta-parabola", "parabola", 2.5, 40, "adadelta", lr=1.0, rho=0.95, eps=1e-6),
    C("adadelta-himmelblau-lr10", "himmelblau", [0, 0], 40, "adadelta",
      lr=10, rho=0.9, eps=1e-6),
    # adamax
    C("adamax-rosenbrock", "rosenbrock", [-1.5, 2], 40, "adamax",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8),
    C("adamax-double-well", "double-well", 2.0, 40, "adamax",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8),
    C("adamax-rastrigin", "rastrigin", [3.3, -2.7], 40, "adamax",
      lr=0.02, beta1=0.9, beta2=0.999, eps=1e-8),
    # learning-rate schedules (SPEC §4)
    C("sgd-bowl-decay0.7-every10", "bowl", [2.5, 2], 40, "sgd",
      lr=0.1, decay=0.7, decay_steps=10, staircase=True),
    C("sgd-parabola-decay0.5-smooth3", "parabola", 2.5, 30, "sgd",
      lr=0.4, decay=0.5, decay_steps=3, staircase=False),
    C("rmsprop-ravine-decay0.7-every10", "ravine", [-4.5, 1.5], 40, "rmsprop",
      lr=0.1, rho=0.9, eps=1e-8, decay=0.7, decay_steps=10, staircase=True),
    C("adam-rosenbrock-decay0.5-smooth3", "rosenbrock", [-1.5, 2], 30, "adam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, decay=0.5, decay_steps=3, staircase=False),
    C("adamw-himmelblau-decay0.9-every5", "himmelblau", [0, 0], 40, "adamw",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01,
      decay=0.9, decay_steps=5, staircase=True),
    C("nadam-bowl-decay0.8-smooth4", "bowl", [2.5, 2], 40, "nadam",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8, momentum_decay=0.004,
      decay=0.8, decay_steps=4, staircase=False),
    C("adagrad-double-well-decay0.7-every10", "double-well", 2.0, 40, "adagrad",
      lr=0.3, eps=1e-10, initial_accumulator=0, decay=0.7, decay_steps=10, staircase=True),
    # custom expressions (SPEC §6)
    C("custom-sgd-sin", "x^2 + 3*sin(y)", [1.5, 1], 40, "sgd", lr=0.05),
    C("custom-adam-rosenbrock5", "(1-x)^2 + 5*(y-x^2)^2", [-1, 1.5], 40, "adam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8),
    C("custom-momentum-1d-quartic", "w^4 - 2*w^2 + 0.3*w", 1.8, 40, "momentum",
      lr=0.01, beta=0.9),
    C("custom-rmsprop-log-sqrt", "log(1+x^2) + sqrt(1+y^2)", [2, -2], 40, "rmsprop",
      lr=0.05, rho=0.9, eps=1e-8),
    C("custom-nadam-exp-cos", "exp(-x)*cos(y) + x^2/2 + y^2/2", [1, 2], 40, "nadam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, momentum_decay=0.004),
    C("custom-adagrad-tanh-abs", "tanh(x) + y^2 + abs(x)", [2, 1.5], 30, "adagrad",
      lr=0.2, eps=1e-10, initial_accumulator=0),
    C("custom-adamax-max", "max(x^2, y^2) + 0.1*x", [2, 1], 40, "adamax",
      lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8),
    C("custom-nesterov-precedence", "-x^2 + 3*x^2 + 2^3^2*y^2/512", [1.5, -1], 40, "nesterov",
      lr=0.05, beta=0.9),
    C("custom-adamw-pi-e", "sin(pi*x) + e*y^2 + x^2", [0.3, 1], 40, "adamw",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.1),
    C("custom-adadelta-cosh-sinh-min", "cosh(x) + sinh(y)^2 + min(x^2, 1)", [0.5, 0.8], 40,
      "adadelta", lr=5, rho=0.9, eps=1e-6),
    C("custom-adam-1d-tan", "tan(w/2)^2 + 1e-3*w^4 + 2.5e-1*w", 1.0, 40, "adam",
      lr=0.05, beta1=0.9, beta2=0.999, eps=1e-8, amsgrad=True),
    C("custom-sgd-1d-log", "w^2/2 - log(1+w^2) + 0.2*w", 2.0, 40, "sgd", lr=0.2),
    C("custom-rmsprop-tanh-abs-decay", "tanh(x) + y^2 + abs(x)", [-1.5, 1], 40, "rmsprop",
      lr=0.05, rho=0.99, eps=1e-8, decay=0.7, decay_steps=10, staircase=True),
]

# ---------------------------------------------------------------------------------------------
# Golden run with torch.optim
# ---------------------------------------------------------------------------------------------


def make_optimizer(case, params):
    o, h = case["opt"], case["hp"]
    if o == "sgd":
        return torch.optim.SGD(params, lr=h["lr"])
    if o == "momentum":
        return torch.optim.SGD(params, lr=h["lr"], momentum=h["beta"])
    if o == "nesterov":
        return torch.optim.SGD(params, lr=h["lr"], momentum=h["beta"], nesterov=True)
    if o == "rmsprop":
        return torch.optim.RMSprop(params, lr=h["lr"], alpha=h["rho"], eps=h["eps"])
    if o == "adam":
        return torch.optim.Adam(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]),
                                eps=h["eps"], amsgrad=h.get("amsgrad", False))
    if o == "adamw":
        return torch.optim.AdamW(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]),
                                 eps=h["eps"], weight_decay=h["weight_decay"],
                                 amsgrad=h.get("amsgrad", False))
    if o == "nadam":
        # foreach=True: see the module docstring (single-tensor NAdam bug in torch 1.13).
        return torch.optim.NAdam(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]),
                                 eps=h["eps"], momentum_decay=h["momentum_decay"],
                                 foreach=True)
    if o == "adagrad":
        return torch.optim.Adagrad(params, lr=h["lr"], eps=h["eps"],
                                   initial_accumulator_value=h["initial_accumulator"])
    if o == "adadelta":
        return torch.optim.Adadelta(params, lr=h["lr"], rho=h["rho"], eps=h["eps"])
    if o == "adamax":
        return torch.optim.Adamax(params, lr=h["lr"], betas=(h["beta1"], h["beta2"]),
                                  eps=h["eps"])
    raise ValueError(o)


def make_scheduler(case, opt):
    h = case["hp"]
    if "decay" not in h:
        return None
    r, n = float(h["decay"]), int(h["decay_steps"])
    if h["staircase"]:
        return torch.optim.lr_scheduler.StepLR(opt, step_size=n, gamma=r)
    return torch.optim.lr_scheduler.ExponentialLR(opt, gamma=r ** (1.0 / n))


def finite_point(theta, loss):
    return all(math.isfinite(v) and abs(v) <= 1e6 for v in theta) and math.isfinite(loss)


def run_torch(case):
    theta = torch.tensor(case["start"], dtype=DT, requires_grad=True)
    opt = make_optimizer(case, [theta])
    sched = make_scheduler(case, opt)
    thetas, losses, grads = [], [], []

    def record():
        opt.zero_grad()
        J = case["fn"](theta)
        J.backward()
        thetas.append(theta.detach().tolist())
        losses.append(J.item())
        grads.append(theta.grad.detach().tolist())
        return finite_point(thetas[-1], losses[-1])

    ok = record()
    for _ in range(case["steps"]):
        if not ok:
            break
        opt.step()
        if sched is not None:
            sched.step()
        ok = record()
    return thetas, losses, grads


# ---------------------------------------------------------------------------------------------
# Self-check: the SPEC §3/§4 formulas in plain Python floats
# ---------------------------------------------------------------------------------------------


def grad_at(fn, theta):
    t = torch.tensor(theta, dtype=DT, requires_grad=True)
    J = fn(t)
    J.backward()
    return J.item(), t.grad.tolist()


WOBBLES = [lambda i, k: (-1) ** (i + k), lambda i, k: -((-1) ** (i + k)),
           lambda i, k: ((3 * i + 7 * k) % 5) - 2]


def run_spec(case, wobble=WOBBLES[0]):
    o, h = case["opt"], case["hp"]
    th = list(case["start"])
    d = len(th)
    m, s, u, smax = [0.0] * d, [0.0] * d, [0.0] * d, [0.0] * d
    if o == "adagrad":
        s = [float(h["initial_accumulator"])] * d
    P = 1.0
    thetas, losses, grads = [], [], []
    J, g = grad_at(case["fn"], th)
    thetas.append(list(th)), losses.append(J), grads.append(g)
    for k in range(1, case["steps"] + 1):
        # a change of the gradient by a few ulp, as a different libm could give
        g = [gi * (1 + 2.0 ** -52 * wobble(i, k)) for i, gi in enumerate(g)]
        a = float(h["lr"])
        if "decay" in h:
            e = (k - 1) / h["decay_steps"]
            a = a * h["decay"] ** (math.floor(e) if h["staircase"] else e)
        if o == "sgd":
            th = [t - a * gi for t, gi in zip(th, g)]
        elif o in ("momentum", "nesterov"):
            b = h["beta"]
            m = [b * mi + a * gi for mi, gi in zip(m, g)]
            if o == "momentum":
                th = [t - mi for t, mi in zip(th, m)]
            else:
                th = [t - (b * mi + a * gi) for t, mi, gi in zip(th, m, g)]
        elif o == "rmsprop":
            r = h["rho"]
            s = [r * si + (1 - r) * gi * gi for si, gi in zip(s, g)]
            th = [t - a * gi / (math.sqrt(si) + h["eps"]) for t, gi, si in zip(th, g, s)]
        elif o in ("adam", "adamw"):
            b1, b2 = h["beta1"], h["beta2"]
            if o == "adamw":
                th = [t - a * h["weight_decay"] * t for t in th]
            m = [b1 * mi + (1 - b1) * gi for mi, gi in zip(m, g)]
            s = [b2 * si + (1 - b2) * gi * gi for si, gi in zip(s, g)]
            if h.get("amsgrad"):
                smax = [max(x, y) for x, y in zip(smax, s)]
                src = smax
            else:
                src = s
            th = [t - a * (mi / (1 - b1 ** k)) / (math.sqrt(si / (1 - b2 ** k)) + h["eps"])
                  for t, mi, si in zip(th, m, src)]
        elif o == "nadam":
            b1, b2, psi = h["beta1"], h["beta2"], h["momentum_decay"]
            mu = b1 * (1 - 0.5 * 0.96 ** (k * psi))
            mu1 = b1 * (1 - 0.5 * 0.96 ** ((k + 1) * psi))
            P *= mu
            m = [b1 * mi + (1 - b1) * gi for mi, gi in zip(m, g)]
            s = [b2 * si + (1 - b2) * gi * gi for si, gi in zip(s, g)]
            D = [math.sqrt(si / (1 - b2 ** k)) + h["eps"] for si in s]
            th = [t - a * (1 - mu) / (1 - P) * gi / Di - a * mu1 / (1 - P * mu1) * mi / Di
                  for t, gi, mi, Di in zip(th, g, m, D)]
        elif o == "adagrad":
            s = [si + gi * gi for si, gi in zip(s, g)]
            th = [t - a * gi / (math.sqrt(si) + h["eps"]) for t, gi, si in zip(th, g, s)]
        elif o == "adadelta":
            r, ep = h["rho"], h["eps"]
            s = [r * si + (1 - r) * gi * gi for si, gi in zip(s, g)]
            delta = [math.sqrt(ui + ep) / math.sqrt(si + ep) * gi for ui, si, gi in zip(u, s, g)]
            u = [r * ui + (1 - r) * di * di for ui, di in zip(u, delta)]
            th = [t - a * di for t, di in zip(th, delta)]
        elif o == "adamax":
            b1, b2 = h["beta1"], h["beta2"]
            m = [b1 * mi + (1 - b1) * gi for mi, gi in zip(m, g)]
            u = [max(b2 * ui, abs(gi) + h["eps"]) for ui, gi in zip(u, g)]
            th = [t - a / (1 - b1 ** k) * mi / ui for t, mi, ui in zip(th, m, u)]
        else:
            raise ValueError(o)
        J, g = grad_at(case["fn"], th)
        thetas.append(list(th)), losses.append(J), grads.append(g)
        if not finite_point(th, J):
            break
    return thetas, losses, grads


def max_err(a, b, floor):
    """Largest |a-b| / max(|a|, floor) over nested lists of equal shape."""
    if isinstance(a, list):
        assert len(a) == len(b)
        return max((max_err(x, y, floor) for x, y in zip(a, b)), default=0.0)
    return abs(a - b) / max(abs(a), floor)


# ---------------------------------------------------------------------------------------------


def torch_version():
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"],
                           capture_output=True, text=True, check=True).stdout.strip()
        return v.split("+")[0], v
    except Exception:
        return torch.__version__.split("+")[0], None


def main():
    version, debian = torch_version()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    out_cases, worst, bad = [], 0.0, []
    for case in CASES:
        thetas, losses, grads = run_torch(case)
        n = len(thetas) - 1
        if n != case["steps"]:
            sys.exit("%s stopped early after %d of %d steps" % (case["name"], n, case["steps"]))
        e_mixed = e_rel = 0.0
        for wobble in WOBBLES:
            st, sl, sg = run_spec(case, wobble)
            e_mixed = max(e_mixed, max_err(thetas, st, 1.0), max_err(losses, sl, 1.0),
                          max_err(grads, sg, 1.0))
            e_rel = max(e_rel, max_err(thetas, st, 1e-300), max_err(losses, sl, 1e-300),
                        max_err(grads, sg, 1e-300))
        worst = max(worst, e_mixed)
        print("%-40s steps=%3d  J_N=%-12.5g  spec-vs-torch: %.1e (rel to max(|v|,1)), "
              "%.1e (pure rel)" % (case["name"], n, losses[-1], e_mixed, e_rel))
        if e_mixed > 1e-11:
            bad.append("%s: the SPEC formulas and torch differ by %.3g" % (case["name"], e_mixed))
        out_cases.append({"name": case["name"], "query": case["query"],
                          "theta": thetas, "loss": losses, "grad": grads})

    if bad:
        sys.exit("\n".join(bad))
    head = {"generator": "torch_golden.py", "torch_version": version,
            "torch_module_version": torch.__version__}
    if debian:
        head["debian_package"] = "python3-torch " + debian
    # One case per block, one array per line; json.dumps writes floats with repr.
    lines = ["{"]
    for k, v in head.items():
        lines.append(" %s: %s," % (json.dumps(k), json.dumps(v)))
    lines.append(' "cases": [')
    for i, c in enumerate(out_cases):
        lines.append("  {" + '"name": %s, "query": %s,' % (json.dumps(c["name"]),
                                                           json.dumps(c["query"])))
        lines.append('   "theta": %s,' % json.dumps(c["theta"], allow_nan=False))
        lines.append('   "loss": %s,' % json.dumps(c["loss"], allow_nan=False))
        lines.append('   "grad": %s}%s' % (json.dumps(c["grad"], allow_nan=False),
                                           "," if i + 1 < len(out_cases) else ""))
    lines.append(" ]")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # well-formed
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s (worst spec-vs-torch deviation %.1e)"
          % (len(out_cases), OUT, worst))


if __name__ == "__main__":
    main()
