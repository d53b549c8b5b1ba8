"""The teacher's report: "Save My Answers…" writes the lesson's answers as a one-page PDF.

The page has the lesson's title, the date, how many questions were answered right (and how many at
the first try), a table of every attempt (step, question, the student's answer, the right value, the
feedback given) and the error plot as it is now, as a picture. It is built as a ``QTextDocument``
from plain text (every text is escaped: a lesson's words and a student's numbers are never markup)
and printed with Qt's own ``QPdfWriter``, scaled down when needed so that it stays on one page. The
file is written beside its name first and then moved over it, so a failed write never leaves half a
report where an older one was.
"""

from __future__ import annotations

import html
import os
from typing import Callable

from PySide6.QtCore import QDate, QLocale, QMarginsF, QObject, QSize, QSizeF, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from playground.core.lessons.lesson_answers import AnswerLog

PLOT_URL = QUrl("report://error-plot")
PAGE_WIDTH = 720.0  # the document is laid out this wide (logical units), then scaled to the page
RESOLUTION = 300  # dots per inch of the PDF's page


def plot_picture(widget: QWidget, least: QSize = QSize(900, 420)) -> QImage:
    """The plot as a picture at least ``least`` in size: beside a lesson on a projector the plot on screen may be
    a narrow column (its legend cut, two ticks); it is drawn at the larger size for the page, then put back."""
    size = widget.size()
    if size.width() >= least.width() and size.height() >= least.height():
        return widget.grab().toImage()
    widget.resize(max(size.width(), least.width()), max(size.height(), least.height()))
    try:
        return widget.grab().toImage()
    finally:
        widget.resize(size)


class LessonReport(QObject):
    """The "Save My Answers…" action of one window's Lessons menu and what it writes."""

    def __init__(self, host: QWidget, answers: AnswerLog, grab_plot: Callable[[], QImage]) -> None:
        super().__init__(host)
        self.host, self.answers, self.grab_plot = host, answers, grab_plot
        self.action = QAction(self.tr("Save My Answers…"), host, objectName="saveAnswersAction")
        self.action.setToolTip(self.tr("Write this lesson's answers, the right values and the error plot "
                                       "as a one-page PDF for the teacher"))
        self.action.triggered.connect(self.ask_save)
        self.error_box: QMessageBox | None = None

    # ------------------------------------------------------------------ the page
    def document(self) -> QTextDocument:
        """The report as a text document (what the PDF shows)."""
        doc = QTextDocument(self)
        doc.setDocumentMargin(0)
        doc.setTextWidth(PAGE_WIDTH)
        image = self.grab_plot()
        if image is not None and not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, PLOT_URL, image)
        doc.setHtml(self._html(image))
        return doc

    def _html(self, image: QImage | None) -> str:
        e = html.escape
        log = self.answers
        locale = QLocale()
        right, asked = log.steps_right()
        parts = [f"<h2>{e(log.lesson or self.tr('Lesson'))}</h2>",
                 f"<p>{e(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))}</p>",
                 "<p>" + e(self.tr("{right} of {asked} questions answered right; {first} at the first try.").format(
                     right=locale.toString(right), asked=locale.toString(asked),
                     first=locale.toString(log.first_try_right()))) + "</p>"]
        if log.entries:
            heads = (self.tr("Step"), self.tr("Question"), self.tr("Answer"), self.tr("Right value"),
                     self.tr("Feedback"))
            rows = ["<tr>" + "".join(f"<th align='left'>{e(h)}</th>" for h in heads) + "</tr>"]
            for a in log.entries:
                mark = "✓" if a.correct else "✗"
                step = locale.toString(a.step + 1) + (f" · {a.title}" if a.title else "")
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in (
                    step, a.question, f"{mark} {a.given}", a.right, a.feedback)) + "</tr>")
            parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + "".join(rows)
                         + "</table>")
        else:
            parts.append("<p>" + e(self.tr("No question of this lesson has been answered yet.")) + "</p>")
        if image is not None and not image.isNull():
            width = min(PAGE_WIDTH, float(image.width()))
            heading = self.tr("The error plot:")
            parts.append(f"<p>{e(heading)}</p><p><img src='{PLOT_URL.toString()}' width='{int(width)}'></p>")
        return "".join(parts)

    # ------------------------------------------------------------------ writing
    def write(self, path: str) -> None:
        """Write the report to ``path`` as a one-page PDF (OSError when it cannot be written)."""
        doc = self.document()
        part = path + ".part"
        with open(part, "wb"):  # the folder's own reason (no such folder, not allowed) when it cannot be written
            pass
        writer = QPdfWriter(part)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle(self.answers.lesson or "Lesson")
        writer.setCreator("NN Playground")
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(self.tr("the file cannot be written there"))
        try:
            page = writer.pageLayout().paintRectPixels(RESOLUTION)
            size: QSizeF = doc.size()
            scale = page.width() / size.width()
            if size.height() * scale > page.height():  # one page: a long lesson is printed smaller
                scale = page.height() / size.height()
            painter.scale(scale, scale)
            doc.drawContents(painter)
        finally:
            painter.end()
        if not os.path.exists(part):
            raise OSError(self.tr("the file cannot be written there"))
        os.replace(part, path)

    def ask_path(self) -> str:
        """The file to write (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self.host, self.tr("Save My Answers"), "",
                                              self.tr("PDF documents (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    @Slot()
    def ask_save(self) -> bool:
        path = self.ask_path()
        if not path:
            return False
        try:
            self.write(path)
        except OSError as e:
            if os.path.exists(path + ".part"):
                os.remove(path + ".part")
            self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save the answers"),
                                         self.tr("The answers could not be saved to “{name}”: {reason}").format(
                                             name=os.path.basename(path), reason=e.strerror or str(e)),
                                         QMessageBox.StandardButton.Ok, self.host)
            self.error_box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is shown as it is
            self.error_box.show()
            return False
        return True


__all__ = ["LessonReport", "plot_picture"]
