"""Paths on a landscape: the run's own (its recorded weights), its projection on a plane, and ghost paths.

:func:`weight_path` takes the states a run kept (``RunRecord.states()``, ``RunTree.path_checkpoints()``,
a weight timeline's snapshots) and gives the two chosen parameters' values at each: exactly the
recorded numbers, nothing recomputed. Their errors are the full networks' (the path's height).

:func:`projected_path` gives each state's coordinates (alpha, beta) on a random-direction plane
(core/landscape/slice.py ``direction_slice``): the least-squares projection of ``theta - centre``
onto the two directions, with how far each state lies off the plane.

:func:`interpolation_path` gives each state's t on an interpolation's line (core/landscape/slice.py
``interpolation``) and how far it is from that line: the run seen from the straight road.

:func:`ghost_paths` answers "where would another optimiser have gone from here?": from one start
state it trains each settings variant (gradient descent, momentum, Adam, another learning rate...)
for ``iterations`` updates with the Trainer ``nn-playground train`` uses
(``run_record.trainer_from``), and records the two parameters every ``every`` updates. A variant's
path is therefore bit for bit the run that variant would make from that start: from the seed's
start, the weights ``nn-playground train --json`` prints as ``last`` for the same settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings
from playground.core.landscape.evaluate import Problem
from playground.core.landscape.slice import weight_ref
from playground.core.landscape.weights import WeightRef, flatten
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.training.run_record import Checkpoint, trainer_from


@dataclass(frozen=True, eq=False)
class Path:
    """Points of a path on a landscape: ``x[i], y[i]`` after ``iterations[i]`` updates, its error there."""

    iterations: np.ndarray  # int64
    x: np.ndarray
    y: np.ndarray
    errors: np.ndarray  # mean |Y - output| of the whole network at that point (training rows)
    label: str = ""  # what made it: "the run", or a variant's change ("optimizer adam")
    off_plane: np.ndarray | None = None  # a projection: each state's distance from the plane
    status: str = ""  # a ghost: "done", or "diverged" when its weights stopped being finite

    def to_json(self) -> dict:
        out = {"label": self.label, "iterations": self.iterations.tolist(), "x": _json(self.x), "y": _json(self.y),
               "errors": _json(self.errors)}
        if self.off_plane is not None:
            out["off_plane"] = _json(self.off_plane)
        if self.status:
            out["status"] = self.status
        return out


def _json(a: np.ndarray) -> list:
    return [v if np.isfinite(v) else None for v in np.asarray(a, dtype=float).tolist()]


def weight_path(dataset: Dataset, settings: Settings, states: Sequence[Any], w1: WeightRef | str,
                w2: WeightRef | str, label: str = "the run") -> Path:
    """The recorded values of ``w1`` and ``w2`` (names or WeightRefs) at each state, in iteration order."""
    problem = Problem.of(dataset, settings)
    r1, r2 = weight_ref(w1, problem), weight_ref(w2, problem)
    states = sorted(states, key=lambda s: int(s.iteration))
    errors, _ = problem.errors_of(list(states))
    return Path(np.array([int(s.iteration) for s in states], dtype=np.int64),
                np.array([r1.value(s) for s in states]), np.array([r2.value(s) for s in states]), errors, label)


def projected_path(dataset: Dataset, settings: Settings, states: Sequence[Any], centre: Any,
                   directions: tuple[np.ndarray, np.ndarray], label: str = "the run") -> Path:
    """Each state's (alpha, beta) on the plane ``centre + alpha * d1 + beta * d2`` (least squares), with
    its distance from the plane (``off_plane``): a projection, not the states themselves."""
    problem = Problem.of(dataset, settings)
    states = sorted(states, key=lambda s: int(s.iteration))
    theta0 = flatten(centre)
    A = np.stack([np.asarray(d, dtype=float).reshape(-1) for d in directions], axis=1)  # (P, 2)
    if not states:
        empty = np.zeros(0)
        return Path(np.zeros(0, np.int64), empty, empty, empty, label, empty)
    with np.errstate(all="ignore"):
        D = np.stack([flatten(s) - theta0 for s in states], axis=1)  # (P, N)
        coef = np.full((2, D.shape[1]), np.nan)
        ok = np.isfinite(D).all(axis=0)  # LAPACK prints to stderr (DLASCL) on non-finite input: never give it any
        if np.isfinite(A).all() and ok.any():
            try:
                coef[:, ok] = np.linalg.lstsq(A, D[:, ok], rcond=None)[0]
            except np.linalg.LinAlgError:  # no convergence (values near the largest float): not on the plane
                pass
        off = np.linalg.norm(D - A @ np.nan_to_num(coef), axis=0)
        off[~np.isfinite(coef).all(axis=0)] = np.nan
    errors, _ = problem.errors_of(list(states))
    return Path(np.array([int(s.iteration) for s in states], dtype=np.int64), coef[0], coef[1], errors, label, off)


def interpolation_path(dataset: Dataset, settings: Settings, states: Sequence[Any], start: Any, end: Any,
                       label: str = "the run") -> Path:
    """Each state's t on the line ``(1 - t) * start + t * end`` of an interpolation (its projection:
    ``t = (theta - start) . (end - start) / |end - start|^2``) in ``x``, its error in ``y`` and ``errors``,
    and its distance from the line in ``off_plane``: where the run went, seen from the straight road."""
    problem = Problem.of(dataset, settings)
    states = sorted(states, key=lambda s: int(s.iteration))
    a, b = flatten(start), flatten(end)
    d = b - a
    length = float(np.dot(d, d))
    if not states:
        empty = np.zeros(0)
        return Path(np.zeros(0, np.int64), empty, empty, empty, label, empty)
    D = np.stack([flatten(s) - a for s in states])  # (N, P)
    t = D @ d / length if length > 0 else np.zeros(len(states))
    off = np.linalg.norm(D - t[:, None] * d, axis=1)
    errors, _ = problem.errors_of(list(states))
    return Path(np.array([int(s.iteration) for s in states], dtype=np.int64), t, errors.copy(), errors, label, off)


def start_for(settings: Settings, start: Any) -> Checkpoint | None:
    """``start`` as a Checkpoint a variant with ``settings`` can go on from: its optimiser's state kept
    when it is that optimiser's (momentum's v, Adam's m and s), else dropped (the optimiser starts from
    zero, as a branch that changes the optimiser does)."""
    if start is None:
        return None
    c = start if isinstance(start, Checkpoint) else Checkpoint(
        int(getattr(start, "iteration", getattr(start, "t", 0))), start.weights, start.biases,
        getattr(start, "optimizer", None) or getattr(start, "optimizer_state", None))
    if set(c.optimizer or {}) != set(OptimizerSpec(settings.optimizer).slots()):
        c = Checkpoint(c.iteration, c.weights, c.biases, None)
    return c


def ghost_paths(dataset: Dataset, start: Any, variants: Sequence[Settings], w1: WeightRef | str,
                w2: WeightRef | str, iterations: int, every: int = 1,
                labels: Sequence[str] | None = None) -> list[Path]:
    """For each settings variant, the path of ``w1`` and ``w2`` when it trains ``iterations`` updates from
    ``start`` (a Checkpoint, snapshot or Network; None: each variant's seed's starting weights), recorded
    every ``every`` updates (and at the end), bit for bit as ``nn-playground train`` trains. A variant
    that diverges stops there (``status`` "diverged")."""
    iterations, every = int(iterations), max(1, int(every))
    if iterations < 0:
        raise ValueError(f"iterations must be 0 or more, got {iterations}")
    out = []
    for v, settings in enumerate(variants):
        trainer = trainer_from(dataset, settings, start_for(settings, start))
        problem = Problem.of(dataset, settings)
        r1, r2 = weight_ref(w1, problem), weight_ref(w2, problem)
        first = trainer.iteration
        states = [Checkpoint.from_network(trainer.network)]
        status = "done"
        marks = list(range(first + every, first + iterations, every)) + ([first + iterations] if iterations else [])
        for until in marks:
            with np.errstate(all="ignore"):
                result = trainer.run(until, progress_interval=1e9)
            states.append(Checkpoint.from_network(trainer.network))
            if result.status == "diverged" or not trainer.network.is_finite():
                status = "diverged"
                break
        errors, _ = problem.errors_of(states)
        label = labels[v] if labels is not None else f"{settings.optimizer}, learning rate {settings.learning_rate:g}"
        out.append(Path(np.array([s.iteration for s in states], dtype=np.int64),
                        np.array([r1.value(s) for s in states]), np.array([r2.value(s) for s in states]),
                        errors, label, None, status))
    return out


__all__ = ["Path", "weight_path", "projected_path", "interpolation_path", "start_for", "ghost_paths"]
