"""The atlas's exports: the map with its axes and legend as PNG or SVG, and the records as CSV.

The pictures are drawn from the map panel as it looks (so at the presentation scale when that is on);
a PNG at twice the panel's pixels, sharp on a slide. The CSV has one line per computed cell with the
fields of the record's ``to_json``, its coordinates one column per axis (nested values, such as the labels
or the curve, as JSON text). Every file is written all or nothing (atomic).
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import ExitStack

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from playground.core.files.fileio import atomic_write_bytes
from playground.ui.atlas.atlas_map import AtlasMap

PNG_RESOLUTION = 2


def picture_bytes(widget: QWidget, svg: bool, caption: str = "") -> bytes:
    """The widget drawn as SVG or PNG bytes, without the maps' cell cursors (a picture for a slide), under
    ``caption`` (plain text, wrapped to the picture's width: what was computed) when one is given."""
    with ExitStack() as stack:
        for atlas_map in widget.findChildren(AtlasMap):
            stack.enter_context(atlas_map.cursor_hidden())
        return _drawn(widget, svg, caption)


def _caption_rect(widget: QWidget, caption: str) -> QRect:
    """Where the caption goes above the widget: the widget's width less a margin, as tall as its lines."""
    if not caption:
        return QRect()
    margin = widget.fontMetrics().height() // 2
    width = max(1, widget.width() - 2 * margin)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    height = widget.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, caption).height()
    return QRect(margin, margin, width, height + margin)


def _paint(painter: QPainter, widget: QWidget, caption: str, above: QRect) -> None:
    if caption:
        painter.setFont(widget.font())
        painter.setPen(widget.palette().color(widget.foregroundRole()))
        painter.drawText(above, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), caption)
    widget.render(painter, QPoint(0, above.bottom() + 1 if caption else 0))


def _drawn(widget: QWidget, svg: bool, caption: str = "") -> bytes:
    above = _caption_rect(widget, caption)
    size = QSize(widget.width(), widget.height() + (above.bottom() + 1 if caption else 0))
    if svg:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(widget.accessibleName() or "atlas")
        generator.setDescription("\n".join(t for t in (caption, widget.accessibleDescription()) if t))
        painter = QPainter(generator)
        _paint(painter, widget, caption, above)
        painter.end()
        buffer.close()
        return bytes(data)
    image = QImage(QSize(size.width() * PNG_RESOLUTION, size.height() * PNG_RESOLUTION),
                   QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_RESOLUTION)
    image.fill(widget.palette().color(widget.backgroundRole()))
    painter = QPainter(image)
    _paint(painter, widget, caption, above)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(buffer.data())


def save_picture(widget: QWidget, path: str, caption: str = "") -> str:
    """Write the widget (under ``caption``) as SVG (``.svg``) or PNG (anything else, ``.png`` added); returns
    the path."""
    svg = path.lower().endswith(".svg")
    if not svg and not path.lower().endswith(".png"):
        path += ".png"
    data = picture_bytes(widget, svg, caption)
    if not data:
        raise OSError(f"nothing was drawn for {path}")
    atomic_write_bytes(path, data)
    return path


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value)
    return str(value)


def _flat(record) -> dict:
    """A record's ``to_json`` fields, its coordinates as one column per axis (named after the axis)."""
    fields = record.to_json()
    row = {"index": fields.pop("index")}
    row.update(fields.pop("coordinates", {}))
    row.update(fields)
    return row


def csv_text(records: list) -> str:
    """One line per record: the fields of its ``to_json``, the coordinates one column per axis."""
    rows = [_flat(r) for r in records]
    out = io.StringIO()
    if not rows:
        return ""
    columns = list(rows[0])
    for row in rows[1:]:
        columns += [k for k in row if k not in columns]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(k)) for k in columns])
    return out.getvalue()


def save_csv(records: list, path: str) -> str:
    if not path.lower().endswith(".csv"):
        path += ".csv"
    atomic_write_bytes(path, csv_text(records).encode("utf-8"))
    return path
