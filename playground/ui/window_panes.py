"""The main window's panes and menus, built here so the window itself only wires them together.

Each builder returns its widgets; none takes the window. Texts keep the ``MainWindow`` translation
context they always had (the catalogues need no change).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGroupBox, QHeaderView, QLabel, QMenu, QMenuBar,
                               QPushButton, QScrollArea, QSizePolicy, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from playground.core.data.dataset import INPUT, TARGET
from playground.core.data.experiment import Experiment
from playground.core.data.presets import PRESETS
from playground.ui.experiment.dataset_model import DatasetModel
from playground.ui.experiment.dataset_view import DatasetView
from playground.ui.classroom.presentation import set_section_floor
from playground.ui.kit.flow_layout import FlowLayout
from playground.ui.kit.pictogram_text import show_pictogram
from playground.ui.views.predictions_columns import PredictionsView, fit_columns
from playground.ui.views.predictions_model import PredictionsModel
from playground.ui.run.transport import style_buttons


class SlimButton(QPushButton):
    """A push button that may shrink to its text (the style's minimum of ~80 px made five dataset
    buttons wider than the pane); it still asks for the usual width when there is room."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = min(fm.horizontalAdvance(self.text()) + fm.height(), super().sizeHint().width())
        return QSize(width, super().minimumSizeHint().height())


def preset_description(text: str) -> str:
    """A preset's description (playground.core.data.presets, English) in the interface language."""
    return QCoreApplication.translate("Presets", text)  # marked in playground/ui/core_texts.py


class SettingsScroll(QScrollArea):
    """Scrolls its panel up and down only: never narrower than the panel plus the scroll bar. A plain
    QScrollArea may be narrower, and the panel's right edge (the spin-box arrows) went under the scroll
    bar (German at 1280x720 in presentation mode)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        panel = self.widget()
        if panel is None:
            return hint
        width = panel.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a new font or language changed the panel's least width: ask the layout again
        return super().eventFilter(obj, event)


class DatasetBox(QGroupBox):
    """The truth table with its row and column buttons and the "Locked while training" line.

    The buttons edit through the window's undoable editor, given with :meth:`set_editor`."""

    def __init__(self, model: DatasetModel, experiment: Experiment) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Dataset"))
        self.model, self.experiment = model, experiment
        self.editor = None
        self.table = DatasetView(objectName="datasetTable")
        self.table.setModel(model)
        model.set_base_font(self.table.font())  # bold target headers are sized from this
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        set_section_floor(self.table, 44)  # then widened to the column names, at every scale
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setToolTip(QCoreApplication.translate(
            "MainWindow", "The truth table: one row per example. Tinted columns are targets, "
                          "the outputs the network should learn."))

        buttons = FlowLayout(spacing=6)  # a second row rather than a pane too wide for a projector
        self.buttons = [
            SlimButton(QCoreApplication.translate("MainWindow", "+ Row"), objectName="addRowButton",
                       toolTip=QCoreApplication.translate("MainWindow", "Add a row at the end")),
            SlimButton(QCoreApplication.translate("MainWindow", "− Row"), objectName="removeRowButton",
                       toolTip=QCoreApplication.translate("MainWindow", "Remove the selected rows")),
            SlimButton(QCoreApplication.translate("MainWindow", "+ Input"), objectName="addInputButton",
                       toolTip=QCoreApplication.translate("MainWindow", "Add an input column")),
            SlimButton(QCoreApplication.translate("MainWindow", "+ Target"), objectName="addTargetButton",
                       toolTip=QCoreApplication.translate("MainWindow", "Add a target column (another output)")),
            SlimButton(QCoreApplication.translate("MainWindow", "− Column"), objectName="removeColumnButton",
                       toolTip=QCoreApplication.translate("MainWindow", "Remove the selected column")),
        ]
        for b in self.buttons:
            buttons.addWidget(b)
        self.locked_label = QLabel(QCoreApplication.translate("MainWindow", "Locked while training"),
                                   objectName="datasetLockedLabel", textFormat=Qt.TextFormat.PlainText)
        self.locked_label.setStyleSheet("color: palette(mid); font-style: italic;")
        self.locked_label.hide()

        v = QVBoxLayout(self)
        v.addWidget(self.table, 1)
        v.addLayout(buttons)
        v.addWidget(self.locked_label)
        add_row, remove_rows, add_input, add_target, remove_column = self.buttons
        add_row.clicked.connect(self._add_row)
        remove_rows.clicked.connect(lambda: self.table.remove_rows())
        add_input.clicked.connect(lambda: self._add_column(INPUT))
        add_target.clicked.connect(lambda: self._add_column(TARGET))
        remove_column.clicked.connect(lambda: self.table.remove_columns())

    def set_editor(self, editor) -> None:
        self.editor = editor

    @Slot()
    def _add_row(self) -> None:
        if self.editor is not None:
            self.editor.insert_rows(self.model.rowCount(), 1)

    def _add_column(self, role: str) -> None:
        if self.editor is not None:
            ds = self.experiment.dataset
            self.editor.insert_column(len(ds.input_columns) if role == INPUT else len(ds.names), role)


def settings_group(controls: QWidget) -> QGroupBox:
    """The settings form in a box; on a short screen (a projector at 1280x720, presentation mode) the
    settings scroll, so the table above keeps at least four rows in view."""
    box = QGroupBox(QCoreApplication.translate("MainWindow", "Network and training"))
    scroll = SettingsScroll(objectName="settingsScroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    scroll.setWidget(controls)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.verticalScrollBar().setToolTip(QCoreApplication.translate(
        "MainWindow", "More settings: the window is too short to show them all"))
    QVBoxLayout(box).addWidget(scroll)
    return box


def predictions_view(model: PredictionsModel) -> PredictionsView:
    """The predictions table: read-only, one row selected, columns sized once from their texts."""
    view = PredictionsView(objectName="predictionsTable")  # asks for the width of every column
    view.setModel(model)
    # Size columns from the first rows only: measuring 1,000 rows after every edit of a 4,096-row table stutters.
    view.horizontalHeader().setResizeContentsPrecision(64)
    fit_columns(view)  # as wide as their texts (the last fills the rest), not re-measured per snapshot
    view.verticalHeader().setDefaultSectionSize(26)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # read-only: Tab leaves it, the arrow keys move inside
    view.setToolTip(QCoreApplication.translate(
        "MainWindow", "For each row: the target, the network's output and how far apart they are."))
    view.setAccessibleName(QCoreApplication.translate("MainWindow", "Predictions"))
    return view


def message_bar() -> QLabel:
    """The message line above the plots. Messages quote file names, column names and typed values:
    plain text, never markup."""
    bar = QLabel(objectName="messageBar", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    bar.setFrameShape(QFrame.Shape.StyledPanel)
    bar.setStyleSheet("QLabel#messageBar { background: #FFF4CE; color: #3D2F00; "
                      "border: 1px solid #E0B400; padding: 6px; }")
    bar.hide()
    return bar


def presets_menu(menu_bar: QMenuBar, chosen: Callable[[], None]) -> dict[str, QAction]:
    """The Presets menu (the notebook's, then "Beyond the notebook" as one submenu); each action's data
    is the preset's name and triggers ``chosen``."""
    menu_ = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Presets"))
    menu_.setObjectName("presetsMenu")
    actions = {}
    beyond = None  # losses, optimisers, mini-batches, test rows, 2-D points: one submenu
    for name, preset in PRESETS.items():
        menu = menu_
        if preset.group == "beyond":
            if beyond is None:
                menu_.addSeparator()
                beyond = menu_.addMenu(QCoreApplication.translate("MainWindow", "&Beyond the notebook"))
                beyond.setObjectName("beyondPresetsMenu")
            menu = beyond
        act = menu.addAction(f"{name} — {preset_description(preset.description)}")
        act.setData(name)
        act.triggered.connect(chosen)
        actions[name] = act
    return actions


def editing_menus(menu_bar: QMenuBar, documents, editor, table: DatasetView) -> None:
    """File, Edit and Table menus, put before the menus already there."""
    owner = menu_bar.parentWidget()
    first = menu_bar.actions()[0] if menu_bar.actions() else None
    file_menu = QMenu(QCoreApplication.translate("MainWindow", "&File"), owner, objectName="fileMenu")
    documents.build_file_menu(file_menu)
    edit_menu = QMenu(QCoreApplication.translate("MainWindow", "&Edit"), owner, objectName="editMenu")
    edit_menu.addActions([editor.undo_action, editor.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions(table.edit_actions())
    table_menu = QMenu(QCoreApplication.translate("MainWindow", "&Table"), owner, objectName="tableMenu")
    for act in table.table_actions() + [None, table.generate_action, table.fill_action]:
        table_menu.addAction(act) if act is not None else table_menu.addSeparator()
    for menu in (file_menu, edit_menu, table_menu):
        menu_bar.insertMenu(first, menu) if first is not None else menu_bar.addMenu(menu)


class ResultTabs(QTabWidget):
    """Predictions, Log and the decision map, each tab's whole name shown.

    The decision map is built when first shown or asked for (:attr:`decision_map`): it is the costliest
    panel to construct, and start-up time to the first frame matters more than a tab most never open.
    ``built(view)`` is called once it exists, for the window to connect it."""

    def __init__(self, predictions: QWidget, log_view: QWidget, built: Callable[[QWidget], None]) -> None:
        super().__init__(objectName="resultTabs")
        self._built = built
        # Every tab's whole name, never "Entsch…" or behind scroll arrows: the pane asks the splitter for the room.
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Results"))
        self.addTab(predictions, QCoreApplication.translate("MainWindow", "Predictions"))
        self.addTab(log_view, QCoreApplication.translate("MainWindow", "Log"))
        self.map_view = None
        self.placeholder = QWidget(objectName="decisionMapPlaceholder")  # a lesson knows it by name
        self.addTab(self.placeholder, QCoreApplication.translate("MainWindow", "Decision map"))
        self.currentChanged.connect(self._tab_changed)

    @property
    def decision_map(self):
        if self.map_view is None:
            from playground.ui.views.decision_map import DecisionMapView  # imported when first used

            view = DecisionMapView()
            index = self.indexOf(self.placeholder)
            current = self.currentIndex() == index
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, view, QCoreApplication.translate("MainWindow", "Decision map"))
            if current:
                self.setCurrentIndex(index)
            self.blockSignals(False)
            self.placeholder.deleteLater()
            self.map_view = view
            self._built(view)
        return self.map_view

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.map_view is None and self.widget(index) is self.placeholder:
            self.decision_map  # noqa: B018 - builds it


class TrainingActions:
    """Train, Stop, Reset, Clear previous runs and Convergence study, and the training toolbar with the
    big Train and Stop buttons; ``blocked_label`` says why Train is disabled, as a line over the panels
    (not in the toolbar: a long reason pushed the toolbar's actions into its overflow menu)."""

    def __init__(self, owner: QWidget) -> None:
        self.toolbar = tb = QToolBar(QCoreApplication.translate("MainWindow", "Training"), objectName="trainingToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # the pictograms on the toolbar's buttons, words in the Run menu and for screen readers
        self.train = QAction(owner, objectName="trainAction")
        show_pictogram(self.train, QCoreApplication.translate("MainWindow", "▶  Train"))
        self.train.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+Return")])
        self.train.setToolTip(QCoreApplication.translate(
            "MainWindow", "Train the network on the table (F5 or Ctrl+Return)"))
        self.stop = QAction(owner, objectName="stopAction", enabled=False)
        show_pictogram(self.stop, QCoreApplication.translate("MainWindow", "■  Stop"))
        self.stop.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop.setToolTip(QCoreApplication.translate(
            "MainWindow", "Stop training now (Esc); the weights learnt so far are kept"))
        self.reset = QAction(owner, objectName="resetAction")
        show_pictogram(self.reset, QCoreApplication.translate("MainWindow", "⟲  Reset"))
        self.reset.setShortcut(QKeySequence("Ctrl+R"))
        self.reset.setToolTip(QCoreApplication.translate(
            "MainWindow", "Forget the training: back to the starting weights of this seed"))
        self.clear_runs = QAction(QCoreApplication.translate("MainWindow", "Clear previous runs"), owner,
                                  objectName="clearRunsAction")
        self.study = QAction(QCoreApplication.translate("MainWindow", "Convergence study…"), owner,
                             objectName="studyAction")
        self.study.setToolTip(QCoreApplication.translate(
            "MainWindow", "Train this setting from many seeds at once: how often does it learn?"))
        for a in (self.train, self.stop, self.reset):
            tb.addAction(a)
        self.train_button, self.stop_button = style_buttons(
            tb, {"trainButton": self.train, "stopButton": self.stop}, "#0072B2")
        self.blocked_label = QLabel(objectName="trainBlockedLabel", wordWrap=True,
                                    textFormat=Qt.TextFormat.PlainText)  # a reason quotes column names
        self.blocked_label.setStyleSheet("color: #B3261E; font-weight: bold; padding: 2px 8px;")
        self.blocked_label.hide()


def same_rows(table: QAbstractItemView, predictions: QAbstractItemView, shown: Callable[[int], None]) -> None:
    """Keep the dataset table and the predictions on the same row; ``shown(row)`` hears the table's row."""

    def changed(current, _previous, other: QAbstractItemView) -> None:
        if current.isValid() and other.currentIndex().row() != current.row() \
                and current.row() < other.model().rowCount():
            other.selectionModel().setCurrentIndex(
                other.model().index(current.row(), max(other.currentIndex().column(), 0)),
                QItemSelectionModel.SelectionFlag.NoUpdate)
        index = table.currentIndex()
        shown(index.row() if index.isValid() else 0)

    table.selectionModel().currentChanged.connect(lambda cur, prev: changed(cur, prev, predictions))
    predictions.selectionModel().currentChanged.connect(lambda cur, prev: changed(cur, prev, table))


if __name__ == "__main__":  # python -m playground.ui.window_panes: the dataset box on the start-up table
    from playground.ui.preview import preview

    def _sample() -> DatasetBox:
        experiment = Experiment()
        return DatasetBox(DatasetModel(experiment=experiment), experiment)

    preview(_sample, size=(420, 360))


def fit_panes(window) -> tuple:
    """The main window's panes kept within its room: the wide tables get what the room beside the docks allows
    (the window never grows past the screen; presentation_fit.PaneRoom), a short table leaves the height of
    its empty rows to the panes beside it (kit.row_fit), and the result tabs leave the plots' side when the
    error plot would be too narrow beside them (a lesson docked at 1366x768; classroom.compact_results).
    Returns (PaneRoom, CompactResults)."""
    from playground.ui.classroom.compact_results import CompactResults
    from playground.ui.classroom.presentation_fit import PaneRoom
    from playground.ui.kit.row_fit import RowFit

    room = PaneRoom(window, window.main_splitter, {window.table: DatasetView.MAX_SHARE,
                                                   window.predictions: PredictionsView.MAX_SHARE})
    compact = CompactResults(window, window.main_splitter, window.side_panel, window.center_splitter, window.tabs,
                             window.network_view, room.room, room.fit)
    room.before_screen_fit = compact.release
    # A pane shown again never comes back at no height: after a lesson walked steps that moved the result tabs
    # below the plots and back, the diagram of the next lesson kept the 0 px it had while hidden.
    window.center_splitter.setChildrenCollapsible(False)
    RowFit(window.table, spare=1)  # children of their tables: they live as long as the tables
    RowFit(window.predictions)
    return room, compact
