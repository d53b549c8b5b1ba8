"""The status bar's view of a Run: a sentence on what the run is doing, and a progress bar."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from playground.core.training.training import DIVERGED, STOPPED, TARGET_REACHED
from playground.ui.views.error_plot import format_duration
from playground.ui.language import number
from playground.ui.run.run import DIVERGED_STATE, FAILED, FINISHED, IDLE, PAUSED, RUNNING, STEP, TRAIN, Run
from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.kit.run_starter import CONTROLS, PLAY, STEP as STEP_CONTROL
from playground.ui.kit.steady_label import SteadyLabel

PROGRESS_STEPS = 1000  # the bar counts in thousandths: a plain int, whatever the iteration counts
# While a run trains, the sentence and the bar follow its snapshots (~30 a second) at most this many times a
# second: a count changing faster is not read, and each repaint of the status bar is UI work taken from the
# helper on a busy 2-core laptop. Any other change (the run ends, stalls, answers) is shown at once.
LIVE_HZ = 10


def live_timer(parent, slot) -> QTimer:
    """The single-shot timer that shows a training run's newest state within 1 / LIVE_HZ seconds."""
    timer = QTimer(parent, singleShot=True, interval=round(1000 / LIVE_HZ))
    timer.timeout.connect(slot)
    return timer


def progress_value(iteration: int, total: int) -> int:
    """Thousandths of the run done, between 0 and PROGRESS_STEPS (never more than a QProgressBar holds)."""
    if total <= 0:
        return 0
    return int(PROGRESS_STEPS * min(max(iteration, 0), total) // total)


def _number(n: int) -> str:
    return QLocale().toString(n)  # 60,000 or 60.000, as the interface language writes numbers


def rate_text(rate: float, left: float | None) -> str:
    text = QCoreApplication.translate("RunStatus", "{rate} it/s").format(rate=QLocale().toString(float(rate), "f", 0))
    if left is not None and math.isfinite(left):
        text += " · " + QCoreApplication.translate("RunStatus", "{duration} left").format(duration=format_duration(left))
    return text


def ready_text(starter: str) -> str:
    """What the status bar says before a run: press the control that starts one (a RunStarter's starter())."""
    if starter == STEP_CONTROL:
        return QCoreApplication.translate("RunStatus", "Ready: press Step (F6)")
    if starter == PLAY:
        return QCoreApplication.translate("RunStatus", "Ready: press Play (Ctrl+Space)")
    return QCoreApplication.translate("RunStatus", "Ready: press Train (F5)")


def status_text(run: Run, hide_error: bool = False, shown: frozenset[str] = frozenset(CONTROLS)) -> str:
    """What the run is doing, in a sentence (in the interface language); ``hide_error``: the error's numbers
    as "?" (a lesson's open question asks for them); ``shown``: the run controls on show (a RunStarter's
    shown()): the sentence names no other (a lesson step showing Step alone has no Train or Play)."""
    if run.network is None:
        return ""
    if run.state == RUNNING and run.silent_for is not None:
        return QCoreApplication.translate(
            "RunStatus", "The helper process has not answered for {seconds} s; press Stop to end the run").format(
            seconds=_number(int(run.silent_for)))
    it = _number(run.iteration)
    if run.looking_back():
        return QCoreApplication.translate(
            "RunStatus", "Looking back at iteration {shown} of {live}: drag History to the right end to come back"
        ).format(shown=_number(run.shown_iteration()), live=it)
    snap = run.last
    if run.state == IDLE or snap is None:
        return ready_text(next((c for c in CONTROLS if c in shown), CONTROLS[0]))
    error = (" · " + QCoreApplication.translate("RunStatus", "error {value}").format(
        value=PLACEHOLDER if hide_error else number(snap.error, ".6g"))
             if snap.error is not None else "")
    if run.state == RUNNING:
        return QCoreApplication.translate("RunStatus", "Iteration {number}").format(number=it) + error
    if run.state == FAILED:
        return QCoreApplication.translate("RunStatus", "Training failed at iteration {number}").format(number=it)
    if run.state == DIVERGED_STATE or snap.status == DIVERGED:
        return QCoreApplication.translate(
            "RunStatus", "Stopped at iteration {number}: the values became non-finite").format(number=it)
    if snap.status is None:  # reopened from a document
        return QCoreApplication.translate("RunStatus", "Trained for {number} iterations (as saved)").format(number=it)
    value = (PLACEHOLDER if hide_error else number(snap.output_error, ".6g")) if snap.output_error is not None \
        else None
    if run.state == PAUSED:
        weights = (" · " + QCoreApplication.translate("RunStatus", "error of these weights {value}").format(
            value=value) if value is not None else "")
        stopped = snap.status == STOPPED and run.kind == TRAIN
        text = (QCoreApplication.translate("RunStatus", "Stopped at iteration {number}") if stopped
                else QCoreApplication.translate("RunStatus", "Paused at iteration {number}")).format(number=it)
        stepping = run.kind == STEP and snap.status != STOPPED and STEP_CONTROL in shown
        if stepping and PLAY in shown:
            after = QCoreApplication.translate("RunStatus", "Step again, or Play to go on")
        elif stepping:
            after = QCoreApplication.translate("RunStatus", "Step again to go on")
        elif PLAY in shown:
            after = QCoreApplication.translate("RunStatus", "Play goes on from here")
        else:
            return f"{text}{weights}"
        return f"{text}{weights} · {after}"
    final = (" · " + QCoreApplication.translate("RunStatus", "error of the final weights {value}").format(
        value=value) if value is not None else "")
    if snap.status == TARGET_REACHED:
        return QCoreApplication.translate("RunStatus", "Reached the target error by iteration {number}").format(
            number=it) + final
    return QCoreApplication.translate("RunStatus", "Done at iteration {number}").format(number=it) + final


class RunStatusLabel(SteadyLabel):
    """The status bar's sentence about the run.

    A :class:`~playground.ui.kit.steady_label.SteadyLabel`: the sentence changes with every snapshot
    (~30 times a second) and only the label is repainted, not the window laid out again. It
    takes the status bar's spare width and cuts a longer sentence with "…" (the tooltip has it
    whole) rather than widening the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        sample = QCoreApplication.translate("RunStatus", "Iteration {number}").format(number=_number(10**9))
        super().__init__(sample, parent, elide=True, objectName="statusLabel")
        self._run: Run | None = None
        self._mask = None  # a lesson's AnswerMask (follow_mask)
        self._starter = None  # a lesson's RunStarter (follow_starter): the run controls on show

    def follow_mask(self, mask) -> None:
        """Write the error as "?" while ``mask`` (an AnswerMask) hides it."""
        self._mask = mask
        mask.changed.connect(self._update)
        self._update()

    def follow_starter(self, starter) -> None:
        """Name only the run controls ``starter`` (a RunStarter) says are shown: "press Step" where a lesson's
        step shows Step and no Train."""
        self._starter = starter
        starter.changed.connect(self._update)
        self._update()

    def listen_to(self, run: Run) -> None:
        self._run = run
        self._live_timer = live_timer(self, self._update)
        for signal in (run.reset, run.stateChanged, run.stalled, run.answered):
            signal.connect(self._update)
        for signal in (run.changed, run.shownChanged):
            signal.connect(self._moved)

    def _moved(self, *_args) -> None:
        if self._run.running:  # the newest snapshot within 1 / LIVE_HZ seconds
            if not self._live_timer.isActive():
                self._live_timer.start()
            return
        self._update()

    def _update(self, *_args) -> None:
        if self._run is None:
            return
        self._live_timer.stop()
        shown = self._starter.shown() if self._starter is not None else frozenset(CONTROLS)
        self.setText(status_text(self._run, self._mask is not None and self._mask.hides("error"), shown))


class RunProgress(QProgressBar):
    """How far the run is towards Iterations, its speed and the time left (or how it ended)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="progressBar", minimum=0, maximum=PROGRESS_STEPS, value=0)
        self.setTextVisible(True)
        self.setFormat("")
        self.setMinimumWidth(320)
        self.setToolTip(self.tr("Progress of the run, iterations per second and time left"))

    def listen_to(self, run: Run) -> None:
        self._run = run
        self._live_timer = live_timer(self, self._update)
        for signal in (run.reset, run.stateChanged):
            signal.connect(self._update)
        run.changed.connect(self._moved)

    def _moved(self, *_args) -> None:
        if self._run.running:  # the newest snapshot within 1 / LIVE_HZ seconds
            if not self._live_timer.isActive():
                self._live_timer.start()
            return
        self._update()

    def _update(self, *_args) -> None:
        self._live_timer.stop()
        # QProgressBar.setValue repaints at once (synchronously) whenever the bar or its text
        # moves, and setFormat schedules another paint: with updates off while both change,
        # the bar is painted once, with the window's next frame.
        self.setUpdatesEnabled(False)
        try:
            self._show_run()
        finally:
            self.setUpdatesEnabled(True)  # schedules one paint (update())

    def _show_run(self) -> None:
        run = self._run
        if run.settings is None or run.state == IDLE:
            self.setValue(0)
            self.setFormat("")
            return
        it, total = run.iteration, run.settings.iterations
        self.setValue(progress_value(it, total))
        done = f"{_number(it)} / {_number(total)}"
        if run.state == RUNNING:
            elapsed = time.perf_counter() - run.started_at
            rate = (it - run.base_iteration) / elapsed if elapsed > 0 else 0.0
            left = (min(run.until, total) - it) / rate if rate > 0 else None
            self.setFormat(f"{done} · " + rate_text(rate, left))
        elif run.state == PAUSED:
            self.setFormat(f"{done} · " + self.tr("paused"))
        elif run.state in (FINISHED, DIVERGED_STATE) and run.last is not None and run.last.status is not None:
            seconds = QLocale().toString(run.ended_at - run.started_at, "f", 1)
            self.setFormat(f"{done} · " + (self.tr("diverged in {seconds} s") if run.state == DIVERGED_STATE
                                           else self.tr("done in {seconds} s")).format(seconds=seconds))
        else:
            self.setFormat(done)


if __name__ == "__main__":  # python -m playground.ui.run.run_status
    from PySide6.QtWidgets import QHBoxLayout

    from playground.ui.preview import listening, preview

    def _bar() -> QWidget:
        bar = QWidget()
        layout = QHBoxLayout(bar)
        for view in (RunStatusLabel(), RunProgress()):
            layout.addWidget(view)
        return bar

    def _parts(bar: QWidget) -> list:
        return [bar.findChild(RunStatusLabel), bar.findChild(RunProgress)]

    preview(listening(_bar, listener=_parts), size=(900, 60))
