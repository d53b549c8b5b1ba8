"""What the landscape window asks of :mod:`playground.core.landscape`, as calls the worker thread can run.

The window builds each request in the GUI thread from copies of the run's state (a
:class:`~playground.core.training.run_record.Checkpoint` of the shown network: the live network's arrays
change under a running training) and hands the worker a plain callable; the numbers all come from the
core (slices, paths, ghost paths, sharpness). The only thing done here outside a call is reading
the two chosen weights out of recorded states (:meth:`LandscapeMaths.path`): exactly the recorded numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.core.landscape.paths import ghost_paths, interpolation_path, projected_path
from playground.core.landscape.sharpness import curve_of_states, edge_of_stability
from playground.core.landscape.slice import (Landscape, direction_slice, error_slice, interpolation,
                                             random_directions, range_around)
from playground.core.landscape.weights import parse_weight, weight_names
from playground.core.training.run_record import Checkpoint

GHOST_OPTIMIZERS = ("gd", "momentum", "adam")
GHOST_POINTS = 200  # points per ghost path, at most (the run's own path has at most 256)
SHARPNESS_POINTS = 40  # states of the run measured for the sharpness curve, at most
WIDEN_MOST = 4.0  # the grid grows to hold the ghost paths up to this many times its width
DIRECTION_RANGE = (-1.0, 1.0)  # alpha and beta: 1 moves each unit by as much as it weighs (filter-normalised)


@dataclass(frozen=True, eq=False)
class Surface:
    """A 2-D landscape (an exact slice or a projection) and the run's path on it when it was computed."""

    landscape: Landscape
    path: np.ndarray  # (m, 2): the run's recorded states on the axes (projected, for a projection)
    centre: Any = None  # a projection: the state the plane goes through
    directions: tuple[np.ndarray, np.ndarray] | None = None  # a projection's two directions

    @property
    def grid(self) -> np.ndarray:
        return self.landscape.errors

    @property
    def a(self) -> np.ndarray:
        return self.landscape.coordinates[0]

    @property
    def b(self) -> np.ndarray:
        return self.landscape.coordinates[1]

    @property
    def x_name(self) -> str:
        return self.landscape.axes[0]

    @property
    def y_name(self) -> str:
        return self.landscape.axes[1]

    @property
    def iteration(self) -> int:
        return self.landscape.iteration

    @property
    def exact(self) -> bool:
        return self.directions is None

    def lowest(self) -> tuple[float, float, float]:
        """(x, y, error) of the grid's lowest error."""
        errors = np.where(np.isfinite(self.grid), self.grid, np.inf)
        i, j = np.unravel_index(int(np.argmin(errors)), errors.shape)
        return float(self.a[i]), float(self.b[j]), float(self.grid[i, j])


@dataclass(frozen=True, eq=False)
class Line:
    """The interpolation from the start weights (t = 0) to the shown ones (t = 1)."""

    landscape: Landscape
    start_iteration: int
    states: np.ndarray  # (m, 2): each recorded state's t (its projection on the line) and its own error

    @property
    def t(self) -> np.ndarray:
        return self.landscape.coordinates[0]

    @property
    def errors(self) -> np.ndarray:
        return self.landscape.errors

    @property
    def iteration(self) -> int:
        return self.landscape.iteration

    def lowest(self) -> tuple[float, float]:
        errors = np.where(np.isfinite(self.errors), self.errors, np.inf)
        i = int(np.argmin(errors))
        return float(self.t[i]), float(self.errors[i])

    def at(self, t: float) -> float:
        """The error at the grid point nearest ``t`` (0: the start, 1: the end: both are grid points)."""
        return float(self.errors[int(np.argmin(np.abs(self.t - t)))])


def frozen(network) -> Checkpoint:
    """A copy of the network's state now (weights, biases, optimiser state, update count)."""
    return Checkpoint.from_network(network)


def states_of(history: Sequence[Any]) -> list[Any]:
    """The History's entries as states (iteration, weights, biases): kept as recorded."""
    return list(history)


def thinned(states: Sequence[Any], most: int) -> list[Any]:
    """At most ``most`` of ``states``, evenly spread, the first and last kept."""
    if len(states) <= most:
        return list(states)
    keep = np.unique(np.linspace(0, len(states) - 1, most).round().astype(int))
    return [states[i] for i in keep]


class LandscapeMaths:
    """The core's landscape functions as the window uses them (tests may hand a window another)."""

    def weight_names(self, network) -> list[str]:
        return weight_names(network.sizes, network.has_bias)

    def edge_name(self, k: int, i: int, j: int) -> str:
        """The diagram's edge (k, i, j) by its inspector name (i = -1: the bias b{k+1}[j])."""
        return f"b{k + 1}[{j}]" if i < 0 else f"syn{k}[{i}, {j}]"

    def default_second(self, count: int, network) -> int:
        """Weight 2 at first: the first weight of the last matrix (syn1[0, 0] for the notebook), or the second."""
        names = self.weight_names(network)
        last = f"syn{network.n_layers - 1}[0, 0]"
        index = names.index(last) if last in names else 1
        return index if 0 < index < count else min(1, count - 1)

    # ------------------------------------------------------------------ reading recorded weights
    def path(self, surface: Surface, history: Sequence[Any], network) -> np.ndarray:
        """The run's path on an exact slice: the two weights of every recorded state, as recorded."""
        if not surface.exact:
            return surface.path
        first, second = (parse_weight(name, network.sizes, network.has_bias) for name in (surface.x_name,
                                                                                            surface.y_name))
        return np.array([(first.value(s), second.value(s)) for s in history], dtype=float).reshape(-1, 2)

    def point(self, surface: Surface, network) -> tuple[float, float]:
        """The shown network's point on an exact slice (a projection: the plane's centre, or its last
        projected point)."""
        if surface.exact:
            refs = [parse_weight(name, network.sizes, network.has_bias) for name in (surface.x_name, surface.y_name)]
            return refs[0].value(network), refs[1].value(network)
        return tuple(surface.landscape.marks.get("shown", (0.0, 0.0)))

    def widened(self, surface: Surface, paths: dict[str, np.ndarray]) -> tuple | None:
        """The ranges (x, y) that hold the run's path and these ghost paths (core's default margins), when
        some ghost leaves the grid and the wider grid is at most WIDEN_MOST times as wide; else None."""
        points = np.concatenate([surface.path.reshape(-1, 2), *[np.reshape(p, (-1, 2)) for p in paths.values()]])
        points = points[np.all(np.isfinite(points), axis=1)]
        if len(points) == 0:
            return None
        a, b = surface.a, surface.b
        inside = (points[:, 0] >= a[0]) & (points[:, 0] <= a[-1]) & (points[:, 1] >= b[0]) & (points[:, 1] <= b[-1])
        if inside.all():
            return None
        r1, r2 = range_around([*points[:, 0], a[0], a[-1]]), range_around([*points[:, 1], b[0], b[-1]])
        if (r1[1] - r1[0]) > WIDEN_MOST * (a[-1] - a[0]) or (r2[1] - r2[0]) > WIDEN_MOST * (b[-1] - b[0]):
            return None  # a ghost flew far away (diverged): the run's own valley stays readable
        return r1, r2

    # ------------------------------------------------------------------ calls for the worker
    def slice_call(self, dataset, settings, network, iteration: int, history, first: str, second: str, n: int,
                   ranges=None) -> Callable[[], Surface]:
        state, states = frozen(network), states_of(history)

        def call() -> Surface:
            refs = [parse_weight(name, network.sizes, network.has_bias) for name in (first, second)]
            path = np.array([(refs[0].value(s), refs[1].value(s)) for s in states], dtype=float).reshape(-1, 2)
            if ranges is None:
                r1 = range_around([*path[:, 0], refs[0].value(state)])
                r2 = range_around([*path[:, 1], refs[1].value(state)])
            else:
                r1, r2 = ranges
            return Surface(error_slice(dataset, settings, state, first, second, r1, r2, n), path)
        return call

    def directions_call(self, dataset, settings, network, iteration: int, history, seed: int, n: int,
                        ranges=None) -> Callable[[], Surface]:
        state, states = frozen(network), states_of(history)

        def call() -> Surface:
            directions = random_directions(state, seed)
            r1, r2 = ranges or (DIRECTION_RANGE, DIRECTION_RANGE)
            landscape = direction_slice(dataset, settings, state, directions, r1, r2, n)
            path = projected_path(dataset, settings, states, state, directions)
            return Surface(landscape, np.column_stack([path.x, path.y]), state, directions)
        return call

    def interpolation_call(self, dataset, settings, network, iteration: int, history, n: int) -> Callable[[], Line]:
        end, start = frozen(network), (history[0] if len(history) else None)

        states = states_of(history)

        def call() -> Line:
            landscape = interpolation(dataset, settings, start, end, n, t_range=(-0.5, 1.5))
            path = np.zeros((0, 2))
            if start is not None:
                run = interpolation_path(dataset, settings, states, start, end)
                path = np.column_stack([run.x, run.y])
            return Line(landscape, 0 if start is None else int(start.iteration), path)
        return call

    def ghosts_call(self, dataset, settings, network, history, axes: tuple[str, str] | None = None,
                    surface: Surface | None = None) -> Callable[[], dict[str, np.ndarray]]:
        """The paths of gradient descent, momentum and Adam from the run's start, as far as the run went:
        on the two weights (``axes``) or projected on ``surface``'s plane."""
        start = history[0] if len(history) else None
        first = 0 if start is None else int(start.iteration)
        until = max(int(network.t), int(history[-1].iteration) if len(history) else 0)
        variants = [settings.with_(optimizer=name) for name in GHOST_OPTIMIZERS]
        every = max(1, (until - first) // GHOST_POINTS)

        def call() -> dict[str, np.ndarray]:
            if axes is not None:
                paths = ghost_paths(dataset, start, variants, axes[0], axes[1], until - first, every)
                return {name: np.column_stack([p.x, p.y]) for name, p in zip(GHOST_OPTIMIZERS, paths)}
            from playground.core.landscape.paths import start_for
            from playground.core.landscape.sharpness import states_every

            out = {}
            for name, variant in zip(GHOST_OPTIMIZERS, variants):
                states = states_every(dataset, variant, until, every, start_for(variant, start))
                p = projected_path(dataset, variant, states, surface.centre, surface.directions)
                out[name] = np.column_stack([p.x, p.y])
            return out
        return call

    def sharpness_call(self, dataset, settings, history) -> Callable[[], tuple]:
        """(iterations, sharpness, the edge 2/η or nan) at up to SHARPNESS_POINTS of the recorded states."""
        states = thinned(states_of(history), SHARPNESS_POINTS)

        def call() -> tuple:
            curve = curve_of_states(dataset, settings, states)
            edge = edge_of_stability(settings)
            return curve.iterations, curve.values, float("nan") if edge is None else edge
        return call
