"""The predictions table's columns (predictions_columns.py): when the outputs' texts change length only the columns
that show outputs are measured again, and the widths are those that measuring every column gives."""

import numpy as np
import pytest

from playground.core.data.dataset import truth_table
from playground.ui.views.predictions_columns import PredictionsView, fit_columns
from playground.ui.views.predictions_model import PredictionsModel

XOR = np.array([0, 1, 1, 0], float)


class CountingView(PredictionsView):
    """Records the columns Qt and the view measure (sizeHintForColumn is virtual: resizeColumnToContents calls it)."""

    def __init__(self) -> None:
        super().__init__()
        self.measured: list[int] = []

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 - Qt's name
        self.measured.append(column)
        return super().sizeHintForColumn(column)


def fitted_view(qtbot, model, cls=PredictionsView):
    view = cls()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view)
    view.resize(640, 300)
    view.show()
    return view


def widths(view) -> list[int]:
    """Every column's width but the last (which fills the view), and the width the view asks for."""
    return [view.columnWidth(c) for c in range(view.model().columnCount() - 1)] + [view.needed_width()]


def agrees_with_a_fresh_view(qtbot, view, model):
    """A view built now on the same model measures every column: the same widths."""
    fresh = fitted_view(qtbot, model)
    fresh.resize(view.size())
    assert widths(view) == widths(fresh)


@pytest.mark.parametrize("targets", [1, 2])
def test_outputs_of_a_new_length_measure_only_the_output_columns_and_agree_with_measuring_all(qtbot, targets):
    model = PredictionsModel()
    Y = XOR[:, None] if targets == 1 else np.column_stack([[0, 0, 0, 1], XOR])
    names = ["y"] if targets == 1 else ["and", "xor"]
    model.set_dataset(["a", "b"], names, truth_table(["a", "b"]), Y)
    view = fitted_view(qtbot, model, CountingView)
    view.needed_width()
    outputs = model.output_columns()
    assert outputs == ([3, 4] if targets == 1 else [1, 2])  # output, |error|; a compact table's pairs
    for values in ([0.1, 0.9, 0.62, 0.7], [-0.1, 0.9, 0.62, 0.7], [-1234.5, 0.9, 0.62, 0.7]):  # "–", a sign, digits
        view.measured.clear()
        model.set_outputs(np.repeat(np.array(values)[:, None], targets, axis=1))
        view.needed_width()  # as the window's layout asks
        assert view.measured and set(view.measured) <= set(outputs)
        agrees_with_a_fresh_view(qtbot, view, model)
    for _ in range(3):  # numbers of the same lengths: nothing measured
        view.measured.clear()
        model.set_outputs(np.repeat(np.array([[-1234.4], [0.8], [0.61], [0.6]]), targets, axis=1))
        view.needed_width()
        assert view.measured == []


def test_a_new_table_measures_every_column_again(qtbot):
    model = PredictionsModel()
    model.set_dataset(["a", "b"], ["y"], truth_table(["a", "b"]), XOR[:, None])
    view = fitted_view(qtbot, model, CountingView)
    model.set_outputs(np.array([[0.1], [0.9], [0.62], [0.7]]))
    view.needed_width()
    view.measured.clear()
    model.set_dataset(["first input", "b", "c"], ["y"], truth_table(["first input", "b", "c"]), np.zeros((8, 1)))
    view.needed_width()
    assert set(view.measured) == set(range(model.columnCount()))
    agrees_with_a_fresh_view(qtbot, view, model)
