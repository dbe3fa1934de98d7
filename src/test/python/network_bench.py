#!/usr/bin/python3
"""PyTorch's time per update for the network of NetworkBenchmark.java, on this machine.

The default network (features x, y; hidden 4 and 2; tanh; one logit, BCEWithLogitsLoss), float64,
batch 10 of 250 training points (circle data; the values do not matter for the timing), Adam.
One update = index the batch, forward, loss, zero_grad, backward, step: what a PyTorch training
loop does. Also timed: the same plus the loss and accuracy on 250 training and 250 test points
under no_grad (NetworkBenchmark.engineUpdateWithMetrics). One thread, as the engine uses one.

    /usr/bin/python3 src/test/python/network_bench.py
"""
import math
import time

import torch

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
torch.manual_seed(1)

N, BATCH, UPDATES, REPEATS = 250, 10, 2000, 5
angle = torch.rand(2 * N) * 2 * math.pi
radius = torch.cat([torch.rand(N) * 2.5, 3.5 + torch.rand(N) * 1.5])
points = torch.stack([radius * torch.sin(angle), radius * torch.cos(angle)], 1)
labels = torch.cat([torch.ones(N), torch.zeros(N)])
perm = torch.randperm(2 * N)
xtr, ttr = points[perm[:N]], labels[perm[:N]]
xte, tte = points[perm[N:]], labels[perm[N:]]


def run(metrics):
    model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2),
                                torch.nn.Tanh(), torch.nn.Linear(2, 1))
    crit = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.Adam(model.parameters(), lr=0.03)
    order = torch.randperm(N)
    at = 0
    start = time.perf_counter_ns()
    for _ in range(UPDATES):
        if at >= N:
            order = torch.randperm(N)
            at = 0
        idx = order[at:at + BATCH]
        at += BATCH
        loss = crit(model(xtr[idx]).squeeze(1), ttr[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
        if metrics:
            with torch.no_grad():
                for x, t in ((xtr, ttr), (xte, tte)):
                    z = model(x).squeeze(1)
                    crit(z, t).item()
                    ((z >= 0).to(t.dtype) == t).to(t.dtype).mean().item()
    return (time.perf_counter_ns() - start) / UPDATES


for metrics in (False, True):
    run(metrics)  # warm-up
    times = [run(metrics) for _ in range(REPEATS)]
    print("torch %s  %s: best %.0f ns/update, median %.0f ns/update (%d updates x %d)" % (
        torch.__version__, "update + train/test metrics" if metrics else "update              ",
        min(times), sorted(times)[len(times) // 2], UPDATES, REPEATS))
