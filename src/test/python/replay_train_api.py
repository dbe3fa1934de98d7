#!/usr/bin/python3
"""Replays an answer of GET /api/train in PyTorch and reports how far the engine's numbers are.

Usage (Debian's python3-torch):

    curl -s 'http://localhost:8080/api/train?...&include=theta,data,init,order' > answer.json
    /usr/bin/python3 src/test/python/replay_train_api.py answer.json

The answer must have every point (every=1) and include=theta,data,init,order. For each run
whose optimizer PyTorch has with the engine's update (SPEC §3: eps_mode=outside where the
optimizer has one), the network is built as nn.Sequential (float64) from `init`, fed the
`data.train.inputs` in the batches that `order` gives, and trained with torch.optim as
network_golden.py does (the same loop, optimizer and decay mapping). Printed: one JSON line per
run, {"spec", "replayed", "points", "max_rel_error"}, the largest |engine − torch| / |torch| over
every point's θ, batch loss, training and test loss and accuracy; a run that PyTorch has no
matching optimizer for is listed with "replayed": false. Exit status 1 when a replayed run
differs by more than 1e-9 relative.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import network_golden  # noqa: E402  (the loop and the optimizer mapping of the goldens)

TORCH = {"sgd", "momentum", "nesterov", "rmsprop", "adam", "adamw", "nadam", "adagrad", "adadelta", "adamax"}
TOLERANCE = 1e-9


def run_text(optimizer, params):
    parts = []
    for k, v in params.items():
        if isinstance(v, bool):
            v = "true" if v else "false"
        parts.append("%s=%s" % (k, v))
    return "%s(%s)" % (optimizer, ",".join(parts))


def setting(answer):
    d = answer["data"]
    return {"train_x": d["train"]["inputs"], "train_t": [float(t) for t in d["train"]["label"]],
            "test_x": d["test"]["inputs"], "test_t": [float(t) for t in d["test"]["label"]],
            "init": answer["init"], "order": answer["order"], "layers": answer["layers"],
            "activation": answer["activation"], "batch": answer["batch"]}


def rel(engine, torch_value):
    if engine is None or torch_value is None:
        return 0.0 if engine is None and torch_value is None else math.inf
    if engine == torch_value:
        return 0.0
    return abs(engine - torch_value) / abs(torch_value) if torch_value != 0 else math.inf


def main(path):
    with open(path, encoding="utf-8") as f:
        answer = json.load(f)
    if answer["every"] != 1:
        raise SystemExit("the answer must have every point (every=1)")
    s = setting(answer)
    failed = False
    for run in answer["runs"]:
        params = run["params"]
        if run["optimizer"] not in TORCH or params.get("eps_mode", "outside") != "outside":
            print(json.dumps({"spec": run["spec"], "replayed": False}))
            continue
        steps = run["points"][-1]["k"]
        rec = network_golden.train(s, answer["loss"], answer["l2"], run_text(run["optimizer"], params), steps)
        worst = 0.0
        for p in run["points"]:
            k = p["k"]
            for i, v in enumerate(p["theta"]):
                worst = max(worst, rel(v, rec["theta"][k][i]))
            worst = max(worst, rel(p["batch_loss"], rec["batch_loss"][k]))
            for key in ("train_loss", "train_acc", "test_loss", "test_acc"):
                worst = max(worst, rel(p[key], rec[key][k]))
        failed |= worst > TOLERANCE
        print(json.dumps({"spec": run["spec"], "replayed": True, "points": len(run["points"]),
                          "max_rel_error": worst}))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1])
