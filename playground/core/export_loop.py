"""The exported code's functions, weights, training loop and outputs, each computing line tagged with its quantity.

A line that computes one of the inspector's quantities (:mod:`playground.core.inspection`)
is a :class:`Tagged` line carrying that quantity's name: ``l1``, ``l2_error``, ``l1_delta``,
``syn0 update`` (the line that assigns ``syn0``), ``b1 update``, ``v_syn0``, ``m_syn0``,
``s_syn0``, and outside the loop ``syn0`` and ``b1`` (their first values). The line map of
the script (:func:`playground.core.export_code.script_with_lines`) is read off these tags.
"""

from __future__ import annotations

from typing import NamedTuple

from playground.core.activations import ACTIVATIONS


class Tagged(NamedTuple):
    """A line of code (one line) and the inspector quantity it assigns."""

    text: str
    quantity: str


def loop_lines(s, sizes: list[int], *, batched: bool, has_test: bool, n_rows: int) -> tuple[list, list, list]:
    """The code cells after the data, as lists of plain strings and :class:`Tagged` lines:
    (functions and initial weights, the training loop, the outputs of the final weights)."""
    L = len(sizes) - 1
    act = ACTIVATIONS[s.activation]
    hidden_fn = "nonlin" if act.name == "sigmoid" else act.name
    lr = s.learning_rate
    scaled = "" if lr == 1.0 else "alpha * "
    decay = " - lam*syn{k}" if s.l2 else ""

    # -- the functions and the initial weights --
    setup: list = [
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
        f"np.random.seed({s.seed})",
        "",
        "# initialize weights randomly with mean 0, layer by layer",
    ]
    setup += [Tagged(f"syn{k} = 2*np.random.random(({sizes[k]},{sizes[k + 1]})) - 1", f"syn{k}") for k in range(L)]
    if s.bias:
        setup += ["", "# biases start at zero"]
        setup += [Tagged(f"b{k + 1} = np.zeros((1,{sizes[k + 1]}))", f"b{k + 1}") for k in range(L)]
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
                  f"per_epoch = {-(-n_rows // s.batch_size)}  # batches per epoch",
                  f"batches = np.random.RandomState({s.seed + 1})"]

    def fn(k: int) -> str:  # the activation of layer l{k}
        return {"sigmoid": "nonlin", "softmax": "softmax", "linear": ""}[s.output] if k == L else hidden_fn

    def forward(indent: str, source: str = "X", tag: bool = False) -> list:
        def line(text: str, name: str):
            return Tagged(indent + text, name) if tag else indent + text
        lines = [line(f"l0 = {source}", "l0")]
        for k in range(1, L + 1):
            bias = f" + b{k}" if s.bias else ""
            product = f"np.dot(l{k - 1},syn{k - 1}){bias}"
            lines.append(line(f"l{k} = {fn(k)}({product})" if fn(k) else f"l{k} = {product}", f"l{k}"))
        return lines

    if has_test:
        setup += ["", "# the network's outputs for other rows (the held-out test rows), with the weights now",
                  "def predict(rows):"] + forward("    ", "rows") + [f"    return l{L}"]

    # -- the loop --
    loop: list = [f"for j in range({s.iterations}):"]
    target = "y"
    if batched:
        loop += ["    # this iteration's mini-batch: a fresh shuffle of the rows at the start of each epoch",
                 "    if j % per_epoch == 0:",
                 "        order = batches.permutation(len(X))",
                 "    rows = order[(j % per_epoch)*batch_size:(j % per_epoch + 1)*batch_size]", ""]
        target = "y[rows]"
    loop += ["    # feed forward through the layers" if L > 1 else "    # forward propagation"]
    loop += forward("    ", "X[rows]" if batched else "X", tag=True)
    loop += [
        "",
        "    # how much did we miss the target value?",
        Tagged(f"    l{L}_error = {target} - l{L}", f"l{L}_error"),
        "",
        f"    if (j% {s.log_every}) == 0:",
        f'        print("Error:" + str(np.mean(np.abs(l{L}_error))))',
    ]
    if has_test:
        loop.append('        print("Test error:" + str(np.mean(np.abs(y_test - predict(X_test)))))')
    loop.append("")
    if s.loss == "notebook":
        loop += ["    # in what direction is the target value? were we really sure? if so, don't change too much.",
                 Tagged(f"    l{L}_delta = l{L}_error*nonlin(l{L},deriv=True)", f"l{L}_delta")]
    else:
        why = {"sigmoid": "cross-entropy: the sigmoid's slope l{L}*(1-l{L}) cancels out of the gradient,\n"
                          "    # so a wrong output that is sure of itself (near 0 or 1) still learns fast",
               "softmax": "softmax with cross-entropy: the error itself is the delta",
               "linear": "linear output with squared error: its slope is 1, the error is the delta"}[s.output]
        loop += [f"    # {why.format(L=L)}", Tagged(f"    l{L}_delta = l{L}_error", f"l{L}_delta")]
    for k in range(L - 1, 0, -1):
        loop += [
            "",
            f"    # how much did each l{k} value contribute to the l{k + 1} error (according to the weights)?",
            Tagged(f"    l{k}_error = l{k + 1}_delta.dot(syn{k}.T)", f"l{k}_error"),
            Tagged(f"    l{k}_delta = l{k}_error * {fn(k)}(l{k},deriv=True)", f"l{k}_delta"),
        ]
    loop.append("")
    loop.append("    # update the weights" + (" and biases" if s.bias else ""))

    def update(p: str, direction: str) -> list:
        assign = f"{p} update"
        if s.optimizer == "momentum":
            return [Tagged(f"    v_{p} = mu*v_{p} + ({direction})", f"v_{p}"),
                    Tagged(f"    {p} += {scaled}v_{p}", assign)]
        if s.optimizer == "adam":
            return [f"    g = {direction}",
                    Tagged(f"    m_{p} = beta1*m_{p} + (1-beta1)*g", f"m_{p}"),
                    Tagged(f"    s_{p} = beta2*s_{p} + (1-beta2)*(g*g)", f"s_{p}"),
                    Tagged(f"    {p} += {scaled}(m_{p}/(1-beta1**(j+1))) / (np.sqrt(s_{p}/(1-beta2**(j+1))) + eps)",
                           assign)]
        if s.l2:
            return [Tagged(f"    {p} += {scaled}({direction})", assign)]
        return [Tagged(f"    {p} += {scaled}{direction}", assign)]

    for k in range(L - 1, -1, -1):
        loop += update(f"syn{k}", f"l{k}.T.dot(l{k + 1}_delta){decay.format(k=k)}")
        if s.bias:
            loop += update(f"b{k + 1}", f"l{k + 1}_delta.sum(axis=0)")

    # -- the outputs of the final weights --
    outputs = ["# the trained network: a forward pass with the final weights"] + forward("")
    outputs += ["", 'print("Output After Training:")', f"print(l{L})"]
    if has_test:
        outputs += ['print("Test outputs:")', "print(predict(X_test))"]
    return setup, loop, outputs


__all__ = ["Tagged", "loop_lines"]
