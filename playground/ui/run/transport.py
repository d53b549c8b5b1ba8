"""The classroom transport: Play/Pause, Step, Step N, speed, a target error, the iteration counter.

A toolbar of actions and widgets; it decides nothing itself. The window's
classroom controller (:mod:`playground.ui.classroom.classroom`) reacts to the actions
and tells the bar whether training runs (``set_running``) and where it is
(``set_iteration``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel, QSlider, QSpinBox, QToolBar, QWidget

from playground.core.data.settings import MAX_ITERATIONS
from playground.ui.kit.accessibility import follow_action_names
from playground.ui.kit.pictogram_text import show_pictogram
from playground.ui.kit.steady_label import SteadyLabel
from playground.ui.run.run_status import live_timer

# Speeds the slider offers, in iterations a second; None = as fast as the machine goes.
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 30, 100, 1000, 10_000, 100_000, None)
FULL_SPEED_INDEX = len(SPEEDS) - 1

def speed_text(rate: float | None) -> str:
    """A speed as shown beside the slider, in the interface language."""
    if rate is None:
        return QCoreApplication.translate("TransportBar", "full speed")
    if rate == 1:
        return QCoreApplication.translate("TransportBar", "1 iteration a second")
    return QCoreApplication.translate("TransportBar", "{rate} it/s").format(rate=QLocale().toString(int(rate)))


def style_buttons(bar: QToolBar, buttons: dict, colour: str) -> list:
    """Name the buttons of ``bar``'s actions ({object name: action}) and style the bar for a classroom:
    large text, the first button filled with ``colour`` while enabled. Returns the buttons."""
    widgets = []
    for name, action in buttons.items():
        widgets.append(bar.widgetForAction(action))
        widgets[-1].setObjectName(name)
        follow_action_names(widgets[-1])  # a screen reader says "Play", not the triangle before it
    bar_name, first = bar.objectName(), next(iter(buttons))
    # Every button of the bar looks like one (a frame and a face), not flat text: a frame in the
    # palette's colours, so the high-contrast palette and a dark one keep it; checked ones are filled.
    button = f"QToolBar#{bar_name} QToolButton"
    bar.setStyleSheet(f"QToolBar#{bar_name} {{ spacing: 6px; padding: 4px; }}"
                      f"{button} {{ font-size: 13pt; padding: 4px 12px; border: 1px solid palette(mid);"
                      " border-radius: 4px; background: palette(button); color: palette(button-text); }"
                      f"{button}:hover {{ border-color: palette(highlight); }}"
                      f"{button}:pressed, {button}:checked {{ background: palette(highlight);"
                      " color: palette(highlighted-text); }"
                      f"{button}:disabled {{ color: palette(mid); background: palette(window); }}"
                      f"QToolButton#{first}:enabled {{ background: {colour}; color: white; border-color: {colour}; }}")
    return widgets


class TransportBar(QToolBar):
    """Play/Pause, Step, Step N, speed slider, target error and the iteration counter."""

    rateChanged = Signal(object)  # float iterations a second, or None for full speed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Classroom"), parent)
        self.setObjectName("transportToolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.play_action = QAction(self, objectName="playPauseAction")  # its text: set_running
        self.play_action.setShortcuts([QKeySequence("Ctrl+Space"), QKeySequence(Qt.Key.Key_MediaTogglePlayPause)])
        self.step_action = QAction(self.tr("Step"), self, objectName="stepAction")
        self.step_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.step_action.setToolTip(self.tr("Do exactly one iteration (one forward pass, one backward pass, one update), "
                                    "then pause (F6). Open the inspector to see every number of it."))
        self.step_n_action = QAction(self.tr("Step N:"), self, objectName="stepNAction")
        self.step_n_action.setShortcut(QKeySequence("Shift+F6"))
        self.step_n_spin = QSpinBox(objectName="stepCountSpin", minimum=1, maximum=MAX_ITERATIONS, value=100)
        self.step_n_spin.setGroupSeparatorShown(True)
        self.step_n_spin.setToolTip(self.tr("How many iterations Step N does"))
        self.step_n_spin.setAccessibleName(self.tr("Step N count"))
        self.step_n_spin.valueChanged.connect(self._update_step_n_tooltip)
        self._update_step_n_tooltip(self.step_n_spin.value())

        self.speed_slider = QSlider(Qt.Orientation.Horizontal, objectName="speedSlider")
        self.speed_slider.setRange(0, FULL_SPEED_INDEX)
        self.speed_slider.setValue(FULL_SPEED_INDEX)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setToolTip(self.tr("How fast training goes: from 1 iteration a second (slow motion: the "
                                     "diagram and the numbers change at every iteration) to full speed. "
                                     "You can change it while training runs."))
        self.speed_slider.setAccessibleName(self.tr("Speed"))
        self.speed_label = QLabel(objectName="speedLabel")
        self.speed_label.setToolTip(self.speed_slider.toolTip())
        self.speed_slider.valueChanged.connect(self._speed_moved)

        self.target_check = QCheckBox(self.tr("Stop at error ≤"), objectName="targetErrorCheck")
        self.target_check.setToolTip(self.tr("Also stop as soon as the error (the mean of |target − output|) "
                                     "is at most this value, even before the last iteration."))
        self.target_spin = QDoubleSpinBox(objectName="targetErrorSpin", decimals=5, minimum=0.00001, maximum=1.0,
                                          value=0.01, singleStep=0.001)
        self.target_spin.setToolTip(self.target_check.toolTip())
        self.target_spin.setAccessibleName(self.tr("Target error"))
        self.target_spin.setEnabled(False)
        self.target_check.toggled.connect(self.target_spin.setEnabled)

        # repainted, never re-laid out, for each new count (30 a second while training): see steady_label
        self.iteration_label = SteadyLabel(objectName="iterationLabel")
        self.iteration_label.setToolTip(self.tr("How many iterations (weight updates) the network has done so far"))
        self.iteration_label.setStyleSheet("QLabel#iterationLabel { font-weight: bold; padding: 0 10px; }")

        self.addAction(self.play_action)
        self.addAction(self.step_action)
        self.addAction(self.step_n_action)
        self.addWidget(self.step_n_spin)
        self.addSeparator()
        self.addWidget(QLabel(" " + self.tr("Speed") + " ", objectName="speedTitleLabel",
                              toolTip=self.speed_slider.toolTip()))
        self.addWidget(self.speed_slider)
        self.addWidget(self.speed_label)
        self.addSeparator()
        self.addWidget(self.target_check)
        self.addWidget(self.target_spin)
        self.addSeparator()
        self.addWidget(self.iteration_label)
        self.play_button, self.step_button, self.step_n_button = style_buttons(
            self, {"playButton": self.play_action, "stepButton": self.step_action, "stepNButton": self.step_n_action},
            "#009E73")
        self._running = False
        self._fit_to_font()
        self.set_running(False)
        self._speed_moved(self.speed_slider.value())
        self.set_iteration(0)

    def _fit_to_font(self) -> None:
        """Widths that follow the font (presentation mode): the slider and the longest speed text."""
        fm = self.fontMetrics()
        self.speed_slider.setFixedWidth(fm.averageCharWidth() * 16)
        widest = max(fm.horizontalAdvance(speed_text(rate)) for rate in SPEEDS)  # in the interface language
        self.speed_label.setFixedWidth(widest + fm.averageCharWidth() * 2)
        # A steady width: room for the counter up to 1e9 (in the label's bold font); the rare
        # "(looking back)" part may widen it while the History slider is used (reserving it
        # always pushed the toolbar into its "»" menu).
        self.iteration_label.set_sample(self.tr("Iteration 1,000,000,000  (looking back)").split("  (")[0] + "  ")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_running"):  # built
            self._fit_to_font()

    # ----- state shown
    def set_running(self, running: bool, can_start: bool = True) -> None:
        """While training runs: Play becomes Pause and the steps wait."""
        self._running = running
        # the pictogram on the button, words in the Run menu and for screen readers
        show_pictogram(self.play_action, self.tr("❚❚  Pause") if running else self.tr("▶  Play"))
        self.play_action.setToolTip(
            self.tr("Pause (Ctrl+Space): stop here and keep everything; Play goes on from here") if running else
            self.tr("Play (Ctrl+Space): train from where the network is now, at the chosen speed, up to Iterations"))
        self.play_action.setEnabled(running or can_start)
        for a in (self.step_action, self.step_n_action):
            a.setEnabled(not running and can_start)
        self.step_n_spin.setEnabled(not running)

    def set_iteration(self, iteration: int, looking_back: bool = False) -> None:
        number = QLocale().toString(iteration)
        self.iteration_label.setText(self.tr("Iteration {number}  (looking back)").format(number=number) if looking_back
                                     else self.tr("Iteration {number}").format(number=number))

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: the counter shows the iteration of the weights shown.

        While the run trains, the newest count is shown at most LIVE_HZ times a second (as the status
        line's, run_status), not for each of its ~30 snapshots a second: each was a new text, its accessible
        name and a repaint of the toolbar's label on the UI thread. Anything else is shown at once."""
        self._run = run
        self._live_timer = live_timer(self, self._show_iteration)
        run.shownChanged.connect(self._shown_changed)
        run.stateChanged.connect(self._state_changed)

    def _shown_changed(self) -> None:
        if self._run.running and not self._run.looking_back():
            if not self._live_timer.isActive():
                self._live_timer.start()
            return
        self._show_iteration()

    def _state_changed(self, _state: str) -> None:
        if self._live_timer.isActive():  # the run's last count, not shown yet
            self._show_iteration()

    def _show_iteration(self) -> None:
        self._live_timer.stop()
        self.set_iteration(self._run.shown_iteration(), self._run.looking_back())

    # ----- values chosen
    def rate(self) -> float | None:
        """The chosen speed in iterations a second, None for full speed."""
        return SPEEDS[self.speed_slider.value()]

    def set_rate_index(self, index: int) -> None:
        self.speed_slider.setValue(max(0, min(FULL_SPEED_INDEX, int(index))))

    def target_error(self) -> float | None:
        return self.target_spin.value() if self.target_check.isChecked() else None

    def step_count(self) -> int:
        return self.step_n_spin.value()

    @Slot(int)
    def _speed_moved(self, index: int) -> None:
        self.speed_label.setText(speed_text(SPEEDS[index]))
        self.speed_slider.setAccessibleDescription(self.speed_label.text())  # a reader says "full speed", not "9"
        self.rateChanged.emit(SPEEDS[index])

    @Slot(int)
    def _update_step_n_tooltip(self, n: int) -> None:
        self.step_n_action.setToolTip(self.tr("Do %Ln iteration(s) at the chosen speed, then pause (Shift+F6)", "", n))


if __name__ == "__main__":  # python -m playground.ui.run.transport
    from playground.ui.preview import listening, preview

    preview(listening(TransportBar), size=(1100, 60))
