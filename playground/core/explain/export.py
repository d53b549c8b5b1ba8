"""Take an experiment home: a NumPy-only Python script, a Jupyter notebook, CSV tables.

The code itself (the notebook's cells, the script and its line map) is written by
:mod:`playground.core.explain.export_code`, whose names are importable from here too; this module
adds the notebook, which has the same code cells with a few words between them, writing
the files, and the results as CSV tables.
"""

from __future__ import annotations

import os
from typing import Sequence

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.files.documents import atomic_write_text, csv_field
from playground.core.explain.export_code import (CODE, COMMENT, MARKDOWN, NOTEBOOK_TITLE, ScriptLines, code_cells, describe,
                                         number_text, python_script, safe_text, script_with_lines)
from playground.core.data.settings import Settings


def notebook(dataset: Dataset, settings: Settings):
    """The same code as a Jupyter notebook (nbformat v4), with a few words between the cells."""
    import nbformat  # only needed for this export
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    data, setup, loop, outputs = code_cells(dataset, settings)
    intro = (f"# NN Playground experiment\n\nExported from NN Playground, in the style of *{NOTEBOOK_TITLE}*. "
             "Run the cells in order: the last two print the same `Error:` lines and outputs as the app.\n\n"
             + "\n".join(f"* {line}" for line in describe(dataset, settings, MARKDOWN)))
    cells = [
        new_markdown_cell(intro),
        new_code_cell(data),
        new_markdown_cell(("The activation functions, and the starting weights" if "\ndef " in "\n" + setup else
                           "The starting weights")  # NumPy's own functions only (tanh, relu, linear)
                          + " drawn from the seed (`2*np.random.random(...) - 1` is uniform between -1 and 1)."),
        new_code_cell(setup),
        new_markdown_cell("Training: feed forward, measure the error, send it back through the layers "
                          "(backpropagation) and update every weight. The error is printed every "
                          f"{settings.log_every:,} iterations, from the forward pass before that iteration's update."),
        new_code_cell(loop),
        new_markdown_cell("What the trained network outputs for each row (the targets were "
                          "`y`; the closer, the better)."),
        new_code_cell(outputs),
    ]
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(nb)
    return nb


def write_script(path: str | os.PathLike, dataset: Dataset, settings: Settings) -> None:
    atomic_write_text(path, python_script(dataset, settings))


def write_notebook(path: str | os.PathLike, dataset: Dataset, settings: Settings) -> None:
    import nbformat

    atomic_write_text(path, nbformat.writes(notebook(dataset, settings)) + "\n")


# -- results as CSV -----------------------------------------------------------------------------

def predictions_csv(dataset: Dataset, outputs: np.ndarray) -> str:
    """One row per example: the inputs, then for each target: target, output, |error| (full precision)."""
    X, Y = dataset.X, dataset.Y
    out = np.asarray(outputs, dtype=float).reshape(Y.shape)
    header = [csv_field(n) for n in dataset.input_names]
    for name in dataset.target_names:
        header += [csv_field(name), csv_field(f"{name} output"), csv_field(f"{name} |error|")]
    lines = [",".join(header)]
    for x, y, o in zip(X.tolist(), Y.tolist(), out.tolist()):
        cells = [number_text(v) for v in x]
        for t, v in zip(y, o):
            cells += [number_text(t), repr(v), repr(abs(t - v))]
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def weights_csv(dataset: Dataset, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None) -> str:
    """Every weight as a row ``matrix,from,to,value`` (syn0 from input 'x1' to hidden unit h1_1, ...; b1 ...)."""
    sizes = [np.shape(weights[0])[0]] + [np.shape(w)[1] for w in weights]
    L = len(weights)

    def unit(layer: int, i: int) -> str:
        if layer == 0:
            return dataset.input_names[i]
        if layer == L:
            return dataset.target_names[i]
        return f"h{layer}_{i + 1}"

    lines = ["matrix,from,to,value"]
    for k, W in enumerate(weights):
        W = np.asarray(W, dtype=float).reshape(sizes[k], sizes[k + 1])
        for i in range(sizes[k]):
            for j in range(sizes[k + 1]):
                lines.append(f"syn{k},{csv_field(unit(k, i))},{csv_field(unit(k + 1, j))},{float(W[i, j])!r}")
        if biases is not None:
            b = np.asarray(biases[k], dtype=float).ravel()
            for j in range(sizes[k + 1]):
                lines.append(f"b{k + 1},bias,{csv_field(unit(k + 1, j))},{float(b[j])!r}")
    return "\n".join(lines) + "\n"


def write_predictions_csv(path: str | os.PathLike, dataset: Dataset, outputs: np.ndarray) -> None:
    atomic_write_text(path, predictions_csv(dataset, outputs))


def write_weights_csv(path: str | os.PathLike, dataset: Dataset, weights, biases) -> None:
    atomic_write_text(path, weights_csv(dataset, weights, biases))


__all__ = ["CODE", "COMMENT", "MARKDOWN", "NOTEBOOK_TITLE", "ScriptLines", "safe_text", "code_cells", "python_script",
           "script_with_lines", "notebook", "write_script", "write_notebook", "predictions_csv", "weights_csv",
           "write_predictions_csv", "write_weights_csv"]
