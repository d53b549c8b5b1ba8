"""The error plot's axes: tick texts that read well ('100k', 0.05) and room for their labels.

Used by the training-error panel (:mod:`playground.ui.views.error_plot`) and the study's curves.
"""

import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from playground.ui.kit.accessibility import quiet_surface
from playground.ui.language import number


def format_iterations(value: float) -> str:
    """Short SI-style tick text for an iteration count: 500, 2.5k, 100k, 1M, 1.5G (2,5k in German)."""
    magnitude = abs(value)
    for factor, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if magnitude >= factor:
            return number(value / factor, ".3g") + suffix
    return number(value, ".4g")



class FittedAxis(pg.AxisItem):
    """An axis that sizes itself so its label never overlaps its tick numbers.

    pyqtgraph reserves a fixed width or grows it only after the ticks were drawn once,
    and puts the label 5 px outside the axis, so wide ticks (0.005 at presentation
    scale) ran under the label. :meth:`fit` measures the tick texts of a range with
    the tick font and reserves the label's height plus a gap beside them.
    """

    LABEL_GAP = 4  # px at scale 1 between the label and the widest tick text

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.label.document().setDocumentMargin(0)  # its bounding rect is then the text's
        self.gap = float(self.LABEL_GAP)
        self._placed = False  # fit has placed the label
        self._label_widths: tuple[float, float] | None = None  # (title line, whole label): center_label_lines

    def generateDrawSpecs(self, p):
        """pyqtgraph's ticks and texts, less every text that would touch one already placed.

        pyqtgraph always draws its first level of tick texts, even when they run into each other in a
        narrow plot ("4000 6000 8000" as one smear in a 250-px column), and checks later levels only by
        how full the axis is. The texts are kept in pyqtgraph's order (the first level first), and one
        that would come closer than a small gap to a kept one is left out: at any size the labels
        never overlap; the ticks themselves stay."""
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return specs
        axis, ticks, texts = specs
        gap = QFontMetricsF(self.style["tickFont"] or QFont()).horizontalAdvance(" ")
        kept: list = []
        for spec in texts:
            rect = spec[0].adjusted(-gap / 2, -1, gap / 2, 1)
            if not any(rect.intersects(other[0]) for other in kept):
                kept.append(spec)
        return axis, ticks, kept

    def show_numbers(self, on: bool) -> None:
        """Draw the tick numbers (True, the default) or the ticks and the grid alone (False): a lesson's open
        question asks for the values this axis would give away. The axis takes less room without them."""
        if bool(self.style["showValues"]) != bool(on):
            self.setStyle(showValues=bool(on))  # pyqtgraph's own switch: generateDrawSpecs then makes no texts

    def numbers_shown(self) -> bool:
        return bool(self.style["showValues"])

    def tick_texts(self, lo: float, hi: float, length: float) -> list[str]:
        """Every tick text a range [lo, hi] (axis units) of ``length`` px would show (none while the numbers
        are hidden)."""
        texts = []
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or length <= 0 or not self.numbers_shown():
            return texts
        for spacing, values in self.tickValues(lo, hi, length):
            texts += self.tickStrings(list(values), self.autoSIPrefixScale * self.scale, spacing or 1.0)
        return texts

    def center_label_lines(self) -> None:
        """Centre the label's lines on each other (a title of two lines: what the axis shows, and a note); call it
        after every setLabel. One line is drawn as before."""
        document = self.label.document()
        option = document.defaultTextOption()
        if option.alignment() != Qt.AlignmentFlag.AlignHCenter:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            document.setDefaultTextOption(option)
        self.label.setTextWidth(-1)  # its own width first: the longest line unwrapped
        whole, layout = document.idealWidth(), document.firstBlock().layout()
        self._label_widths = (layout.lineAt(0).naturalTextWidth() if layout.lineCount() > 1 else whole, whole)
        self.label.setTextWidth(whole)
        self.resizeEvent()  # placed anew: a label of another length or thickness

    def _fitted_label(self, length: float) -> QRectF:
        """The label's rectangle, its note (a second line longer than the title) wrapped under the title where the
        whole would be longer than the axis: else the label is drawn smaller as a whole, and in a short plot the
        title became too small to read at the projector (German, lesson 7). Unwrapped again where it fits. The
        widths are measured once per text (center_label_lines); a fit that changes nothing changes no layout."""
        title, whole = self._label_widths or (-1.0, -1.0)
        width = title + 1 if length > 0 and whole > 0.95 * length and title < whole else whole
        if self.label.textWidth() != width:
            self.label.setTextWidth(width)
            self.resizeEvent()
        return self.label.boundingRect()

    def label_rect(self) -> QRectF:
        """Where the label is drawn, in the axis's coordinates."""
        return self.label.mapRectToParent(self.label.boundingRect())

    def resizeEvent(self, ev=None):
        if self.label is None:  # closing
            return super().resizeEvent(ev)
        br = self.label.boundingRect()
        length, thickness = br.width() * self.label.scale(), br.height() * self.label.scale()
        if self.orientation == "left":  # rotated -90 degrees: its height is its width on screen
            self.label.setPos(QPointF(0, int(self.size().height() / 2 + length / 2)))
        elif self.orientation == "bottom":
            self.label.setPos(QPointF(int(self.size().width() / 2 - length / 2), self.size().height() - thickness))
        else:
            return super().resizeEvent(ev)
        self.picture = None

    def fit(self, lo: float, hi: float, length: float) -> None:
        """Reserve room for the label and every tick text of the range [lo, hi] (axis units)."""
        font = self.style["tickFont"] or QFont()
        metrics = QFontMetricsF(font)
        shown = self.numbers_shown()
        texts = self.tick_texts(lo, hi, length) or (["0"] if shown else [])
        offsets = self.style["tickTextOffset"] if shown else (0, 0)  # no texts: no room beside the ticks for them
        label = self._fitted_label(length)
        # A label longer than a small plot's side is drawn smaller rather than cut off.
        shrink = min(1.0, 0.95 * length / label.width()) if label.width() > 0 and length > 0 else 1.0
        changed = self.label.scale() != shrink
        if changed:
            self.label.setScale(shrink)
        thickness = label.height() * shrink
        ticks = max(0.0, float(self.style["tickLength"]))
        if self.orientation == "left":
            widest = max((metrics.boundingRect(QRectF(0, 0, 1000, 100), Qt.AlignmentFlag.AlignCenter, t).width()
                          for t in texts), default=0.0)
            need = math.ceil(thickness + self.gap + widest + offsets[0] + ticks + 1)
            if self.fixedWidth != need:
                self.setWidth(need)
                changed = True
        elif self.orientation == "bottom":
            tall = (metrics.boundingRect(QRectF(0, 0, 1000, 100), Qt.AlignmentFlag.AlignCenter, "0").height() * 0.8
                    if shown else 0.0)
            need = math.ceil(thickness + self.gap + tall + offsets[1] + ticks + 1)
            if self.fixedHeight != need:
                self.setHeight(need)
                changed = True
        if changed or not self._placed:  # the label placed anew (and the axis drawn again) only when it moved
            self._placed = True
            self.resizeEvent()


class IterationAxis(FittedAxis):
    """Bottom axis with '100k', '1M' ticks instead of pyqtgraph's '(x1e+06)' label suffix."""

    def tickStrings(self, values, scale, spacing):
        return [format_iterations(v * scale) for v in values]

    def boundingRect(self):
        """pyqtgraph's, reaching ``hideOverlappingLabels`` px (an int) past both ends also with the grid on (it
        leaves the margin out then): a first or last tick's text at an end of the axis is drawn, not hidden."""
        rect = super().boundingRect()
        reach = self.style["hideOverlappingLabels"]
        if self.grid is not False and not isinstance(reach, bool) and isinstance(reach, int):
            rect = rect.adjusted(-reach, 0, reach, 0)
        return rect

    def tickValues(self, minVal, maxVal, size):
        """pyqtgraph's ticks, whole iterations only: early in a run (0 to 2.5) it put ticks at 0.5, 1.5."""
        levels = [(spacing, [v for v in values if float(v).is_integer()])
                  for spacing, values in super().tickValues(minVal, maxVal, size) if spacing >= 1]
        if levels or not (math.isfinite(minVal) and math.isfinite(maxVal)):
            return levels
        return [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]


class ErrorAxis(FittedAxis):
    """Left axis whose log ticks read 0.5, 0.2, 0.1, 0.05 ... rather than bare powers of ten."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        # Values here are log10(error). Decades are labelled; when the view spans only a
        # few decades the 2× and 5× steps are labelled too, the rest are unlabelled minor ticks.
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal - minVal > 6:
            return super().logTickValues(minVal, maxVal, size, stdTicks)
        decades, halves, minor = [], [], []
        for v in range(int(math.floor(minVal)), int(math.ceil(maxVal)) + 1):
            for m in range(1, 10):
                t = v + math.log10(m)
                if minVal <= t <= maxVal:
                    (decades if m == 1 else halves if m in (2, 5) else minor).append(t)
        if len(decades) + len(halves) < 2:  # less than a decade in view (0.25 to 0.75): label 0.3, 0.4 ... too,
            return [(1.0, decades), (None, sorted(halves + minor))]  # else one tick reads as a steep fall
        return [(1.0, decades), (None, halves), (None, minor)]

    def logTickStrings(self, values, scale, spacing):
        strings = super().logTickStrings(values, scale, spacing)
        out = []
        for v, fallback in zip(values, strings):
            real = 10.0 ** float(v) * scale
            plain = f"{real:.1g}"
            out.append(number(real, ".1g") if 1e-4 <= real < 1e5 and "e" not in plain else fallback)
        return out

    def tickStrings(self, values, scale, spacing):
        """pyqtgraph's linear ticks (the log scale off) with the language's decimal point: 0,25 in German."""
        point = QLocale().decimalPoint()
        return [text.replace(".", point) for text in super().tickStrings(values, scale, spacing)]



def error_plot_widget(name: str, accessible_name: str) -> pg.PlotWidget:
    """A plot of error against iteration: the app's axes, a light grid, no pyqtgraph menu or buttons."""
    # without menus from the start: the view box's menu (two forms of widgets) is then never built (~1 ms)
    widget = pg.PlotWidget(axisItems={"bottom": IterationAxis("bottom"), "left": ErrorAxis("left")}, enableMenu=False)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible_name)
    quiet_surface(widget)  # the plot takes the focus and carries the name, not its drawing surface
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.showGrid(x=True, y=True, alpha=0.15)
    # The axes draw the grid across the whole plot: ~2.5 ms a frame while a run streams
    # snapshots (~30 a second). They change only when the range does (a few times a
    # second at most), so Qt keeps each as a pixmap in device pixels and blits it.
    for name in ("left", "bottom"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return widget
