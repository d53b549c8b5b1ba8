"""Predict-then-check through the window: what a step's question asks for is nowhere on show until it is answered.

For every predict step of every shipped lesson (a prediction, or a step that hides something: ``Step.hidden``)
the step is loaded, its action done as a student who has not answered yet, and every text the window shows
is read (labels, fields, buttons, item views' cells and tooltips, the inspector's painted cells, the texts
drawn in the plots and the diagram, the plots' axis tick numbers, the diagram's read-outs, the status bar, the
window title, and every visible widget's tooltip and accessible name and description): none holds the asked
value, nor a number of what the step hides, in any format the window writes numbers (several precisions, a
decimal point or comma). While the error is hidden the error plot's error axis draws no number at all (its
ticks, "0.25", carry too few digits for that search). Then the question is answered right and the numbers are
back.
"""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QGraphicsSimpleTextItem, QGraphicsTextItem,
                               QGraphicsView, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QTextEdit, QWidget)

from playground import resources
from playground.core.explain.inspection import trace_iteration
from playground.core.lessons.lesson import read_lesson
from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.main_window import MainWindow
from playground.ui.views.matrix_view import MatrixView, format_cell

TIMEOUT = 120_000
LESSONS = {p.stem[:2]: p for p in resources.shipped_lessons()}
TRAINS = ("train", "step", "step_n", "play_to")
# Number questions asked beside an action that trains whose answer the window never shows: nothing to hide.
NOT_SHOWN = {
    ("06", 2): "the number of output units is read off the diagram: the question is about what is on show",
    ("07", 3): "the edge 2 / 14 is worked out from the step's text; training with 0.15 shows a rising curve",
    ("09", 0): "120 / 8 = 15 iterations an epoch is worked out; the window shows no epoch count",
    ("12", 1): "the factor 1 - 0.45 x 4 is worked out; the window shows weights, not their ratio",
    ("12", 3): "2 / sharpness is worked out; the window never computes the edge of stability",
}


def predict_steps() -> list[tuple[str, int]]:
    """(lesson number, step index) of every step that hides what its question asks for."""
    return [(key, i) for key, path in LESSONS.items() for i, step in enumerate(read_lesson(path).steps)
            if step.hidden()]


PREDICT_STEPS = predict_steps()


def significant(text: str) -> int:
    """The significant digits a number's text carries: '0.0500' and '5e-02' carry one, '1.4' two."""
    return len(re.sub(r"e.*$", "", text).replace("-", "").replace(".", "").strip("0"))


def formats(value: float, least_digits: int) -> set[str]:
    """The ways the window writes ``|value|`` (its sign aside) that carry at least ``least_digits`` significant
    digits (fewer would be found in unrelated numbers), with a decimal point and with a decimal comma."""
    v = abs(float(value))
    if not math.isfinite(v):
        return set()
    texts = {f"{v:.6g}", f"{v:.4g}", f"{v:.3g}", f"{v:.4f}", f"{v:.3f}", f"{v:.2f}", format_cell(v), repr(v)}
    kept = set()
    for text in texts:
        if significant(text) >= least_digits and "e" not in text:
            kept |= {text, text.replace(".", ",")}
    return kept


def pattern(texts: set[str]) -> re.Pattern | None:
    if not texts:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True))
    return re.compile(rf"(?<![\d.,])({alternatives})(?!\d)")


def tick_texts(axis: pg.AxisItem) -> list[str]:
    """The tick numbers a plot's axis draws (pyqtgraph's draw specs, as its paint uses them)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [text for _, _, text in specs[2]]


def shown_texts(w: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text the window shows or says of its visible widgets."""
    found = [("window title", w.windowTitle()), ("status bar message", w.statusBar().currentMessage())]
    for widget in [w, *w.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [(where + " tooltip", widget.toolTip()), (where + " accessible name", widget.accessibleName()),
                  (where + " accessible description", widget.accessibleDescription())]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            found.append((where, widget.text()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append((where, widget.toPlainText()))
        elif isinstance(widget, QProgressBar):
            found.append((where, widget.text()))
        elif isinstance(widget, MatrixView):
            found += [(where + " cell", text) for text in widget.cell_texts()]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and widget.objectName() != "datasetTable" and widget.model() is not None:
            # (the step's own table is data, never a result: its numbers are left out, they would match by chance)
            model = widget.model()
            found += [(where + f" header {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount(QModelIndex()))]
            for r in range(model.rowCount(QModelIndex())):
                for c in range(model.columnCount(QModelIndex())):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        found.append((where + f" cell {r},{c}", str(model.data(model.index(r, c), role) or "")))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    found.append((where + " drawn", item.toPlainText()))
                elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    found.append((where + " drawn", item.text()))
                elif isinstance(item, pg.AxisItem) and item.isVisible():
                    found += [(where + f" {item.orientation} tick", text) for text in tick_texts(item)]
    view = w.network_view  # its hover read-out over every unit and every edge (a unit's value, a weight)
    if view.isVisible():
        sizes = view.sizes()
        for k, n in enumerate(sizes):
            for i in range(n):
                found.append(("diagram hover", view.describe_at(*view.node_position(k, i)) or ""))
                if k + 1 < len(sizes):
                    for j in range(sizes[k + 1]):
                        (x0, y0), (x1, y1) = view.node_position(k, i), view.node_position(k + 1, j)
                        found.append(("diagram hover", view.describe_at((x0 + x1) / 2, (y0 + y1) / 2) or ""))
    return [(where, text.replace("\u2212", "-")) for where, text in found if text]


def point_at(qtbot, widget: QWidget, point: QPoint, shown) -> None:
    """Move the pointer onto ``point`` of ``widget`` until ``shown()`` (from beside it each time: a move to where
    the pointer already is makes no event, and the first move into a widget may only enter it)."""
    def moved() -> bool:
        qtbot.mouseMove(widget, point + QPoint(4, 4))
        qtbot.mouseMove(widget, point)
        return shown()

    qtbot.waitUntil(moved)


def hover(qtbot, w) -> None:
    """The pointer over the error plot's middle (its read-out) and over the diagram's first edge (its weight)."""
    plot = w.error_plot.plot_widget.viewport()
    if plot.isVisible():
        point_at(qtbot, plot, QPoint(plot.width() // 2, plot.height() // 2),
                 lambda: w.error_plot.hover_label.text() != "")
    view = w.network_view
    if view.isVisible():
        point_at(qtbot, view.viewport(), view.edge_point(0, 0, 0), lambda: view.hover_text() is not None)


def found_in(texts: list[tuple[str, str]], secrets: re.Pattern | None) -> list[str]:
    if secrets is None:
        return []
    return [f"{where}: {text!r}" for where, text in texts if secrets.search(text)]


def secret_values(w: MainWindow, step, before) -> list[tuple[float, int]]:
    """(value, least significant digits) of what the step hides, as the window holds it now; ``before`` is
    the trace of the iteration the step's action starts from (a prediction's cell is in it)."""
    q = step.question
    values: list[tuple[float, int]] = []
    if q.kind == "prediction":
        values.append((before[q.quantity].value[q.row, q.column], 3))
    if q.kind == "number" and q.answer != int(q.answer):
        values.append((q.answer, min(3, significant(repr(q.answer)))))  # the asked number itself, even "1.4"
    net, ds = w.shown_network(), w.dataset()
    now = trace_iteration(net, ds.X, ds.Y, ds.input_names, ds.target_names)
    for name in step.hide:
        if name == "outputs":
            values += [(v, 3) for v in np.ravel(w.run.shown_outputs())]
        elif name == "error":
            last = w.run.last
            values += [(v, 3) for v in (last.error, last.output_error) if v is not None]
            values += [(v, 3) for v in np.ravel(w.run.curve[1])[-50:]]  # the log's latest lines
        elif name == "weights":
            values += [(v, 3) for m in net.weights for v in np.ravel(m)]
        else:
            values += [(v, 3) for v in np.ravel(now[name].value)]
    return values


def secrets_pattern(values: list[tuple[float, int]]) -> re.Pattern | None:
    texts: set[str] = set()
    for value, least in values:
        texts |= formats(value, least)
    return pattern(texts)


def run_and_wait(qtbot, w, action):
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        action.trigger()


def do_action(qtbot, w, step) -> None:
    """The step's action, done before answering (a prediction not locked in: its state comes back)."""
    t, kind = w.classroom.transport, step.action.kind
    if kind == "train":
        run_and_wait(qtbot, w, w.train_action)
    elif kind in ("step", "step_n"):
        if kind == "step_n":
            t.step_n_spin.setValue(step.action.n)
        run_and_wait(qtbot, w, t.step_action if kind == "step" else t.step_n_action)
    else:
        w.controls.iterations_spin.setValue(max(w.settings().iterations, step.action.n))
        run_and_wait(qtbot, w, t.play_action)
    qtbot.waitUntil(lambda: not w.run.running, timeout=TIMEOUT)
    if step.question.kind == "prediction":  # "Lock in a prediction first": the step's start is back
        qtbot.waitUntil(lambda: w.run.iteration == 0, timeout=TIMEOUT)


def answer_right(qtbot, w, step, before) -> None:
    panel, q = w.lessons.panel, step.question
    if q.kind == "choice":
        panel.choice_buttons()[next(i for i, c in enumerate(q.choices) if c.correct)].click()
    elif q.kind == "number":
        panel.answer_edit.setText(repr(q.answer))
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    else:
        panel.answer_edit.setText(repr(round(float(before[q.quantity].value[q.row, q.column]), 4)))
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(w.lessons.predictionChecked, timeout=TIMEOUT) as got:
            w.classroom.transport.step_action.trigger()
        assert got.args[0].correct
        qtbot.waitUntil(lambda: not w.run.running, timeout=TIMEOUT)
    assert w.lessons.answered_right


def settle(qtbot, w) -> None:
    """The views have caught up with the run (their live timers and the inspector's trailing refresh)."""
    qtbot.waitUntil(lambda: not w.network_view.live_pending() and not w.predictions_model.live_pending())
    inspector = w.classroom.inspector_dock.widget()
    if inspector is not None and inspector.isVisible():
        qtbot.waitUntil(lambda: inspector.iteration() == w.run.shown_iteration())


def check_step(qtbot, w, key: str, index: int) -> None:
    """Play step ``index`` of lesson ``key`` as a student who does the action before answering."""
    path = LESSONS[key]
    player = w.lessons
    assert player.open_file(str(path), ask=False)
    player.go(index)
    step = player.lesson.steps[index]
    assert player.mask.names() == frozenset(step.hidden())
    net, ds = w.shown_network(), w.dataset()
    before = trace_iteration(net, ds.X, ds.Y, ds.input_names, ds.target_names)
    said: list[str] = []  # what a screen reader is told while the run goes (its milestones, its end)
    w.accessibility.announcer.announced.connect(said.append)
    try:
        do_action(qtbot, w, step)
        settle(qtbot, w)
    finally:
        w.accessibility.announcer.announced.disconnect(said.append)
    secrets = secrets_pattern(secret_values(w, step, before))
    assert secrets is not None, "the step hides something the test finds no number of"
    hover(qtbot, w)
    texts = shown_texts(w) + [("announced", text) for text in said]
    assert not found_in(texts, secrets), f"lesson {key} step {index + 1} gives its answer away"
    assert any(PLACEHOLDER in text for _, text in texts)  # the masked numbers are shown as such
    error_axis = w.error_plot.plot_widget.getPlotItem().getAxis("left")
    error_hidden = "error" in player.mask.names() and w.error_plot.isVisible()
    if error_hidden:  # the curve is drawn on an axis without numbers
        assert tick_texts(error_axis) == [] and len(w.error_plot.current_data()[0])
    answer_right(qtbot, w, step, before)
    settle(qtbot, w)
    assert player.mask.names() == frozenset()
    assert found_in(shown_texts(w), secrets), f"lesson {key} step {index + 1}: nothing is shown again"
    if error_hidden:
        assert tick_texts(error_axis)


LANGUAGES = ["en", "de", "es"]


@pytest.fixture(scope="module", params=LANGUAGES)
def window(request, qapp):
    from playground.ui.language import install_translators

    install_translators(qapp, request.param)
    w = MainWindow()
    w.resize(1366, 768)
    w.show()
    yield w
    w.lessons.close()
    w.close()
    w.deleteLater()
    install_translators(qapp, "en")


FAST = [("07", 0), ("02", 2)]  # a number asked after one Step; a prediction of the inspector's


def test_every_predict_step_of_the_shipped_lessons_hides_its_answer():
    """Prediction questions hide their quantity; number questions beside an action that trains hide what shows
    their answer, unless the window never shows it (named, with the reason)."""
    steps = {(key, i) for key, path in LESSONS.items() for i, step in enumerate(read_lesson(path).steps)
             if step.question is not None and step.question.kind in ("prediction", "number")
             and step.action is not None and step.action.kind in TRAINS}
    assert steps - set(NOT_SHOWN) <= set(PREDICT_STEPS)
    assert not set(NOT_SHOWN) & set(PREDICT_STEPS)
    assert set(FAST) <= set(PREDICT_STEPS)


FAST_CASES = [(language, key, index) for language in ("en", "de") for key, index in FAST]  # de: a decimal comma


@pytest.mark.parametrize("window, key, index", FAST_CASES, indirect=["window"],
                         ids=[f"{lang}-lesson{k}-step{i + 1}" for lang, k, i in FAST_CASES])
def test_a_predict_step_shows_its_answer_only_once_answered(qtbot, window, key, index):
    check_step(qtbot, window, key, index)


# Every step in English; in German and Spanish (a decimal comma) the lessons that hide each kind of number:
# the inspector's (2), outputs, weights and error in the table, diagram and status (7, 8) and the log (9).
# Lessons 10 and 11 (20,000 and 8,000 iterations) hide what 8 and 9 do, in the same views.
SLOW_CASES = [(language, key, index) for language in LANGUAGES for key, index in PREDICT_STEPS
              if (language, key, index) not in FAST_CASES and (language == "en" or key not in ("10", "11"))]


@pytest.mark.parametrize("window, key, index", SLOW_CASES, indirect=["window"],
                         ids=[f"{lang}-lesson{k}-step{i + 1}" for lang, k, i in SLOW_CASES])
def test_every_predict_step_shows_its_answer_only_once_answered(qtbot, window, key, index):
    check_step(qtbot, window, key, index)


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_what_a_step_hides_goes_with_the_step(qtbot, window):
    """A masked state never reaches another step, another lesson, a preset or a closed lesson."""
    w, player = window, window.lessons
    assert player.open_file(str(LESSONS["07"]), ask=False)
    player.go(0)
    assert player.mask.names() == {"outputs", "weights", "error"}
    player.go(2)  # no question hides anything
    assert player.mask.names() == frozenset()
    player.go(1)
    assert player.mask.names() == {"outputs", "weights", "error"}
    assert player.open_file(str(LESSONS["02"]), ask=False)
    player.go(2)
    assert player.mask.names() == {"l2_delta"}
    inspector = w.classroom.inspector_dock.widget()
    assert inspector.masked_names() == ["l2_delta"]
    assert player.open_file(str(LESSONS["08"]), ask=False)
    player.go(2)
    assert player.mask.names() == {"weights"}
    player.go(0)
    player.close()
    assert player.mask.names() == frozenset()
    assert inspector.masked_names() == []  # nothing stays masked once the lesson is closed
    assert PLACEHOLDER not in w.status_label.text()


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_a_preset_loaded_during_a_step_shows_its_numbers(qtbot, window, tmp_path):
    """A step that shows every panel lets the student load a preset: its numbers are not the question's."""
    w, player = window, window.lessons
    path = tmp_path / "open.nnlesson"
    path.write_text(json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "Open", "steps": [
        {"text": "Press Train.", "state": {"preset": "notebook", "settings": {"iterations": 200}},
         "action": {"type": "train"}, "hide": ["outputs", "error"],
         "question": {"type": "number", "prompt": "The output of row 4?", "answer": 0.9, "tolerance": 0.1}}]}),
        encoding="utf-8")
    assert player.open_file(str(path), ask=False)
    run_and_wait(qtbot, w, w.train_action)
    assert player.mask.names() == {"outputs", "error"}
    model = w.predictions_model
    assert model.data(model.index(3, 4)) == PLACEHOLDER
    w.load_preset("xor")
    assert w.dataset().input_names == ["a", "b"]
    assert player.mask.names() == frozenset()
    run_and_wait(qtbot, w, w.classroom.transport.step_action)
    assert PLACEHOLDER not in model.data(model.index(3, 3)) and PLACEHOLDER not in w.status_label.text()
    player.close()


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_a_wrong_number_keeps_the_mask_and_a_checked_prediction_lifts_it(qtbot, window):
    """A wrong number is told only that it is wrong: the numbers stay hidden. A wrong prediction's feedback
    names the engine's number ("the engine computed ..."): once it is checked nothing is hidden any more."""
    w, player = window, window.lessons
    panel = player.panel
    assert player.open_file(str(LESSONS["07"]), ask=False)
    player.go(0)
    run_and_wait(qtbot, w, w.classroom.transport.step_action)
    panel.answer_edit.setText("2.5")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.feedback_label.text().startswith("Not quite")
    assert player.mask.names() == {"outputs", "weights", "error"}
    assert w.predictions_model.data(w.predictions_model.index(0, 2)) == PLACEHOLDER
    assert player.open_file(str(LESSONS["02"]), ask=False)
    player.go(2)
    net, ds = w.shown_network(), w.dataset()
    actual = float(trace_iteration(net, ds.X, ds.Y)["l2_delta"].value[2, 0])
    panel.answer_edit.setText(repr(round(-actual, 4)))  # the sign flipped: wrong
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "Locked in" in panel.feedback_label.text()
    assert player.mask.names() == {"l2_delta"}  # locked in, not yet checked
    with qtbot.waitSignal(player.predictionChecked, timeout=TIMEOUT) as got:
        w.classroom.transport.step_action.trigger()
    assert not got.args[0].correct and f"{actual:.4g}" in panel.feedback_label.text()
    assert player.mask.names() == frozenset()
    qtbot.waitUntil(lambda: not w.run.running and w.run.iteration == 0)  # the step's start is back, unmasked
    assert w.classroom.inspector_dock.widget().masked_names() == []
    player.close()
