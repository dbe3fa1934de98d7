#!/usr/bin/python3
"""Runs every exported script NAME.py in a directory in this one Python process (torch is
imported once, ~1-2 s, instead of once per script) and writes what each printed to NAME.out,
or its traceback to NAME.err. Each script gets fresh globals, as if run with python3 NAME.py.
Files NAME.parse (Keras scripts: no TensorFlow here) are only compiled, and NAME.ipynb are
validated with nbformat and their code cells compiled; a problem goes to NAME.err.

Usage: /usr/bin/python3 src/test/python/run_exported_scripts.py DIR
"""
import contextlib
import io
import os
import sys
import time
import traceback

import torch  # noqa: F401  (imported once here; each script's own import is then free)


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
                for cell in notebook.cells:
                    if cell.cell_type == "code":
                        compile(cell.source, path, "exec")
        except Exception:  # noqa: BLE001
            with open(path.rsplit(".", 1)[0] + ".err", "w", encoding="utf-8") as f:
                f.write(traceback.format_exc())
    print("%d scripts, %.2f s CPU" % (len(names), time.process_time() - started))


if __name__ == "__main__":
    main(sys.argv[1])
