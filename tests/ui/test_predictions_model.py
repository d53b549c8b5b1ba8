"""PredictionsModel: layout and headers, outputs before and during training, closeness colours."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from playground.core.data.dataset import truth_table
from playground.ui.experiment.dataset_model import TARGET_TINT
from playground.ui.views.predictions_model import ERROR_TINTS, GOOD_TINT, NOT_TRAINED, PredictionsModel
from tests.core.test_network import Y_NB

R = Qt.ItemDataRole
H = Qt.Orientation.Horizontal
XOR = np.array([0, 1, 1, 0], float)


@pytest.fixture
def model(qtmodeltester):
    m = PredictionsModel()
    qtmodeltester.check(m)
    m.set_dataset(["a", "b"], ["y"], truth_table(["a", "b"]), XOR)
    return m


def texts(model, col, role=R.DisplayRole):
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def test_layout_and_headers_for_one_target(model):
    assert (model.rowCount(), model.columnCount()) == (4, 5)
    assert [model.headerData(c, H) for c in range(5)] == ["a", "b", "y target", "y output", "|error|"]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["1", "2", "3", "4"]
    assert "what the output should be" in model.headerData(2, H, R.ToolTipRole)
    assert model.headerData(5, H) is None


def test_two_targets_are_compact_target_output_pairs(model):
    Y = np.column_stack([[0, 0, 0, 1], XOR])
    model.set_dataset(["a", "b"], ["and", "xor"], truth_table(["a", "b"]), Y)
    assert model.compact()
    assert [model.headerData(c, H) for c in range(model.columnCount())] == ["inputs", "and", "xor"]
    assert texts(model, 0) == ["00", "01", "10", "11"]
    assert texts(model, 2) == [f"{t} → {NOT_TRAINED}" for t in ("0", "1", "1", "0")]
    assert texts(model, 2, R.BackgroundRole) == [TARGET_TINT] * 4
    assert "what the output should be" in model.headerData(2, H, R.ToolTipRole)
    model.set_outputs(np.array([[0.05, 0.2], [0.3, 0.96], [0.5, 0.6], [0.7, 0.8]]))
    assert texts(model, 2) == ["0 → 0.20", "1 → 0.96", "1 → 0.60", "0 → 0.80"]
    assert texts(model, 1, R.BackgroundRole)[0] == GOOD_TINT and texts(model, 2, R.BackgroundRole)[3] == ERROR_TINTS[-1]
    tip = model.data(model.index(3, 2), R.ToolTipRole)
    assert "0.8" in tip and "|error|" in tip  # every digit in the tooltip


def test_before_training_outputs_show_a_dash(model):
    assert texts(model, 0) == ["0", "0", "1", "1"]
    assert texts(model, 2) == ["0", "1", "1", "0"]
    assert texts(model, 3) == [NOT_TRAINED] * 4
    assert texts(model, 4) == [NOT_TRAINED] * 4
    assert texts(model, 3, R.BackgroundRole) == [None] * 4
    assert texts(model, 2, R.BackgroundRole) == [TARGET_TINT] * 4
    assert model.data(model.index(0, 3), R.ToolTipRole) == "not trained yet"


def test_set_outputs_updates_values_and_colours(model, qtbot):
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.set_outputs(np.array([[0.00971234], [0.95], [0.62], [0.7]]))
    assert changed == [(0, 3, 3, 4)]  # output and |error| columns only
    assert texts(model, 3) == ["0.0097", "0.9500", "0.6200", "0.7000"]
    assert texts(model, 4) == ["0.0097", "0.0500", "0.3800", "0.7000"]
    assert model.data(model.index(0, 3), R.ToolTipRole) == "output y = 0.00971234"
    assert model.data(model.index(2, 4), R.ToolTipRole) == "|error| = |0.62 − 1| = 0.38"

    colours = texts(model, 4, R.BackgroundRole)
    assert colours[0] == colours[1] == GOOD_TINT  # within 0.1
    assert colours[2] not in (GOOD_TINT, ERROR_TINTS[-1])  # in between
    assert colours[3] == ERROR_TINTS[-1]  # 0.5 and beyond: the strongest
    assert texts(model, 3, R.BackgroundRole) == colours  # output cells share the error's colour
    assert texts(model, 0, R.BackgroundRole) == [None] * 4  # inputs untouched
    assert texts(model, 3, R.ForegroundRole)[0] is not None  # fixed dark text on the tints

    model.set_outputs(np.array([0.0, 1.0, 1.0, 0.0]))  # 1-D is fine for one target
    assert texts(model, 4) == ["0.0000"] * 4
    assert texts(model, 4, R.BackgroundRole) == [GOOD_TINT] * 4

    with qtbot.waitSignal(model.dataChanged):
        model.set_outputs(None)
    assert texts(model, 3) == [NOT_TRAINED] * 4 and model.outputs() is None


def test_error_colours_grow_stronger_with_the_error():
    # Lightness falls monotonically from the palest vermillion to the strongest one.
    lightness = [c.lightness() for c in ERROR_TINTS[1:]]
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == len(lightness)
    assert GOOD_TINT.blue() > GOOD_TINT.red()  # blue for good, vermillion for bad


def test_two_targets_emit_one_change_for_their_columns(model):
    model.set_dataset(["a", "b"], ["and", "xor"], truth_table(["a", "b"]), np.column_stack([[0, 0, 0, 1], XOR]))
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.column(), b.column())))
    model.set_outputs(np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8]]))
    assert changed == [(1, 2)]  # the two pair columns, not the inputs
    assert texts(model, 2) == ["0 → 0.20", "1 → 0.40", "1 → 0.60", "0 → 0.80"]


def test_nan_outputs_show_as_worst(model):
    model.set_outputs(np.array([np.nan, 0.9, 0.9, 0.1]))
    assert texts(model, 3)[0] == "nan"
    assert model.data(model.index(0, 4), R.BackgroundRole) == ERROR_TINTS[-1]


def test_outputs_of_the_wrong_shape_are_refused(model):
    with pytest.raises(ValueError, match="4 rows x 1 targets"):
        model.set_outputs(np.zeros((3, 1)))


def test_set_dataset_resets_outputs(model, qtbot):
    model.set_outputs(np.zeros(4))
    with qtbot.waitSignal(model.modelReset):
        model.set_dataset(["a"], ["y"], [[0], [1]], [1, 0])
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert texts(model, 2) == [NOT_TRAINED] * 2
    with pytest.raises(ValueError):
        model.set_dataset(["a", "b"], ["y"], [[0], [1]], [1, 0])


def test_read_only(model):
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsSelectable


def test_large_table(model):
    X = truth_table([f"x{i}" for i in range(12)])
    model.set_dataset([f"x{i}" for i in range(12)], ["y"], X, X[:, 0])
    model.set_outputs(np.full(4096, 0.25))
    assert model.columnCount() == 4  # twelve inputs share one compact column
    assert model.data(model.index(4095, 0)) == "1111 1111 1111"
    assert model.data(model.index(4095, 2)) == "0.2500"  # output
    assert model.data(model.index(4095, 3)) == "0.7500"  # |error| against target 1
    assert model.data(model.index(0, 3)) == "0.2500"


def test_view_shows_outputs(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    model.set_outputs(np.array([0.1, 0.9, 0.8, 0.3]))
    assert view.model().data(view.model().index(3, 3)) == "0.3000"
    assert view.visualRect(model.index(3, 3)).isValid()


def test_the_preview_shows_a_trained_networks_predictions(qtbot, monkeypatch):
    from playground.ui.views.predictions_model import PredictionsModel
    from playground.ui.preview import PREVIEW_ENV, listening, preview, table_of

    monkeypatch.setenv(PREVIEW_ENV, "close")
    view = preview(listening(table_of(PredictionsModel), listener=lambda view: [view.model()]))
    qtbot.addWidget(view)
    assert view.model().headerData(5, H) == "|error|"
    outputs = view.model().outputs()
    assert outputs is not None and np.abs(outputs - Y_NB).max() < 0.1  # the notebook network after 3,000


def test_many_inputs_share_one_compact_column(qtmodeltester):
    from playground.core.data.dataset import generate
    from playground.ui.views.predictions_model import PredictionsModel

    ds = generate([f"x{i}" for i in range(6)])
    model = PredictionsModel()
    model.set_dataset(ds.input_names, ds.target_names, ds.X, ds.Y)
    qtmodeltester.check(model)
    assert model.columnCount() == 1 + 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "inputs"
    assert model.data(model.index(5, 0)) == "0001 01"
    assert "x5 = 1" in model.data(model.index(5, 0), Qt.ItemDataRole.ToolTipRole)


def test_a_new_table_shows_its_own_inputs_and_columns():
    """What a column shows and a row's inputs text are worked out once per table: a new table
    (other values, other shape) shows its own, never the last table's."""
    from playground.core.data.dataset import generate

    ds = generate([f"x{i}" for i in range(6)])
    model = PredictionsModel()
    model.set_dataset(ds.input_names, ds.target_names, ds.X, ds.Y)
    assert model.data(model.index(5, 0)) == "0001 01"
    model.set_dataset(ds.input_names, ds.target_names, 1 - ds.X, ds.Y)
    assert model.data(model.index(5, 0)) == "1110 10"
    model.set_dataset(["a", "b"], ["s", "c"], [[0, 1], [1, 1]], [[1, 0], [0, 1]])
    assert model.columnCount() == 1 + 2 and model.data(model.index(1, 0)) == "11"
    model.set_dataset(["a"], ["y"], [[0], [1]], [[1], [0]])
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)][3] == "|error|"


def test_only_changed_cells_are_announced_with_the_roles_that_changed(model):
    """~30 snapshots a second: a cell whose text stays is not re-measured (no DisplayRole),
    and a cell that did not change at all is not announced."""
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append(
        ((a.row(), a.column(), b.row(), b.column()), sorted(R(r).name for r in roles))))
    model.set_outputs(np.array([[0.1], [0.9], [0.62], [0.7]]))
    changed.clear()
    model.set_outputs(np.array([[0.1], [0.9], [0.62], [0.7]]))  # the same outputs
    assert changed == []
    model.set_outputs(np.array([[0.1], [0.90000001], [0.62], [0.7]]))  # row 1: same text, new value
    assert changed == [((1, 3, 1, 4), ["ToolTipRole"])]
    changed.clear()
    model.set_outputs(np.array([[0.1], [0.90000001], [0.6301], [0.7]]))  # row 2: new text, same tint
    text_roles = ["BackgroundRole", "DisplayRole", "ForegroundRole", "ToolTipRole"]
    assert changed == [((2, 3, 2, 4), text_roles)]
    assert texts(model, 3)[2] == "0.6301"
    changed.clear()
    model.set_outputs(np.array([[0.3], [0.90000001], [0.6301], [0.7]]))  # row 0: far off now: a new tint
    assert changed == [((0, 3, 0, 4), text_roles)]
    assert model.data(model.index(0, 4), R.BackgroundRole) != GOOD_TINT


def test_no_new_text_goes_unannounced():
    """The cheap test for "the text may have changed" never misses a change of format_output's text."""
    from playground.ui.views.predictions_model import _SAME, _TEXT, _change, format_output

    rng = np.random.default_rng(7)
    edges = (np.arange(-20000, 20000) + 0.5) / 10**4  # values on and next to rounding edges
    old = np.concatenate([rng.random(20000), rng.normal(0, 1e6, 2000), edges, np.nextafter(edges, 0),
                          [0.0, -0.0, np.nan, np.inf, -np.inf, 1e300, 5e-5, -5e-5]])
    new = np.concatenate([old[:1000], old[1000:] + rng.normal(0, 1e-4, old.size - 1000)])
    new[-8:] = [-0.0, 0.0, 0.5, np.nan, np.inf, 1e300 * 1.0000001, -5e-5, 5e-5]
    codes = _change(old, new)
    differs = np.array([format_output(a) != format_output(b) for a, b in zip(old, new)])
    assert differs.any() and (~differs).any()
    assert np.all(codes[differs] == _TEXT)
    assert np.all(codes[:1000] == _SAME)


def test_fitted_columns_are_measured_again_only_when_a_text_length_changes(model, qtbot):
    from PySide6.QtWidgets import QTableView

    from playground.ui.views.predictions_columns import fit_columns

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view)
    view.show()
    dash = view.columnWidth(3)
    widened = []
    model.textWidthsChanged.connect(lambda: widened.append(1))
    model.set_outputs(np.array([[0.1], [0.9], [0.62], [0.7]]))  # "–" -> "0.1000": wider
    assert widened == [1]
    qtbot.waitUntil(lambda: view.columnWidth(3) >= dash)
    fitted = view.columnWidth(3)
    for k in range(5):  # a run's snapshots: new numbers, same lengths: no measuring
        model.set_outputs(np.array([[0.1 + k / 100], [0.9], [0.62 - k / 100], [0.7]]))
    assert widened == [1] and view.columnWidth(3) == fitted
    header = view.horizontalHeader()
    assert header.length() == view.viewport().width()  # the last column fills the rest, no scroll bar
    model.set_outputs(np.array([[-1234.5], [0.9], [0.62], [0.7]]))  # a linear output grows
    assert widened == [1, 1]
    qtbot.waitUntil(lambda: view.columnWidth(3) > fitted)
    big = view.font()
    big.setPointSizeF(big.pointSizeF() * 2)
    wide = view.columnWidth(3)
    view.setFont(big)  # presentation mode: larger text, wider columns
    qtbot.waitUntil(lambda: view.columnWidth(3) > wide)


def test_a_new_runs_dashes_and_first_outputs_keep_the_columns_widths(model, qtbot):
    """Train shows "–" until the first outputs: neither change is a new width (each made the view ask the window
    for a new layout, in the pause the press makes). A wider number still is."""
    from PySide6.QtWidgets import QTableView

    from playground.ui.views.predictions_columns import fit_columns

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view)
    model.set_outputs(np.array([[0.1], [0.9], [0.62], [0.7]]))
    fitted = view.columnWidth(3)
    widened = []
    model.textWidthsChanged.connect(lambda: widened.append(1))
    model.set_outputs(None)  # a new run's reset
    assert model.data(model.index(0, 3)) == "–" and widened == [] and view.columnWidth(3) == fitted
    model.set_outputs(np.array([[0.5], [0.5], [0.5], [0.5]]))  # its first outputs, as long as the last run's
    assert widened == [] and view.columnWidth(3) == fitted
    model.set_outputs(np.array([[-12.5], [0.5], [0.5], [0.5]]))
    assert widened == [1]


def test_a_huge_output_is_written_in_powers_of_ten():
    """A diverging linear output (lesson 7) printed 150 digits and pushed |error| off the screen."""
    from playground.ui.views.predictions_model import format_output

    assert format_output(0.0097) == format_output(0.0097, 4) and len(format_output(0.0097)) <= 8
    huge = format_output(-1.49e150)
    assert "e+150" in huge and len(huge) <= 10, huge
    assert len(format_output(2.5e6)) <= 10
