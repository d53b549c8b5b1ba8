"""Resource budgets: what a job will need, estimated before anything is allocated.

A training keeps, per row of the table, every layer's outputs, its deltas and a
scratch array, and the activation functions make a temporary or two: about
``FLOATS_PER_UNIT`` float64 numbers per row for every unit after the inputs
(rows x widest layer x depth, summed over the layers), plus the table itself, the
weight timeline (at most ``timeline.MEMORY_BUDGET``) and the error history (a few
thousand points). That estimate is compared with ``MEMORY_BUDGET`` before the job
starts; over it, :class:`BudgetError` says the size and the limit in one line.

Time: one iteration does about 3 multiply-adds per weight per row (forward, the
delta sent back, the weight update), a few element-wise operations per unit per row
(the activation and its slope: exp is the costly one) and a fixed cost per layer per
call that dominates on small tables (NumPy's call overhead). ``estimate_seconds``
turns that into seconds with rates measured on this project's 2-core test machine
while busy (65,536 rows x 16-256-1: 1.8 s an iteration measured, 2.1 s estimated), so
it errs on the long side; a training estimated over ``LONG_RUN_SECONDS`` is announced
before it starts.

A study (K networks at once, :mod:`playground.core.training.study`) is dominated by its
parameters when the network is large, so its model counts what each update rule
holds, network by network, in units of P (one network's parameters) and of rows:

    notebook's rule (the fast loop)   the weights, the chunk's saved copy, the gradient: 3 P
                                      + per row: outputs and deltas of every layer, the
                                      output error and the hidden slopes: 2 U + O + H floats
    any other rule (rules.step)       the weights, the optimiser's state (momentum v: 1 P,
                                      Adam m and s: 2 P), the chunk's saved copy of both,
                                      the gradient, then the larger of: L2's second gradient
                                      and its l2 * W (1 P + the largest array), or the
                                      optimiser's temporaries (gd, momentum: 1, Adam: 3
                                      times the largest array)
                                      + per row of one update (the batch): the layer outputs,
                                      the deltas, two temporaries of the widest hidden layer
                                      (2 U + O + 2 widest floats) and the batch's rows

(U: units after the inputs, O: outputs, H: hidden units.) ``study_bytes`` adds the table
and the recorded curves, and the measuring of the final errors on every training row (the
peak after mini-batches); tests/core/test_budget.py checks it against the peak tracemalloc
measures for every rule, and ``check_study`` refuses a study over ``STUDY_BUDGET`` before
anything is allocated, saying how many seeds would fit.

``study_seconds`` counts, per update and network, the multiply-adds of the batch's rows, the
element-wise operations over each unit of each row and over the parameters (gd 2, momentum 4,
Adam 14, L2 2 more: the operations of optimizers.apply and rules.directions, counted by the
tests), the new arrays among them (rules.step allocates its results, where the fast loop
writes into buffers), and once per update for the whole stack the NumPy calls, which grow
with the layers and the optimiser's operations per parameter array. The estimate before
counted one training's time K times, the same for every rule: about 3 times too short, in
proportion, for Adam on a large network (benchmarks/study_budget.py prints both).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from playground.core.nn.rules import Rule
from playground.core.texts import say
from playground.core.training.timeline import MEMORY_BUDGET as TIMELINE_BYTES

MEMORY_BUDGET = 1024 * 2**20  # bytes one training may use
STUDY_BUDGET = 768 * 2**20  # bytes one study (all its networks together) may use
FLOATS_PER_UNIT = 5  # per row and per unit: output, delta, scratch and the activation's temporaries
LONG_RUN_SECONDS = 180.0  # "a few minutes": longer trainings are announced before they start
MULTIPLY_ADDS_PER_SECOND = 0.8e9  # one busy core, large matrices
SECONDS_PER_UNIT_ROW = 60e-9  # element-wise work (activation, slope, delta) per unit per row and iteration
SECONDS_PER_LAYER_CALL = 12e-6  # NumPy's per-call overhead, per layer and iteration, forward and back


class BudgetError(ValueError):
    """A job that would need more than its budget; the message names the size and the limit."""


def _mb(n: float) -> str:
    return f"{n / 2**30:,.1f} GB" if n >= 2**30 else f"{n / 2**20:,.0f} MB"


def training_bytes(rows: int, sizes: Sequence[int]) -> int:
    """About the memory one training of a network of these layer sizes takes on ``rows`` rows."""
    units = sum(sizes[1:])
    params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))
    table = rows * (sizes[0] + sizes[-1]) * 8 * 2  # X and Y, and the dataset they came from
    history = 2 * 2048 * 8 + 100_000 * 16  # the error curve and at most 100,000 Error: lines
    return table + rows * units * FLOATS_PER_UNIT * 8 + 4 * params * 8 + min(TIMELINE_BYTES, 64 * params * 8) + history


def check_training(rows: int, sizes: Sequence[int], budget: int = MEMORY_BUDGET) -> None:
    """BudgetError when a training of these sizes would not fit the memory budget."""
    need = training_bytes(rows, sizes)
    if need > budget:
        widest = max(sizes[1:])
        raise BudgetError(say("this training would need about {need} of memory ({rows:,} rows x {units:,} units, "
                              "widest layer {widest}); the limit is {limit}: use fewer rows or smaller hidden layers",
                              need=_mb(need), rows=rows, units=sum(sizes[1:]), widest=widest, limit=_mb(budget)))


def estimate_seconds(rows: int, sizes: Sequence[int], iterations: int) -> float:
    """A rough, pessimistic estimate of how long ``iterations`` iterations take."""
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    per_iteration = (3 * rows * weights / MULTIPLY_ADDS_PER_SECOND + rows * sum(sizes[1:]) * SECONDS_PER_UNIT_ROW
                     + 2 * (len(sizes) - 1) * SECONDS_PER_LAYER_CALL)
    return iterations * per_iteration


# -- a study: K networks at once, by update rule (see the module docstring) ------------------------

# Counted from the code (tests/core/test_budget.py counts them again): element-wise passes over
# the parameters in one update of optimizers.apply, and the new arrays among them that NumPy
# really allocates (it computes ``t * x`` into a temporary t instead of a new array: Adam's
# 9 results without ``out`` need 5, ``(1 - b1) * g``, ``g * g``, ``m / c1``, ``s / c2``, ``sqrt``);
# the gradient rules.directions returns is one more new array; L2 adds l2 * W and g - l2 * W.
# The fast loop scales its gradient by lr and adds it, in place.
PARAM_PASSES = {"gd": 2, "momentum": 4, "adam": 14}
PARAM_FRESH = {"gd": 1, "momentum": 1, "adam": 5}
L2_PASSES = L2_FRESH = 2
FAST_PARAM_PASSES = 2
# Temporaries the size of one parameter array that optimizers.apply holds at once (measured by
# the tests with tracemalloc: Adam's m / c1, sqrt(s / c2) and their quotient).
OPTIMIZER_TEMPORARIES = {"gd": 1, "momentum": 1, "adam": 3}
# Element-wise passes over each hidden sigmoid unit of each row in one update besides the
# products (bias, activation 3, error, slope 2, delta), and in rules.step the new arrays among
# them and the products (forward and backward products, z + b, the activation, the slope; the
# delta is computed into the temporary product). The fast loop writes into its buffers.
UNIT_PASSES = 8
UNIT_FRESH = 5
# NumPy calls per update for the whole stack, per layer; rules.step also calls the optimiser's
# operations once per parameter array, with a little Python around each.
CALLS_PER_LAYER_FAST = 10
CALLS_PER_LAYER_RULE = 18
# Rates measured on this project's 2-core machine (benchmarks/study_budget.py prints the
# estimate against the time taken), then doubled: the estimate errs on the long side, as on a
# busy laptop.
SECONDS_PER_MULTIPLY_ADD = 3.5e-11  # a product of one network, one BLAS thread
SECONDS_PER_PASS = 0.75e-9  # one element-wise operation on one float64, in place
SECONDS_PER_FRESH = 1.0e-9  # one float64 of a new array: allocated and touched for the first time
SECONDS_PER_PRODUCT = 70e-9  # each network's product inside a stacked np.matmul
SECONDS_PER_CALL = 0.6e-6  # one NumPy call with the Python around it
BUSY_MARGIN = 2.0


def _layers(sizes: Sequence[int], bias: bool) -> tuple[int, int, int, int]:
    """(weights, parameters, the largest parameter array, parameter arrays) of one network."""
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    params = weights + (sum(sizes[1:]) if bias else 0)
    return weights, params, max(a * b for a, b in zip(sizes[:-1], sizes[1:])), (len(sizes) - 1) * (2 if bias else 1)


def fast_loop(rule: Rule, rows: int, own_rows: bool = False) -> bool:
    """True when a study trains with the notebook's fast loop (else rules.step)."""
    return not own_rows and rule.is_notebook(rows)


def batch_rows(rule: Rule, rows: int) -> int:
    """The rows one update works on: the mini-batch, or every training row."""
    return rows if rule.batch_size is None else min(int(rule.batch_size), rows)


def parameter_floats(sizes: Sequence[int], rule: Rule, *, bias: bool = True, fast: bool = False) -> int:
    """Float64 numbers the size of the parameters one network of a study holds at an update's peak."""
    weights, params, largest, _ = _layers(sizes, bias)
    if fast:  # NetworkStack.steps: weights and biases, their saved copy, grads and bias sums
        return 2 * params + weights + (sum(sizes[1:]) if bias else 0)
    state = len(rule.optimizer.slots())  # momentum: v; Adam: m and s
    held = params * (1 + state) * 2 + params  # weights and state, the chunk's saved copy, the gradient
    l2 = weights + largest if rule.l2 else 0  # rules.directions: a second gradient list and l2 * W
    return held + max(l2, OPTIMIZER_TEMPORARIES[rule.optimizer.name] * largest)


def row_floats(sizes: Sequence[int], rule: Rule, *, fast: bool = False) -> int:
    """Float64 numbers one network of a study holds per row of one update, at the update's peak."""
    units, out = sum(sizes[1:]), sizes[-1]
    if fast:  # _StackBuffers: a[1..L], deltas, E and the hidden slopes; |E| when an error is recorded
        return 2 * units + 2 * out + sum(sizes[1:-1])
    # rules.step keeps a[1..L] and z (units + out), then allocates the recorded loss and |Y - a|
    # (cross-entropy's log terms: up to 4 out at once), or the deltas from the output down, each
    # hidden one made of two temporaries (the blame sent back and the slope), and keeps them all
    # while the optimiser runs
    deltas, peak = out, 4 * out
    for n in reversed(sizes[1:-1]):
        peak = max(peak, deltas + 2 * n)
        deltas += n
    batch = 0 if rule.batch_size is None else sizes[0] + out  # the batch's rows, gathered
    return units + out + max(peak, deltas) + batch


def evaluation_floats(sizes: Sequence[int]) -> int:
    """Float64 numbers per row and network while a study's final errors are measured (predict on every
    training row: one layer's outputs and the next's, then |Y - output| and its temporary)."""
    layers = sizes[1:]
    return max([layers[0], 3 * sizes[-1]] + [a + b for a, b in zip(layers[:-1], layers[1:])])


def study_bytes(sizes: Sequence[int], rows: int, count: int, rule: Rule | None = None, *, bias: bool = True,
                own_rows: bool = False, table_rows: int | None = None, records: int = 1001) -> int:
    """About the peak memory of a study of ``count`` networks with ``rows`` training rows each.

    ``own_rows``: every network has its own training and held-out rows (a --test-fraction), so
    the table is stored per network too; ``table_rows``: all rows of the table (training and
    held out); ``records``: error values recorded per network. The peak is while training, or
    while the final errors are measured on every training row (after mini-batches, the larger)."""
    rule = rule or Rule()
    fast = fast_loop(rule, rows, own_rows)
    batch = rows if fast else batch_rows(rule, rows)
    training = parameter_floats(sizes, rule, bias=bias, fast=fast) + batch * row_floats(sizes, rule, fast=fast)
    params = _layers(sizes, bias)[1] * (1 + len(rule.optimizer.slots()))  # the weights and the optimiser's state
    measuring = params + rows * evaluation_floats(sizes)
    per_network = max(training, measuring)
    table = (table_rows or rows) * (sizes[0] + sizes[-1]) * ((count + 1) if own_rows else 1)
    return 8 * (count * (per_network + records) + table)


def rule_name(rule: Rule) -> str:
    """The update rule in a few words, for messages: 'gradient descent', 'Adam with L2'..."""
    name = {"gd": "gradient descent", "momentum": "momentum", "adam": "Adam"}[rule.optimizer.name]
    return name + (" with L2" if rule.l2 else "")


def check_study(sizes: Sequence[int], rows: int, count: int, rule: Rule | None = None, *, bias: bool = True,
                own_rows: bool = False, table_rows: int | None = None, records: int = 1001,
                budget: int | None = None) -> None:
    """BudgetError when a study of these sizes and rule would not fit the study's memory budget."""
    rule, budget = rule or Rule(), STUDY_BUDGET if budget is None else budget

    def need(k: int) -> int:
        return study_bytes(sizes, rows, k, rule, bias=bias, own_rows=own_rows, table_rows=table_rows, records=records)

    if need(count) > budget:
        per_seed, fixed = need(2) - need(1), 2 * need(1) - need(2)
        fit = min(count - 1, (budget - fixed) // per_seed)
        advice = f"try at most {fit:,} seeds or a smaller network" if fit >= 1 else "try a smaller network"
        raise BudgetError(f"{count:,} seeds of this network ({'-'.join(map(str, sizes))}, {rule_name(rule)}) would "
                          f"need about {_mb(need(count))} of memory (the limit for a study is {_mb(budget)}); "
                          f"{advice}")


@dataclass(frozen=True)
class UpdateCost:
    """What one update of a study costs, counted from the code (see the module docstring)."""

    row_passes: int  # element-wise operations per row of the batch, one network
    row_fresh: int  # floats of new arrays per row of the batch, one network
    param_passes: int  # element-wise operations on the parameters, one network
    param_fresh: int  # floats of new arrays the size of parameters, one network
    products: int  # matrix products, one network
    calls: int  # NumPy calls for the whole stack


def update_cost(sizes: Sequence[int], rule: Rule, *, bias: bool = True, fast: bool = False) -> UpdateCost:
    """The cost of one update of a study with these layer sizes and rule (fast: the notebook's loop)."""
    _, params, _, arrays = _layers(sizes, bias)
    units, layers = sum(sizes[1:]), len(sizes) - 1
    products = 3 * layers - 1  # forward L, deltas L - 1, updates L
    if fast:
        return UpdateCost(units * UNIT_PASSES, 0, params * FAST_PARAM_PASSES, 0, products,
                          CALLS_PER_LAYER_FAST * layers)
    l2 = bool(rule.l2)
    passes = PARAM_PASSES[rule.optimizer.name] + (L2_PASSES if l2 else 0)
    fresh = PARAM_FRESH[rule.optimizer.name] + 1 + (L2_FRESH if l2 else 0)  # + the gradient's own array
    return UpdateCost(units * UNIT_PASSES, units * UNIT_FRESH, params * passes, params * fresh, products,
                      CALLS_PER_LAYER_RULE * layers + arrays * (passes + 2))


def study_seconds(sizes: Sequence[int], rows: int, count: int, iterations: int, rule: Rule | None = None, *,
                  bias: bool = True, own_rows: bool = False) -> float:
    """A rough, pessimistic estimate of how long a study of ``count`` networks takes (module docstring)."""
    rule = rule or Rule()
    fast = fast_loop(rule, rows, own_rows)
    batch = rows if fast else batch_rows(rule, rows)
    cost = update_cost(sizes, rule, bias=bias, fast=fast)
    per_network = (3 * batch * _layers(sizes, bias)[0] * SECONDS_PER_MULTIPLY_ADD
                   + cost.products * SECONDS_PER_PRODUCT
                   + (batch * cost.row_passes + cost.param_passes) * SECONDS_PER_PASS
                   + (batch * cost.row_fresh + cost.param_fresh) * SECONDS_PER_FRESH)
    return BUSY_MARGIN * iterations * (count * per_network + cost.calls * SECONDS_PER_CALL)


def describe_duration(seconds: float) -> str:
    """'about 4 minutes', 'about 3 hours', 'about 2 days' (translated in the window)."""
    if seconds >= 1.5 * 86400:  # 1.5 units and more round to at least 2: the plural
        return say("about {n:,} days", n=round(seconds / 86400))
    if seconds >= 1.5 * 3600:
        return say("about {n:,} hours", n=round(seconds / 3600))
    if seconds >= 1.5 * 60:
        return say("about {n:,} minutes", n=round(seconds / 60))
    return say("about a minute")


def long_run_warning(rows: int, sizes: Sequence[int], iterations: int) -> str | None:
    """A sentence announcing a training estimated to take more than a few minutes, or None."""
    seconds = estimate_seconds(rows, sizes, iterations)
    if seconds <= LONG_RUN_SECONDS:
        return None
    return say("this training of {iterations:,} iterations on {rows:,} rows (layers {layers}) will take {duration} "
               "(a rough estimate); fewer iterations, fewer rows or smaller hidden layers make it shorter",
               iterations=iterations, rows=rows, layers="-".join(map(str, sizes)), duration=describe_duration(seconds))


def memory_message(job: str) -> str:
    """What to say when a MemoryError happens anyway."""
    return (f"there is not enough memory for {job}; the limit is {_mb(MEMORY_BUDGET)} and this machine had "
            "less free: use fewer rows or smaller hidden layers")


__all__ = ["MEMORY_BUDGET", "STUDY_BUDGET", "LONG_RUN_SECONDS", "BudgetError", "training_bytes", "check_training",
           "estimate_seconds", "describe_duration", "long_run_warning", "memory_message", "study_bytes",
           "check_study", "study_seconds", "parameter_floats", "row_floats", "evaluation_floats", "fast_loop",
           "batch_rows", "rule_name", "update_cost", "UpdateCost", "PARAM_PASSES", "PARAM_FRESH", "L2_PASSES",
           "L2_FRESH", "UNIT_PASSES", "UNIT_FRESH", "OPTIMIZER_TEMPORARIES"]
