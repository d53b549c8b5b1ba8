"""Sharpness: the largest eigenvalue of the loss Hessian, and the edge of stability 2/eta.

Which loss. The training step adds ``lr * g`` with ``g = a[k].T @ delta[k] - l2 * W[k]`` (summed over
the rows, not averaged: the notebook's ``syn0 += l0.T.dot(l1_delta)``). With the notebook's rule,
``delta[L-1] = E * a * (1 - a)`` with ``E = Y - a``, and since a sigmoid's slope is ``a * (1 - a)``
this is exactly ``-dLoss/dz`` of

    Loss(theta) = 0.5 * sum over rows r and outputs o of (Y[r, o] - a[r, o])^2   (+ 0.5 * l2 * sum W^2)

and the backward pass is the chain rule, so ``g = -grad Loss`` exactly (for every output and loss of
core/nn/losses.py: each pair's delta is minus its loss's gradient). Plain gradient descent is then
``theta <- theta - eta * grad Loss`` with eta the learning rate. On a quadratic with curvature
``lambda`` along an eigenvector this multiplies the distance to the minimum by ``1 - eta * lambda``
each update: it shrinks only while ``lambda < 2 / eta``. So the sharpness compared with 2/eta is the
largest eigenvalue of the Hessian of this *summed* loss (not of the mean, which is 1/rows of it,
nor of the recorded mean |E|). With momentum mu (``v = mu * v + g; W += lr * v``) the same argument
gives ``(2 + 2 * mu) / eta`` (Cohen et al. 2021); Adam divides each step by its own running size,
so its edge is not a fixed number and :func:`edge_of_stability` gives None. The loss is over every
training row (held-out rows left out); with mini-batches each update descends its batch's loss, whose
curvature differs from batch to batch, and the sharpness here is the full-batch one.

How. Power iteration on Hessian-vector products: ``v <- H v / |H v|``, the eigenvalue estimate being
the Rayleigh quotient ``v . H v``, until it changes by at most ``tol * max(1, |lambda|)``. ``H v`` is a
central finite difference of the exact analytic gradient (core/landscape/evaluate.py):

    H v  ~  (grad Loss(theta + h v) - grad Loss(theta - h v)) / (2 h),   |v| = 1,
    h = 1e-5 * max(1, rms(theta))

whose error is O(h^2) from the third derivatives plus O(rounding / h) from the gradient's own
rounding, both about 1e-10 relative for these networks. Power iteration finds the eigenvalue of
largest *magnitude*; when that one is negative, a second power iteration on ``H - lambda I``
(all of whose eigenvalues are then >= 0) finds the largest. Many states are done at once: their
gradients are one stacked pass (K states, 2K networks).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings
from playground.core.landscape.evaluate import Problem
from playground.core.landscape.slice import state_or_start
from playground.core.landscape.weights import flatten
from playground.core.training.run_record import Checkpoint, trainer_from

DEFAULT_ITERATIONS = 500
DEFAULT_TOL = 1e-9
RELATIVE_STEP = 1e-5


@dataclass(frozen=True, eq=False)
class Sharpness:
    """The largest eigenvalue of the loss Hessian at one state, and how the power iteration went."""

    value: float
    steps: int  # power iterations done (both passes)
    converged: bool
    vector: np.ndarray  # its eigenvector (flattened: weights, then biases), unit length


def finite_difference_step(theta: np.ndarray) -> np.ndarray:
    """h of the central difference for each row of ``theta`` (K, P): 1e-5 * max(1, rms(theta))."""
    rms = np.sqrt(np.mean(theta * theta, axis=-1))
    return RELATIVE_STEP * np.maximum(1.0, rms)


def hessian_vector(problem: Problem, thetas: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """H v for each row: (grad(theta + h v) - grad(theta - h v)) / (2 h), rows of unit vectors v."""
    thetas, vectors = np.atleast_2d(thetas), np.atleast_2d(vectors)
    h = finite_difference_step(thetas)[:, None]
    g = problem.gradient(np.concatenate([thetas + h * vectors, thetas - h * vectors]))
    K = len(thetas)
    return (g[:K] - g[K:]) / (2 * h)


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(n > 0, n, 1.0)


def _power(problem: Problem, thetas: np.ndarray, v: np.ndarray, shift: np.ndarray, iterations: int,
           tol: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Power iteration on H - shift * I for each row; (eigenvalues of H - shift, vectors, steps, converged)."""
    K = len(thetas)
    lam = np.full(K, np.nan)
    steps = np.zeros(K, dtype=int)
    done = np.zeros(K, dtype=bool)
    v = _unit(v)
    for _ in range(iterations):
        active = np.flatnonzero(~done)
        if not len(active):
            break
        Hv = hessian_vector(problem, thetas[active], v[active]) - shift[active, None] * v[active]
        new = np.sum(v[active] * Hv, axis=1)  # the Rayleigh quotient v . (H - shift) v
        steps[active] += 1
        settled = np.abs(new - lam[active]) <= tol * np.maximum(1.0, np.abs(new))
        bad = ~np.isfinite(new)
        lam[active] = new
        v[active] = _unit(Hv)
        done[active[settled | bad]] = True
    return lam, v, steps, done


def sharpness_many(problem: Problem, thetas: np.ndarray, iterations: int = DEFAULT_ITERATIONS,
                   tol: float = DEFAULT_TOL, seed: int = 0) -> list[Sharpness]:
    """The sharpness at each row of ``thetas`` (K, P: flattened states), all power iterations at once."""
    thetas = np.atleast_2d(np.asarray(thetas, dtype=float))
    K = len(thetas)
    start = np.random.default_rng(int(seed)).standard_normal(thetas.shape[1])
    v0 = np.broadcast_to(start, thetas.shape).copy()
    lam, v, steps, done = _power(problem, thetas, v0, np.zeros(K), iterations, tol)
    negative = np.flatnonzero(lam < 0)  # the largest magnitude is negative: find the largest on H - lam I
    if len(negative):
        shift = lam[negative]
        lam2, v2, steps2, done2 = _power(problem, thetas[negative], v0[negative], shift, iterations, tol)
        lam[negative], v[negative] = lam2 + shift, v2
        steps[negative] += steps2
        done[negative] &= done2
    return [Sharpness(float(lam[k]), int(steps[k]), bool(done[k]), v[k]) for k in range(K)]


def sharpness(dataset: Dataset, settings: Settings, state: Any, iterations: int = DEFAULT_ITERATIONS,
              tol: float = DEFAULT_TOL, seed: int = 0) -> Sharpness:
    """The largest eigenvalue of the Hessian of the loss the update descends (module docstring) at
    ``state`` (a Checkpoint, snapshot or Network; None: the seed's starting weights), over the table's
    training rows."""
    problem = Problem.of(dataset, settings)
    return sharpness_many(problem, flatten(state_or_start(dataset, settings, state))[None], iterations, tol, seed)[0]


def edge_of_stability(settings: Any) -> float | None:
    """The sharpness above which the optimiser cannot settle: 2/eta for gradient descent, (2 + 2 mu)/eta
    with momentum, None for Adam (its steps are scaled per weight). ``settings``: a Settings, or a Network
    (its learning rate and its rule's optimiser)."""
    lr = float(settings.learning_rate)
    rule = getattr(settings, "rule", None)
    name, mu = (rule.optimizer.name, rule.optimizer.momentum) if rule is not None else (settings.optimizer,
                                                                                          settings.momentum)
    if name == "gd":
        return 2.0 / lr
    if name == "momentum":
        return (2.0 + 2.0 * float(mu)) / lr
    return None


@dataclass(frozen=True, eq=False)
class SharpnessCurve:
    """The sharpness along a run: at ``iterations[i]`` (the weights after that many updates), beside the
    training error there and the edge of stability to compare it with."""

    iterations: np.ndarray
    values: np.ndarray
    errors: np.ndarray  # mean |Y - output| over the training rows at the same weights
    converged: np.ndarray  # bool: the power iteration settled within tol
    edge: float | None  # edge_of_stability(settings)
    loss_name: str

    def to_json(self) -> dict:
        """What ``nn-playground train --sharpness --json`` adds as ``sharpness`` (run_record.schema.json)."""
        def clean(a: np.ndarray) -> list:
            return [v if math.isfinite(v) else None for v in np.asarray(a, dtype=float).tolist()]

        return {"iterations": self.iterations.tolist(), "values": clean(self.values), "errors": clean(self.errors),
                "converged": [bool(c) for c in self.converged],
                "edge": None if self.edge is None or not math.isfinite(self.edge) else self.edge,
                "loss": self.loss_name}


def curve_of_states(dataset: Dataset, settings: Settings, states: Sequence[Any],
                    iterations: int = DEFAULT_ITERATIONS, tol: float = DEFAULT_TOL) -> SharpnessCurve:
    """The sharpness at each of these states (a run's checkpoints, snapshots), in iteration order."""
    return _curve(Problem.of(dataset, settings), edge_of_stability(settings), states, iterations, tol)


def _curve(problem: Problem, edge: float | None, states: Sequence[Any], iterations: int, tol: float) -> SharpnessCurve:
    states = sorted(states, key=lambda s: int(getattr(s, "iteration", getattr(s, "t", 0))))
    if not states:
        empty = np.zeros(0)
        return SharpnessCurve(np.zeros(0, np.int64), empty, empty, np.zeros(0, bool), edge, problem.loss_name)
    thetas = np.stack([flatten(s) for s in states])
    found = sharpness_many(problem, thetas, iterations, tol)
    errors, _ = problem.evaluate_flat(thetas)
    return SharpnessCurve(np.array([int(getattr(s, "iteration", getattr(s, "t", 0))) for s in states], dtype=np.int64),
                          np.array([s.value for s in found]), errors, np.array([s.converged for s in found]),
                          edge, problem.loss_name)


def states_every(dataset: Dataset, settings: Settings, until: int, every: int, start: Any = None) -> list[Checkpoint]:
    """The exact states every ``every`` updates from ``start`` (None: the seed's) to ``until``, trained as
    ``nn-playground train`` trains (bit for bit); stops early where the weights diverge."""
    trainer = trainer_from(dataset, settings, start if start is None or isinstance(start, Checkpoint)
                           else Checkpoint(start.iteration, start.weights, start.biases, getattr(start, "optimizer", None)))
    every = max(1, int(every))
    states = [Checkpoint.from_network(trainer.network)]
    marks = list(range(trainer.iteration + every, int(until), every)) + [int(until)]
    for mark in marks:
        if mark <= states[-1].iteration:
            continue
        result = trainer.run(mark, progress_interval=1e9)
        if result.status == "diverged":
            break
        states.append(Checkpoint.from_network(trainer.network))
    return states


def sharpness_curve(run: Any, every: int | None = None, points: int = 100, iterations: int = DEFAULT_ITERATIONS,
                    tol: float = DEFAULT_TOL) -> SharpnessCurve:
    """The sharpness along a run from its start to its latest iteration.

    A RunRecord: every ``every`` updates (default: about ``points`` points), its states retrained bit for bit
    from its start (a run keeps at most 256 checkpoints; :func:`curve_of_states` takes those as they are).
    A Trainer: at the states its weight timeline kept (those at multiples of ``every`` when given) and its
    network now, on its training rows."""
    if hasattr(run, "timeline"):  # a Trainer (a RunRecord has none)
        network = run.network
        kept = [] if run.timeline is None else [s for s in run.timeline if s.iteration < network.t and
                                                (not every or s.iteration % every == 0)]
        return _curve(Problem.of_network(network, run.X, run.Y), edge_of_stability(network), [*kept, network],
                      iterations, tol)
    dataset, settings, until = run.dataset, run.settings, run.iteration
    every = every or max(1, (until - run.start_iteration) // points)
    return curve_of_states(dataset, settings, states_every(dataset, settings, until, every, run.start),
                           iterations, tol)


__all__ = ["Sharpness", "SharpnessCurve", "sharpness", "sharpness_many", "hessian_vector", "finite_difference_step",
           "edge_of_stability", "curve_of_states", "states_every", "sharpness_curve", "DEFAULT_ITERATIONS",
           "DEFAULT_TOL"]
