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
between 1 and the last presentation scale (``view/presentationScale``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QScreen
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QApplication, QCheckBox,
                               QDockWidget, QMainWindow, QProxyStyle, QRadioButton, QSizePolicy,
                               QSplitter, QSlider, QStyle, QTableView, QTabWidget, QToolBar, QToolTip,
                               QWidget)

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
        elif w.parentWidget() is not None and w.font().pointSizeF() != w.parentWidget().font().pointSizeF():
            # Under a style sheet, children stop following their parent's font: hand it on explicitly
            # (parents come before their children in findChildren's order).
            f = QFont(w.font())
            f.setPointSizeF(w.parentWidget().font().pointSizeF())
            w.setFont(f)
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
        if _styled(w):
            _scale_style(w, factor)
    root.setProperty(_BASE + "Factor", float(factor))
    fit_toolbars(root)
    if root.property(_BASE + "Fitter") is None:  # re-fit when the window is resized or a toolbar changes
        _ToolbarFitter(root)
        root.setProperty(_BASE + "Fitter", True)


def restyle(widget: QWidget) -> None:
    """Give the controls in ``widget`` made after its window was scaled (a lesson step's choices) the
    window's scaled hit areas; their fonts already follow the window's."""
    factor = current_scale(widget.window())
    for w in [widget, *widget.findChildren(QWidget)]:
        if _styled(w):
            _scale_style(w, factor)


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


MAX_INSPECTOR_SHARE = 0.8  # of the window's height: the diagram keeps a strip above the inspector
# The strip's least height in a window shorter than LARGE_SCREEN_PX, in px at scale 1 (times the scale):
# below it the error plot's curve was a flat line and the diagram's labels overlapped (1366x768, 1280x720).
# There the inspector scrolls instead; a 1080p window shows the whole iteration without scrolling.
STRIP_MIN_PX = 170
INSPECTOR_MAX_SCALE = 1.5  # the inspector's text grows no further with the inspector in the main area


class InspectorFocus(QObject):
    """Presentation mode with the inspector open: the inspector takes the main area.

    A projector shows the whole iteration (forward, error, backward, update) only when the
    inspector gets nearly all the height: the widgets ``put_away`` (the dataset and settings,
    the result tabs, the plot's toggles) are hidden (the inspector's ``l0`` and ``y`` show the
    table, its last layer the outputs), the error plot and the diagram (``center``, a splitter)
    sit side by side in a strip, and the dock is sized to show every matrix. Leaving either
    mode puts back what was there.
    """

    def __init__(self, window, dock, inspector, put_away, center) -> None:
        super().__init__(window)
        self.window, self.dock, self.inspector = window, dock, inspector
        self.put_away, self.center = list(put_away), center
        self._saved: list[bool] | None = None  # whether each widget put away was shown before
        inspector.contentChanged.connect(self.fit)
        dock.visibilityChanged.connect(self.update)
        dock.topLevelChanged.connect(self.update)
        window.installEventFilter(self)
        dock.installEventFilter(self)
        self._width = 0  # the dock's width at the last fit: a new width wraps the matrices anew
        self._height = 0  # the height asked for at the last fit
        self._tries = 0  # fits asked for since the last change: the main window may apply one late
        self._forced: QSize | None = None  # the window's size before a layout forced it larger

    def active(self) -> bool:
        return self._saved is not None

    def update(self, *_args) -> None:
        """Arrange the window for the current scale and inspector visibility."""
        w = self.window
        on = (current_scale(w) > 1.0 and self.dock.isVisibleTo(w) and not self.dock.isFloating()
              and w.dockWidgetArea(self.dock) == Qt.DockWidgetArea.BottomDockWidgetArea)
        if on and self._saved is None:
            self._saved = [not widget.isHidden() for widget in self.put_away]  # not isVisibleTo: a parent may be hidden
            for widget in self.put_away:
                widget.hide()
            self.center.setOrientation(Qt.Orientation.Horizontal)
            self.dock.setTitleBarWidget(QWidget())  # its title repeats the panel's: the matrices get the room
            if self._forced is not None:
                QTimer.singleShot(0, self._shrink_back)
        elif not on and self._saved is not None:
            self.release_font()
            for widget, shown in zip(self.put_away, self._saved):
                widget.setVisible(shown)
            self._saved = None
            self.center.setOrientation(Qt.Orientation.Vertical)
            self.center.setMinimumHeight(0)
            self.dock.setTitleBarWidget(None)
            if self.dock.isVisibleTo(w):
                w.resizeDocks([self.dock], [int(w.height() * 0.5)], Qt.Orientation.Vertical)
        if self._saved is not None:
            self._fit_font()
        self.fit()
        self._tries = 0
        QTimer.singleShot(0, self.fit)  # again once the panels put away have left the layout

    def _shrink_back(self) -> None:
        """Back to the size the window had before the dock's first layout grew it (see eventFilter)."""
        size, self._forced = self._forced, None
        w = self.window
        if size is not None and size.isValid():
            w.layout().activate()  # the minimum without the side panel
            w.resize(size)  # (never below the window's minimum: Qt keeps to it)

    def fit(self) -> None:
        """Give the dock the height that shows every matrix (at most MAX_INSPECTOR_SHARE of the window,
        and in a short window no more than leaves the strip above it STRIP_MIN_PX)."""
        if self._saved is None:
            return
        w = self.window
        short = w.height() < LARGE_SCREEN_PX
        strip = round(STRIP_MIN_PX * current_scale(w)) if short else 0
        if self.center.minimumHeight() != strip:
            self.center.setMinimumHeight(strip)
        panel = self.dock.widget()
        top = panel.geometry().top() if panel.height() > 0 else panel.fontMetrics().height() + 8  # its title bar
        width = panel.width() if panel.width() > 100 else w.width()
        self._width = self.dock.width()
        room = int(w.height() * MAX_INSPECTOR_SHARE)
        height = self.inspector.needed_height(width) + top + 2
        self._height = min(height, room)
        w.resizeDocks([self.dock], [self._height], Qt.Orientation.Vertical)

    def _fit_font(self) -> None:
        """Above INSPECTOR_MAX_SCALE the inspector's text stays at that scale, so the whole
        iteration still fits 1920x1080 while the rest of the window is larger still."""
        factor = current_scale(self.window)
        if factor > INSPECTOR_MAX_SCALE:
            font = QFont(self.window.font())
            font.setPointSizeF(font.pointSizeF() * INSPECTOR_MAX_SCALE / factor)
            if self.inspector.font().pointSizeF() != font.pointSizeF():
                self.inspector.setFont(font)
        else:
            self.release_font()

    def release_font(self) -> None:
        """The inspector takes the window's font again (before the window is scaled anew)."""
        if self.inspector.font().pointSizeF() != self.window.font().pointSizeF():
            self.inspector.setFont(QFont())

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and obj is self.window and self._saved is None:
            # Showing the dock lays the window out once with the side panel still in it: a window
            # at its smallest then grows past the screen. Remember the size it had, to go back.
            old, new = event.oldSize().height(), event.size().height()
            forced = 0 <= old < new == self.window.minimumHeight()
            self._forced = event.oldSize() if forced and self.dock.isVisibleTo(self.window) else None
        if self._saved is None or kind not in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            return False
        if kind == QEvent.Type.Resize and (obj is self.window or obj.width() != self._width):
            self._tries = 0  # a new width: the matrices wrap anew
        elif abs(self.dock.height() - self._height) <= 2 or self._tries >= 5:
            return False
        # Once the window has laid out its new size and panels: a height asked for before can be
        # cut by the old layout's minimum sizes, so ask again (a few times at most).
        self._tries += 1
        QTimer.singleShot(0, self.fit)
        return False


class PaneRoom(QObject):
    """Keeps the panes of the main area within the width the window has beside its side docks.

    The dataset and the predictions ask for the width that shows every column (``wide``: each
    table with the share of that room it may take at most), and a splitter never squeezes a pane
    below its minimum: with a lesson docked beside them, presentation mode at 1366x768 pushed the
    window 1425 to 1801 pixels wide, the lesson's Next button off the screen. Here each wide table
    gets as its minimum width what it asks for as far as the room allows once every other pane has
    its own minimum (the rest of a table scrolls sideways). The room is the window's width less the
    side docks' least widths, so a dock never pushes the window wider either: it gets what is left.

    It fits again when the window lays itself out (before the new minimum is applied: panels shown
    or hidden, a lesson's step, presentation mode, a new language) and when a table asks anew. Should
    something else still have forced the window wider, it goes back to the width it had.

    The room follows the window's width, so the minimums it sets fill that width: the window could never
    get narrower by itself (a screen that shrank, a projector connected, the window moved to a smaller
    screen kept it 1292 to 1366 px wide at 1280x720). When the window's screen changes or its available
    area shrinks, the room becomes that area's and the window is brought within it (:meth:`fit_screen`).

    A tab widget among the panes asks for the room of the tab on show: the pages behind it are sized as
    "ignored" (a hidden decision map's combo boxes at scale 1.5 held the results pane 435 px wide).
    """

    def __init__(self, window: QMainWindow, splitter: QSplitter, wide: dict[QAbstractScrollArea, float]) -> None:
        super().__init__(window)
        self.window, self.splitter, self.wide = window, splitter, dict(wide)
        self._target = 0  # the window's width before a layout forced it wider (0: not forced)
        self._queued = False
        self._told = -1  # the splitter's least width when the window's layout was last told
        self._screen: QScreen | None = None  # the screen whose available area the window follows
        window.installEventFilter(self)
        splitter.installEventFilter(self)
        for i in range(splitter.count()):
            if isinstance(splitter.widget(i), QTabWidget):
                splitter.widget(i).currentChanged.connect(self._queue)  # the page on show asks for its room

    def _follow_screen(self) -> None:
        """Listen to the window's screen: a new one, or its available area changing."""
        handle = self.window.windowHandle()
        if handle is None:
            return
        if self._screen is None:
            handle.screenChanged.connect(self._screen_changed)
        self._screen_changed(handle.screen(), moved=False)  # where it is first shown is the window system's choice

    @Slot(QScreen)
    def _screen_changed(self, screen: QScreen | None, moved: bool = True) -> None:
        if screen is self._screen:
            return
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self.fit_screen)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self.fit_screen)
            if moved:
                self.fit_screen()

    def fit_screen(self, *_args) -> None:
        """Bring the window within its screen's available area: the tables' minimums first, then its size.

        A maximised or full-screen window is sized by the window system, which keeps to the minimum: it
        gets the lower minimum and follows the screen itself."""
        w, screen = self.window, self._screen
        if screen is None or not w.isVisible():
            return
        area = screen.availableGeometry()
        frame = w.frameGeometry().size() - w.size()  # the window system's title bar and borders
        width, height = area.width() - frame.width(), area.height() - frame.height()
        if width <= 0 or height <= 0 or (w.width() <= width and w.height() <= height):
            return
        if w.width() > width:
            self._target = width
            self.fit()
            w.layout().activate()  # the window's minimum from the narrower tables
        if not (w.isMaximized() or w.isFullScreen()):
            w.resize(min(w.width(), width), min(w.height(), height))  # (never below its minimum: Qt keeps to it)

    def room(self, showing: QDockWidget | None = None) -> int:
        """The width the main splitter may take: the window's less the side docks (and ``showing``,
        a dock about to be shown) and the margins."""
        w = self.window
        width = self._target or w.width()
        separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, w)
        for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
            docks = [d for d in w.findChildren(QDockWidget) if d.parentWidget() is w
                     and (d.isVisibleTo(w) or d is showing) and not d.isFloating() and w.dockWidgetArea(d) == area]
            if docks:  # docks of one area are stacked or tabbed: the widest decides
                width -= max(max(d.minimumWidth(), d.minimumSizeHint().width()) for d in docks) + separator
        central = w.centralWidget()
        if central is not None and central.layout() is not None:
            m = central.layout().contentsMargins()
            width -= m.left() + m.right()
        return width

    def fit(self, showing: QDockWidget | None = None) -> None:
        """Set each wide table's minimum width: what it asks for, as far as the room allows.

        Call it with a dock about to be shown: showing a widget lays its window out at once, with
        the minimum widths it finds (a table's asked for before the dock took its room)."""
        w = self.window
        if w.width() <= 0:
            return
        room = self.room(showing)
        changed = self._size_pages()
        for _ in range(6):  # a table in a pane that something wider holds gives nothing back: try again
            tables = [t for t in self.wide if t.isVisibleTo(w)]
            if not tables:
                break
            ask = {t: min(t.minimumSizeHint().width(), int(room * self.wide[t])) for t in tables}
            floor = {t: min(ask[t], QAbstractScrollArea.minimumSizeHint(t).width()) for t in tables}
            now = {t: t.minimumWidth() or ask[t] for t in tables}
            spare = room - self.splitter.minimumSizeHint().width()
            new = dict(now)
            if spare < 0:  # take the excess from the tables, each in proportion to what it can give
                give = {t: max(0, now[t] - floor[t]) for t in tables}
                total = sum(give.values())
                for t in tables:
                    if total > 0:
                        new[t] = now[t] - min(give[t], -(spare * give[t]) // total + 1)
            else:  # hand the spare width to the tables that ask for more, by their shares
                want = [t for t in tables if ask[t] > now[t]]
                shares = sum(self.wide[t] for t in want)
                for t in want:
                    new[t] = now[t] + min(ask[t] - now[t], int(spare * self.wide[t] / shares))
            new = {t: max(floor[t], min(new[t], ask[t])) for t in tables}
            if all(t.minimumWidth() == new[t] for t in tables):
                break
            for t in tables:
                t.setMinimumWidth(new[t])
            changed = True
        # The window's layout keeps the splitter's minimum it last read; a pane shown, hidden or narrowed
        # tells it only through posted requests. Tell it now, before it lays the window out again.
        least = self.splitter.minimumSizeHint().width()
        if changed or least != self._told:
            self._told = least
            self.splitter.updateGeometry()
            if self.splitter.parentWidget() is not None:
                self.splitter.parentWidget().updateGeometry()
        if self._target and w.width() > self._target and w.minimumSizeHint().width() <= self._target:
            QTimer.singleShot(0, self, self._shrink_back)

    def _size_pages(self) -> bool:
        """Size each tab widget's pages but the current one as ignored; whether a page changed."""
        changed = False
        for i in range(self.splitter.count()):
            tabs = self.splitter.widget(i)
            if not isinstance(tabs, QTabWidget):
                continue
            for p in range(tabs.count()):
                page = tabs.widget(p)
                own = page.property(_BASE + "Policy")
                if own is None:  # the policy it was built with, before any page was put behind
                    policy = page.sizePolicy()
                    own = [policy.horizontalPolicy().value, policy.verticalPolicy().value]
                    page.setProperty(_BASE + "Policy", own)
                ignored = QSizePolicy.Policy.Ignored
                horizontal, vertical = ((QSizePolicy.Policy(own[0]), QSizePolicy.Policy(own[1]))
                                        if p == tabs.currentIndex() else (ignored, ignored))
                policy = page.sizePolicy()
                if (policy.horizontalPolicy(), policy.verticalPolicy()) != (horizontal, vertical):
                    policy.setHorizontalPolicy(horizontal)
                    policy.setVerticalPolicy(vertical)
                    page.setSizePolicy(policy)
                    changed = True
        return changed

    def _shrink_back(self) -> None:
        target, self._target = self._target, 0
        if target and self.window.width() > target:
            self.window.resize(target, self.window.height())  # (never below its minimum: Qt keeps to it)

    def _queue(self, *_args) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._queued_fit)

    def _queued_fit(self) -> None:
        self._queued = False
        self.fit()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.LayoutRequest:
            self.fit()  # before the window applies its new minimum size
        elif obj is self.window and kind == QEvent.Type.Show:
            self._follow_screen()
        elif obj is self.window and kind == QEvent.Type.Resize:
            old, new = event.oldSize().width(), event.size().width()
            if 0 < old < new == self.window.minimumWidth():
                self._target = self._target or old  # forced wider by a minimum: go back once it fits
            elif new != self.window.minimumWidth():
                self._target = 0
            self._queue()
        elif obj is self.splitter and kind == QEvent.Type.LayoutRequest:
            self._queue()  # a pane asks for another width (a table's columns, a font)
        return False
