#!/usr/bin/env python3
"""Expected numbers of FirstUpdatesTest, derived from SPEC §3 and nothing else.

Every optimizer takes its first three updates from theta0 = (1, -2) with the gradients fed
directly (not read from a surface):

    g1 = (0.5, -1)    g2 = (0.25, 2)    g3 = (-1, 0.5)

and alpha_k = lr for every k (or the alphas given, for the schedule cases). The arithmetic is exact: rationals (fractions.Fraction) for
+ - * / and max, and 60-digit decimals for square roots and the one real power (Nadam's
0.96^(k*psi)), rounded back to a rational. The hyperparameters enter as the exact values of
their doubles (Fraction(0.999) is 0.99899999999999999911..., not 999/1000), so that the only
difference left between these numbers and the engine's is the rounding of the engine's own
floating-point operations, which the test bounds by 1e-15 relative.

Run with plain Python 3 (no packages): python3 first_updates.py
It prints, for each case, the derivation that the test's comments show (12 significant digits)
and the expected theta_k as Java literals (the double nearest to the exact value).
"""

from decimal import Decimal, getcontext
from fractions import Fraction as F

getcontext().prec = 60

THETA0 = (F(1), F(-2))
GRADS = ((F("0.5"), F(-1)), (F("0.25"), F(2)), (F(-1), F("0.5")))


def d(x):
    """The exact value of the double x (hyperparameters are doubles in the engine)."""
    return F(x)


def sqrt(x):
    """The square root of a rational, to 60 digits."""
    return F((Decimal(x.numerator) / Decimal(x.denominator)).sqrt())


def power(base, exponent):
    """base ** exponent for a real exponent, to 60 digits."""
    b = Decimal(base.numerator) / Decimal(base.denominator)
    e = Decimal(exponent.numerator) / Decimal(exponent.denominator)
    return F((e * b.ln()).exp())


def sign(x):
    return (x > 0) - (x < 0)


def denominator(v, eps, mode):
    """D(v) of SPEC §3: inside sqrt(v + eps), outside sqrt(v) + eps."""
    return sqrt(v + eps) if mode == "inside" else sqrt(v) + eps


def show(x):
    return "%.12g" % float(x)


def vec(xs):
    return "(" + ", ".join(show(x) for x in xs) + ")"


# ---- the optimizers of SPEC §3, one function each: (theta, g, k, state, p) -> lines ----------

def sgd(theta, g, k, st, p):
    step = [p["lr"] * gi for gi in g]
    return step, ["step = lr*g = " + vec(step)]


def momentum(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    for i in range(2):
        m[i] = p["beta"] * m[i] + p["lr"] * g[i]
    return list(m), ["m = beta*m + lr*g = " + vec(m), "step = m"]


def momentum_ema(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    for i in range(2):
        m[i] = p["beta"] * m[i] + (1 - p["beta"]) * g[i]
    step = [p["lr"] * mi for mi in m]
    return step, ["m = beta*m + (1-beta)*g = " + vec(m), "step = lr*m = " + vec(step)]


def nesterov(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    for i in range(2):
        m[i] = p["beta"] * m[i] + p["lr"] * g[i]
    step = [p["beta"] * m[i] + p["lr"] * g[i] for i in range(2)]
    return step, ["m = beta*m + lr*g = " + vec(m), "step = beta*m + lr*g = " + vec(step)]


def rmsprop(theta, g, k, st, p):
    s = st.setdefault("s", [F(0)] * 2)
    for i in range(2):
        s[i] = p["rho"] * s[i] + (1 - p["rho"]) * g[i] * g[i]
    step = [p["lr"] * g[i] / denominator(s[i], p["eps"], p["eps_mode"]) for i in range(2)]
    return step, ["s = rho*s + (1-rho)*g^2 = " + vec(s), "step = lr*g/D(s) = " + vec(step)]


def adam(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    s = st.setdefault("s", [F(0)] * 2)
    smax = st.setdefault("smax", [F(0)] * 2)
    b1, b2, eps, lr = p["beta1"], p["beta2"], p["eps"], p["lr"]
    lines = []
    for i in range(2):
        m[i] = b1 * m[i] + (1 - b1) * g[i]
        s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i]
    lines.append("m = " + vec(m) + "   s = " + vec(s))
    v = list(s)
    if p.get("amsgrad"):
        for i in range(2):
            smax[i] = max(smax[i], s[i])
        v = list(smax)
        lines.append("s_max = max(s_max, s) = " + vec(smax))
    bc1, bc2 = 1 - b1 ** k, 1 - b2 ** k
    if p["eps_mode"] == "hat":
        alpha_hat = lr * sqrt(bc2) / bc1
        step = [alpha_hat * m[i] / (sqrt(v[i]) + eps) for i in range(2)]
        lines.append("alpha_hat = lr*sqrt(1-beta2^k)/(1-beta1^k) = " + show(alpha_hat))
        lines.append("step = alpha_hat*m/(sqrt(s) + eps) = " + vec(step))
    else:
        m_hat = [mi / bc1 for mi in m]
        s_hat = [vi / bc2 for vi in v]
        step = [lr * m_hat[i] / denominator(s_hat[i], eps, p["eps_mode"]) for i in range(2)]
        lines.append("m_hat = " + vec(m_hat) + "   s_hat = " + vec(s_hat))
        lines.append("step = lr*m_hat/D(s_hat) = " + vec(step))
    return step, lines


def adamw(theta, g, k, st, p):
    decay = [p["lr"] * p["weight_decay"] * t for t in theta]
    decayed = [theta[i] - decay[i] for i in range(2)]
    step, lines = adam(decayed, g, k, st, p)
    total = [decay[i] + step[i] for i in range(2)]
    return total, ["decay = lr*lambda*theta = " + vec(decay)] + lines


def nadam(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    s = st.setdefault("s", [F(0)] * 2)
    b1, b2, eps, lr, psi = p["beta1"], p["beta2"], p["eps"], p["lr"], p["momentum_decay"]
    mu = b1 * (1 - F(1, 2) * power(d(0.96), k * psi))
    mu_next = b1 * (1 - F(1, 2) * power(d(0.96), (k + 1) * psi))
    prod = st.get("prod", F(1)) * mu
    st["prod"] = prod
    for i in range(2):
        m[i] = b1 * m[i] + (1 - b1) * g[i]
        s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i]
    s_hat = [si / (1 - b2 ** k) for si in s]
    den = [denominator(sh, eps, p["eps_mode"]) for sh in s_hat]
    c_g = lr * (1 - mu) / (1 - prod)
    c_m = lr * mu_next / (1 - prod * mu_next)
    step = [c_g * g[i] / den[i] + c_m * m[i] / den[i] for i in range(2)]
    return step, [
        "mu_k = %s   mu_k+1 = %s   P_k = %s" % (show(mu), show(mu_next), show(prod)),
        "m = " + vec(m) + "   s = " + vec(s) + "   s_hat = " + vec(s_hat),
        "lr(1-mu_k)/(1-P_k) = %s   lr*mu_k+1/(1-P_k*mu_k+1) = %s" % (show(c_g), show(c_m)),
        "step = " + vec(step),
    ]


def adagrad(theta, g, k, st, p):
    s = st.setdefault("s", [p["initial_accumulator"]] * 2)
    for i in range(2):
        s[i] = s[i] + g[i] * g[i]
    step = [p["lr"] * g[i] / denominator(s[i], p["eps"], p["eps_mode"]) for i in range(2)]
    return step, ["s = s + g^2 = " + vec(s), "step = lr*g/D(s) = " + vec(step)]


def adadelta(theta, g, k, st, p):
    s = st.setdefault("s", [F(0)] * 2)
    u = st.setdefault("u", [F(0)] * 2)
    rho, eps = p["rho"], p["eps"]
    delta = [F(0)] * 2
    for i in range(2):
        s[i] = rho * s[i] + (1 - rho) * g[i] * g[i]
        delta[i] = sqrt(u[i] + eps) / sqrt(s[i] + eps) * g[i]
        u[i] = rho * u[i] + (1 - rho) * delta[i] * delta[i]
    step = [p["lr"] * di for di in delta]
    return step, ["s = " + vec(s), "Delta = sqrt(u+eps)/sqrt(s+eps)*g = " + vec(delta),
                  "u = rho*u + (1-rho)*Delta^2 = " + vec(u), "step = lr*Delta = " + vec(step)]


def adamax(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    u = st.setdefault("u", [F(0)] * 2)
    b1, b2 = p["beta1"], p["beta2"]
    for i in range(2):
        m[i] = b1 * m[i] + (1 - b1) * g[i]
        u[i] = max(b2 * u[i], abs(g[i]) + p["eps"])
    rate = p["lr"] / (1 - b1 ** k)
    step = [rate * m[i] / u[i] for i in range(2)]
    return step, ["m = " + vec(m) + "   u = max(beta2*u, |g|+eps) = " + vec(u),
                  "lr/(1-beta1^k) = " + show(rate), "step = " + vec(step)]


def lion(theta, g, k, st, p):
    m = st.setdefault("m", [F(0)] * 2)
    b1, b2, lam, lr = p["beta1"], p["beta2"], p["weight_decay"], p["lr"]
    c = [b1 * m[i] + (1 - b1) * g[i] for i in range(2)]
    step = [lr * (sign(c[i]) + lam * theta[i]) for i in range(2)]
    for i in range(2):
        m[i] = b2 * m[i] + (1 - b2) * g[i]
    return step, ["c = beta1*m + (1-beta1)*g = " + vec(c) + "   sign(c) = (%d, %d)" % (sign(c[0]), sign(c[1])),
                  "step = lr*(sign(c) + lambda*theta) = " + vec(step), "m = beta2*m + (1-beta2)*g = " + vec(m)]


ADAM = dict(lr=0.01, beta1=0.9, beta2=0.999, eps=1e-7)
CASES = [
    # binary-exact numbers: every operation of these three is exact in double precision
    ("sgd exact", sgd, dict(lr=0.25)),
    ("momentum exact", momentum, dict(lr=0.25, beta=0.5)),
    ("lion exact", lion, dict(lr=2.0 ** -10, beta1=0.9, beta2=0.99, weight_decay=0.0)),
    # momentum and nesterov under a schedule (alpha_k = 0.25, 0.125, 0.0625): Keras's form puts
    # alpha_k into the velocity, PyTorch's would multiply the buffer by it afterwards
    ("momentum schedule", momentum, dict(lr=0.25, beta=0.5, alphas=(0.25, 0.125, 0.0625))),
    ("nesterov schedule", nesterov, dict(lr=0.25, beta=0.5, alphas=(0.25, 0.125, 0.0625))),
    # lion with beta2 = 0.5: the momentum overrules the fresh gradient's sign at k = 2 and 3
    ("lion beta2=0.5 exact", lion, dict(lr=2.0 ** -10, beta1=0.9, beta2=0.5, weight_decay=0.0)),
    # the SPEC's defaults (lr as noted)
    ("sgd", sgd, dict(lr=0.05)),
    ("momentum", momentum, dict(lr=0.05, beta=0.9)),
    ("momentum-ema", momentum_ema, dict(lr=0.05, beta=0.9)),
    ("nesterov", nesterov, dict(lr=0.05, beta=0.9)),
    ("rmsprop inside", rmsprop, dict(lr=0.01, rho=0.9, eps=1e-7, eps_mode="inside")),
    ("rmsprop outside", rmsprop, dict(lr=0.01, rho=0.9, eps=1e-7, eps_mode="outside")),
    ("adam inside", adam, dict(ADAM, eps_mode="inside")),
    ("adam outside", adam, dict(ADAM, eps_mode="outside")),
    ("adam hat", adam, dict(ADAM, eps_mode="hat")),
    # beta2 = 0.5 so that s falls within three updates and the running maximum matters
    ("adam amsgrad inside", adam, dict(ADAM, beta2=0.5, eps_mode="inside", amsgrad=True)),
    ("adam amsgrad outside", adam, dict(ADAM, beta2=0.5, eps_mode="outside", amsgrad=True)),
    ("adam amsgrad hat", adam, dict(ADAM, beta2=0.5, eps_mode="hat", amsgrad=True)),
    ("adam no-amsgrad beta2=0.5 inside", adam, dict(ADAM, beta2=0.5, eps_mode="inside")),
    ("adamw inside", adamw, dict(ADAM, weight_decay=0.01, eps_mode="inside")),
    ("adamw outside", adamw, dict(ADAM, weight_decay=0.01, eps_mode="outside")),
    ("adamw hat", adamw, dict(ADAM, weight_decay=0.01, eps_mode="hat")),
    ("nadam inside", nadam, dict(ADAM, momentum_decay=0.004, eps_mode="inside")),
    ("nadam outside", nadam, dict(ADAM, momentum_decay=0.004, eps_mode="outside")),
    ("adagrad inside", adagrad, dict(lr=0.1, eps=1e-7, eps_mode="inside", initial_accumulator=0.0)),
    ("adagrad outside", adagrad, dict(lr=0.1, eps=1e-7, eps_mode="outside", initial_accumulator=0.0)),
    ("adagrad outside initial_accumulator=0.1", adagrad,
     dict(lr=0.1, eps=1e-7, eps_mode="outside", initial_accumulator=0.1)),
    ("adadelta", adadelta, dict(lr=1.0, rho=0.9, eps=1e-6)),
    ("adamax", adamax, dict(ADAM)),
    ("lion", lion, dict(lr=0.001, beta1=0.9, beta2=0.99, weight_decay=0.0)),
    ("lion weight_decay=0.1", lion, dict(lr=0.001, beta1=0.9, beta2=0.99, weight_decay=0.1)),
]


def main():
    for name, rule, params in CASES:
        p = {key: (d(v) if isinstance(v, float) else v) for key, v in params.items() if key != "alphas"}
        theta = list(THETA0)
        state = {}
        print("=== " + name + "  " + ", ".join("%s=%s" % kv for kv in params.items()))
        literals = []
        for k, g in enumerate(GRADS, start=1):
            if "alphas" in params:
                p["lr"] = d(params["alphas"][k - 1])
            step, lines = rule(theta, g, k, state, p)
            theta = [theta[i] - step[i] for i in range(2)]
            print("k = %d: g = %s" % (k, vec(g)))
            for line in lines:
                print("    " + line)
            print("    theta_%d = %s" % (k, vec(theta)))
            literals.append("{%r, %r}" % (float(theta[0]), float(theta[1])))
        print("JAVA {" + ", ".join(literals) + "}")
        print()


def adam_first_terms():
    """The named terms of Adam's first update (defaults, eps_mode=inside) as Java literals."""
    p = {key: (d(v) if isinstance(v, float) else v) for key, v in dict(ADAM, eps_mode="inside").items()}
    state = {}
    step, _ = adam(list(THETA0), GRADS[0], 1, state, p)
    b1, b2 = p["beta1"], p["beta2"]
    print("=== adam first update, named terms")
    for key, values in (("m", state["m"]), ("s", state["s"]),
                        ("bias1", [1 - b1]), ("bias2", [1 - b2]),
                        ("m_hat", [mi / (1 - b1) for mi in state["m"]]),
                        ("s_hat", [si / (1 - b2) for si in state["s"]]), ("step", step)):
        print("JAVA %s {%s}" % (key, ", ".join(repr(float(v)) for v in values)))
    print()


if __name__ == "__main__":
    main()
    adam_first_terms()
