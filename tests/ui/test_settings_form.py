"""The settings form is built from ``core.settings.FIELDS``: one widget per setting, a made-up one included."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from playground.core.data import settings as settings_module
from playground.core.data.settings import ADVANCED, FIELDS, Settings
from playground.ui.experiment.controls import ControlsPanel
from playground.ui.main_window import MainWindow
from playground.ui.experiment.setting_fields import WrittenSpin
from tests.core.test_settings_table import made_up_field


@pytest.fixture
def dropout_window(qtbot, monkeypatch):
    """The main window made with a made-up setting in FIELDS (before the window reads it)."""
    monkeypatch.setattr(settings_module, "FIELDS", (*FIELDS, made_up_field()))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_every_setting_has_one_widget_of_its_kind_with_its_range_and_texts(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    assert list(panel.fields) == [f.name for f in FIELDS]
    for f in FIELDS:
        widget = panel.fields[f.name]
        assert widget.toolTip() == f.help
        if f.choices:
            assert isinstance(widget, QComboBox)
            assert [widget.itemText(i) for i in range(widget.count())] == list(f.choices)
        elif f.kind is bool:
            assert isinstance(widget, QCheckBox) and widget.text() == f.title
        elif f.kind in (int, float):
            low = f.low - (1 if f.optional else 0)  # an optional whole number: one more value, "none"
            assert widget.minimum() == pytest.approx(low, abs=1e-14) and widget.maximum() == pytest.approx(
                f.high, abs=1e-14)
        if f.kind is not bool:
            assert widget.accessibleName() == (f.spoken or f.title.replace("&", ""))
        # the Advanced section holds exactly the settings beyond the notebook
        assert panel.advanced.isAncestorOf(widget) == (f.group == ADVANCED)


def test_a_made_up_setting_has_its_field_in_the_window_and_goes_into_the_document(qtbot, dropout_window, tmp_path):
    window = dropout_window
    panel = window.controls
    spin = window.findChild(QWidget, "dropoutSpin")
    assert spin is panel.dropout_spin and isinstance(spin, WrittenSpin)
    assert panel.advanced.isAncestorOf(spin) and not spin.isVisible()  # Advanced starts collapsed
    label = next(lb for lb in panel.findChildren(QLabel) if lb.buddy() is spin)
    assert label.text() == "Dropout" and spin.toolTip() == "The share of hidden units left out of each update."
    assert (spin.minimum(), spin.maximum()) == (0.0, pytest.approx(1.0 - 1e-15))
    qtbot.mouseClick(panel.advanced_button, Qt.MouseButton.LeftButton)
    assert spin.isVisible()
    # typed as a student types it: one undoable change of the setting
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.25")
    assert window.settings().dropout == 0.25
    window.editor.undo()
    assert window.settings().dropout == 0.0 and spin.value() == 0.0
    window.editor.redo()
    assert window.settings().dropout == 0.25
    # saved with the document and shown again when it is opened
    path = tmp_path / "dropout.nnp"
    assert window.documents.save_as(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["settings"]["dropout"] == 0.25
    window.controls.set_settings(Settings())
    assert spin.value() == 0.0
    window.open_path(str(path))
    assert window.settings().dropout == 0.25 and spin.value() == 0.25 and spin.isVisible()


def test_settings_used_only_with_some_optimizer_are_shown_only_then(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_settings(Settings(optimizer="adam"))
    dependants = [f for f in FIELDS if f.shown_when]
    assert dependants and all(f.shown_when[0] == "optimizer" for f in dependants)
    for optimizer in ("gd", "momentum", "adam"):
        panel.optimizer_combo.setCurrentText(optimizer)
        assert panel.settings().optimizer == optimizer
        for f in dependants:
            assert panel.fields[f.name].isVisible() == (optimizer in f.shown_when[1]), (optimizer, f.name)


def test_a_lock_disables_the_fields_it_names(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.set_locked({"seed", "learning_rate"})
    assert [name for name, w in panel.fields.items() if not w.isEnabled()] == ["learning_rate", "seed"]
    panel.set_locked(set())
    assert all(w.isEnabled() for w in panel.fields.values())
