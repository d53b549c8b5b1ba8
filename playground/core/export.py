"""Take an experiment home: a NumPy-only Python script, a Jupyter notebook, CSV tables.

The script is written in the style of the notebook *Activity 5 – Neural Networks*:
the dataset as ``X`` and ``y`` arrays, ``np.random.seed`` and
``2*np.random.random((n_in, n_out)) - 1`` per layer, then the same loop, with the
layers named as the notebook names them and continued for deeper networks:

    l0 = X, l1, l2, ...          layer outputs (network.py's a[0], a[1], ...)
    syn0, syn1, ...              weight matrices W[0], W[1], ...
    b1, b2, ...                  bias of layer l1, l2, ... (when bias is on)
    l2_error, l2_delta, ...      E and the deltas (delta[k] belongs to l{k+1})

It performs network.py's operations in the same order, so it prints the app's
``Error:`` lines (iteration 0, N, 2N, ..., each from its forward pass before its
update) and then the outputs of the final weights, equal to the app's to ~1e-12.
The notebook has the same code cells, with a few words between them.

User text (column names) never becomes code: every name goes through
:func:`safe_text`, which gives a Python literal inside code, one escaped line
inside a ``#`` comment (never on the first two lines, where a comment could
declare the file's encoding), and character references inside Markdown. The
script's docstring holds no user text at all. Numbers are written with Python's
round-tripping repr; the activation is one of the known names.
"""

from __future__ import annotations

import os
from typing import Sequence

import numpy as np

from playground.core.activations import ACTIVATIONS
from playground.core.dataset import Dataset
from playground.core.documents import atomic_write_text, csv_field
from playground.core.settings import Settings, format_hidden

NOTEBOOK_TITLE = "Activity 5 - Neural Networks"


def _number(v: float) -> str:
    """0 and 1 as the notebook writes them; other values in full precision."""
    v = float(v)
    return str(int(v)) if v.is_integer() and abs(v) < 2**53 and str(v) != "-0.0" else repr(v)


def _matrix(name: str, rows: np.ndarray, per_line: int = 1) -> str:
    """``name = np.array([[..], ..])`` with the rows aligned, as a student would type it."""
    lines = ["[" + ", ".join(_number(v) for v in row) + "]" for row in rows.tolist()]
    groups = [", ".join(lines[i:i + per_line]) for i in range(0, len(lines), per_line)]
    indent = " " * (len(name) + len(" = np.array(["))
    return f"{name} = np.array([" + (",\n" + indent).join(groups) + "])"


CODE, COMMENT, MARKDOWN = "code", "comment", "markdown"


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


def _describe(dataset: Dataset, settings: Settings, where: str) -> list[str]:
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


def code_cells(dataset: Dataset, settings: Settings) -> list[str]:
    """The experiment as the notebook's code cells: data, functions and weights, the loop, the outputs."""
    problems = settings.problems() + [p.describe(dataset.names) for p in dataset.problems(output=settings.output)]
    if problems:
        raise ValueError("; ".join(problems))
    X, Y, X_test, Y_test = dataset.split()
    problems = settings.data_problems(Y)
    if problems:
        raise ValueError("; ".join(problems))
    has_test = len(X_test) > 0
    s = settings
    batched = s.batch_size is not None and s.batch_size < len(X)
    decay = f" - lam*syn{{k}}" if s.l2 else ""
    sizes = [X.shape[1], *settings.hidden, Y.shape[1]]
    L = len(sizes) - 1
    act = ACTIVATIONS[settings.activation]
    hidden_fn = "nonlin" if act.name == "sigmoid" else act.name
    lr = settings.learning_rate
    scaled = "" if lr == 1.0 else "alpha * "

    # -- the data, as the notebook's first cell --
    if Y.shape[1] == 1:
        targets = ", ".join(_number(v) for v in Y[:, 0])
        y_line = f"y = np.array([[{targets}]]).T"
    else:
        y_line = _matrix("y", Y)
    data = [
        "import numpy as np",
        "",
        f"# input dataset: one row per example, columns {_names(dataset.input_names)}",
        _matrix("X", X),
        "",
        f"# output dataset: columns {_names(dataset.target_names)}",
        y_line,
    ]
    if has_test:
        rows = ", ".join(str(int(i) + 1) for i in np.flatnonzero(dataset.test_mask))
        data += ["", f"# held-out test rows (table rows {rows}): never trained on, only measured",
                 _matrix("X_test", X_test), _matrix("y_test", Y_test)]
    data = "\n".join(data)

    # -- the functions and the initial weights --
    setup = [
        "# sigmoid function " + ("(the output layer)" if s.output == "sigmoid" else "(the hidden layers)")
        + "; with deriv=True its slope, from its output x",
        "def nonlin(x,deriv=False):",
        "    if(deriv==True):",
        "        return x*(1-x)",
        "    return 1/(1+np.exp(-x))",
        "",
    ]
    if hidden_fn != "nonlin" and L > 1:
        setup += [
            f"# {act.name} (the hidden layers); with deriv=True its slope, from its output x",
            f"def {act.name}(x,deriv=False):",
            "    if(deriv==True):",
            f"        return {act.derivative_formula}",
            f"    return {act.formula}",
            "",
        ]
    if s.output == "softmax":
        setup += [
            "# softmax (the output layer): each row's outputs are positive and sum to 1;",
            "# the row's largest value is subtracted first so exp never overflows",
            "def softmax(x):",
            "    e = np.exp(x - x.max(axis=-1, keepdims=True))",
            "    return e / e.sum(axis=-1, keepdims=True)",
            "",
        ]
    setup += [
        "# exp(-x) overflows to inf for very negative x; the sigmoid is then 0, as it should be",
        'np.seterr(over="ignore")',
        "",
        "# seed random numbers to make the calculation deterministic",
        f"np.random.seed({settings.seed})",
        "",
        "# initialize weights randomly with mean 0, layer by layer",
    ]
    setup += [f"syn{k} = 2*np.random.random(({sizes[k]},{sizes[k + 1]})) - 1" for k in range(L)]
    if settings.bias:
        setup += ["", "# biases start at zero"]
        setup += [f"b{k + 1} = np.zeros((1,{sizes[k + 1]}))" for k in range(L)]
    if lr != 1.0:
        setup += ["", "# learning rate: how big a step each update takes", f"alpha = {lr!r}"]
    params = [f"syn{k}" for k in range(L)] + ([f"b{k + 1}" for k in range(L)] if s.bias else [])
    if s.l2:
        setup += ["", "# L2 weight decay: every update also pulls each weight towards 0 (biases are not decayed)",
                  f"lam = {s.l2!r}"]
    if s.optimizer == "momentum":
        setup += ["", "# momentum: v keeps a running sum of the update directions (v = mu*v + direction)",
                  f"mu = {s.momentum!r}"] + [f"v_{p} = np.zeros_like({p})" for p in params]
    elif s.optimizer == "adam":
        setup += ["", "# Adam: m and s are running averages of each direction and of its square",
                  f"beta1, beta2, eps = {s.beta1!r}, {s.beta2!r}, {s.eps!r}"]
        setup += [f"m_{p}, s_{p} = np.zeros_like({p}), np.zeros_like({p})" for p in params]
    if batched:
        setup += ["", f"# mini-batches of {s.batch_size} rows: each epoch shuffles the rows with its own generator",
                  f"batch_size = {s.batch_size}",
                  f"per_epoch = {-(-len(X) // s.batch_size)}  # batches per epoch",
                  f"batches = np.random.RandomState({s.seed + 1})"]

    def fn(k: int) -> str:  # the activation of layer l{k}
        return {"sigmoid": "nonlin", "softmax": "softmax", "linear": ""}[s.output] if k == L else hidden_fn

    def forward(indent: str, source: str = "X") -> list[str]:
        lines = [f"{indent}l0 = {source}"]
        for k in range(1, L + 1):
            bias = f" + b{k}" if settings.bias else ""
            product = f"np.dot(l{k - 1},syn{k - 1}){bias}"
            lines.append(f"{indent}l{k} = {fn(k)}({product})" if fn(k) else f"{indent}l{k} = {product}")
        return lines

    if has_test:
        setup += ["", "# the network's outputs for other rows (the held-out test rows), with the weights now",
                  "def predict(rows):"] + forward("    ", "rows") + [f"    return l{L}"]

    # -- the loop --
    loop = [f"for j in range({settings.iterations}):"]
    target = "y"
    if batched:
        loop += ["    # this iteration's mini-batch: a fresh shuffle of the rows at the start of each epoch",
                 "    if j % per_epoch == 0:",
                 "        order = batches.permutation(len(X))",
                 "    rows = order[(j % per_epoch)*batch_size:(j % per_epoch + 1)*batch_size]", ""]
        target = "y[rows]"
    loop += ["    # feed forward through the layers" if L > 1 else "    # forward propagation"]
    loop += forward("    ", "X[rows]" if batched else "X")
    loop += [
        "",
        "    # how much did we miss the target value?",
        f"    l{L}_error = {target} - l{L}",
        "",
        f"    if (j% {settings.log_every}) == 0:",
        f'        print("Error:" + str(np.mean(np.abs(l{L}_error))))',
    ]
    if has_test:
        loop.append('        print("Test error:" + str(np.mean(np.abs(y_test - predict(X_test)))))')
    loop.append("")
    if s.loss == "notebook":
        loop += ["    # in what direction is the target value? were we really sure? if so, don't change too much.",
                 f"    l{L}_delta = l{L}_error*nonlin(l{L},deriv=True)"]
    else:
        why = {"sigmoid": "cross-entropy: the sigmoid's slope l{L}*(1-l{L}) cancels out of the gradient,\n"
                          "    # so a wrong output that is sure of itself (near 0 or 1) still learns fast",
               "softmax": "softmax with cross-entropy: the error itself is the delta",
               "linear": "linear output with squared error: its slope is 1, the error is the delta"}[s.output]
        loop += [f"    # {why.format(L=L)}", f"    l{L}_delta = l{L}_error"]
    for k in range(L - 1, 0, -1):
        loop += [
            "",
            f"    # how much did each l{k} value contribute to the l{k + 1} error (according to the weights)?",
            f"    l{k}_error = l{k + 1}_delta.dot(syn{k}.T)",
            f"    l{k}_delta = l{k}_error * {fn(k)}(l{k},deriv=True)",
        ]
    loop.append("")
    loop.append("    # update the weights" + (" and biases" if settings.bias else ""))

    def update(p: str, direction: str) -> list[str]:
        if s.optimizer == "momentum":
            return [f"    v_{p} = mu*v_{p} + ({direction})", f"    {p} += {scaled}v_{p}"]
        if s.optimizer == "adam":
            return [f"    g = {direction}",
                    f"    m_{p} = beta1*m_{p} + (1-beta1)*g",
                    f"    s_{p} = beta2*s_{p} + (1-beta2)*(g*g)",
                    f"    {p} += {scaled}(m_{p}/(1-beta1**(j+1))) / (np.sqrt(s_{p}/(1-beta2**(j+1))) + eps)"]
        if s.l2:
            return [f"    {p} += {scaled}({direction})"]
        return [f"    {p} += {scaled}{direction}"]

    for k in range(L - 1, -1, -1):
        loop += update(f"syn{k}", f"l{k}.T.dot(l{k + 1}_delta){decay.format(k=k)}")
        if settings.bias:
            loop += update(f"b{k + 1}", f"l{k + 1}_delta.sum(axis=0)")

    # -- the outputs of the final weights --
    outputs = ["# the trained network: a forward pass with the final weights"] + forward("")
    outputs += ["", 'print("Output After Training:")', f"print(l{L})"]
    if has_test:
        outputs += ['print("Test outputs:")', "print(predict(X_test))"]
    return [data, "\n".join(setup), "\n".join(loop), "\n".join(outputs)]


def python_script(dataset: Dataset, settings: Settings) -> str:
    """A standalone script (NumPy only) that trains the experiment and prints what the app prints."""
    # The docstring holds no user text: the names are in the comments below it.
    header = ['"""NN Playground experiment, exported as a standalone Python script that needs only NumPy.', "",
              f"Written in the style of the notebook '{NOTEBOOK_TITLE}'. Run it with",
              "    python this_file.py",
              "It prints the same Error: lines and outputs as the app.", '"""', ""]
    header += [f"# {line}" for line in _describe(dataset, settings, COMMENT)]
    return "\n".join(header) + "\n\n" + "\n\n".join(code_cells(dataset, settings)) + "\n"


def notebook(dataset: Dataset, settings: Settings):
    """The same code as a Jupyter notebook (nbformat v4), with a few words between the cells."""
    import nbformat  # only needed for this export
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    data, setup, loop, outputs = code_cells(dataset, settings)
    intro = (f"# NN Playground experiment\n\nExported from NN Playground, in the style of *{NOTEBOOK_TITLE}*. "
             "Run the cells in order: the last two print the same `Error:` lines and outputs as the app.\n\n"
             + "\n".join(f"* {line}" for line in _describe(dataset, settings, MARKDOWN)))
    cells = [
        new_markdown_cell(intro),
        new_code_cell(data),
        new_markdown_cell("The activation functions, and the starting weights drawn from the seed "
                          "(`2*np.random.random(...) - 1` is uniform between -1 and 1)."),
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
        cells = [_number(v) for v in x]
        for t, v in zip(y, o):
            cells += [_number(t), repr(v), repr(abs(t - v))]
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


__all__ = ["safe_text", "code_cells", "python_script", "notebook", "write_script", "write_notebook", "predictions_csv",
           "weights_csv", "write_predictions_csv", "write_weights_csv"]
