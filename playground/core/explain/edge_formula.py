"""One weight's update as a formula in the notebook's names, with the live numbers substituted.

For an edge of the network diagram, the weight ``syn{k}[i, j]`` (from unit i of layer k to
unit j of layer k+1) or the bias ``b{k+1}[j]``, the next iteration changes it by::

    g      = sum over the batch's rows r of  l{k}[r, i] * l{k+1}_delta[r, j]   (- lam*syn{k}[i, j] with L2)
             l{k+1}_delta[r, j] = l{k+1}_error[r, j] * f'(l{k+1})[r, j]        (the error itself for
                                                                               cross-entropy / squared)
    gd        change = lr*g
    momentum  v = mu*v + g;                           change = lr*v
    adam      m = beta1*m + (1-beta1)*g;  s = beta2*s + (1-beta2)*g*g
              change = lr*(m/(1-beta1**t)) / (sqrt(s/(1-beta2**t)) + eps)

(a bias carries the constant input 1 and has no L2 term). :func:`edge_formula` reads every number
from :func:`playground.core.explain.inspection.trace_iteration` (the engine's own values) and the network's
optimiser state; :meth:`EdgeFormula.program` writes the formula with every number in full
precision, in the same order of operations as the engine, and :func:`evaluate_program` computes it
(a tiny arithmetic reader of our own: never ``eval``). Its result equals the change the next step
makes to rounding (tests/core/test_edge_formula.py checks 1e-12).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.core.nn.activations import sigmoid_derivative
from playground.core.explain.inspection import IterationTrace, unit_names
from playground.core.nn.network import Network
from playground.core.nn.optimizers import OptimizerSpec

__all__ = ["RowTerm", "EdgeFormula", "edge_formula", "edge_quantities", "evaluate_program", "ProgramError"]


@dataclass(frozen=True)
class RowTerm:
    """One row of the batch: the chain-rule factors of its share of the weight's gradient."""

    row: int  # the table row, 0-based
    position: int  # r: the row's index in the iteration's matrices
    input: float  # l{k}[r, i]: what the weight carries (1 for a bias)
    error: float  # l{k+1}_error[r, j]
    slope: float | None  # f'(l{k+1})[r, j]; None where the delta is the error itself
    delta: float  # l{k+1}_delta[r, j] = error * slope


@dataclass(frozen=True)
class EdgeFormula:
    """Everything the update of one weight (or bias) is made of, at one iteration."""

    k: int  # the weight matrix syn{k}
    i: int  # the unit it comes from in layer k; -1 for the bias
    j: int  # the unit it goes to in layer k+1
    source: str  # unit names as the diagram writes them ("x1", "h1.2"; "1" for the bias)
    target: str
    weight: float  # its value now
    iteration: int  # updates done so far; this update is number iteration + 1 (Adam's t)
    terms: tuple[RowTerm, ...]
    learning_rate: float
    l2: float
    optimizer: OptimizerSpec
    state: dict  # the optimiser's state of this weight before the update: {"v": ...} or {"m": ..., "s": ...}
    slope_name: str  # f' in the notebook's names: "nonlin(l2, deriv=True)", "(1 - l1**2)", ""

    # ----- names
    @property
    def bias(self) -> bool:
        return self.i < 0

    @property
    def matrix(self) -> str:
        """The quantity it belongs to: "syn0", or "b1" for a bias."""
        return f"b{self.k + 1}" if self.bias else f"syn{self.k}"

    @property
    def name(self) -> str:
        """"syn0[1, 2]" or "b1[2]"."""
        return f"b{self.k + 1}[{self.j}]" if self.bias else f"syn{self.k}[{self.i}, {self.j}]"

    @property
    def layer_input(self) -> str:
        """What the weight carries, row r: "l0[r, 1]" (or "1" for a bias)."""
        return "1" if self.bias else f"l{self.k}[r, {self.i}]"

    # ----- numbers (the same operations, in the same order, as the engine)
    def gradient(self) -> float:
        """sum over rows of input * delta (the bias: of delta)."""
        total = 0.0
        for n, term in enumerate(self.terms):
            delta = term.error * term.slope if term.slope is not None else term.error
            part = delta if self.bias else term.input * delta
            total = part if n == 0 else total + part
        return total

    def direction(self) -> float:
        """g: the gradient step's direction, with L2's -lam*syn (not for a bias)."""
        g = self.gradient()
        return g - self.l2 * self.weight if self.l2 and not self.bias else g

    def change(self) -> float:
        """What the next step adds to the weight."""
        return evaluate_program(self.program())

    def after(self) -> dict:
        """The optimiser's state of this weight after the update: {"v": ...} or {"m": ..., "s": ...}."""
        g, o = self.direction(), self.optimizer
        if o.name == "momentum":
            return {"v": o.momentum * self.state["v"] + g}
        if o.name == "adam":
            return {"m": o.beta1 * self.state["m"] + (1 - o.beta1) * g,
                    "s": o.beta2 * self.state["s"] + (1 - o.beta2) * (g * g)}
        return {}

    def program(self) -> str:
        """The update with every number in full precision, one assignment a line (see evaluate_program)."""
        parts = []
        for term in self.terms:
            delta = f"{term.error!r}*{term.slope!r}" if term.slope is not None else repr(term.error)
            parts.append(f"({delta})" if self.bias else f"{term.input!r}*({delta})")
        lines = ["g = " + (" + ".join(parts) or "0.0")]
        if self.l2 and not self.bias:
            lines.append(f"g = g - {self.l2!r}*{self.weight!r}")
        o, lr = self.optimizer, repr(self.learning_rate)
        if o.name == "momentum":
            lines += [f"v = {o.momentum!r}*{self.state['v']!r} + g", f"change = {lr}*v"]
        elif o.name == "adam":
            t = self.iteration + 1
            lines += [f"m = {o.beta1!r}*{self.state['m']!r} + (1 - {o.beta1!r})*g",
                      f"s = {o.beta2!r}*{self.state['s']!r} + (1 - {o.beta2!r})*(g*g)",
                      f"change = {lr}*(m/(1 - {o.beta1!r}**{t})) / (sqrt(s/(1 - {o.beta2!r}**{t})) + {o.eps!r})"]
        else:
            lines.append(f"change = {lr}*g")
        return "\n".join(lines)

    # ----- the formula as a student reads it
    def lines(self) -> list[str]:
        """The update in the notebook's names (no numbers): the optimiser's lines and g (the delta's line
        heads the rows, :meth:`row_lines`)."""
        k, j, w = self.k, self.j, self.name
        row_input = "" if self.bias else f"l{k}[r, {self.i}] * "
        decay = f"  - lam*{w}" if self.l2 and not self.bias else ""
        out = {"momentum": [f"v_{w} = mu*v_{w} + g", f"{w} += lr * v_{w}"],
               "adam": [f"m_{w} = beta1*m_{w} + (1-beta1)*g", f"s_{w} = beta2*s_{w} + (1-beta2)*g**2",
                        f"{w} += lr * (m_{w}/(1-beta1**t)) / (sqrt(s_{w}/(1-beta2**t)) + eps)"]
               }.get(self.optimizer.name, [f"{w} += lr * g"])
        return out + [f"g = Σ_r  {row_input}l{k + 1}_delta[r, {j}]{decay}"]

    def delta_line(self) -> str:
        """How the delta of the unit the weight goes to is made, in the notebook's names."""
        k, j = self.k, self.j
        if self.slope_name:
            return f"l{k + 1}_delta[r, {j}] = l{k + 1}_error[r, {j}] * {self.slope_name}[r, {j}]"
        return f"l{k + 1}_delta[r, {j}] = l{k + 1}_error[r, {j}]"

    def row_lines(self, fmt: Callable[[float], str] = lambda v: f"{v:.4g}", limit: int | None = None) -> list[str]:
        """The rows r of the batch in two short blocks: each row's delta (the error times the slope),
        then its share of g (the input times the delta); ``limit`` rows each, then how many more."""
        k, j = self.k, self.j

        def factor(v: float) -> str:  # a negative number inside a product: in parentheses
            return f"({fmt(v)})" if v < 0 else fmt(v)

        def cut(lines: list[str]) -> list[str]:
            if limit is None or len(lines) <= limit:
                return lines
            return lines[:limit] + [f"…  (+{len(lines) - limit})"]

        deltas = [term.error * term.slope if term.slope is not None else term.error for term in self.terms]
        if self.slope_name:
            out = [self.delta_line() + ":"]
            out += cut([f"r={t.position}:  {fmt(t.error)} × {factor(t.slope)} = {fmt(d)}"
                        for t, d in zip(self.terms, deltas)])
        else:
            out = [self.delta_line() + ":"] + cut([f"r={t.position}:  {fmt(d)}" for t, d in zip(self.terms, deltas)])
        if not self.bias:
            out += ["", f"l{k}[r, {self.i}] × l{k + 1}_delta[r, {j}]:"]
            out += cut([f"r={t.position}:  {fmt(t.input)} × {factor(d)} = {fmt(t.input * d + 0.0)}"  # + 0.0: no -0
                        for t, d in zip(self.terms, deltas)])
        return out

    def number_lines(self, fmt: Callable[[float], str] = lambda v: f"{v:.4g}") -> list[str]:
        """The steps after the sum, with the numbers substituted."""
        w, o, lr = self.name, self.optimizer, fmt(self.learning_rate)
        grad, g = self.gradient(), self.direction()

        def factor(v: float) -> str:  # a negative number inside a product: in parentheses
            return f"({fmt(v)})" if v < 0 else fmt(v)

        out = [f"Σ = {fmt(grad)}"]
        if self.l2 and not self.bias:
            out.append(f"g = Σ - lam × {w} = {fmt(grad)} - {fmt(self.l2)} × {factor(self.weight)} = {fmt(g)}")
        else:
            out.append(f"g = {fmt(g)}")
        after, change = self.after(), self.change()
        if o.name == "momentum":
            out.append(f"v_{w} = {fmt(o.momentum)} × {factor(self.state['v'])} + {factor(g)} = {fmt(after['v'])}")
            out.append(f"lr * v_{w} = {lr} × {factor(after['v'])} = {fmt(change)}")
        elif o.name == "adam":
            t = self.iteration + 1
            m_hat, s_hat = after["m"] / (1 - o.beta1 ** t), after["s"] / (1 - o.beta2 ** t)
            out.append(f"m_{w} = {fmt(o.beta1)} × {factor(self.state['m'])} + {fmt(1 - o.beta1)} × {factor(g)} "
                       f"= {fmt(after['m'])}")
            out.append(f"s_{w} = {fmt(o.beta2)} × {fmt(self.state['s'])} + {fmt(1 - o.beta2)} × {factor(g)}² "
                       f"= {fmt(after['s'])}")
            out.append(f"t = {t}:  m̂ = m_{w}/(1-beta1**t) = {fmt(m_hat)},  ŝ = s_{w}/(1-beta2**t) = {fmt(s_hat)}")
            out.append(f"lr * m̂ / (sqrt(ŝ) + eps) = {lr} × {factor(m_hat)} / "
                       f"({fmt(math.sqrt(s_hat) if s_hat >= 0 else math.nan)} + {fmt(o.eps)}) = {fmt(change)}")
        else:
            out.append(f"lr * g = {lr} × {factor(g)} = {fmt(change)}")
        after_weight = self.weight + change
        digits = 4  # enough significant digits that a small change still shows in the new weight
        ratio = abs(self.weight) / abs(change) if change and math.isfinite(change) else math.inf
        if math.isfinite(after_weight) and self.weight and math.isfinite(ratio):  # (1e308 / 1e-10 is inf)
            digits = min(17, max(4, math.ceil(math.log10(ratio)) + 3))
        out.append(f"{w}: {self.weight:.{digits}g} → {after_weight:.{digits}g}" if digits > 4
                   else f"{w}: {fmt(self.weight)} → {fmt(after_weight)}")
        return out


def _slope_name(network: Network, output: bool) -> str:
    """f' of layer k+1 in the notebook's names ('' where the delta is the error itself)."""
    k1 = "{layer}"
    if output:
        return f"nonlin({k1}, deriv=True)" if network.rule.loss == "notebook" else ""
    name = network.activation.name
    return {"sigmoid": f"nonlin({k1}, deriv=True)", "tanh": f"(1 - {k1}**2)"}.get(name, f"({k1} > 0)")


def edge_formula(network: Network, trace: IterationTrace, k: int, i: int, j: int) -> EdgeFormula:
    """The formula of weight ``syn{k}[i, j]`` (``i = -1``: the bias ``b{k+1}[j]``) for the iteration
    ``trace`` shows, the one ``network``'s current weights would do next (``trace`` from
    :func:`~playground.core.explain.inspection.trace_iteration` on this network)."""
    L = network.n_layers
    if not 0 <= k < L:
        raise IndexError(f"the network has weight matrices syn0 to syn{L - 1}, not syn{k}")
    n_in, n_out = network.sizes[k], network.sizes[k + 1]
    if not (-1 <= i < n_in and 0 <= j < n_out) or (i < 0 and not network.has_bias):
        raise IndexError(f"syn{k} has no weight [{i}, {j}]")
    a_in = trace[f"l{k}"].value
    layer = trace[f"l{k + 1}"].value
    error = trace[f"l{k + 1}_error"].value
    delta = trace[f"l{k + 1}_delta"].value
    output = k == L - 1
    if output and network.rule.loss != "notebook":
        slopes = None
    elif output:
        slopes = sigmoid_derivative(layer)
    else:
        slopes = network.activation.derivative(layer)
    rows = trace.rows or tuple(range(a_in.shape[0]))
    terms = tuple(RowTerm(int(row), r, 1.0 if i < 0 else float(a_in[r, i]), float(error[r, j]),
                          None if slopes is None else float(slopes[r, j]), float(delta[r, j]))
                  for r, row in enumerate(rows))
    names = unit_names(network.sizes, trace["l0"].column_names, trace[f"l{L}"].column_names)
    if i < 0:
        weight, index = float(network.biases[k][0, j]), L + k
    else:
        weight, index = float(network.weights[k][i, j]), k
    state = {slot: float(np.asarray(arrays[index]).reshape(-1, n_out)[0 if i < 0 else i, j])
             for slot, arrays in network.optimizer_state.items()}
    slope = _slope_name(network, output).format(layer=f"l{k + 1}")
    return EdgeFormula(k, i, j, "1" if i < 0 else names[k][i], names[k + 1][j], weight, int(network.t), terms,
                       float(network.learning_rate), float(network.rule.l2), network.rule.optimizer, state, slope)


def edge_quantities(name: str, row: int | None = None, column: int | None = None,
                    sizes: list[int] | None = None) -> list[tuple[int, int, int]] | None:
    """The edges (k, i, j; i = -1 for a bias) an inspector quantity is about: every edge of syn{k} for
    "syn{k}", "syn{k} update", "v_syn{k}", "m_syn{k}", "s_syn{k}"; one edge for a cell (row, column) of
    one of them (the last row is the bias when there is one). None for a quantity that is not a weight's."""
    base = name.removesuffix(" update")
    for prefix in ("v_", "m_", "s_"):
        base = base.removeprefix(prefix)
    if not (base.startswith("syn") and base[3:].isdigit()) or sizes is None:
        return None
    k = int(base[3:])
    if not 0 <= k < len(sizes) - 1:
        return None
    n_in, n_out = sizes[k], sizes[k + 1]
    if row is not None and column is not None and row >= 0 and column >= 0:
        return [(k, row if row < n_in else -1, column)]
    return [(k, i, j) for i in range(-1, n_in) for j in range(n_out)]


class ProgramError(ValueError):
    """A program that is not the simple arithmetic :meth:`EdgeFormula.program` writes."""


def _divide(a: float, b: float) -> float:
    """a / b as NumPy computes it: by zero gives inf or nan, not an exception (a diverged network)."""
    if b == 0:
        return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _power(a: float, b: float) -> float:
    try:
        return a ** b
    except (OverflowError, ZeroDivisionError):
        return math.inf


_BINARY = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
           ast.Div: _divide, ast.Pow: _power}
_CONSTANTS = {"nan": math.nan, "inf": math.inf}  # how repr writes a diverged number


def evaluate_program(text: str) -> float:
    """The value of the last assignment of a program of lines ``name = arithmetic`` (numbers, nan, inf,
    + - * / **, parentheses, unary minus, sqrt(...), names assigned on earlier lines); anything else is
    refused. Division by zero gives inf or nan, as in the engine."""
    try:
        tree = ast.parse(text, mode="exec")
    except SyntaxError as e:
        raise ProgramError(f"not a formula: {e.msg}") from None
    except (MemoryError, RecursionError):  # thousands of nested parentheses or signs
        raise ProgramError("not a formula: nested too deeply") from None
    names: dict[str, float] = {}

    def value(node) -> float:
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return float(node.value)  # floats only: no whole-number power can run for ever (9**9**9)
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return _BINARY[type(node.op)](value(node.left), value(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            v = value(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.Name) and node.id in names:
            return names[node.id]
        if isinstance(node, ast.Name) and node.id in _CONSTANTS:
            return _CONSTANTS[node.id]
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "sqrt"
                and len(node.args) == 1 and not node.keywords):
            v = value(node.args[0])
            return math.sqrt(v) if v >= 0 else math.nan
        raise ProgramError(f"not allowed in a formula: {ast.dump(node)[:60]}")

    last = math.nan
    for statement in tree.body:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)):
            raise ProgramError("a formula is lines of the form name = arithmetic")
        try:
            last = names[statement.targets[0].id] = float(value(statement.value))
        except (OverflowError, RecursionError, MemoryError) as e:  # 10**400 written out, or nested too deeply
            raise ProgramError(f"not a formula's number: {type(e).__name__}") from None
    return last
