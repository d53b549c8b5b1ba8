"""The Log tab: the run's Error: lines, printed as the notebook prints them."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from playground.core.training.run import Snapshot
from playground.ui.run.run import Run

MAX_LINES = 200_000


def error_line(error: float) -> str:
    """One line as the notebook prints it: ``print("Error:" + str(np.mean(np.abs(l2_error))))``."""
    return f"Error:{error!r}"


class LogView(QPlainTextEdit):
    """Shows a Run's Error: lines: cleared on reset, new lines appended as they arrive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="logView", readOnly=True)
        self.setMaximumBlockCount(MAX_LINES)
        self.setToolTip(self.tr("The error at the logged iterations, printed as the notebook prints it."))
        font = self.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.setFont(font)

    def listen_to(self, run: Run) -> None:
        run.reset.connect(self.clear)
        run.changed.connect(self._add_lines)

    def _add_lines(self, snap: Snapshot) -> None:
        if snap.logged:
            self.appendPlainText("\n".join(error_line(e) for _, e in snap.logged))


if __name__ == "__main__":  # python -m playground.ui.run.log_view
    from playground.ui.preview import listening, preview

    preview(listening(LogView), size=(420, 300))
