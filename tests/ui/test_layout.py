"""The window's layout at projector sizes, presentation mode off and on, inspector off and on.

For the notebook, adder2 and seven-segment presets (trained), at 1280x720, 1366x768 and
1920x1080: every toolbar action is visible (no "»" extension button), the dataset table
shows at least four rows, every visible button's and single-line label's text fits
its rectangle (QFontMetrics), the predictions of adder2 and seven-segment show every output
column without a sideways scroll, and in presentation mode at 1920x1080 the inspector shows
every matrix of the notebook's network without scrolling.
"""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolBar, QToolButton

from playground.ui.main_window import MainWindow

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]
TIMEOUT = 60_000



def train(qtbot, window, preset):
    window.load_preset(preset)
    if preset == "notebook":
        window.controls.iterations_spin.setValue(3000)  # the layout, not the 60,000 iterations, is tested here
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        window.train()
    assert blocker.args[0] == "done"


def settle() -> None:
    """Deliver the posted layout requests (fonts changed, sizes changed) until none is left; no timing."""
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def visible_rows(table) -> int:
    viewport = table.viewport().rect()
    return sum(1 for r in range(table.model().rowCount())
               if viewport.contains(table.visualRect(table.model().index(r, 0))))


def cut_texts(window) -> list[str]:
    """Buttons and single-line labels whose text is wider than the room they have."""
    cut = []
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not w.isVisible() or not w.window() is window:
            continue
        text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or "\n" in text or (isinstance(w, QLabel) and (w.wordWrap() or w.textFormat() == 1)):
            continue
        if isinstance(w, QLabel) and w.text().lstrip().startswith("<"):
            continue  # rich text wraps on its own
        need = QFontMetrics(w.font()).horizontalAdvance(text)
        if isinstance(w, QToolButton) and w.objectName() == "qt_toolbar_ext_button":
            continue
        room = w.contentsRect().width()
        if isinstance(w, QAbstractButton) and not isinstance(w, QToolButton):
            room = w.width()
            if w.__class__.__name__ == "QCheckBox":
                need += 20
        if need > room + 1:
            cut.append(f"{w.__class__.__name__} {w.objectName()!r}: {text!r} needs {need}px, has {room}px")
    return cut


def hidden_outputs(window) -> list[str]:
    """Predictions columns not wholly in view, or a sideways scroll bar the table needs."""
    table, model = window.predictions, window.predictions_model
    if not table.isVisible():
        return []
    viewport = table.viewport().rect()
    problems = []
    if table.horizontalScrollBar().maximum() > 0:
        problems.append("the predictions need a sideways scroll")
    for c in range(model.columnCount()):
        rect = table.visualRect(model.index(0, c))
        if not (rect.left() >= viewport.left() and rect.right() <= viewport.right()):
            problems.append(f"predictions column {model.headerData(c, Qt.Orientation.Horizontal)!r} is not in view")
    return problems


def hidden_matrices(window) -> list[str]:
    """Inspector matrices not wholly on screen: outside the window or outside the scroll area's viewport."""
    inspector = window.classroom.inspector
    viewport = inspector.scroll.viewport()
    problems = []
    if not inspector.names():
        return ["the inspector shows no matrix"]
    for name in inspector.names():
        matrix = inspector.matrix(name)
        corners = (matrix.rect().topLeft(), matrix.rect().bottomRight())
        in_window = all(window.rect().contains(matrix.mapTo(window, c)) for c in corners)
        in_view = all(viewport.rect().contains(matrix.mapTo(viewport, c)) for c in corners)
        if not (matrix.isVisible() and in_window and in_view):
            problems.append(f"matrix {name} is not wholly visible (scroll to see it)")
    return problems


def trained_in_presentation_mode(qtbot, window, preset: str, width: int, height: int) -> list[str]:
    """Train the preset in presentation mode at this size (the outputs widen the columns); what is hidden."""
    window.classroom.set_scale(1.5, save=False)
    window.resize(width, height)
    train(qtbot, window, preset)
    settle()
    return [f"{preset} trained at {width}x{height} scale 1.5: {c}" for c in hidden_outputs(window)]


def layout_problems(window, preset: str, width: int, height: int, scale: float, inspector: bool) -> list[str]:
    """Everything wrong with the window's layout at one size, scale and inspector setting
    (also run with the German and Spanish texts by tests/ui/test_translated_window.py)."""
    problems = []
    window.classroom.set_scale(scale, save=False)
    window.classroom.inspector_dock.setVisible(inspector)  # (the action's setChecked shows nothing)
    window.resize(width, height)
    settle()
    window.grab()
    where = f"{preset} {width}x{height} scale {scale} inspector {inspector}"
    if window.width() > width or window.height() > height:
        problems.append(f"{where}: the window needs {window.width()}x{window.height()}")
    for bar in window.findChildren(QToolBar):
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisible() and ext is not None and ext.isVisible():
            problems.append(f"{where}: toolbar {bar.objectName()} overflows")
    focus = scale > 1 and inspector  # the inspector takes the main area; its l0 and y show the table
    if focus and window.table.isVisible():
        problems.append(f"{where}: the dataset table stays beside the inspector")
    rows = visible_rows(window.table)
    if not focus and rows < min(4, window.dataset_model.rowCount()):
        problems.append(f"{where}: the dataset shows {rows} rows")
    if preset != "notebook":  # several targets: every output in view
        problems += [f"{where}: {c}" for c in hidden_outputs(window)]
    if focus and (width, height) == (1920, 1080) and preset == "notebook":
        problems += [f"{where}: {c}" for c in hidden_matrices(window)]
    problems += [f"{where}: {c}" for c in cut_texts(window)]
    return problems


@pytest.mark.parametrize("preset", ["notebook", "adder2", "seven-segment"])
def test_projector_layouts(qtbot, window, preset):
    problems = trained_in_presentation_mode(qtbot, window, preset, 1280, 720)
    for width, height in SIZES:
        for scale in (1.0, 1.5):
            for inspector in (False, True):
                problems += layout_problems(window, preset, width, height, scale, inspector)
    assert not problems, "\n".join(problems)
