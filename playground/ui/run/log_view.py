"""The Log tab: the run's Error: lines, printed as the notebook prints them."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from playground.core.training.run import Snapshot
from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.run.run import Run

MAX_LINES = 200_000


def error_line(error: float) -> str:
    """One line as the notebook prints it: ``print("Error:" + str(np.mean(np.abs(l2_error))))``."""
    return f"Error:{error!r}"


class LogView(QPlainTextEdit):
    """Shows a Run's Error: lines: cleared on reset, new lines appended as they arrive.

    While a lesson's question asks for the error (``follow_mask``) each line reads ``Error:?``; the
    errors are kept, and written out when the mask lifts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="logView", readOnly=True)
        self._errors: list[float] = []  # every line's error, for writing them again when a mask lifts
        self._mask = None
        self.setMaximumBlockCount(MAX_LINES)
        self.setToolTip(self.tr("The error at the logged iterations, printed as the notebook prints it."))
        font = self.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.setFont(font)

    def listen_to(self, run: Run) -> None:
        run.reset.connect(self._reset)
        run.changed.connect(self._add_lines)

    def follow_mask(self, mask) -> None:
        """Write the errors as "?" while ``mask`` (an AnswerMask) hides the error."""
        self._mask = mask
        mask.changed.connect(self._rewrite)
        self._rewrite()

    def _hidden(self) -> bool:
        return self._mask is not None and self._mask.hides("error")

    def _line(self, error: float) -> str:
        return f"Error:{PLACEHOLDER}" if self._hidden() else error_line(error)

    def _reset(self) -> None:
        self._errors = []
        self.clear()

    def _rewrite(self) -> None:
        self.setPlainText("\n".join(self._line(e) for e in self._errors[-MAX_LINES:]))

    def _add_lines(self, snap: Snapshot) -> None:
        if snap.logged:
            errors = [e for _, e in snap.logged]
            self._errors.extend(errors)
            if len(self._errors) > 2 * MAX_LINES:
                del self._errors[:-MAX_LINES]
            self.appendPlainText("\n".join(self._line(e) for e in errors))


if __name__ == "__main__":  # python -m playground.ui.run.log_view
    from playground.ui.preview import listening, preview

    preview(listening(LogView), size=(420, 300))
