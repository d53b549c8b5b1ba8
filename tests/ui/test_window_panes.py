"""The main window's panes and menus (window_panes.py), each built on its own as the window builds it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMenu, QMenuBar, QTableView, QVBoxLayout, QWidget

from playground.core.data.dataset import INPUT, TARGET
from playground.core.data.experiment import Experiment
from playground.core.data.presets import PRESETS
from playground.ui.experiment.dataset_model import DatasetModel
from playground.ui.window_panes import (DatasetBox, ResultTabs, SettingsScroll, SlimButton, TrainingActions,
                                        message_bar, presets_menu, same_rows)


class RecordingEditor:
    """The part of the window's undoable editor the dataset box's buttons use."""

    def __init__(self):
        self.calls = []

    def insert_rows(self, at, n):
        self.calls.append(("rows", at, n))

    def insert_column(self, at, role):
        self.calls.append(("column", at, role))


@pytest.fixture
def box(qtbot):
    experiment = Experiment()
    b = DatasetBox(DatasetModel(experiment=experiment), experiment)
    qtbot.addWidget(b)
    return b


def button(box, name):
    return next(b for b in box.buttons if b.objectName() == name)


def test_the_dataset_buttons_add_rows_and_columns_at_the_end_of_their_kind(box):
    ds = box.experiment.dataset
    button(box, "addRowButton").click()  # no editor yet: nothing happens
    editor = RecordingEditor()
    box.set_editor(editor)
    button(box, "addRowButton").click()
    button(box, "addInputButton").click()
    button(box, "addTargetButton").click()
    assert editor.calls == [("rows", box.model.rowCount(), 1), ("column", len(ds.input_columns), INPUT),
                            ("column", len(ds.names), TARGET)]
    assert box.table.model() is box.model and box.locked_label.isHidden()


def test_a_slim_button_may_shrink_to_its_text():
    b = SlimButton("+ Row")
    fm = b.fontMetrics()
    assert fm.horizontalAdvance("+ Row") < b.minimumSizeHint().width() <= b.sizeHint().width()


def test_the_settings_scroll_is_never_narrower_than_its_panel_and_scroll_bar(qtbot):
    scroll = SettingsScroll()
    qtbot.addWidget(scroll)
    panel, wide = QWidget(), QWidget()
    wide.setMinimumWidth(333)  # a form whose spin boxes need that much
    QVBoxLayout(panel).addWidget(wide)
    scroll.setWidget(panel)
    assert scroll.minimumSizeHint().width() >= 333 + scroll.verticalScrollBar().sizeHint().width()


def test_the_presets_menu_holds_every_preset_and_beyond_the_notebook_in_a_submenu(qtbot):
    bar = QMenuBar()
    qtbot.addWidget(bar)
    chosen = []
    actions = presets_menu(bar, lambda: chosen.append(True))
    assert list(actions) == list(PRESETS)
    beyond = bar.findChild(QMenu, "beyondPresetsMenu")
    for name, preset in PRESETS.items():
        assert actions[name].data() == name and actions[name].text().startswith(f"{name} — ")
        assert (actions[name] in beyond.actions()) == (preset.group == "beyond")
    actions["xor"].trigger()
    assert chosen == [True]


def test_the_decision_map_is_built_once_when_its_tab_is_first_chosen(qtbot):
    built = []
    tabs = ResultTabs(QLabel("predictions"), QLabel("log"), built.append)
    qtbot.addWidget(tabs)
    assert [tabs.tabText(i) for i in range(3)] == ["Predictions", "Log", "Decision map"]
    assert tabs.map_view is None and built == []
    tabs.setCurrentIndex(2)
    assert built == [tabs.map_view] and tabs.widget(2) is tabs.map_view and tabs.currentIndex() == 2
    assert tabs.decision_map is tabs.map_view and len(built) == 1


def test_the_table_and_the_predictions_stay_on_the_same_row(qtbot):
    def view(rows):
        v = QTableView()
        v.setModel(QStandardItemModel(rows, 2))
        qtbot.addWidget(v)
        return v

    table, predictions, shown = view(5), view(4), []
    same_rows(table, predictions, shown.append)
    table.setCurrentIndex(table.model().index(2, 1))
    assert predictions.currentIndex().row() == 2 and shown[-1] == 2
    predictions.setCurrentIndex(predictions.model().index(3, 0))
    assert table.currentIndex().row() == 3 and shown[-1] == 3
    table.setCurrentIndex(table.model().index(4, 0))  # a row the predictions do not have (yet)
    assert predictions.currentIndex().row() == 3 and shown[-1] == 4


def test_the_training_actions_and_their_keys(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = TrainingActions(owner)
    assert QKeySequence("F5") in actions.train.shortcuts() and QKeySequence("Ctrl+Return") in actions.train.shortcuts()
    assert actions.stop.shortcut() == QKeySequence("Esc") and not actions.stop.isEnabled()
    assert actions.reset.shortcut() == QKeySequence("Ctrl+R")
    assert actions.toolbar.actions() == [actions.train, actions.stop, actions.reset]
    assert actions.blocked_label.isHidden()


def test_the_message_bar_shows_file_names_as_written():
    bar = message_bar()
    bar.setText("<b>a.csv</b> could not be read")
    assert bar.isHidden() and bar.wordWrap()
    assert bar.textFormat() == Qt.TextFormat.PlainText  # a name like <b>a.csv</b> is shown, not rendered


def test_asking_for_the_decision_map_builds_it_in_place_and_leaves_the_tab_on_show(qtbot):
    built, changes = [], []
    tabs = ResultTabs(QLabel("predictions"), QLabel("log"), built.append)
    qtbot.addWidget(tabs)
    tabs.setCurrentIndex(1)
    tabs.currentChanged.connect(changes.append)
    view = tabs.decision_map  # a lesson asks for it before anyone opens the tab
    assert built == [view] and tabs.indexOf(view) == 2 and tabs.tabText(2) == "Decision map"
    assert tabs.currentIndex() == 1 and changes == []  # the Log stays on show; no tab change is told
    assert tabs.count() == 3
