"""The atlas's colours: one per failure label (Okabe-Ito, safe for colour-blind eyes), and colour scales
for the final error and the iterations to the target (viridis and cividis, likewise safe).

Nothing here computes a label: the records carry them; this only says how each is drawn and named.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

BY_LABEL, BY_ERROR, BY_ITERATIONS = "label", "error", "iterations"
MODES = (BY_LABEL, BY_ERROR, BY_ITERATIONS)

# The labels in the order the legend lists them (a good outcome first, then the failures), each with an
# Okabe-Ito colour. The names are the records' own; a label the window does not know is drawn in grey.
LABELS = (
    ("converged", "#009E73", QT_TRANSLATE_NOOP("AtlasLabels", "converged")),
    ("too_slow", "#56B4E9", QT_TRANSLATE_NOOP("AtlasLabels", "too slow")),
    ("plateau", "#E69F00", QT_TRANSLATE_NOOP("AtlasLabels", "plateau")),
    ("oscillating", "#F0E442", QT_TRANSLATE_NOOP("AtlasLabels", "oscillating")),
    ("saturated", "#CC79A7", QT_TRANSLATE_NOOP("AtlasLabels", "saturated")),
    ("dead_relu", "#0072B2", QT_TRANSLATE_NOOP("AtlasLabels", "dead ReLUs")),
    ("diverged", "#D55E00", QT_TRANSLATE_NOOP("AtlasLabels", "diverged")),
)
OTHER_COLOUR = "#999999"
NOT_REACHED_COLOUR = "#D55E00"  # iterations mode: never reached the target (no cividis colour is near: grey was its middle)
NOT_FINITE_COLOUR = "#D55E00"  # error mode: a cell whose error is not a number (diverged)
_ALIASES = {"dead_relus": "dead_relu", "dead relus": "dead_relu", "dead": "dead_relu", "too slow": "too_slow",
            "slow": "too_slow", "oscillation": "oscillating", "divergence": "diverged"}
_BY_NAME = {name: (colour, text) for name, colour, text in LABELS}


def label_key(label: str) -> str:
    """A record's label as the legend knows it (a few spellings the core might use are the same label)."""
    key = str(label).strip().lower()
    return _ALIASES.get(key, key)


def label_colour(label: str) -> str:
    return _BY_NAME.get(label_key(label), (OTHER_COLOUR, ""))[0]


def label_name(label: str) -> str:
    """A label's name in the window's language."""
    entry = _BY_NAME.get(label_key(label))
    if entry is None:
        return str(label).replace("_", " ")
    return QCoreApplication.translate("AtlasLabels", entry[1])


def _rgba(colour: str) -> tuple[int, int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), 255


def scale_colours(name: str, n: int = 256) -> np.ndarray:
    """``n`` RGBA colours (uint8) of a pyqtgraph colour map, from its low end to its high end."""
    return pg.colormap.get(name).getLookupTable(0.0, 1.0, n, alpha=True).astype(np.uint8)


ERROR_MAP, ITERATIONS_MAP = "viridis", "cividis"


def error_range(errors: list[float]) -> tuple[float, float]:
    """The log10 range the error scale spans: the finite positive errors' whole decades (at least one)."""
    logs = [math.log10(e) for e in errors if e is not None and math.isfinite(e) and e > 0]
    if not logs:
        return -3.0, 0.0
    low, high = math.floor(min(logs)), math.ceil(max(logs))
    return float(low), float(max(high, low + 1))


def position_on(value: float, low: float, high: float) -> float:
    """Where ``value`` lies from ``low`` (0) to ``high`` (1), clipped."""
    if high <= low:
        return 0.0
    return min(1.0, max(0.0, (value - low) / (high - low)))


def cell_colour(record, mode: str, error_logs: tuple[float, float], most_iterations: int,
                table: dict[str, np.ndarray]) -> tuple[int, int, int, int]:
    """The RGBA colour of one finished cell in ``mode``."""
    if mode == BY_LABEL:
        return _rgba(label_colour(record.main_label))
    if mode == BY_ERROR:
        e = record.final_error
        if e is None or not math.isfinite(e):
            return _rgba(NOT_FINITE_COLOUR)
        lut = table[ERROR_MAP]
        at = position_on(math.log10(max(e, 1e-300)), *error_logs)
        return tuple(int(v) for v in lut[round(at * (len(lut) - 1))])
    its = record.iterations_to_target
    if its is None or its < 0:
        return _rgba(NOT_REACHED_COLOUR)
    lut = table[ITERATIONS_MAP]
    at = position_on(float(its), 0.0, float(max(most_iterations, 1)))
    return tuple(int(v) for v in lut[round(at * (len(lut) - 1))])
