"""Weights typed into the inspector (undoable, kept by Save) and predict-then-check outside lessons."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from playground.core.files.documents import read_document
from playground.core.lessons.lesson_feedback import Cell
from playground.core.nn.network import initial_weights
from playground.ui.main_window import MainWindow

TIMEOUT = 60_000
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], float)
Y = np.array([[0, 0, 1, 1]], float).T


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.classroom.inspector_action.trigger()  # open the inspector
    qtbot.waitUntil(lambda: w.classroom.inspector.trace() is not None)
    yield w
    w.close()


def type_into(qtbot, panel, name, row, column, text):
    """Double-click the cell, type, Enter: as a student does."""
    view = panel.matrix(name)
    rect = view.cell_rect(row, column)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.cell_editor.isVisible()
    panel.cell_editor.selectAll()
    qtbot.keyClicks(panel.cell_editor, text)
    qtbot.keyClick(panel.cell_editor, Qt.Key.Key_Return)


def step(qtbot, w):
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        w.classroom.transport.step_action.trigger()


def notebook_iteration(syn0, syn1):
    """One iteration of the notebook's second cell, by hand."""
    def nonlin(x, deriv=False):
        return x * (1 - x) if deriv else 1 / (1 + np.exp(-x))
    l0 = X
    l1 = nonlin(np.dot(l0, syn0))
    l2 = nonlin(np.dot(l1, syn1))
    l2_error = Y - l2
    l2_delta = l2_error * nonlin(l2, deriv=True)
    l1_error = l2_delta.dot(syn1.T)
    l1_delta = l1_error * nonlin(l1, deriv=True)
    return syn0 + l0.T.dot(l1_delta), syn1 + l1.T.dot(l2_delta), l2_delta


def test_worksheet_weights_typed_then_step_gives_the_hand_written_numbers_and_undo_restores(qtbot, window, tmp_path):
    w, panel = window, window.classroom.inspector
    seed = initial_weights([3, 4, 1], 1)
    for r in range(3):
        for c in range(4):
            type_into(qtbot, panel, "syn0", r, c, "0.5")
    for r in range(4):
        type_into(qtbot, panel, "syn1", r, 0, "-0.5")
    syn0, syn1 = np.full((3, 4), 0.5), np.full((4, 1), -0.5)
    assert np.array_equal(w.shown_network().weights[0], syn0) and np.array_equal(w.shown_network().weights[1], syn1)
    assert np.array_equal(panel.matrix("syn0").values(), syn0)  # the inspector shows them
    assert w.editor.undo_action.text().replace("&", "") == "Undo Type syn1[4, 1] = -0.5"
    # Save keeps them
    w.documents.save_as(str(tmp_path / "worksheet.nnp"))
    saved = read_document(tmp_path / "worksheet.nnp").trained
    assert np.array_equal(saved.weights[0], syn0) and np.array_equal(saved.weights[1], syn1)
    step(qtbot, w)
    new0, new1, l2_delta = notebook_iteration(syn0, syn1)
    np.testing.assert_allclose(w.shown_network().weights[0], new0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(w.shown_network().weights[1], new1, rtol=0, atol=1e-12)
    assert w.run.iteration == 1
    np.testing.assert_allclose(panel.matrix("syn0").values(), new0, rtol=0, atol=1e-12)
    for _ in range(16):
        w.editor.undo_action.trigger()
    assert np.array_equal(w.shown_network().weights[0], seed[0])
    assert np.array_equal(w.shown_network().weights[1], seed[1])
    w.editor.redo_action.trigger()
    assert w.shown_network().weights[0][0, 0] == 0.5 and w.shown_network().weights[0][0, 1] == seed[0][0, 1]


def test_a_bias_row_can_be_typed(qtbot, window):
    w = window
    w.load_preset("xor")  # bias on
    qtbot.waitUntil(lambda: w.classroom.inspector.matrix("syn0").quantity().bias_row)
    panel = w.classroom.inspector
    bias_row = panel.matrix("syn0").quantity().shape[0] - 1
    type_into(qtbot, panel, "syn0", bias_row, 1, "2.25")
    assert w.shown_network().biases[0][0, 1] == 2.25
    w.editor.undo_action.trigger()
    assert w.shown_network().biases[0][0, 1] == 0.0


def test_not_a_number_is_refused_in_place(qtbot, window):
    panel = window.classroom.inspector
    before = [x.copy() for x in window.shown_network().weights]
    type_into(qtbot, panel, "syn0", 0, 0, "abc")
    assert panel.cell_editor.isVisible() and "not a number" in panel.feedback_label.text()
    assert all(np.array_equal(a, b) for a, b in zip(window.shown_network().weights, before))


def test_predict_then_check_in_the_inspector(qtbot, window):
    """l2_delta of row 3 at iteration 0: right within tolerance, then the error's sign flipped."""
    w, panel = window, window.classroom.inspector
    syn0, syn1 = initial_weights([3, 4, 1], 1)
    _, _, l2_delta = notebook_iteration(syn0, syn1)
    actual = l2_delta[2, 0]
    type_into(qtbot, panel, "l2_delta", 2, 0, f"{actual:.3f}")
    assert "Now press Step" in panel.feedback_label.text()
    step(qtbot, w)
    fb = w.typed_cells.feedback
    assert fb.correct and fb.actual == actual and "Right" in panel.feedback_label.text()
    assert f"{actual:.4g}" in panel.feedback_label.text()
    w.reset_action.trigger()
    qtbot.waitUntil(lambda: panel.iteration() == 0)
    type_into(qtbot, panel, "l2_delta", 2, 0, f"{-actual:.3f}")
    step(qtbot, w)
    fb = w.typed_cells.feedback
    assert not fb.correct and fb.factor == "l2_error"
    assert "sign" in panel.feedback_label.text() and "l2_error" in panel.feedback_label.text()
    assert (2, 0) in panel.matrix("l2_error").marked_cells() and (2, 0) in panel.matrix("l2").marked_cells()
    assert Cell("l2_error", 2, 0) in fb.cells


def test_double_clicking_an_edge_of_the_diagram_edits_that_weight(qtbot, window):
    w = window
    view = w.network_view
    qtbot.waitUntil(lambda: view.view_box().width() > 50)
    (x0, y0), (x1, y1) = view.node_position(1, 2), view.node_position(2, 0)  # hidden unit 3 -> output
    x, y = x0 + 0.5 * (x1 - x0), y0 + 0.5 * (y1 - y0)
    assert view.edge_at(x, y) == (1, 2, 0)
    pos = view.mapFromScene(view.view_box().mapViewToScene(QPointF(x, y)))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    panel = w.classroom.inspector
    assert panel.cell_editor.isVisible() and panel.cell_editor.parent() is panel.matrix("syn1")
    panel.cell_editor.selectAll()
    qtbot.keyClicks(panel.cell_editor, "1.5")
    qtbot.keyClick(panel.cell_editor, Qt.Key.Key_Return)
    assert w.shown_network().weights[1][2, 0] == 1.5
    w.editor.undo_action.trigger()
    assert w.shown_network().weights[1][2, 0] == initial_weights([3, 4, 1], 1)[1][2, 0]
