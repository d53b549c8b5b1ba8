"""Presentation mode: scale every font, line width and marker of a window, and remember the scale.

:func:`scale_window` multiplies, from the sizes the window had at scale 1:

* the window's font (every widget that inherits it follows: labels, tables,
  buttons, the inspector), and the font of menus and tooltips;
* fonts a widget set itself, and ``pt``/``px`` sizes in style sheets;
* table row heights;
* the hit areas a style draws at a fixed size: check box and radio indicators, spin-box
  arrows and slider handles (:class:`ScaledStyle`, set on those widgets);
* widgets that scale themselves (``set_scale``: the error plot and the network
  diagram scale their fonts, lines and markers) are handed the factor.

The scale is kept in QSettings (``view/scale``); presentation mode toggles
between 1 and the last presentation scale (``view/presentationScale``). How the panes make room
(the inspector taking the main area, the tables beside a lesson) is ``playground.ui.classroom.presentation_fit``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QProxyStyle,
                               QRadioButton, QSlider, QStyle, QTableView, QToolBar, QToolTip, QWidget)

from playground import APP_NAME, ORG_NAME

SCALES = (0.8, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
DEFAULT_PRESENTATION_SCALE = 1.5  # where the layout of 1280x720 and 1366x768 projectors is tested
# On a screen at least LARGE_SCREEN_PX tall (a 1080p projector) presentation mode starts where body
# text is about TARGET_TEXT_PX (read from the back of a room): 2.0 for a 12 px font (tested at 1920x1080).
LARGE_SCREEN_PX, TARGET_TEXT_PX, LARGEST_DEFAULT_SCALE = 1000, 24, 2.0
SCALE_KEY, PRESENTATION_KEY = "view/scale", "view/presentationScale"

_BASE = "_nnBase"  # dynamic property prefix: the value a widget had at scale 1
_SIZE = re.compile(r"(\d+(?:\.\d+)?)(pt|px)")


def settings() -> QSettings:
    """The app's settings store (explicit names: also right before a QApplication has them)."""
    return QSettings(ORG_NAME, APP_NAME)


def load_scale() -> float:
    value = settings().value(SCALE_KEY, 1.0, type=float)
    return value if SCALES[0] <= value <= SCALES[-1] else 1.0


def default_presentation_scale(screen_height: int, text_px: float) -> float:
    """The scale presentation mode starts at before a teacher chose one: the SCALES step closest
    below TARGET_TEXT_PX / ``text_px`` on a large screen (at most LARGEST_DEFAULT_SCALE), else
    DEFAULT_PRESENTATION_SCALE; never less than that."""
    if screen_height < LARGE_SCREEN_PX or text_px <= 0:
        return DEFAULT_PRESENTATION_SCALE
    wanted = min(TARGET_TEXT_PX / text_px, LARGEST_DEFAULT_SCALE)
    return max([DEFAULT_PRESENTATION_SCALE] + [s for s in SCALES if s <= wanted + 1e-9])


def load_presentation_scale(screen_height: int = 0, text_px: float = 0.0) -> float:
    """The last presentation scale chosen, else the default for this screen and body text size."""
    default = default_presentation_scale(screen_height, text_px)
    value = settings().value(PRESENTATION_KEY, default, type=float)
    return value if 1.0 < value <= SCALES[-1] else default


def save_scale(scale: float) -> None:
    s = settings()
    s.setValue(SCALE_KEY, float(scale))
    if scale > 1.0:
        s.setValue(PRESENTATION_KEY, float(scale))
    s.sync()


def next_scale(scale: float, direction: int) -> float:
    """The next larger (direction 1) or smaller (-1) step of SCALES."""
    if direction > 0:
        return next((s for s in SCALES if s > scale + 1e-9), SCALES[-1])
    return next((s for s in reversed(SCALES) if s < scale - 1e-9), SCALES[0])


def _base(widget: QWidget, key: str, current):
    name = _BASE + key
    value = widget.property(name)
    if value is None:
        widget.setProperty(name, current)
        value = current
    return value


def set_section_floor(view: QTableView, px: int) -> None:
    """``view``'s least column width at scale 1, before its column names widen it (``fit_sections``).

    Presentation mode scales this floor, then the view fits its columns to their names at the new size. The
    floor read when the window was first scaled was already fitted to the names at scale 1: German's
    "Eingabe" (79 px) times 1.5 made lesson 2's four columns 118 px wide, the target behind a sideways scroll."""
    view.horizontalHeader().setMinimumSectionSize(px)
    view.setProperty(_BASE + "MinColumn", px)


def _scaled_sheet(sheet: str, factor: float) -> str:
    return _SIZE.sub(lambda m: f"{float(m.group(1)) * factor:.3g}{m.group(2)}", sheet)


def _self_scaling(widget: QWidget) -> bool:
    return callable(getattr(widget, "set_scale", None))


class ScaledStyle(QProxyStyle):
    """The application's style with the fixed-size parts of controls ``factor`` times larger:
    check box and radio indicators, slider handles and grooves, spin-box arrows."""

    METRICS = {QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
               QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
               QStyle.PixelMetric.PM_SliderThickness, QStyle.PixelMetric.PM_SliderLength,
               QStyle.PixelMetric.PM_SliderControlThickness, QStyle.PixelMetric.PM_CheckBoxLabelSpacing,
               QStyle.PixelMetric.PM_RadioButtonLabelSpacing}

    def __init__(self, factor: float) -> None:
        super().__init__(QApplication.style().name())  # a base style of its own (a proxy owns its base)
        self.factor = factor

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.factor) if metric in self.METRICS else value

    def _arrow_extra(self, option, widget) -> int:
        up = super().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, widget)
        return round(up.width() * (self.factor - 1))

    def subControlRect(self, control, option, sub, widget=None):
        rect = super().subControlRect(control, option, sub, widget)
        if control != QStyle.ComplexControl.CC_SpinBox or self.factor <= 1:
            return rect
        extra = self._arrow_extra(option, widget)  # the arrows widen leftwards, the text field gives way
        if sub in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            return rect.adjusted(-extra, 0, 0, 0)
        if sub == QStyle.SubControl.SC_SpinBoxEditField:
            return rect.adjusted(0, 0, -extra, 0)
        return rect

    def sizeFromContents(self, kind, option, size, widget=None):
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_SpinBox and self.factor > 1 and option is not None:
            result.setWidth(result.width() + self._arrow_extra(option, widget))
        return result


_STYLES: dict[float, ScaledStyle] = {}  # one per factor, kept alive while widgets use it
_STYLED = (QCheckBox, QRadioButton, QSlider, QAbstractSpinBox)


def _styled(widget: QWidget) -> bool:
    """A control with parts the style draws at a fixed size."""
    return isinstance(widget, _STYLED)


def _scale_style(widget: QWidget, factor: float) -> None:
    """Give a control with fixed-size parts the ScaledStyle of ``factor`` (the app's own style at 1)."""
    if factor == 1.0:
        if widget.property(_BASE + "Styled"):
            widget.setStyle(None)
            widget.setProperty(_BASE + "Styled", None)
        return
    style = _STYLES.get(factor)
    if style is None:
        style = _STYLES[factor] = ScaledStyle(factor)
        # Owned by the application, not by Python: at exit PySide deletes the objects Python owns in no set
        # order, and a style deleted before the widgets using it crashed the quit (SIGSEGV).
        style.setParent(QApplication.instance())
    widget.setStyle(style)
    widget.setProperty(_BASE + "Styled", True)


def scale_window(root: QWidget, factor: float) -> None:
    """Scale ``root`` and everything in it by ``factor`` (1 = as built)."""
    base_pt = _base(root, "PointSize", root.font().pointSizeF())
    scalers = [w for w in root.findChildren(QWidget) if _self_scaling(w)]
    inside = set()
    for s in scalers:
        inside.update(id(c) for c in s.findChildren(QWidget))
    widgets = [w for w in root.findChildren(QWidget) if id(w) not in inside]
    # Before the window's font changes: which widgets chose their own font size (not the one they inherit)?
    for w in widgets:
        parent = w.parentWidget()
        if (w.property(_BASE + "OwnPointSize") is None and not w.isWindow() and parent is not None
                and w.testAttribute(Qt.WidgetAttribute.WA_SetFont)
                and w.font().pointSizeF() != parent.font().pointSizeF()):
            w.setProperty(_BASE + "OwnPointSize", w.font().pointSizeF())
    font = QFont(root.font())
    font.setPointSizeF(base_pt * factor)
    root.setFont(font)
    QToolTip.setFont(font)
    for w in widgets:
        if _self_scaling(w):
            w.set_scale(factor)  # it sizes its own parts
            continue
        own = w.property(_BASE + "OwnPointSize")
        if w.isWindow():  # menus and dialogs do not inherit the window's font
            w.setFont(font)
        elif own is not None:
            f = QFont(w.font())
            f.setPointSizeF(float(own) * factor)
            w.setFont(f)
        else:
            # Under a style sheet, children stop following their parent's font: hand it on explicitly
            # (parents come before their children in findChildren's order).
            follow_parent_font(w)
        sheet = w.styleSheet()
        if sheet and (_SIZE.search(sheet) or w.property(_BASE + "Sheet") is not None):
            w.setStyleSheet(_scaled_sheet(_base(w, "Sheet", sheet), factor))
        if isinstance(w, QTableView):
            header = w.verticalHeader()
            header.setDefaultSectionSize(round(_base(w, "RowHeight", header.defaultSectionSize()) * factor))
            horizontal = w.horizontalHeader()
            horizontal.setMinimumSectionSize(round(_base(w, "MinColumn", horizontal.minimumSectionSize()) * factor))
            if callable(getattr(w, "fit_sections", None)):
                w.fit_sections()  # not narrower than the column names at this size
            w.updateGeometry()  # its minimum height counts rows: the layouts must ask again
        if isinstance(w, QAbstractItemView):
            model = w.model()
            if model is not None and callable(getattr(model, "set_base_font", None)):
                model.set_base_font(w.font())  # e.g. bold target headers sized from the table's font
    for w in root.findChildren(QWidget):  # inside self-scaling views too (the plot's check boxes)
        if _styled(w) and not w.property(_FITS_ITSELF):
            _scale_style(w, factor)
    root.setProperty(_BASE + "Factor", float(factor))
    fit_toolbars(root)
    if root.property(_BASE + "Fitter") is None:  # re-fit when the window is resized or a toolbar changes
        _ToolbarFitter(root)
        root.setProperty(_BASE + "Fitter", True)


def follow_parent_font(widget: QWidget) -> None:
    """After ``widget``'s style sheet changed (a lesson's feedback turning red and bold): its font the size of
    its parent's again. A style sheet with a font property makes Qt work the widget's font out afresh, at the
    application's size, so in presentation mode the text fell back to the unscaled size; ``scale_window``
    hands the parent's size on the same way when it scales."""
    parent = widget.parentWidget()
    if parent is not None and widget.font().pointSizeF() != parent.font().pointSizeF():
        font = QFont(widget.font())
        font.setPointSizeF(parent.font().pointSizeF())
        widget.setFont(font)


def restyle(widget: QWidget) -> None:
    """Give the controls in ``widget`` made after its window was scaled (a lesson step's choices) the
    window's scaled hit areas; their fonts already follow the window's."""
    factor = current_scale(widget.window())
    for w in [widget, *widget.findChildren(QWidget)]:
        if _styled(w) and not w.property(_FITS_ITSELF):
            _scale_style(w, factor)


_FITS_ITSELF = _BASE + "FitsItself"  # a control drawn at a scale of its own (fit_controls): left to it


def fit_controls(widgets: list[QWidget], base_pt: float, scale: float, lines: Callable[[], int]) -> float:
    """Draw ``widgets`` (fonts of ``base_pt`` points at scale 1, and the parts their style draws) at ``scale``, or
    smaller, down to 1, until they take one line (``lines()``); returns the factor drawn at. A view's row of controls
    that would wrap to a second line at the projector gives up some of its size rather than the view's height, as a
    toolbar does. Where no size keeps one line (2-3x at a 1280-1366 px projector), the row is drawn at 1: fewest
    lines, each the least tall, so the view keeps the most height."""
    factor = scale
    while True:
        for w in widgets:
            font = QFont(w.font())
            font.setPointSizeF(base_pt * factor)
            w.setFont(font)
            w.setProperty(_FITS_ITSELF, True)
            if _styled(w):
                _scale_style(w, factor)
        if factor <= 1.0 or lines() <= 1:
            return factor
        factor = max(1.0, factor * TOOLBAR_STEP)


class ScaledView:
    """Presentation mode for a view: ``set_scale`` keeps the factor and redraws with ``_apply_scale``."""

    _scale = 1.0
    _ratio_override: float | None = None  # a picture export's pixels per px, while one is drawn

    def set_scale(self, factor: float) -> None:
        """Multiply fonts, markers and line widths by ``factor`` (1 = normal)."""
        if not factor > 0:
            raise ValueError(f"scale factor must be positive, got {factor}")
        self._scale = float(factor)
        self._apply_scale()

    def scale_factor(self) -> float:
        """The factor last given to set_scale (1 = normal)."""
        return self._scale

    def line_ratio(self) -> float:
        """Device pixels per px for lines and markers: the screen's (HiDPI), or a picture export's."""
        if self._ratio_override is not None:
            return self._ratio_override
        return max(1.0, float(self.devicePixelRatioF()))


TOOLBAR_STEP = 0.93  # each try at fitting a toolbar draws it this much smaller


def current_scale(root: QWidget) -> float:
    """The factor ``root`` was last scaled by (1 before any)."""
    value = root.property(_BASE + "Factor")
    return 1.0 if value is None else float(value)


def _scale_toolbar(bar: QToolBar, factor: float) -> None:
    """Draw one toolbar at ``factor`` times its scale-1 size (fonts and style-sheet sizes)."""
    base_pt = _base(bar, "BarPointSize", bar.font().pointSizeF() / current_scale(bar.window()))
    font = QFont(bar.font())
    font.setPointSizeF(base_pt * factor)
    bar.setFont(font)
    sheet = bar.property(_BASE + "Sheet")
    if sheet is not None:
        bar.setStyleSheet(_scaled_sheet(sheet, factor))
    for w in bar.findChildren(QWidget):
        own = w.property(_BASE + "OwnPointSize")
        f = QFont(w.font())
        f.setPointSizeF(float(own) * factor if own is not None else base_pt * factor)
        w.setFont(f)
        child_sheet = w.property(_BASE + "Sheet")
        if child_sheet is not None:
            w.setStyleSheet(_scaled_sheet(child_sheet, factor))
        if _styled(w):  # a new style sheet on the bar gave its children the plain style again
            _scale_style(w, factor)
    bar.setProperty(_BASE + "BarFactor", float(factor))


def fit_toolbars(root: QWidget) -> None:
    """Shrink (down to scale 1) any toolbar of ``root`` whose actions do not fit its width.

    A QToolBar that is too narrow hides its last actions behind an extension button
    ("»"): in presentation mode at 1280 pixels that hid Presentation mode and Help.
    """
    for bar in _toolbars(root):
        fit_toolbar(bar)


def _toolbars(root: QWidget) -> list[QToolBar]:
    """The horizontal toolbars of ``root`` that it shows."""
    return [bar for bar in root.findChildren(QToolBar) if bar.parentWidget() is root and bar.isVisibleTo(root)
            and bar.orientation() == Qt.Orientation.Horizontal]


def fit_toolbar(bar: QToolBar) -> None:
    """Draw ``bar`` at its window's scale, or smaller (down to 1) where its actions do not fit the window's width."""
    root = bar.parentWidget()
    width = root.width()
    if width <= 0:
        return
    f = current_scale(root)
    _scale_toolbar(bar, f)
    while f > 1.0 and bar.sizeHint().width() > width:
        f = max(1.0, f * TOOLBAR_STEP)
        _scale_toolbar(bar, f)


def toolbar_scale(bar: QToolBar) -> float:
    """The scale a toolbar is drawn at (presentation scale, or less where it had to fit)."""
    value = bar.property(_BASE + "BarFactor")
    return current_scale(bar.window()) if value is None else float(value)


class _ToolbarFitter(QObject):
    """Fits a scaled window's toolbars again when the window is resized, and when a toolbar lays itself out
    anew (an action shown or hidden, a new language): a lesson step that brought back Train, Reset and New
    seed made the training toolbar wider than the window, its last actions behind its "»" button."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._queued = False
        root.installEventFilter(self)
        for bar in root.findChildren(QToolBar):
            bar.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()  # (the window itself is asked only after these checks: it may be going away)
        if obj is self.root and kind == QEvent.Type.Resize and current_scale(obj) > 1.0:
            fit_toolbars(obj)
        elif obj is self.root and kind == QEvent.Type.ChildAdded and isinstance(event.child(), QToolBar):
            event.child().installEventFilter(self)
        elif kind == QEvent.Type.LayoutRequest and obj is not self.root and not self._queued:
            self._queued = True  # (the timer goes with this filter, a child of the window)
            QTimer.singleShot(0, self, self._refit)
        return False

    def _refit(self) -> None:
        """Fit the toolbars that no longer fit the window's width. (One that could grow back waits for the
        next resize or scale: a taller toolbar in the middle of a lesson step pushed the window past 720 px.)"""
        self._queued = False
        if current_scale(self.root) <= 1.0:
            return
        for bar in _toolbars(self.root):
            if bar.sizeHint().width() > self.root.width():
                fit_toolbar(bar)
