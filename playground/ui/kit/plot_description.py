"""The described plots: the text a screen reader says for the error plot and the decision map.

The widgets only hand their text here (``error_plot_text(run, x, y)``, ``map_text(...)``) and set it
as their accessible description; the numbers come from :mod:`playground.core.explain.plot_facts`,
the wording from the catalogue (context "PlotDescription"), and every number is written the way
the interface language writes it (``playground.ui.language.number``: "3.000" and "0,012" in German).
The announcements at a run's milestones and at its end use the same sentences
(:class:`playground.ui.kit.accessibility.Announcer`).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from playground.core.explain.plot_facts import (FALLING, FIRST, LEVEL, RISING, CurveFacts, curve_facts,
                                                map_facts)
from playground.ui.language import number


def error_number(value: float) -> str:
    """An error as the descriptions say it: three significant digits, in the interface language."""
    if math.isfinite(value):
        return number(value, ".3g")
    return QCoreApplication.translate("PlotDescription", "not a number")


def count_number(value: int) -> str:
    """A count (an iteration, rows) as Qt's locale of the interface language writes it (3,000 in English,
    3.000 in German; Spanish groups from five digits on: 3000, 30.000)."""
    return QLocale().toString(int(value))


def run_facts(run, x: np.ndarray | None = None, y: np.ndarray | None = None) -> CurveFacts | None:
    """The facts of the run a view follows: its latest iteration and error, not the thinned curve's last
    point (which lags behind the status line), and its rows right. Without a run, the curve ``x``, ``y``."""
    if run is None or getattr(run, "dataset", None) is None:
        return curve_facts(x, y) if x is not None and y is not None else None
    iterations, errors = run.curve
    if not len(errors):
        return None
    last = getattr(run, "last", None)
    error = getattr(last, "output_error", None) if last is not None and last.iteration == run.iteration else None
    outputs = getattr(run, "outputs", None)
    return curve_facts(iterations, errors, run.iteration, error, outputs, run.dataset.Y)


def rows_text(facts: CurveFacts) -> str:
    """'4 of 4 rows right', or '' when the rows are not known."""
    if facts.rows is None or facts.rows_right is None:
        return ""
    if facts.rows == 1:
        template = QCoreApplication.translate("PlotDescription", "{right} of 1 row right")
    else:
        template = QCoreApplication.translate("PlotDescription", "{right} of {rows} rows right")
    return template.format(right=count_number(facts.rows_right), rows=count_number(facts.rows))


def trend_template(trend: str) -> str:
    """The sentence for the way the error went ({error}, {iteration}, {start})."""
    if trend == FALLING:
        return QCoreApplication.translate("PlotDescription", "Error {error} at iteration {iteration}, falling from "
                                          "{start}")
    if trend == RISING:
        return QCoreApplication.translate("PlotDescription", "Error {error} at iteration {iteration}, rising from "
                                          "{start}")
    if trend == LEVEL:
        return QCoreApplication.translate("PlotDescription", "Error {error} at iteration {iteration}, about level "
                                          "since the start ({start})")
    if trend == FIRST:
        return QCoreApplication.translate("PlotDescription", "Error {error} at iteration {iteration}, the run's "
                                          "first point")
    return QCoreApplication.translate("PlotDescription", "Error {error} at iteration {iteration}: the values are no "
                                      "longer finite")


def facts_text(facts: CurveFacts) -> str:
    """One sentence: the error now, where it started and which way it went, and the rows right."""
    text = trend_template(facts.trend).format(error=error_number(facts.error), iteration=count_number(facts.iteration),
                                              start=error_number(facts.start))
    rows = rows_text(facts)
    return text + ("; " + rows if rows else "") + "."


def empty_plot_text() -> str:
    """The error plot before any run."""
    return QCoreApplication.translate("PlotDescription", "Error plot: no run yet. Press Train (F5) and the mean "
                                      "|error| of every iteration is drawn here.")


def error_plot_text(run, x: np.ndarray | None = None, y: np.ndarray | None = None) -> str:
    """The error plot's accessible description for the run it follows (or its curve ``x``, ``y``)."""
    facts = run_facts(run, x, y)
    return empty_plot_text() if facts is None else facts_text(facts)


def finished_text(status: str, facts: CurveFacts | None) -> str:
    """What is announced when a run ends: how it ended and, when it has numbers, its final error."""
    texts = {"done": QCoreApplication.translate("PlotDescription", "Training finished"),
             "target reached": QCoreApplication.translate("PlotDescription",
                                                          "Training reached the target error"),
             "stopped": QCoreApplication.translate("PlotDescription", "Training stopped"),
             "diverged": QCoreApplication.translate("PlotDescription",
                                                    "Training stopped: the values became non-finite"),
             "failed": QCoreApplication.translate("PlotDescription", "Training failed")}
    text = texts.get(status, texts["done"])
    if facts is None or status in ("diverged", "failed"):
        return text
    return text + ". " + facts_text(facts)


def milestone_text(part: int, parts: int, facts: CurveFacts) -> str:
    """What is announced when a run passes a quarter of its iterations."""
    return QCoreApplication.translate("PlotDescription", "{percent}% done. {facts}").format(
        percent=number(round(100 * part / parts), "d"), facts=facts_text(facts))


def map_description(ds, net, m, out: int, x: int, y: int, on_slice) -> str:
    """The decision map's accessible description for output ``out`` of map ``m`` (x and y: the input columns
    across and up; ``on_slice``: the rows shown as markers), with the rows right of ``net``."""
    with np.errstate(all="ignore"):
        outputs = net.predict(ds.X)[:, out] if net is not None else None
    facts = map_facts(m.xs, m.ys, m.outputs[out], on_slice, outputs, ds.Y[:, out])
    return map_text(ds.target_names[out], ds.input_names[x], ds.input_names[y], facts.share, facts.rows_right,
                    facts.rows_shown, facts.corners)


def map_text(output: str, across: str, up: str, share: float, right: int | None, shown: int,
             corners: list[tuple[float, float, float]]) -> str:
    """The words of a decision map's description: what the colour says over the square, the rows on
    their target's side, and the output at the square's corners (x, y, output)."""
    text = QCoreApplication.translate("PlotDescription", "The output {output} over {x} (across) and {y} (up): above "
                                      "0.5 on {share}% of the square.").format(
        output=output, x=across, y=up, share=number(share, ".0f"))
    if right is not None:
        template = (QCoreApplication.translate("PlotDescription", "{right} of 1 row shown right.") if shown == 1
                    else QCoreApplication.translate("PlotDescription", "{right} of {rows} rows shown right."))
        text += " " + template.format(right=count_number(right), rows=count_number(shown))
    if corners:
        corner = QCoreApplication.translate("PlotDescription", "{across} {x}, {up} {y}: {value}")
        text += " " + QCoreApplication.translate("PlotDescription", "At the corners: {corners}.").format(
            corners="; ".join(
            corner.format(across=across, up=up, x=number(cx, ".3g"), y=number(cy, ".3g"), value=number(v, ".2f"))
            for cx, cy, v in corners))
    return text
