"""The error plot's legend: one entry a run, relabelled in place, placed where no curve passes.

``LegendPlacement`` is the part of :class:`~playground.ui.views.error_plot.ErrorPlot` that names
the runs shown and puts the legend in the corner no curve crosses (or makes room for it).
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from playground.ui.kit.plain import escape
from playground.ui.views.error_curves import PlotRun

MIN_LEGEND_SHRINK = 0.5
LEGEND_SIZES = (1.0, 0.9, 0.8, 0.7, 0.6, MIN_LEGEND_SHRINK)  # tried in turn when the legend is wider than the plot
LEGEND_MARGIN = 8.0  # px at scale 1 between the legend and the plot's edges
SHORT_PLOT_SHARE = 4  # a plot less than this many one-line legends tall is short: its legend stays one line a run
SHORT_LEGEND_SHARE = 3  # and takes at most this share (1/3) of the short plot's height, as large as that allows


def _unescape(text: str) -> str:
    """``html.unescape``, imported when first needed (a label with an entity): not in the first frame."""
    if "&" not in text:
        return text  # as html.unescape does
    import html  # noqa: PLC0415 - its table of named entities costs ~2.5 ms of the start

    return html.unescape(text)


class RunSample(pg.ItemSample):
    """Legend swatch drawn opaque and at least 3 px thick, so faded runs stay identifiable."""

    def __init__(self, item):
        super().__init__(item)
        self.set_size(20.0)

    def set_size(self, size: float) -> None:
        """Side of the swatch in px (it grows with the legend's text)."""
        self._size = float(size)
        self.setFixedWidth(self._size)
        self.setFixedHeight(self._size)

    def boundingRect(self):
        return QRectF(0, 0, self._size, self._size)

    def paint(self, p, *args):
        if not self.item.isVisible():
            return super().paint(p, *args)  # pyqtgraph's "hidden" eye icon
        pen = QPen(pg.mkPen(self.item.opts["pen"]))
        colour = pen.color()
        colour.setAlpha(255)
        pen.setColor(colour)
        pen.setWidthF(max(pen.widthF(), 3.0 * self._size / 20))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(pen)
        y = self._size * 0.55
        p.drawLine(QPointF(self._size * 0.05, y), QPointF(self._size * 0.95, y))



def legend_iterations(done: int) -> str:
    """An iteration count for a legend: short when that is a whole number of thousands or millions and
    exact ('60k', '10M'), else every digit in the interface language's grouping ('9,990', not '9.99k')."""
    for factor, suffix in ((10**9, "G"), (10**6, "M"), (10**3, "k")):
        if done >= factor and done % factor == 0:
            return f"{done // factor}{suffix}"
    return QLocale().toString(int(done))


def legend_corners(width: float, height: float, w: float, h: float, margin: float) -> list[tuple[str, QRectF]]:
    """Candidate legend rectangles inside a width x height box, in the order they are preferred.

    Error curves start high on the left and end low on the right, so the top right and
    the bottom left are usually empty.
    """
    right, bottom = width - w - margin, height - h - margin
    return [("top right", QRectF(right, margin, w, h)), ("bottom left", QRectF(margin, bottom, w, h)),
            ("top left", QRectF(margin, margin, w, h)), ("bottom right", QRectF(right, bottom, w, h))]

# At most this many cuts are remembered (_shorten_legend, over every width); then they are found afresh.
LEGEND_CUTS_KEPT = 64


class LegendPlacement:
    """The legend of an :class:`~playground.ui.views.error_plot.ErrorPlot` (a mixin: the plot's own state)."""

    # (width, a label's options) -> the starts that decided the cuts made there (_shorten_legend): a text that
    # begins with one is cut there. A fit may cut at two widths in turn (the legend's size changes with the cut).
    _legend_cuts: dict | None = None

    def legend_texts(self) -> list[str]:
        """The legend's entries as plain text, in order."""
        return list(self._legend_texts)

    # ----- legend -----------------------------------------------------------

    def _legend_text(self, run: PlotRun) -> str:
        if run.text:
            return run.text
        end = self._run_end(run)  # the iteration the run reached (its curve's last point may be thinned away)
        if end is None:
            return run.label
        done = int(round(end))
        return self.tr("{label} · {iterations} iterations").format(label=run.label, iterations=legend_iterations(done))

    def _update_legend(self, shown: list[PlotRun]) -> None:
        texts = [self._legend_text(r) for r in shown]
        # Two runs with the same table, settings and length: their numbers tell them apart.
        texts = [f"{t} · run {r.number}" if texts.count(t) > 1 else t for t, r in zip(texts, shown)]
        current = [(id(sample.item), label.text) for sample, label in self._legend.items
                   if sample.item is not self._test_curve]  # the runs' entries come first
        wanted = [(id(r.curve), escape(t)) for r, t in zip(shown, texts)]
        self._legend_texts = texts
        if [key for key, _ in current] == [key for key, _ in wanted] and current != wanted:
            # The same runs, new text (the live run's iterations): relabel in place. Rebuilding
            # ~30 times a second cost most of the UI thread's time while training.
            resized = False
            for (sample, label), (_, text) in zip(self._legend.items, wanted):
                if label.text != text:
                    size = label.item.boundingRect().size()  # the text's own rectangle, updated at once
                    label.setText(text)  # keeps its bold and size options
                    resized |= label.item.boundingRect().size() != size
            if resized:  # "12.3k" -> "12.4k" keeps the width (digits are equally wide): no new layout
                self._legend.updateSize()
                self._fit_legend()
        elif len(current) == len(wanted) and current:
            # As many runs, others (a new run in, the oldest out): the entries are rebound to the runs'
            # curves, not rebuilt (a rebuild of five entries took ~5 ms at each run's start).
            resized = False
            for (sample, label), run, (_, text) in zip(self._legend.items, shown, wanted):
                sample.item = run.curve
                sample.update()
                bold = run is self._current  # the live run stands out in the legend
                if label.text != text or bool(label.opts.get("bold")) != bold:
                    size = label.item.boundingRect().size()
                    label.setAttr("bold", bold)
                    label.setText(text)
                    resized |= label.item.boundingRect().size() != size
            if resized:
                self._legend.updateSize()
                self._fit_legend()
        elif current != wanted:
            self._legend.clear()
            for run, text in zip(shown, texts):
                self._legend.addItem(run.curve, escape(text))
                if run is self._current:
                    self._set_legend_bold(run, True)  # the live run stands out in the legend
            self._size_legend()
        has_test = self._test_curve.isVisible()
        if has_test != any(sample.item is self._test_curve for sample, _ in self._legend.items):
            if has_test:
                self._legend.addItem(self._test_curve, self.tr("test rows (held out)"))
            else:
                self._legend.removeItem(self._test_curve)
            self._size_legend()
        self._legend_wanted = bool(shown) and any(self._has_data(r) for r in shown)
        self._legend.setVisible(self._legend_wanted)

    def _size_legend(self) -> None:
        for sample, label in self._legend.items:
            if isinstance(sample, RunSample):
                sample.set_size(20.0 * self._scale)
            label.setText(label.text)  # LegendItem.setLabelTextSize/Color only change stored options
        self._legend.layout.setHorizontalSpacing(4 * self._scale)
        self._legend.updateSize()
        self._fit_legend()

    def _fit_legend(self) -> None:
        """A legend wider than the plot never has its text cut by the plot's edge. Its entries wrap to the
        plot's width, at the largest size (from full down to MIN_LEGEND_SHRINK) whose wrapped legend still
        leaves the plot room (_place_legend's test); where none does, each entry is one line ending in "…".
        A wrapped or shortened entry's whole text is its tooltip. (Shrinking alone cut the German legend's
        start at 1366x768 in presentation mode: at half size it was still wider than the plot.)"""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        if self._legend_state(view_box) == getattr(self, "_legend_fitted", None):
            return  # as this fit left it, at the same size (a refresh fits it, then places it: one fit)
        room = view_box.width() - 16 * self._scale
        tall = view_box.height() / 2 - 2 * LEGEND_MARGIN * self._scale  # taller, and _place_legend leaves it out
        labels = [label for _, label in self._legend.items]
        self._wrap_legend(labels, None)
        width, height = self._legend_size()
        shrink = 1.0
        if labels and height * SHORT_PLOT_SHARE > view_box.height():
            # A short plot (lesson 7's ~150 px beside the diagram at the projector): two wrapped lines covered
            # most of it and its curve. One line each, as large as keeps the legend within a third of the
            # plot's height, cut short with "…" where wider than the plot.
            margins = 4 * LEGEND_MARGIN * self._scale  # and small enough that _place_legend keeps it (its test)
            shrink = next((s for s in LEGEND_SIZES if height * s * SHORT_LEGEND_SHARE <= view_box.height()
                           and 2 * height * s + margins < view_box.height()), MIN_LEGEND_SHRINK)
            if room > 0 and width * shrink > room:
                extra = width - max(label.item.boundingRect().width() for label in labels)  # swatch, spacing
                self._shorten_legend(labels, max(room / shrink - extra, 1.0))
                self._legend_size()
        elif labels and room > 0 and width > room:
            extra = width - max(label.item.boundingRect().width() for label in labels)  # swatch, spacing
            for shrink in LEGEND_SIZES:
                self._wrap_legend(labels, None if width * shrink <= room else max(room / shrink - extra, 1.0))
                wrapped_width, wrapped_height = self._legend_size()
                if wrapped_height * shrink <= tall and wrapped_width * shrink <= room + 1:
                    break
            else:  # no size leaves the plot room: one line each, cut short at the largest size whose lines fit
                shrink = next((s for s in LEGEND_SIZES if height * s <= tall), MIN_LEGEND_SHRINK)
                self._wrap_legend(labels, None)
                self._shorten_legend(labels, max(room / shrink - extra, 1.0))
                self._legend_size()
        if self._legend.scale() != shrink:
            self._legend.setScale(shrink)
        self._legend_fitted = self._legend_state(view_box)

    def _legend_state(self, view_box) -> tuple:
        """What a fit depends on and leaves: the view's size, the scale, each entry's text as given and as drawn
        (wrapped, shortened), its options, and the legend's own scale."""
        entries = tuple((label.text, label.item.toPlainText(), label.item.textWidth(), tuple(sorted(label.opts.items())))
                        for _, label in self._legend.items)
        return view_box.width(), view_box.height(), self._scale, self._legend.scale(), entries

    def _wrap_legend(self, labels: list, text_width: float | None) -> None:
        """Each entry whole, on one line (``text_width`` None) or wrapped to ``text_width`` px where wider."""
        for label in labels:
            item = label.item
            if item.toPlainText() != _unescape(label.text):  # shortened before
                label.setText(label.text)
            item.setTextWidth(-1)
            wrapped = text_width is not None and item.boundingRect().width() > text_width
            if wrapped:
                item.setTextWidth(text_width)
            # The text is kept as a pixmap (error_range._cache_legend), and setTextWidth does not invalidate it:
            # the pixmap came out blank after a resize (the legend drew no text once a lesson's mask lifted).
            item.update()
            label.setToolTip(_unescape(label.text) if wrapped else "")
            label.updateMin()

    def _shorten_legend(self, labels: list, text_width: float) -> None:
        """Each entry wider than ``text_width`` px cut short to fit, ending in "…"; its tooltip holds it all.
        The label keeps its whole text as ``text`` (what _update_legend compares with the runs' names).

        Where the text begins as it did at a cut before (up to the first character cut off), at the same width
        and options, the cut is the same: the live run's iteration count, at the end, changes at each re-fit,
        and searching the cut again set the text ~6 times an entry (most of a re-fit's 7 ms,
        benchmarks/gui_training.py --trace)."""
        if self._legend_cuts is None or sum(map(len, self._legend_cuts.values())) >= LEGEND_CUTS_KEPT:
            self._legend_cuts = {}
        cuts = self._legend_cuts
        for label in labels:
            if label.item.boundingRect().width() <= text_width:
                continue
            whole = label.text
            plain = _unescape(whole)
            options = label.opts  # the text's font, size and weight
            key = (text_width, label.item.font().key(), options.get("size"), options.get("bold"), options.get("italic"))
            known = next((start for start in cuts.get(key, ()) if plain.startswith(start)), None)
            if known is not None:
                low = len(known) - 1
            else:
                low, high = 0, len(plain)
                while low < high:  # the longest start that fits with the ellipsis
                    middle = (low + high + 1) // 2
                    label.setText(escape(plain[:middle].rstrip() + "…"))
                    low, high = (middle, high) if label.item.boundingRect().width() <= text_width else (low, middle - 1)
                if low < len(plain):  # what decides the cut: the start that fits and the character that did not
                    cuts.setdefault(key, []).append(plain[:low + 1])
            label.setText(escape(plain[:low].rstrip() + "…"))
            label.text = whole
            label.setToolTip(plain)
            label.updateMin()

    def _legend_size(self) -> tuple[float, float]:
        """The legend's width and height at its own size, once its entries are laid out anew."""
        self._legend.layout.invalidate()
        # from its least size: the layout fills the legend's old (wider) rectangle otherwise
        self._legend.resize(self._legend.effectiveSizeHint(Qt.SizeHint.MinimumSize))
        self._legend.layout.activate()
        self._legend.updateSize()
        rect = self._legend.boundingRect()
        return rect.width(), rect.height()

    def legend_rect(self) -> QRectF:
        """The legend's rectangle in the view box's pixel coordinates."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        return self._legend.mapRectToItem(view_box, self._legend.boundingRect())

    def curve_pixels(self) -> list[np.ndarray]:
        """Every shown curve as (N, 2) points in the view box's pixels, densely sampled along x."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = view_box.viewRange()
        w, h = view_box.width(), view_box.height()
        if x1 <= x0 or y1 <= y0:
            return []
        out = []
        curves = [run.curve for run in self._shown()] + ([self._test_curve] if self._test_curve.isVisible() else [])
        for curve in curves:
            x, y = curve.getData()  # as drawn: log10 applied
            if x is None or len(x) == 0:
                continue
            x, y = np.asarray(x, float), np.asarray(y, float)
            ok = np.isfinite(x) & np.isfinite(y)
            x, y = x[ok], y[ok]
            if x.size == 0:
                continue
            grid = np.linspace(max(x0, x.min()), min(x1, x.max()), 400)
            gy = np.interp(grid, x, y) if x.size > 1 else np.full(grid.shape, y[0])
            out.append(np.column_stack([(grid - x0) / (x1 - x0) * w, (y1 - gy) / (y1 - y0) * h]))
        return out

    def _place_legend(self) -> None:
        if not self._legend_wanted:
            return
        view_box = self.plot_widget.getPlotItem().getViewBox()
        self._fit_legend()
        rect = self._legend.mapRectToItem(view_box, self._legend.boundingRect())
        margin = LEGEND_MARGIN * self._scale
        # A plot squeezed to a strip (the inspector open on a small screen) has no room for a
        # legend that covers no curve: leave it out there (the window names the run elsewhere).
        room = view_box.height() > 2 * (rect.height() + 2 * margin)
        self._legend.setVisible(room)
        if not room:
            return
        corners = legend_corners(view_box.width(), view_box.height(), rect.width(), rect.height(), margin)
        points = self.curve_pixels()

        def covered(r: QRectF) -> int:
            grown = r.adjusted(-3, -3, 3, 3)
            return sum(int(((p[:, 0] >= grown.left()) & (p[:, 0] <= grown.right()) & (p[:, 1] >= grown.top())
                            & (p[:, 1] <= grown.bottom())).sum()) for p in points)

        counts = {name: covered(r) for name, r in corners}
        if counts.get(self._legend_corner, 1) == 0:
            best = self._legend_corner  # still free: it does not jump around while the curve moves
        elif min(counts.values()) == 0:
            best = next(name for name, _ in corners if counts[name] == 0)
        else:
            # Every corner has a curve in it: make an empty band below (log) or above the curves.
            best = "bottom left" if self._log_scale else "top right"
            if self._follow:
                self._fit_range(self._shown(), headroom=rect.height() + 2 * margin)
        self._legend_corner = best
        anchor = {"top right": (1, 0), "bottom left": (0, 1), "top left": (0, 0), "bottom right": (1, 1)}[best]
        offset = (margin if anchor[0] == 0 else -margin, margin if anchor[1] == 0 else -margin)
        self._legend.anchor(itemPos=anchor, parentPos=anchor, offset=offset)

    def empty_text_shown(self) -> bool:
        """Whether the empty-state sentence is drawn (no run has points yet)."""
        return self._placeholder.isVisible()

    def empty_text_span(self) -> tuple[float, float]:
        """Left and right end of the empty-state sentence, in pixels of the plot's view box."""
        rect = self._placeholder.mapRectToParent(self._placeholder.boundingRect())
        return rect.left(), rect.right()

    def legend_corner(self) -> str:
        return self._legend_corner

    def _place_overlays(self, *_) -> None:
        """Legend away from the curves; the empty-state sentence in the middle."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        empty = not any(self._has_data(r) for r in self._shown())
        self._placeholder.setVisible(empty)
        if empty:
            # One line where it fits; wrapped to the plot's width where not (presentation mode at 1366x768)
            room = max(view_box.width() - 16, 40.0)
            self._placeholder.setTextWidth(-1)
            if self._placeholder.textItem.document().idealWidth() > room:
                self._placeholder.setTextWidth(room)
            self._placeholder.setPos(view_box.width() / 2, view_box.height() / 2)
        self._place_legend()

    def _legend_label(self, run: PlotRun) -> pg.LabelItem:
        for sample, label in self._legend.items:
            if sample.item is run.curve:
                return label
        raise LookupError(run.label)

    def _set_legend_bold(self, run: PlotRun, bold: bool) -> None:
        label = self._legend_label(run)
        label.setAttr("bold", bold)
        label.setText(label.text)  # LabelItem.setAttr alone does not re-render
        self._legend.updateSize()
