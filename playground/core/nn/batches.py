"""Mini-batches: which training rows iteration t learns from.

With batch size B smaller than the number of training rows n, one iteration is one
update on one batch. Epoch e (iterations e * ceil(n / B) .. (e + 1) * ceil(n / B) - 1)
takes the rows in the order of the e-th draw of

    rng = np.random.RandomState(seed + 1);  order = rng.permutation(n)   (drawn afresh per epoch)

cut into consecutive batches of B rows; the last batch of an epoch may be smaller.
The weights keep their own generator, RandomState(seed), exactly as without batches.
With no batch size, or B >= n, every iteration uses all rows in the table's order
(the notebook's full batch).

``rows(t)`` depends on t alone, so a run can be paused, rolled back or replayed.
"""

from __future__ import annotations

import numpy as np


class BatchOrder:
    def __init__(self, n_rows: int, batch_size: int | None, seed: int) -> None:
        self.n = int(n_rows)
        self.size = self.n if batch_size is None else min(int(batch_size), self.n)
        if self.size < 1:
            raise ValueError(f"batch size must be at least 1, got {batch_size}")
        self.seed = int(seed)
        self.per_epoch = -(-self.n // self.size)
        self._epoch = -1
        self._rng: np.random.RandomState | None = None
        self._order = np.arange(self.n)

    @property
    def full(self) -> bool:
        """True when every iteration uses all rows in order (no batching)."""
        return self.size >= self.n

    def rows(self, t: int) -> np.ndarray:
        """Indices of the training rows of iteration t (0-based)."""
        if self.full:
            return self._order
        epoch, j = divmod(int(t), self.per_epoch)
        if epoch < self._epoch or self._rng is None:  # going back: draw again from the start
            self._rng, self._epoch = np.random.RandomState(self.seed + 1), -1
        while self._epoch < epoch:
            self._order = self._rng.permutation(self.n)
            self._epoch += 1
        return self._order[j * self.size:(j + 1) * self.size]


__all__ = ["BatchOrder"]
