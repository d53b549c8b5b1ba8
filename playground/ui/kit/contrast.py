"""Contrast of colours (WCAG 2.1) and the high-contrast look of the pictures.

The contrast ratio of two colours is (L1 + 0.05) / (L2 + 0.05), L1 the lighter one's
relative luminance: from 1 (equal) to 21 (black on white). Text and the lines that
carry meaning need at least 4.5 (WCAG AA).

A palette counts as high-contrast when its window text reaches ``HIGH_CONTRAST``
against the window: pure black on white or white on black (21:1). Ordinary desktop
palettes stay below it (Fusion light: #EFEFEF behind black, about 18.1; Adwaita
#F6F5F4, about 19.3; Fusion dark, about 12.6), so their look does not change. In a
high-contrast palette the diagram, the decision map and the error plot draw their
colour-blind-safe colours in shades that reach ``MIN_RATIO`` against their background
(``readable``: darker on light backgrounds, lighter on dark ones) and opaque.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

MIN_RATIO = 4.5  # WCAG AA for text; used here for every line and marker that carries meaning
HIGH_CONTRAST = 20.0  # Window vs WindowText from which a palette counts as high-contrast


def _channel(value: float) -> float:
    """sRGB channel (0..1) to linear light (the WCAG formula)."""
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour: 0 (black) .. 1 (white)."""
    return (0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF())
            + 0.0722 * _channel(colour.blueF()))


def over(colour: QColor, background: QColor) -> QColor:
    """What a (possibly translucent) colour looks like drawn over an opaque background."""
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in (
        (colour.redF(), background.redF()), (colour.greenF(), background.greenF()),
        (colour.blueF(), background.blueF()))))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (``a`` is composited over ``b`` if translucent)."""
    la, lb = relative_luminance(over(a, b)), relative_luminance(over(b, QColor(0, 0, 0)))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_high_contrast(palette: QPalette) -> bool:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return contrast_ratio(text, window) >= HIGH_CONTRAST


def readable(colour: QColor | str, background: QColor, minimum: float = MIN_RATIO) -> QColor:
    """``colour`` mixed towards black (light background) or white (dark one) just enough to
    reach ``minimum`` against ``background``; opaque. The hue stays recognisable."""
    base = QColor(colour)
    base.setAlpha(255)
    if contrast_ratio(base, background) >= minimum:
        return base
    end = QColor(0, 0, 0) if relative_luminance(background) >= 0.18 else QColor(255, 255, 255)
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(*((1 - t) * c + t * e for c, e in (
            (base.redF(), end.redF()), (base.greenF(), end.greenF()), (base.blueF(), end.blueF()))))
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return end
