"""Render the app icon's PNGs from its SVG drawings and pack them into .ico and .icns.

    python packaging/make_icons.py [OUT_DIR]      (default: playground/data/icons)

Run it after editing ``playground/data/icons/nn-playground*.svg`` and commit the
results. Sizes up to 24 px come from ``nn-playground-small.svg`` (drawn on a 16 px
grid), the others from ``nn-playground.svg``. Both containers are written here with
``struct`` (no image library): an .ico is a directory of PNGs (Windows Vista and
later read PNG entries), an .icns a list of (type, length, PNG) records.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playground.resources import ICON_NAME, ICON_SIZES  # noqa: E402

SOURCE_DIR = ROOT / "playground" / "data" / "icons"
SMALL_MAX = 24  # up to this size the pixel-grid drawing is used
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can declare
# icns record types holding PNG data, by pixel size (the @2x types reuse the same pixels)
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a size x size transparent image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def source_for(size: int, source_dir: Path = SOURCE_DIR) -> Path:
    return source_dir / (f"{ICON_NAME}-small.svg" if size <= SMALL_MAX else f"{ICON_NAME}.svg")


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file: ICONDIR (reserved, type 1, count), one 16-byte ICONDIRENTRY per image, then the PNGs."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        png = pngs[s]
        # width/height 0 mean 256; no palette; 1 plane; 32 bits per pixel
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file: 'icns' and the total length (big-endian), then (type, length incl. 8, PNG) records."""
    records = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[s])) + pngs[s]
                       for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(records)) + records


def make_icons(out_dir: Path, source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Write the PNGs, the .ico and the .icns into out_dir; return the paths written."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])  # noqa: F841
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = {s: render_png(source_for(s, source_dir), s) for s in sorted(set(ICON_SIZES) | {1024})}
    written = []
    for s in ICON_SIZES:
        written.append(_write(out_dir / f"{ICON_NAME}-{s}.png", pngs[s]))
    written.append(_write(out_dir / f"{ICON_NAME}.ico", ico_bytes(pngs)))
    written.append(_write(out_dir / f"{ICON_NAME}.icns", icns_bytes(pngs)))
    return written


def _write(path: Path, data: bytes) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE_DIR
    for p in make_icons(target):
        print(p)
