"""The history scrubber: a slider over the weight snapshots kept along the run's path.

Positions are the iterations of the stored snapshots (see
:mod:`playground.core.training.timeline`): those of the branch on show and, before its
start, of every ancestor up to where the branch left it (``Run.history``); the
last position is the network as it is now ("live"). Moving the slider emits ``scrubbed(index, live)``; the window
then shows that snapshot in the diagram, the predictions and the inspector,
without retraining. Training always goes on from the live network.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from playground.ui.kit.steady_label import SteadyLabel
from playground.ui.run.run_status import live_timer


class HistoryScrubber(QWidget):
    scrubbed = Signal(int, bool)  # position index, and whether it is the live (latest) network

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyScrubber")
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="historySlider")
        self.slider.setPageStep(8)
        self.slider.setToolTip(self.tr("Look back through this run: drag to show the weights, predictions and "
                               "inspector at an earlier iteration (nothing is retrained). Training and "
                               "Play always go on from the latest iteration, at the right end."))
        self.slider.setAccessibleName(self.tr("History"))
        self.title = QLabel(self.tr("History"), toolTip=self.slider.toolTip())
        # a new count (30 a second while training) repaints the label, never lays the window out again
        self.label = SteadyLabel(self.tr("iteration 1,000,000,000 (latest)"), objectName="historyLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._its: list[int] = []
        self._live = 0
        self._running = False
        self.slider.valueChanged.connect(self._moved)
        self.set_points([], 0)

    def set_points(self, stored: list[int], live_iteration: int) -> None:
        """The stored snapshots' iterations and the live iteration; the slider jumps to live."""
        its = list(stored)
        if not its or its[-1] != live_iteration:
            its.append(live_iteration)
        self._its, self._live = its, live_iteration
        self.slider.blockSignals(True)
        # With only the live network to show, the handle still sits at the right end, where "latest" is.
        self.slider.setRange(0, max(len(its) - 1, 1))
        self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self._update_enabled()
        self._update_label()

    def set_running(self, running: bool) -> None:
        """While training runs the scrubber follows the live network."""
        self._running = running
        self._update_enabled()

    def go_live(self) -> None:
        if not self.is_live():
            self.slider.setValue(self.slider.maximum())

    def is_live(self) -> bool:
        return self.slider.value() == self.slider.maximum()

    def index(self) -> int:
        return self.slider.value()

    def count(self) -> int:
        return len(self._its)

    def iteration(self) -> int:
        return self._its[min(self.slider.value(), len(self._its) - 1)] if self._its else 0

    def set_index(self, index: int) -> None:
        self.slider.setValue(index)

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: its weight timeline and live iteration; dragging
        asks the Run to show an earlier iteration."""
        self._run = run
        # While the run trains, its newest iteration is shown at most LIVE_HZ times a second (run_status).
        self._live_timer = live_timer(self, self._run_moved)
        run.reset.connect(self._run_moved)
        run.changed.connect(self._changed)
        run.stateChanged.connect(self._state_changed)
        self.scrubbed.connect(self._look_back)

    def _changed(self, *_args) -> None:
        if self._run.running:
            if not self._live_timer.isActive():
                self._live_timer.start()
            return
        self._run_moved()

    def _run_moved(self, *_args) -> None:
        self._live_timer.stop()
        self.set_points(self._run.history_iterations(), self._run.iteration)

    def _state_changed(self, _state: str) -> None:
        if self._live_timer.isActive():  # the run's last snapshot, not shown yet
            self._run_moved()
        self.set_running(self._run.running)

    def _look_back(self, index: int, live: bool) -> None:
        self._run.look_back(None if live else index)

    def _update_enabled(self) -> None:
        self.slider.setEnabled(not self._running and len(self._its) > 1)

    def _update_label(self) -> None:
        it = self.iteration()
        number = QLocale().toString(it)  # 1,000 or 1.000, as the interface language writes numbers
        self.label.setText(self.tr("iteration {number} (latest)").format(number=number) if self.is_live()
                           else self.tr("iteration {number}").format(number=number))
        self.slider.setAccessibleDescription(self.label.text())  # what the position means, not its index

    @Slot(int)
    def _moved(self, index: int) -> None:
        self._update_label()
        self.scrubbed.emit(index, self.is_live())


if __name__ == "__main__":  # python -m playground.ui.run.scrubber
    from playground.ui.preview import listening, preview

    preview(listening(HistoryScrubber), size=(700, 60))
