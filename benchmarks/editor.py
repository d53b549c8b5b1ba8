"""Editing big tables in the window: paste 4096 x 13 cells, generate a 12-input truth table.

    python benchmarks/editor.py [--repeats 5]

Prints, from one run on this machine, each time in the window (parse, undo command,
model, the window's own update of the network view and predictions, and the repaint)
and its ratio against building the same NumPy array directly:
  * paste 4096 x 13 tab-separated cells over a 12-input table (must stay under 0.5 s)
  * the same paste growing the 4-row notebook table to 4096 rows
  * generate a 12-input table with a target rule (dialog -> one undoable replace)
  * one typed cell, and one Undo of the paste, in the 4096-row table (no stutter: well under 50 ms)

Runs offscreen unless QT_QPA_PLATFORM says otherwise; autosaves go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NN_PLAYGROUND_DATA_DIR", tempfile.mkdtemp(prefix="nnp-bench-"))

import numpy as np  # noqa: E402

from playground.app import make_app  # noqa: E402
from playground.core.data.clipboard import format_block  # noqa: E402
from playground.core.data.dataset import default_names, generate  # noqa: E402
from playground.ui.experiment.generator_dialog import GeneratorDialog  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402

N = 12
RULE = "a + b + c + d + e + f + g + h + i + j + k + l >= 6"


def timed(fn, repeats: int, before=None) -> float:
    """Median seconds of fn() (events processed, so the repaint counts); before() runs untimed."""
    app = make_app()
    times = []
    for _ in range(repeats):
        if before is not None:
            before()
        app.processEvents()
        t0 = time.perf_counter()
        fn()
        app.processEvents()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def direct_paste(text: str) -> np.ndarray:
    """The baseline: the same numbers straight into an array."""
    return np.array([line.split("\t") for line in text.splitlines()], dtype=float)


def direct_table() -> np.ndarray:
    """The baseline: the 12-input table and its majority target with NumPy alone."""
    bits = ((np.arange(2 ** N)[:, None] >> np.arange(N - 1, -1, -1)[None, :]) & 1).astype(float)
    return np.hstack([bits, (bits.sum(axis=1, keepdims=True) >= 6).astype(float)])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args(argv).repeats

    make_app()
    window = MainWindow()
    window.documents.interactive = False  # nothing to ask at the end
    window.resize(1280, 800)
    window.show()
    big = generate(default_names(N), ["y"])
    block = (np.random.default_rng(1).random((2 ** N, N + 1)) > 0.5).astype(float)
    text = format_block(block)
    editor = window.editor

    def paste_over():
        assert editor.paste_text(0, 0, text)

    def load_big():
        window.load_experiment(big.copy(), None)

    def load_small():
        window.load_preset("notebook")

    base_paste = timed(lambda: direct_paste(text), repeats)
    over = timed(paste_over, repeats, before=load_big)
    growing = timed(paste_over, repeats, before=load_small)
    assert window.dataset().values.shape == (2 ** N, N + 1)

    def generate_table():
        dialog = GeneratorDialog(window, n_inputs=N)
        dialog.expression.edit.setText(RULE)
        dialog.accept()
        editor.replace_experiment(dialog.dataset(), None, "Generate")
        dialog.deleteLater()

    base_table = timed(direct_table, repeats)
    gen = timed(generate_table, repeats, before=load_small)
    np.testing.assert_array_equal(window.dataset().values, direct_table())

    model = window.dataset_model
    cell = timed(lambda: model.setData(model.index(2000, 3), "1" if model.dataset().values[2000, 3] == 0 else "0"),
                 repeats)
    undo = timed(editor.undo, repeats, before=lambda: (load_big(), paste_over()))

    print(f"paste 4096 x 13 cells over a 12-input table: {over * 1000:7.1f} ms  "
          f"= {over / base_paste:5.1f} x building the array directly ({base_paste * 1000:.1f} ms)"
          f"  [{'ok' if over < 0.5 else 'TOO SLOW'}: < 500 ms]")
    print(f"paste 4096 x 13 cells growing a 4-row table:  {growing * 1000:7.1f} ms  "
          f"= {growing / base_paste:5.1f} x building the array directly")
    print(f"generate a 12-input table with a rule:        {gen * 1000:7.1f} ms  "
          f"= {gen / base_table:5.1f} x building the array directly ({base_table * 1000:.2f} ms)")
    print(f"one typed cell in the 4096-row table:         {cell * 1000:7.1f} ms")
    print(f"undo of that paste:                           {undo * 1000:7.1f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
