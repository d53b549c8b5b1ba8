"""A table no taller than its rows and a spare row or two, growing as rows are added."""

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from playground.ui.kit.row_fit import QT_MAX, RowFit


def test_the_cap_follows_the_rows(qtbot):
    model = QStandardItemModel(3, 2)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit = RowFit(view, spare=2)
    view.show()
    qtbot.waitUntil(lambda: view.maximumHeight() < QT_MAX)
    row = view.verticalHeader().defaultSectionSize()
    three = view.maximumHeight()
    assert three == fit.height_needed()
    model.insertRows(3, 4)
    qtbot.waitUntil(lambda: view.maximumHeight() == three + 4 * row)
    fit.release()
    assert view.maximumHeight() == QT_MAX
