#!/usr/bin/python3
"""Runs every exported script NAME.py in a directory in this one Python process (torch is
imported once, ~1-2 s, instead of once per script) and writes what each printed to NAME.out,
or its traceback to NAME.err. Each script gets fresh globals, as if run with python3 NAME.py.
Files NAME.parse (Keras scripts: no TensorFlow here) are only compiled, and NAME.ipynb are
validated with nbformat and then run cell by cell as Jupyter would, matplotlib drawing off
screen (Agg): the plot cell must leave a figure whose loss axes hold one point per printed row
and whose map holds the path with as many points. A problem goes to NAME.err.

Usage: /usr/bin/python3 src/test/python/run_exported_scripts.py DIR
"""
import contextlib
import io
import os
import sys
import time
import traceback

import torch  # noqa: F401  (imported once here; each script's own import is then free)


def run_notebook(notebook, path):
    """Runs the code cells in one namespace (as a kernel would) and checks the figure they leave."""
    import matplotlib
    matplotlib.use("Agg")  # no display here; plt.show() then returns at once
    import matplotlib.pyplot as plt
    plt.close("all")
    namespace = {"__name__": "__main__"}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell in notebook.cells:
            if cell.cell_type == "code":
                exec(compile(cell.source, path, "exec"), namespace)
    rows = len(namespace["history"])
    figure = plt.gcf()
    axes = figure.get_axes()
    if len(axes) < 2:
        raise AssertionError("the plot cell left %d axes, expected the loss and the map" % len(axes))
    loss_points = len(axes[0].get_lines()[0].get_xdata())
    path_points = len(axes[1].get_lines()[-1].get_xdata())
    if loss_points != rows or path_points != rows:
        raise AssertionError("%d rows printed, but the loss curve has %d points and the path %d"
                             % (rows, loss_points, path_points))
    plt.close("all")


def main(directory):
    started = time.process_time()
    names = sorted(n for n in os.listdir(directory) if n.endswith(".py"))
    for name in names:
        path = os.path.join(directory, name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(source, path, "exec"), {"__name__": "__main__"})
        except Exception:  # noqa: BLE001  (reported to the test, which fails on it)
            with open(path[:-3] + ".err", "w", encoding="utf-8") as f:
                f.write(traceback.format_exc())
        with open(path[:-3] + ".out", "w", encoding="utf-8") as f:
            f.write(out.getvalue())
    for name in sorted(n for n in os.listdir(directory) if n.endswith(".parse") or n.endswith(".ipynb")):
        path = os.path.join(directory, name)
        try:
            if name.endswith(".parse"):
                with open(path, encoding="utf-8") as f:
                    compile(f.read(), path, "exec")
            else:
                import nbformat
                notebook = nbformat.read(path, as_version=4)
                nbformat.validate(notebook)
                run_notebook(notebook, path)
        except Exception:  # noqa: BLE001
            with open(path.rsplit(".", 1)[0] + ".err", "w", encoding="utf-8") as f:
                f.write(traceback.format_exc())
    print("%d scripts, %.2f s CPU" % (len(names), time.process_time() - started))


if __name__ == "__main__":
    main(sys.argv[1])
