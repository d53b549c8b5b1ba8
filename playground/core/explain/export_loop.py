"""The exported code's functions, weights, training loop and outputs, written from the one description of a step.

Every statement of the training step comes from :func:`playground.core.nn.step.lines` (the
``SCRIPT`` symbols: ``alpha``, ``lam``, ``X[rows]``, ...), the same lines the inspector shows;
what is only the export's own is around them: the comments a student reads, the functions
those lines call (``nonlin``, ``softmax``), the named constants and zero state the lines use
(:func:`~playground.core.nn.step.constants`, :func:`~playground.core.nn.step.state_names`), the
mini-batch's rows, and the ``Error:`` lines. A new activation, loss or optimiser therefore
needs no edit here (an optimiser's constants get a plain comment unless this module knows a
better one).

A line that computes one of the inspector's quantities is a :class:`Tagged` line carrying its
name: ``l1``, ``l2_error``, ``l1_delta``, ``syn0 update`` (the line that assigns ``syn0``),
``b1 update``, ``v_syn0``, ``m_b1``, ..., and outside the loop ``syn0`` and ``b1`` (their first
values). The line map of the script (:func:`playground.core.explain.export_code.script_with_lines`) is
read off these tags.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from playground.core.nn import step


class Tagged(NamedTuple):
    """A line of code (one line) and the inspector quantity it assigns."""

    text: str
    quantity: str


# The export's own words around the step's lines, keyed by what they explain.
CONSTANT_COMMENTS = {
    "alpha": "# learning rate: how big a step each update takes",
    "lam": "# L2 weight decay: every update also pulls each weight towards 0 (biases are not decayed)",
}
OPTIMIZER_COMMENTS = {
    "momentum": "# momentum: v keeps a running sum of the update directions (v = mu*v + direction)",
    "adam": "# Adam: m and s are running averages of each direction and of its square",
}
DELTA_COMMENTS = {  # the output layer's delta, by output and loss
    ("sigmoid", "notebook"): "in what direction is the target value? were we really sure? if so, don't change too "
                             "much.",
    ("sigmoid", "cross-entropy"): "cross-entropy: the sigmoid's slope l{L}*(1-l{L}) cancels out of the gradient,\n"
                                  "    # so a wrong output that is sure of itself (near 0 or 1) still learns fast",
    ("softmax", "cross-entropy"): "softmax with cross-entropy: the error itself is the delta",
    ("linear", "squared"): "linear output with squared error: its slope is 1, the error is the delta",
}


def quantity_of(line: step.Line) -> str:
    """The line map's name of a step line: its quantity, with a bias's update lines under the bias's own name
    ("b1 update", "m_b1") rather than its weight matrix's, which the inspector stacks it with."""
    return line.quantity.replace(f"syn{line.layer}", line.param) if line.param else line.quantity


def _functions(codes: list[str], spec: step.StepSpec) -> list[str]:
    """The functions the step's lines call, defined in the notebook's style."""
    out = []
    if any("nonlin(" in code for code in codes):
        users = [where for where, code in (("hidden layers", step.line_of(spec, "l1", step.SCRIPT).code),
                                           ("output layer", step.line_of(spec, f"l{spec.n_layers}", step.SCRIPT).code))
                 if "nonlin(" in code and (where == "output layer" or spec.n_layers > 1)]
        out += [f"# sigmoid function ({' and '.join('the ' + u for u in users)}); with deriv=True its slope, "
                "from its output x",
                "def nonlin(x,deriv=False):",
                "    if(deriv==True):",
                "        return x*(1-x)",
                "    return 1/(1+np.exp(-x))",
                ""]
    if any("softmax(" in code for code in codes):
        out += ["# softmax (the output layer): each row's outputs are positive and sum to 1;",
                "# the row's largest value is subtracted first so exp never overflows",
                "def softmax(x):",
                "    e = np.exp(x - x.max(axis=-1, keepdims=True))",
                "    return e / e.sum(axis=-1, keepdims=True)",
                ""]
    return out


def loop_lines(s, sizes: list[int], *, batched: bool, has_test: bool, n_rows: int) -> tuple[list, list, list]:
    """The code cells after the data, as lists of plain strings and :class:`Tagged` lines:
    (functions and initial weights, the training loop, the outputs of the final weights)."""
    spec = step.StepSpec.from_settings(s, n_rows=n_rows)
    assert spec.batched == batched
    L = spec.n_layers
    lines = step.lines(spec, step.SCRIPT)
    # the forward pass on all rows (the final outputs) or on other rows (predict)
    forward = [line.code for line in step.lines(replace(spec, batched=False), step.SCRIPT)
               if line.section == step.FORWARD]

    # -- the functions, the initial weights, the constants and the optimiser's state --
    codes = [line.code for line in lines]
    setup: list = _functions(codes, spec) + [
        "# exp(-x) overflows to inf for very negative x; the sigmoid is then 0, as it should be"
        if any("nonlin(" in code for code in codes) else
        "# a run that diverges overflows to inf quietly, as in the app",
        'np.seterr(over="ignore")',
        "",
        "# seed random numbers to make the calculation deterministic",
        f"np.random.seed({s.seed})",
        "",
        "# initialize weights randomly with mean 0, layer by layer",
    ]
    setup += [Tagged(f"syn{k} = 2*np.random.random(({sizes[k]},{sizes[k + 1]})) - 1", f"syn{k}") for k in range(L)]
    if s.bias:
        setup += ["", "# biases start at zero"]
        setup += [Tagged(f"b{k + 1} = np.zeros((1,{sizes[k + 1]}))", f"b{k + 1}") for k in range(L)]
    constants = step.constants(spec)
    for name, value in constants:
        if name in CONSTANT_COMMENTS:
            setup += ["", CONSTANT_COMMENTS[name], f"{name} = {value!r}"]
    optimizer_constants = [(name, value) for name, value in constants if name not in CONSTANT_COMMENTS]
    state = step.state_names(spec)
    if optimizer_constants or state:
        name = spec.optimizer.name
        setup += ["", OPTIMIZER_COMMENTS.get(name, f"# the {name} optimizer: its settings and its running state")]
        setup += [f"{c} = {value!r}" for c, value in optimizer_constants]
        setup += [f"{n} = np.zeros_like({n.split('_', 1)[1]})" for n in state]
    if batched:
        setup += ["", f"# mini-batches of {s.batch_size} rows: each epoch shuffles the rows with its own generator",
                  f"batch_size = {s.batch_size}",
                  f"per_epoch = {-(-n_rows // s.batch_size)}  # batches per epoch",
                  f"batches = np.random.RandomState({s.seed + 1})"]
    if has_test:
        setup += ["", "# the network's outputs for other rows (the held-out test rows), with the weights now",
                  "def predict(rows):", "    l0 = rows"] + [f"    {code}" for code in forward[1:]] + [f"    return l{L}"]

    # -- the loop: the step's lines, with the export's comments and Error: lines between them --
    loop: list = [f"for j in range({s.iterations}):"]
    if batched:
        loop += ["    # this iteration's mini-batch: a fresh shuffle of the rows at the start of each epoch",
                 "    if j % per_epoch == 0:",
                 "        order = batches.permutation(len(X))",
                 "    rows = order[(j % per_epoch)*batch_size:(j % per_epoch + 1)*batch_size]", ""]
    first_update = True
    for line in lines:
        name = quantity_of(line)
        if name == "l0":
            loop.append("    # feed forward through the layers" if L > 1 else "    # forward propagation")
        elif line.section == step.ERROR:
            loop += ["", "    # how much did we miss the target value?"]
        elif name == f"l{L}_delta":
            why = DELTA_COMMENTS.get((spec.output, spec.loss), line.comment or "the output layer's delta")
            loop += ["", f"    # {why.format(L=L)}"]
        elif line.section == step.BACKWARD and name.endswith("_error"):
            k = line.layer
            loop += ["", f"    # how much did each l{k} value contribute to the l{k + 1} error (according to the weights)?"]
        elif line.section == step.UPDATE and first_update:
            loop += ["", "    # update the weights" + (" and biases" if s.bias else "")]
            first_update = False
        loop.append(Tagged(f"    {line.code}", name))
        if line.section == step.ERROR:
            loop += ["", f"    if (j% {s.log_every}) == 0:",
                     f'        print("Error:" + str(np.mean(np.abs(l{L}_error))))']
            if has_test:
                loop.append('        print("Test error:" + str(np.mean(np.abs(y_test - predict(X_test)))))')

    # -- the outputs of the final weights --
    outputs = ["# the trained network: a forward pass with the final weights"] + forward
    outputs += ["", 'print("Output After Training:")', f"print(l{L})"]
    if has_test:
        outputs += ['print("Test outputs:")', "print(predict(X_test))"]
    return setup, loop, outputs


__all__ = ["Tagged", "CONSTANT_COMMENTS", "OPTIMIZER_COMMENTS", "DELTA_COMMENTS", "quantity_of", "loop_lines"]
