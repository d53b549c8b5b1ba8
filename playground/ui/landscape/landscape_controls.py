"""The landscape window's controls: the mode, the two weights, the grid, and the buttons.

Only widgets and their texts; :class:`~playground.ui.landscape.landscape_window.LandscapeWindow`
connects them. Every control has an accessible name and a tooltip, and the whole row is reachable by
Tab in reading order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton, QSpinBox, QToolButton,
                               QWidget)

EXACT, INTERPOLATION, DIRECTIONS = "exact", "interpolation", "directions"
MODES = (EXACT, INTERPOLATION, DIRECTIONS)
DEFAULT_GRID, MIN_GRID, MAX_GRID = 61, 11, 201


def mode_title(mode: str) -> str:
    """What the picture is, as the window labels it."""
    if mode == EXACT:
        return QCoreApplication.translate("LandscapeControls", "Exact slice of two weights")
    if mode == INTERPOLATION:
        return QCoreApplication.translate("LandscapeControls", "Interpolation start → end")
    return QCoreApplication.translate("LandscapeControls", "Projection on two random directions")


def mode_caption(mode: str) -> str:
    """The one-line explanation shown above the picture (placeholders: iteration, start, seed)."""
    if mode == EXACT:
        return QCoreApplication.translate(
            "LandscapeControls", "exact slice: the error of the network with these two weights set, every other "
            "weight frozen at iteration {iteration}")
    if mode == INTERPOLATION:
        return QCoreApplication.translate(
            "LandscapeControls", "interpolation start → end: the error along the straight line from the weights "
            "of iteration {start} (t = 0) to those of iteration {iteration} (t = 1), every weight at once")
    return QCoreApplication.translate(
        "LandscapeControls", "projection on two random directions (filter-normalised, seed {seed}) through the "
        "weights of iteration {iteration}: every weight moves at once")


class LandscapeControls(QWidget):
    """Mode, weight 1, weight 2, grid size, seed, and Recompute, Re-grid, Export, Ghost paths, Sharpness."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeControls")
        self.mode_combo = QComboBox(objectName="landscapeMode")
        for mode in MODES:
            self.mode_combo.addItem(mode_title(mode), mode)
        self.mode_combo.setAccessibleName(self.tr("What to draw"))
        self.mode_combo.setToolTip(self.tr("An exact slice over two weights, the interpolation from the start weights "
                                      "to the shown ones, or a projection on two random directions"))
        self.first_combo = QComboBox(objectName="landscapeWeight1")
        self.second_combo = QComboBox(objectName="landscapeWeight2")
        for number, combo in ((1, self.first_combo), (2, self.second_combo)):
            combo.setAccessibleName(self.tr("Weight {number}").format(number=number))
            combo.setToolTip(self.tr("The weight on the {axis} axis; or click two edges of the network diagram")
                             .format(axis=self.tr("horizontal") if number == 1 else self.tr("vertical")))
        self.pick_label = QLabel(objectName="landscapePickHint", wordWrap=True)
        self.grid_spin = QSpinBox(objectName="landscapeGrid", minimum=MIN_GRID, maximum=MAX_GRID, value=DEFAULT_GRID,
                                  singleStep=10)
        self.grid_spin.setAccessibleName(self.tr("Grid points per side"))
        self.grid_spin.setToolTip(self.tr("How many values of each weight the surface is computed at"))
        self.seed_spin = QSpinBox(objectName="landscapeSeed", minimum=0, maximum=2**31 - 1, value=1)
        self.seed_spin.setAccessibleName(self.tr("Seed of the random directions"))
        self.seed_spin.setToolTip(self.tr("The random directions of the projection come from this seed"))
        self.recompute_button = QPushButton(self.tr("Recompute at shown iteration"), objectName="landscapeRecompute")
        self.recompute_button.setToolTip(self.tr("Freeze the other weights at the iteration on show now and compute "
                                            "again (F5)"))
        self.recompute_button.setShortcut(QKeySequence("F5"))
        self.regrid_button = QPushButton(self.tr("Re-grid"), objectName="landscapeRegrid")
        self.regrid_button.setToolTip(self.tr("Compute the surface again over the range in view, after zooming "
                                         "(drag a rectangle or turn the wheel) (Ctrl+R)"))
        self.regrid_button.setShortcut(QKeySequence("Ctrl+R"))
        self.ghost_check = QCheckBox(self.tr("Ghost paths"), objectName="landscapeGhosts", checked=True)
        self.ghost_check.setToolTip(self.tr("The paths gradient descent, momentum and Adam take from the same start "
                                       "weights, with the run's other settings"))
        self.sharpness_check = QCheckBox(self.tr("Sharpness"), objectName="landscapeSharpness")
        self.sharpness_check.setToolTip(self.tr("The largest eigenvalue of the error's Hessian along the run, against "
                                           "2/η: above it, plain gradient descent overshoots"))
        self.export_button = QToolButton(objectName="landscapeExport", text=self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAccessibleName(self.tr("Export the landscape"))
        menu = QMenu(self.export_button)
        self.png_action = QAction(self.tr("Picture (PNG)…"), menu, objectName="landscapePng")
        self.svg_action = QAction(self.tr("Drawing (SVG)…"), menu, objectName="landscapeSvg")
        self.csv_action = QAction(self.tr("Numbers (CSV)…"), menu, objectName="landscapeCsv")
        for action in (self.png_action, self.svg_action, self.csv_action):
            menu.addAction(action)
        self.export_button.setMenu(menu)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(self.tr("&Draw"), buddy=self.mode_combo), QLabel(self.tr("Weight &1"), buddy=self.first_combo),
                       QLabel(self.tr("Weight &2"), buddy=self.second_combo), QLabel(self.tr("&Grid"), buddy=self.grid_spin),
                       QLabel(self.tr("S&eed"), buddy=self.seed_spin)]
        row0 = (self.labels[0], self.mode_combo, self.labels[1], self.first_combo, self.labels[2], self.second_combo)
        for column, widget in enumerate(row0):
            layout.addWidget(widget, 0, column)
        row1 = (self.labels[3], self.grid_spin, self.labels[4], self.seed_spin, self.ghost_check, self.sharpness_check)
        for column, widget in enumerate(row1):
            layout.addWidget(widget, 1, column)
        # the buttons on a row of their own, not in the columns above: a long button ("Recalcular cuadrícula")
        # in a label's column made every row wider (the window 1,391 px at 1.5x in Spanish)
        buttons = QHBoxLayout()
        for button in (self.recompute_button, self.regrid_button, self.export_button):
            buttons.addWidget(button)
        buttons.addWidget(self.pick_label, 1)  # beside the buttons: one line less above the picture
        layout.addLayout(buttons, 2, 0, 1, 6)
        for column in (1, 3, 5):
            layout.setColumnStretch(column, 1)
        for combo in (self.mode_combo, self.first_combo, self.second_combo):  # a long item ("Proyección sobre
            # dos direcciones aleatorias") must not hold the window wider than a 1366-px projector at 1.5x
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.pick_label.setWordWrap(True)
        self.pick_label.setTextFormat(Qt.TextFormat.PlainText)

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(MODES.index(mode))

    def set_names(self, names: list[str]) -> None:
        """Fill both weight lists (keeping the choices that still exist)."""
        for combo in (self.first_combo, self.second_combo):
            kept = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            if kept in names:
                combo.setCurrentText(kept)
            combo.blockSignals(False)

    def weights(self) -> tuple[str, str]:
        return self.first_combo.currentText(), self.second_combo.currentText()

    def update_for_mode(self) -> None:
        """Show what the mode uses: the weights for the slice, the seed for the directions."""
        mode = self.mode()
        for widget in (self.first_combo, self.second_combo, self.labels[1], self.labels[2], self.pick_label):
            widget.setEnabled(mode == EXACT)
        for widget in (self.seed_spin, self.labels[4]):
            widget.setEnabled(mode == DIRECTIONS)
        self.regrid_button.setEnabled(mode != INTERPOLATION)
        self.ghost_check.setEnabled(mode != INTERPOLATION)


def _sample() -> LandscapeControls:
    controls = LandscapeControls()
    controls.set_names([f"syn0[{i}, {j}]" for i in range(3) for j in range(4)] + [f"syn1[{i}, 0]" for i in range(4)])
    controls.update_for_mode()
    return controls


if __name__ == "__main__":  # python -m playground.ui.landscape.landscape_controls
    from playground.ui.preview import preview

    preview(_sample, size=(900, 140))
