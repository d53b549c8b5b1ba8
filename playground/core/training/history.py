"""The error history of a run, in bounded memory however long the run.

Two series are kept:

* the *logged* points, at iterations 0, N, 2N, ... (N = ``log_every``): the
  notebook's ``Error:`` lines, kept exactly;
* a *downsampled* curve for plotting: the error every ``stride``-th iteration.
  ``stride`` starts at 1; whenever ``capacity`` points are stored it doubles
  and every other point is dropped, so a run of 10**9 iterations still holds
  at most ``capacity`` points, spread evenly over the whole run.

The error is only computed at iterations where one of the series wants it
(:meth:`ErrorHistory.next_wanted`), so recording costs little.

Beside each error two more values are kept at the same iterations: the loss the
rule minimises and the mean |error| on the held-out test rows (NaN when there are none).
"""

from __future__ import annotations

import numpy as np



def _series(logged: bool, column: int, doc: str) -> property:
    """A read-only property: a copy of one column (1 loss, 2 test error) of the curve or the logged points."""
    def get(self) -> np.ndarray:
        return self._copy(logged, column)
    get.__doc__ = doc
    return property(get, doc=doc)

class ErrorHistory:
    def __init__(self, log_every: int, capacity: int = 2048) -> None:
        if capacity < 2 or capacity % 2:
            raise ValueError("capacity must be an even number >= 2")
        self.log_every = int(log_every)
        self.capacity = capacity
        self.stride = 1
        self._it = np.empty(capacity, dtype=np.int64)
        self._err = np.empty((capacity, 3))  # error, loss, test error
        self._n = 0
        # The logged points, in arrays that double when full (32 bytes a point).
        self._log_it = np.empty(64, dtype=np.int64)
        self._log_err = np.empty((64, 3))
        self._n_log = 0

    def next_wanted(self, i: int) -> int:
        """The first iteration >= i whose error either series wants."""
        return min(-(-i // self.stride) * self.stride, -(-i // self.log_every) * self.log_every)

    def add(self, i: int, error: float, loss: float = np.nan, test: float = np.nan) -> None:
        """Record the error (and loss, test error) of iteration i (only call with i from :meth:`next_wanted`)."""
        values = (error, loss, test)
        if i % self.log_every == 0:
            if self._n_log == len(self._log_it):
                self._log_it = np.resize(self._log_it, 2 * self._n_log)
                self._log_err = np.resize(self._log_err, (2 * self._n_log, 3))
            self._log_it[self._n_log] = i
            self._log_err[self._n_log] = values
            self._n_log += 1
        if i % self.stride == 0:
            if self._n == self.capacity:
                # Double the stride and keep the points that fall on it.
                self.stride *= 2
                keep = self._it[: self._n] % self.stride == 0
                k = int(keep.sum())
                self._it[:k] = self._it[: self._n][keep]
                self._err[:k] = self._err[: self._n][keep]
                self._n = k
                if i % self.stride:
                    return
            self._it[self._n] = i
            self._err[self._n] = values
            self._n += 1

    def truncate(self, end: int) -> None:
        """Forget every point at iteration >= end (used when a chunk is rolled back)."""
        self._n = int(np.searchsorted(self._it[: self._n], end))
        self._n_log = int(np.searchsorted(self._log_it[: self._n_log], end))

    def _copy(self, logged: bool, column: int | None) -> np.ndarray:
        """A copy of the curve's or the logged points' iterations (column None) or values (0 error, 1 loss, 2 test)."""
        n = self._n_log if logged else self._n
        if column is None:
            return (self._log_it if logged else self._it)[:n].copy()
        return (self._log_err if logged else self._err)[:n, column].copy()

    @property
    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the downsampled (iterations, errors) for plotting."""
        return self._copy(False, None), self._copy(False, 0)

    curve_loss = _series(False, 1, "The loss at the curve's iterations.")
    curve_test = _series(False, 2, "The test rows' mean |error| at the curve's iterations (NaN without test rows).")

    @property
    def logged(self) -> tuple[np.ndarray, np.ndarray]:
        """The exactly logged (iterations, errors): the ``Error:`` lines."""
        return self._copy(True, None), self._copy(True, 0)

    logged_loss = _series(True, 1, "The loss at the Error: lines' iterations.")
    logged_test = _series(True, 2, "The test rows' mean |error| at the Error: lines' iterations.")

    @property
    def n_logged(self) -> int:
        return self._n_log

    def logged_since(self, start: int) -> list[tuple[int, float]]:
        """Logged points from index ``start`` on (for streaming them to a log view)."""
        n = self._n_log
        return list(zip(self._log_it[start:n].tolist(), self._log_err[start:n, 0].tolist()))

    def last(self) -> tuple[int, float] | None:
        """The most recently recorded point of either series."""
        cands = []
        if self._n:
            cands.append((int(self._it[self._n - 1]), float(self._err[self._n - 1, 0])))
        if self._n_log:
            cands.append((int(self._log_it[self._n_log - 1]), float(self._log_err[self._n_log - 1, 0])))
        return max(cands) if cands else None

    def restore(self, curve: tuple, logged: tuple, stride: int) -> None:
        """Load a saved history (from a document) so a continued run extends it.

        ``curve`` and ``logged`` are (iterations, errors) or (iterations, errors, losses, test errors)."""
        it = np.asarray(curve[0], dtype=np.int64)
        err = _columns(curve[1:], len(it))
        while len(it) > self.capacity:
            stride *= 2
            keep = it % stride == 0
            it, err = it[keep], err[keep]
        self.stride = max(1, int(stride))
        self._n = len(it)
        self._it[: self._n] = it
        self._err[: self._n] = err
        self._log_it = np.array(logged[0], dtype=np.int64)
        self._log_err = _columns(logged[1:], len(self._log_it))
        self._n_log = len(self._log_it)
        if self._n_log == 0:
            self._log_it, self._log_err = np.empty(64, dtype=np.int64), np.empty((64, 3))


def _columns(series: tuple, n: int) -> np.ndarray:
    """(n, 3) array of error, loss and test error; missing series are NaN."""
    out = np.full((n, 3), np.nan)
    for c, values in enumerate(series[:3]):
        if values is not None:
            out[:, c] = np.asarray(values, dtype=float)
    return out


class CurveMirror:
    """The window's copy of a helper's thinned curve, rebuilt from the points it is sent.

    The helper sends points it has and the window lacks, in any order (coarse first when many
    are due: :mod:`playground.core.training.run`), with its stride. The mirror keeps them sorted and,
    when the stride grows, drops the points it no longer divides, as :meth:`ErrorHistory.add`
    does: so the mirror is always a subset of the helper's curve, with the same values, and
    equal to it once every missing point was sent.
    """

    def __init__(self) -> None:
        self.stride = 1
        self._it = np.zeros(0, dtype=np.int64)
        self._err = np.zeros((0, 3))  # error, loss, test error
        # Points merged but not yet sorted in: a report's messages are merged one by one and read once
        # (the final report of a run brings dozens), so they are sorted in when the curve is next read.
        # The same curve either way: every stride divides the next, so thinning once by the last stride
        # drops what thinning at each merge would.
        self._pending: list[np.ndarray] = []
        self._thin = False  # the stride grew since the points were last thinned

    def seed(self, history: ErrorHistory) -> None:
        """Start from a history both sides already have (a reopened run's), as the helper restored it."""
        self.stride = history.stride
        self._it = history.curve[0]
        self._err = np.column_stack([history.curve[1], history.curve_loss, history.curve_test])
        self._pending, self._thin = [], False

    def merge(self, points: np.ndarray | None, stride: int) -> None:
        """Add (k, 4) points (iteration, error, loss, test error), or (k, 3) without test errors (a run
        without held-out rows: NaN), then apply the helper's stride."""
        if points is not None and len(points):
            self._pending.append(points if points.shape[1] == 4
                                 else np.column_stack([points, np.full(len(points), np.nan)]))
        if stride > self.stride:
            self.stride, self._thin = int(stride), True

    def _settle(self) -> None:
        """Sort the pending points in and drop what the stride no longer divides."""
        if not (self._pending or self._thin):
            return
        thin, self._thin = self._thin, False
        it, err = self._it, self._err
        if self._pending:
            pending, self._pending = np.concatenate(self._pending), []
            it = np.concatenate([it, pending[:, 0].astype(np.int64)])
            err = np.concatenate([err, pending[:, 1:4]])
            it, first = np.unique(it, return_index=True)  # sorted; a point sent twice counts once
            err = err[first]
        # Only a stride that grew drops points, as ErrorHistory.add does: a seeded curve may hold points the
        # stride does not divide (a branch's path, a document's irregular curve) that the helper keeps too.
        keep = it % self.stride == 0 if thin else None
        self._it, self._err = (it, err) if keep is None or keep.all() else (it[keep], err[keep])

    def __len__(self) -> int:
        self._settle()
        return len(self._it)

    @property
    def iterations(self) -> np.ndarray:
        self._settle()
        return self._it.copy()

    @property
    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of (iterations, errors), as :attr:`ErrorHistory.curve`."""
        self._settle()
        return self._it.copy(), self._err[:, 0].copy()

    @property
    def curve_loss(self) -> np.ndarray:
        self._settle()
        return self._err[:, 1].copy()

    @property
    def curve_test(self) -> np.ndarray:
        self._settle()
        return self._err[:, 2].copy()
