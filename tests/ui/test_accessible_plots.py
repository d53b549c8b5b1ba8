"""The described plots, through the window: the error plot and the decision map say in words what they draw
(the error now, from where, rows right; the map's share above 0.5, rows right, corners), as their accessible
descriptions; a run's quarters and its end are announced with those numbers; the numbers follow the interface
language; the plots' drawing surfaces are no unnamed stops for a screen reader, and the map's boxes are labelled."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible

from playground.core.explain.decision import extent
from playground.core.explain.plot_facts import CurveFacts
from playground.ui.kit.plot_description import facts_text, map_text
from playground.ui.main_window import MainWindow

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def rows_right(outputs, targets) -> int:
    return int(np.sum(np.all(np.abs(np.asarray(targets) - np.asarray(outputs)) < 0.5, axis=1)))


def test_the_error_plot_says_there_is_no_run_before_the_first(window):
    text = window.error_plot.plot_widget.accessibleDescription()
    assert text.startswith("Error plot: no run yet.") and "Train (F5)" in text


def test_the_error_plot_says_the_runs_final_numbers_as_the_status_line_does(qtbot, window):
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    run = window.run
    text = window.error_plot.plot_widget.accessibleDescription()
    error, start = run.last.output_error, float(run.curve[1][0])
    assert error < start
    iteration = f"{run.iteration:,}"
    assert iteration in window.status_label.text()  # the same iteration as the status line, not a thinned point
    assert text == (f"Error {error:.3g} at iteration {iteration}, falling from {start:.3g}; "
                    f"{rows_right(run.outputs, run.dataset.Y)} of 4 rows right.")


def test_a_runs_quarters_and_its_end_are_announced_with_the_numbers(qtbot, window):
    heard: list[str] = []
    window.accessibility.announcer.announced.connect(heard.append)
    window.controls.iterations_spin.setValue(2000)
    window.classroom.transport.set_rate_index(6)  # 1,000 iterations a second: a snapshot every ~33 iterations
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    assert heard[0] == "Training started"
    quarters = [t for t in heard[1:-1] if "% done." in t]
    assert [t.split("%")[0] for t in quarters] == ["25", "50", "75"], heard
    for text, least in zip(quarters, (500, 1000, 1500)):
        said = int(re.search(r"at iteration ([\d,]+),", text).group(1).replace(",", ""))
        assert least <= said < least + 500, text
        assert "falling from" in text or "level" in text or "rising from" in text
    final = window.error_plot.plot_widget.accessibleDescription()
    assert heard[-1] == "Training finished. " + final
    assert f"{window.run.last.output_error:.3g}" in heard[-1] and "2,000" in heard[-1]


@pytest.mark.parametrize("language, written", [("en", "1,500"), ("de", "1.500"), ("es", "1500")])
def test_the_descriptions_write_numbers_as_the_interface_language_does(qtbot, qapp, language, written):
    from playground.ui.language import install_translators

    install_translators(qapp, language)
    w = MainWindow()
    try:
        qtbot.addWidget(w)
        w.show()
        transport = w.classroom.transport
        transport.step_n_spin.setValue(1500)
        with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
            transport.step_n_action.trigger()
        assert QLocale().toString(1500) == written  # Qt's own writing of the language
        text = w.error_plot.plot_widget.accessibleDescription()
        error = w.run.last.output_error
        point = "," if language in ("de", "es") else "."
        assert f" {written}" in text and f"{error:.3g}".replace(".", point) in text, text
        if language != "en":
            assert "1,500" not in text and f"{error:.3g}" not in text
    finally:
        w.close()
        install_translators(qapp, "en")


def test_the_decision_map_says_rows_right_and_its_corners(qtbot, window):
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    view = window.decision_map
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "At the corners" in view.graphics.accessibleDescription(), timeout=TIMEOUT)
    text = view.graphics.accessibleDescription()
    ds, net = window.dataset(), window.run.shown_network()
    assert text.startswith("The output y over x1 (across) and x2 (up): above 0.5 on ")
    assert f"{rows_right(net.predict(ds.X), ds.Y)} of 4 rows shown right." in text
    (x0, x1), (y0, y1) = extent(ds.X[:, 0]), extent(ds.X[:, 1])
    fixed = ds.X[0, 2:]  # the third input held at its slider's value (the first row's, as the map starts)
    for cx, cy in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        value = net.predict(np.array([[cx, cy, *fixed]]))[0, 0]
        assert f"x1 {cx:.3g}, x2 {cy:.3g}: {value:.2f}" in text, (cx, cy, value, text)


def test_the_maps_boxes_are_labelled_and_the_plot_surfaces_take_no_focus(qtbot, window):
    view = window.decision_map
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    for combo, name in ((view.x_combo, "Horizontal axis input"), (view.y_combo, "Vertical axis input"),
                        (view.output_combo, "Output shown")):
        labels = QAccessible.queryAccessibleInterface(combo).relations(QAccessible.Relation.Label)
        assert [iface.text(QAccessible.Text.Name) for iface, _ in labels] == [name]
    for plot, name in ((window.error_plot.plot_widget, "Error plot"), (window.network_view, "Network diagram"),
                       (view.graphics, "Decision map")):
        assert plot.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
        assert plot.accessibleName().startswith(name.split()[0]), plot.accessibleName()


def test_one_row_is_said_in_the_singular_and_a_broken_run_says_so():
    assert facts_text(CurveFacts(3, 0.25, 0.5, 0, "falling", 1, 1)) == (
        "Error 0.25 at iteration 3, falling from 0.5; 1 of 1 row right.")
    assert facts_text(CurveFacts(7, float("nan"), 0.5, 0, "not finite")) == (
        "Error not a number at iteration 7: the values are no longer finite.")
    assert map_text("y", "a", "b", 49.6, 0, 1, []) == (
        "The output y over a (across) and b (up): above 0.5 on 50% of the square. 0 of 1 row shown right.")
