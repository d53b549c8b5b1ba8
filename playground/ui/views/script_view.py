"""A read-only view of the exported Python script, scrolled to one line and highlighted.

"Show in script" in the formula panel opens it at the line that computes the chosen weight's
matrix (the export's line map, :func:`playground.core.explain.export.script_with_lines`). The text is
exactly what File > Export > Python script writes; it is shown as plain text, never run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget


class ScriptView(QDialog):
    """The exported script with one line highlighted (a window of its own; Escape closes it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptView")
        self.setWindowTitle(self.tr("Exported script"))
        self.caption = QLabel(objectName="scriptCaption", wordWrap=True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(objectName="scriptText", readOnly=True)
        self.editor.setAccessibleName(self.tr("Exported Python script"))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                            Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the script"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self._line = 0

    def show_line(self, text: str, line: int, what: str) -> None:
        """Show ``text`` with its 1-based ``line`` highlighted and scrolled into the middle; ``what`` names it."""
        if self.parentWidget() is not None:  # a dialog does not inherit the window's (presentation) font
            font = QFont(self.parentWidget().font())
            self.setFont(font)
        mono = QFont(self.font())
        mono.setFamily("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(mono)
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self._line = line
        self.caption.setText(self.tr("Line {line} computes {what}").format(line=line, what=what))
        block = self.editor.document().findBlockByNumber(line - 1)
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format.setBackground(self.palette().highlight())
        mark.format.setForeground(self.palette().highlightedText())
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.editor.setExtraSelections([mark])
        if not self.isVisible():
            parent = self.parentWidget()
            if parent is not None:
                self.resize(int(parent.width() * 0.6), int(parent.height() * 0.7))
            self.show()
        else:  # already open behind the window: bring it forward
            self.raise_()
            self.activateWindow()
        self.editor.centerCursor()
        self.editor.setFocus()

    # ----- accessors (tests)
    def line(self) -> int:
        """The highlighted line (1-based)."""
        return self._line

    def highlighted_text(self) -> str:
        return self.editor.document().findBlockByNumber(self._line - 1).text()

    def cursor_line(self) -> int:
        return self.editor.textCursor().blockNumber() + 1


def _sample() -> ScriptView:
    from playground.core.explain.export import script_with_lines
    from playground.core.data.presets import get_preset
    from playground.core.data.settings import Settings

    script = script_with_lines(get_preset("notebook").dataset(), Settings())
    view = ScriptView()
    view.show_line(script.text, script.line_of("syn1 update"), "syn1 update")
    return view


if __name__ == "__main__":  # python -m playground.ui.views.script_view
    from playground.ui.preview import preview

    preview(_sample, size=(800, 600))
