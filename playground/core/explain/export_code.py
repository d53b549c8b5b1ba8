"""The experiment as code: the notebook's code cells, the standalone script, and the script's line map.

The code is written in the style of the notebook *Activity 5 – Neural Networks*:
the dataset as ``X`` and ``y`` arrays, ``np.random.seed`` and
``2*np.random.random((n_in, n_out)) - 1`` per layer, then the same loop, with the
layers named as the notebook names them and continued for deeper networks:

    l0 = X, l1, l2, ...          layer outputs (network.py's a[0], a[1], ...)
    syn0, syn1, ...              weight matrices W[0], W[1], ...
    b1, b2, ...                  bias of layer l1, l2, ... (when bias is on)
    l2_error, l2_delta, ...      E and the deltas (delta[k] belongs to l{k+1})

The loop's statements are the one description of a training step
(:func:`playground.core.nn.step.lines`, see :mod:`playground.core.explain.export_loop`): the engine's
operations in the same order, so the script prints the app's ``Error:`` lines (iteration
0, N, 2N, ..., each from its forward pass before its update) and then the outputs of the
final weights, equal to the app's to ~1e-12 (tests/core/test_export_forms.py, for every
combination of the settings).

Every line that computes one of the inspector's quantities
(:mod:`playground.core.explain.inspection`: ``l1``, ``l2_delta``, ``syn0 update``, ``m_syn1``, ...)
is generated together with that name, so :func:`script_with_lines` knows the line of the
script that computes each quantity (the window's "Show in script") without searching the text.

User text (column names) never becomes code: every name goes through
:func:`safe_text`, which gives a Python literal inside code, one escaped line
inside a ``#`` comment (never on the first two lines, where a comment could
declare the file's encoding), and character references inside Markdown. The
script's docstring holds no user text at all. Numbers are written with Python's
round-tripping repr; the activation is one of the known names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.explain.export_loop import Tagged, loop_lines
from playground.core.data.settings import Settings, format_hidden

NOTEBOOK_TITLE = "Activity 5 - Neural Networks"
CODE, COMMENT, MARKDOWN = "code", "comment", "markdown"


def number_text(v: float) -> str:
    """0 and 1 as the notebook writes them; other values in full precision."""
    v = float(v)
    return str(int(v)) if v.is_integer() and abs(v) < 2**53 and str(v) != "-0.0" else repr(v)


def _matrix(name: str, rows: np.ndarray, per_line: int = 1) -> str:
    """``name = np.array([[..], ..])`` with the rows aligned, as a student would type it."""
    lines = ["[" + ", ".join(number_text(v) for v in row) + "]" for row in rows.tolist()]
    groups = [", ".join(lines[i:i + per_line]) for i in range(0, len(lines), per_line)]
    indent = " " * (len(name) + len(" = np.array(["))
    return f"{name} = np.array([" + (",\n" + indent).join(groups) + "])"


def safe_text(text: str, where: str) -> str:
    """User text as it can be written into generated code without ever being interpreted.

    * ``code``: a Python string literal (``repr``) that evaluates back to the text.
    * ``comment``: the same literal, for after a ``#``: ``repr`` escapes every character
      Python could take for a line break (\\n, \\r, form feed), NUL and lone surrogates,
      so the comment ends where the line ends.
    * ``markdown``: letters, digits, spaces and printable non-ASCII characters as they
      are; everything else (``*``, backticks, ``<``, ``&``, quotes, line breaks, ...) as a
      numeric character reference, which Markdown shows as that character and never
      reads as markup or HTML.
    """
    text = str(text)
    if where in (CODE, COMMENT):
        return repr(text)
    if where == MARKDOWN:
        return "".join(c if c == " " or c.isalnum() or (ord(c) > 127 and c.isprintable()) else f"&#{ord(c)};"
                       for c in text)
    raise ValueError(f"unknown place for text: {where!r}")


def _names(names: Sequence[str], where: str = COMMENT) -> str:
    return ", ".join(safe_text(n, where) for n in names)


def describe(dataset: Dataset, settings: Settings, where: str) -> list[str]:
    """The experiment in a few sentences, user text made safe for ``where`` (COMMENT or MARKDOWN)."""
    sizes = [len(dataset.input_columns), *settings.hidden, len(dataset.target_columns)]
    return [
        f"Dataset: {dataset.n_rows} rows; inputs {_names(dataset.input_names, where)}; "
        f"targets {_names(dataset.target_names, where)}.",
        f"Network: layers {'-'.join(map(str, sizes))} (hidden {format_hidden(settings.hidden)}), "
        f"hidden activation {settings.activation}, output {settings.output}, {'with' if settings.bias else 'no'} bias.",
        f"Training: {settings.iterations:,} iterations, learning rate {settings.learning_rate!r}, "
        f"seed {settings.seed}, error printed every {settings.log_every:,} iterations.",
    ] + ([] if settings.is_notebook_rule and not dataset.has_test_rows else [
        f"Beyond the notebook: loss {settings.loss}, L2 {settings.l2!r}, optimizer {settings.optimizer}, "
        f"batch size {'all rows' if settings.batch_size is None else settings.batch_size}, "
        f"held-out test rows: {int(dataset.test_mask.sum())}."])


class Line(NamedTuple):
    """One line of generated code and the inspector quantity it computes (None: no quantity)."""

    text: str
    quantity: str | None = None


def _lines(items: Sequence[str | Tagged]) -> list[Line]:
    """Plain strings (possibly several lines each) and tagged single lines, as Lines."""
    out: list[Line] = []
    for item in items:
        if isinstance(item, Tagged):
            assert "\n" not in item.text, item
            out.append(Line(item.text, item.quantity))
        else:
            out += [Line(t) for t in item.split("\n")]
    return out


def tagged_cells(dataset: Dataset, settings: Settings) -> list[list[Line]]:
    """The notebook's four code cells (data; functions and weights; the loop; the outputs), line by line."""
    problems = settings.problems() + [p.describe(dataset.names) for p in dataset.problems(output=settings.output)]
    if problems:
        raise ValueError("; ".join(problems))
    X, Y, X_test, Y_test = dataset.split()
    problems = settings.data_problems(Y)
    if problems:
        raise ValueError("; ".join(problems))
    s = settings
    has_test = len(X_test) > 0
    batched = s.batch_size is not None and s.batch_size < len(X)
    sizes = [X.shape[1], *s.hidden, Y.shape[1]]

    # -- the data, as the notebook's first cell --
    if Y.shape[1] == 1:
        y_line = "y = np.array([[" + ", ".join(number_text(v) for v in Y[:, 0]) + "]]).T"
    else:
        y_line = _matrix("y", Y)
    y_first, *y_rest = y_line.split("\n")
    data: list = [
        "import numpy as np",
        "",
        f"# input dataset: one row per example, columns {_names(dataset.input_names)}",
        _matrix("X", X),
        "",
        f"# output dataset: columns {_names(dataset.target_names)}",
        Tagged(y_first, "y"), *y_rest,
    ]
    if has_test:
        rows = ", ".join(str(int(i) + 1) for i in np.flatnonzero(dataset.test_mask))
        data += ["", f"# held-out test rows (table rows {rows}): never trained on, only measured",
                 _matrix("X_test", X_test), _matrix("y_test", Y_test)]

    setup, loop, outputs = loop_lines(s, sizes, batched=batched, has_test=has_test, n_rows=len(X))
    return [_lines(data), _lines(setup), _lines(loop), _lines(outputs)]


def code_cells(dataset: Dataset, settings: Settings) -> list[str]:
    """The experiment as the notebook's code cells: data, functions and weights, the loop, the outputs."""
    return ["\n".join(line.text for line in cell) for cell in tagged_cells(dataset, settings)]


def _header(dataset: Dataset, settings: Settings) -> list[str]:
    # The docstring holds no user text: the names are in the comments below it.
    header = ['"""NN Playground experiment, exported as a standalone Python script that needs only NumPy.', "",
              f"Written in the style of the notebook '{NOTEBOOK_TITLE}'. Run it with",
              "    python this_file.py",
              "It prints the same Error: lines and outputs as the app.", '"""', ""]
    return header + [f"# {line}" for line in describe(dataset, settings, COMMENT)]


@dataclass(frozen=True)
class ScriptLines:
    """The exported script and, for each inspector quantity it computes, its line (1-based)."""

    text: str  # exactly python_script(dataset, settings)
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str) -> int:
        """The 1-based line of the script that assigns ``name`` (KeyError naming it if there is none)."""
        try:
            return self.lines[name]
        except KeyError:
            raise KeyError(f"the script computes no quantity {name!r}") from None


def script_with_lines(dataset: Dataset, settings: Settings) -> ScriptLines:
    """The standalone script and its line map (see :class:`ScriptLines`)."""
    every = [Line(t) for t in _header(dataset, settings)]
    for cell in tagged_cells(dataset, settings):
        every += [Line("")] + cell  # one blank line before each cell
    lines: dict[str, int] = {}
    for number, line in enumerate(every, start=1):
        if line.quantity is not None:
            lines.setdefault(line.quantity, number)
    return ScriptLines("\n".join(line.text for line in every) + "\n", lines)


def python_script(dataset: Dataset, settings: Settings) -> str:
    """A standalone script (NumPy only) that trains the experiment and prints what the app prints."""
    return script_with_lines(dataset, settings).text


__all__ = ["CODE", "COMMENT", "MARKDOWN", "NOTEBOOK_TITLE", "Line", "ScriptLines", "safe_text", "number_text",
           "describe", "tagged_cells", "code_cells", "python_script", "script_with_lines"]
