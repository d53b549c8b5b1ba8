"""2-D point sets like the web playgrounds': circle, xor, gaussian and spiral.

Each generator draws ``n`` points ``(x1, x2)`` in about [-1, 1]^2 from
``np.random.RandomState(seed)`` and gives each its class. With two classes the
table has one target ``y`` (1 or 0); with more (gaussian and spiral take
``classes`` >= 3) it has one-hot targets ``y1 .. yk`` for a softmax output.

``noise`` (0 to 1) blurs the classes: the class is decided first, from the clean
point, then every coordinate moves by a uniform amount in ``[-noise, noise] * s``
(``s`` a scale per set, below), so with noise the classes overlap near their border
and a network that fits every training point is learning the noise. Coordinates are
rounded to three decimals, so the table reads well.

    circle    class 1: radius uniform in [0, 0.5]; class 0: radius in [0.7, 1]; angle uniform.   s = 0.5
    xor       x1, x2 uniform in [-1, 1], pushed 0.05 away from the axes; class 1 where x1 * x2 > 0.   s = 0.5
    gaussian  class c: normal around a centre at radius 0.5, angle pi/4 + 2 pi c / k (two classes:
              (0.35, 0.35) and (-0.35, -0.35)); standard deviation 0.1 + 0.3 * noise (no uniform noise).
    spiral    class c: point i of m on an arm, r = 0.1 + 0.9 i / m, angle = 1.75 * 2 pi * i / m + 2 pi c / k.  s = 0.2
"""

from __future__ import annotations

import numpy as np

from playground.core.data.dataset import DataError, Dataset

KINDS = ("circle", "xor", "gaussian", "spiral")
MAX_POINTS = 4000
MAX_CLASSES = 6


def point_set(kind: str, n: int = 200, noise: float = 0.0, seed: int = 1, classes: int = 2) -> Dataset:
    """A table of n points (x1, x2) and their classes; DataError names a bad argument."""
    if kind not in KINDS:
        raise DataError(f"unknown point set {kind!r}; choose one of {', '.join(KINDS)}")
    if not 2 <= n <= MAX_POINTS:
        raise DataError(f"a point set has 2 to {MAX_POINTS} points, got {n}")
    if not 0 <= noise <= 1:
        raise DataError(f"noise must be between 0 and 1, got {noise}")
    if not 2 <= classes <= (MAX_CLASSES if kind in ("gaussian", "spiral") else 2):
        raise DataError(f"{kind} has 2 classes" if kind in ("circle", "xor")
                        else f"{kind} has 2 to {MAX_CLASSES} classes, got {classes}")
    rng = np.random.RandomState(seed)
    label = np.arange(n) * classes // n  # classes in equal blocks: 0, 0, ..., 1, 1, ...
    if kind == "circle":
        radius = np.where(label == 1, rng.uniform(0, 0.5, n), rng.uniform(0.7, 1.0, n))
        angle = rng.uniform(0, 2 * np.pi, n)
        xy = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
        scale = 0.5
    elif kind == "xor":
        xy = rng.uniform(-1, 1, (n, 2))
        xy += np.where(xy > 0, 0.05, -0.05)
        label = (xy[:, 0] * xy[:, 1] > 0).astype(int)
        scale = 0.5
    elif kind == "gaussian":
        angle = np.pi / 4 + 2 * np.pi * label / classes
        centre = 0.5 * np.column_stack([np.cos(angle), np.sin(angle)])
        xy = centre + rng.normal(0, 0.1 + 0.3 * noise, (n, 2))
        scale = 0.0
    else:  # spiral
        i = np.arange(n) - np.searchsorted(label, label)  # the point's place on its arm
        m = np.bincount(label, minlength=classes)[label]
        r = 0.1 + 0.9 * i / m  # from 0.1: the arms would all start at the same point
        angle = 1.75 * 2 * np.pi * i / m + 2 * np.pi * label / classes
        xy = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
        scale = 0.2
    if scale and noise:
        xy = xy + rng.uniform(-1, 1, (n, 2)) * noise * scale
    xy = np.round(xy, 3)  # three decimals: a table a student can read (and type)
    if classes == 2:
        return Dataset.from_arrays(xy, (label == 1).astype(float)[:, None], ["x1", "x2"], ["y"])
    return Dataset.from_arrays(xy, np.eye(classes)[label], ["x1", "x2"], [f"y{c + 1}" for c in range(classes)])


__all__ = ["KINDS", "MAX_POINTS", "point_set"]
