"""The window's layout at projector sizes, presentation mode off and on, inspector off and on.

For the notebook, adder2 and seven-segment presets (trained), at 1280x720, 1366x768 and
1920x1080: every toolbar action is visible (no "»" extension button), the dataset table
shows at least four rows, every visible button's and single-line label's text fits
its rectangle (QFontMetrics), the predictions of adder2 and seven-segment show every output
column without a sideways scroll, and in presentation mode at 1920x1080 the inspector shows
every matrix of the notebook's network without scrolling. At 1280x720 and 1366x768 in presentation
mode the strip above the inspector keeps a readable error plot (view box at least PLOT_MIN_PX tall)
and a diagram whose labels do not overlap (the inspector scrolls there), and the settings' spin
boxes lie inside their scroll area's viewport (arrows not under the scroll bar).
"""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QLabel, QStyle, QTabBar, QToolBar,
                               QToolButton)

from playground.ui.views.matrix_view import MAX_COLUMNS, format_cell
from playground.ui.main_window import MainWindow

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]
TIMEOUT = 60_000



def train(qtbot, window, preset):
    window.load_preset(preset)
    if preset == "notebook":
        window.controls.iterations_spin.setValue(3000)  # the layout, not the 60,000 iterations, is tested here
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        window.train()
    assert blocker.args[0] == "done"


def settle() -> None:
    """Deliver the posted layout requests (fonts changed, sizes changed) until none is left; no timing."""
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def visible_rows(table) -> int:
    viewport = table.viewport().rect()
    return sum(1 for r in range(table.model().rowCount())
               if viewport.contains(table.visualRect(table.model().index(r, 0))))


def plain(text: str) -> str:
    """A button's or tab's text as drawn: '&' marks the mnemonic, '&&' is an ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widget_cuts(window) -> list[str]:
    """Buttons and single-line labels whose text is wider than the room they have."""
    cut = []
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not w.isVisible() or not w.window() is window:
            continue
        text = plain(w.text())
        if not text or "\n" in text or (isinstance(w, QLabel) and (w.wordWrap() or w.textFormat() == 1)):
            continue
        if isinstance(w, QLabel) and w.text().lstrip().startswith("<"):
            continue  # rich text wraps on its own
        need = QFontMetrics(w.font()).horizontalAdvance(text)
        if isinstance(w, QToolButton) and w.objectName() == "qt_toolbar_ext_button":
            continue
        room = w.contentsRect().width()
        if isinstance(w, QAbstractButton) and not isinstance(w, QToolButton):
            room = w.width()
            if isinstance(w, QCheckBox):  # the box and the gap beside it
                style = w.style()
                need += (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, w)
                         + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, w))
        if need > room + 1:
            cut.append(f"{w.__class__.__name__} {w.objectName()!r}: {text!r} needs {need}px, has {room}px")
    return cut


def tab_cuts(window) -> list[str]:
    """Tabs drawn narrower than their text asks for (elided), or outside their bar (scroll arrows)."""
    cut = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible() or bar.window() is not window:
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            rect, text = bar.tabRect(i), plain(bar.tabText(i))
            if rect.width() < bar.tabSizeHint(i).width() or not bar.rect().contains(rect):
                cut.append(f"tab {text!r}: drawn {rect.width()}px wide at x {rect.x()}, needs "
                           f"{bar.tabSizeHint(i).width()}px within {bar.width()}px")
    return cut


CELL_MARGIN = 3  # px each side: the item delegate's text margin (Fusion: focus frame margin + 1)


def table_cuts(table, name: str, max_rows: int = 24) -> list[str]:
    """Header sections and cells (the first rows in view) whose text is wider than their rectangle."""
    if not table.isVisible():
        return []
    model, cut = table.model(), []
    viewport = table.viewport().rect()
    R = Qt.ItemDataRole

    def font_of(value, default):
        return value if isinstance(value, QFont) else default

    for orientation, header in ((Qt.Orientation.Horizontal, table.horizontalHeader()),
                                (Qt.Orientation.Vertical, table.verticalHeader())):
        if not header.isVisible():
            continue
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for section in range(min(count, max_rows if orientation == Qt.Orientation.Vertical else count)):
            if header.isSectionHidden(section) or header.sectionViewportPosition(section) < 0 \
                    or header.sectionViewportPosition(section) + header.sectionSize(section) > header.width():
                continue  # scrolled out of view: not cut
            text = model.headerData(section, orientation, R.DisplayRole)
            if not text:
                continue
            fm = QFontMetrics(font_of(model.headerData(section, orientation, R.FontRole), header.font()))
            need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
            if need > header.sectionSize(section) + 1 and orientation == Qt.Orientation.Horizontal:
                cut.append(f"{name} header {text!r}: needs {need}px, has {header.sectionSize(section)}px")
            if need > header.width() + 1 and orientation == Qt.Orientation.Vertical:
                cut.append(f"{name} row header {text!r}: needs {need}px, has {header.width()}px")
    for r in range(min(model.rowCount(), max_rows)):
        for c in range(model.columnCount()):
            rect = table.visualRect(model.index(r, c))
            if rect.left() < viewport.left() or rect.right() > viewport.right() or not rect.intersects(viewport):
                continue  # scrolled out of view: not cut
            text = model.data(model.index(r, c), R.DisplayRole)
            if text is None or text == "":
                continue
            fm = QFontMetrics(font_of(model.data(model.index(r, c), R.FontRole), table.font()))
            need = fm.horizontalAdvance(str(text)) + 2 * CELL_MARGIN
            if need > rect.width() + 1:
                cut.append(f"{name} cell ({r + 1}, {c + 1}) {text!r}: needs {need}px, has {rect.width()}px")
    return cut


def matrix_cuts(window) -> list[str]:
    """Inspector matrix cells, column and row names wider than their cell."""
    if not window.classroom.inspector_dock.isVisible():
        return []
    inspector, cut = window.classroom.inspector, []
    for name in inspector.names():
        view = inspector.matrix(name)
        q = view.quantity()
        bold = QFont(view.font())
        bold.setBold(True)
        pad = view.text_padding()
        for r in view.shown_rows():
            fm = QFontMetrics(bold if r == view.highlighted_row() else view.font())
            for c in range(min(q.shape[1], MAX_COLUMNS)):
                rect, text = view.cell_rect(r, c), format_cell(q.value[r, c])
                if rect is not None and fm.horizontalAdvance(text) > rect.width() - 2 * pad:
                    cut.append(f"matrix {name}[{r}, {c}] {text!r}: needs {fm.horizontalAdvance(text)}px, "
                               f"has {rect.width()}px")
        fm = QFontMetrics(view.font())
        for c in range(min(q.shape[1], MAX_COLUMNS)):
            rect = view.cell_rect(view.shown_rows()[0], c)
            if rect is not None and fm.horizontalAdvance(q.column_names[c]) > rect.width():
                cut.append(f"matrix {name} column {q.column_names[c]!r} is wider than its cell")
    return cut


def cut_texts(window) -> list[str]:
    """Every text the window shows that does not fit its rectangle: labels, buttons, tabs, headers, cells."""
    return (widget_cuts(window) + tab_cuts(window) + table_cuts(window.table, "dataset")
            + table_cuts(window.predictions, "predictions") + matrix_cuts(window))


def hidden_outputs(window) -> list[str]:
    """Predictions columns not wholly in view, or a sideways scroll bar the table needs."""
    table, model = window.predictions, window.predictions_model
    if not table.isVisible():
        return []
    viewport = table.viewport().rect()
    problems = []
    if table.horizontalScrollBar().maximum() > 0:
        problems.append("the predictions need a sideways scroll")
    for c in range(model.columnCount()):
        rect = table.visualRect(model.index(0, c))
        if not (rect.left() >= viewport.left() and rect.right() <= viewport.right()):
            problems.append(f"predictions column {model.headerData(c, Qt.Orientation.Horizontal)!r} is not in view")
    return problems


def hidden_matrices(window) -> list[str]:
    """Inspector matrices not wholly on screen: outside the window or outside the scroll area's viewport."""
    inspector = window.classroom.inspector
    viewport = inspector.scroll.viewport()
    problems = []
    if not inspector.names():
        return ["the inspector shows no matrix"]
    for name in inspector.names():
        matrix = inspector.matrix(name)
        corners = (matrix.rect().topLeft(), matrix.rect().bottomRight())
        in_window = all(window.rect().contains(matrix.mapTo(window, c)) for c in corners)
        in_view = all(viewport.rect().contains(matrix.mapTo(viewport, c)) for c in corners)
        if not (matrix.isVisible() and in_window and in_view):
            problems.append(f"matrix {name} is not wholly visible (scroll to see it)")
    return problems


def trained_in_presentation_mode(qtbot, window, preset: str, width: int, height: int) -> list[str]:
    """Train the preset in presentation mode at this size (the outputs widen the columns); what is hidden."""
    window.classroom.set_scale(1.5, save=False)
    window.resize(width, height)
    train(qtbot, window, preset)
    settle()
    return [f"{preset} trained at {width}x{height} scale 1.5: {c}" for c in hidden_outputs(window)]


def layout_problems(window, preset: str, width: int, height: int, scale: float, inspector: bool) -> list[str]:
    """Everything wrong with the window's layout at one size, scale and inspector setting
    (also run with the German and Spanish texts by tests/ui/test_translated_window.py)."""
    problems = []
    window.classroom.set_scale(scale, save=False)
    window.classroom.inspector_dock.setVisible(inspector)  # (the action's setChecked shows nothing)
    window.resize(width, height)
    settle()
    window.grab()
    where = f"{preset} {width}x{height} scale {scale} inspector {inspector}"
    if window.width() > width or window.height() > height:
        problems.append(f"{where}: the window needs {window.width()}x{window.height()}")
    for bar in window.findChildren(QToolBar):
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisible() and ext is not None and ext.isVisible():
            problems.append(f"{where}: toolbar {bar.objectName()} overflows")
    focus = scale > 1 and inspector  # the inspector takes the main area; its l0 and y show the table
    if focus and window.table.isVisible():
        problems.append(f"{where}: the dataset table stays beside the inspector")
    rows = visible_rows(window.table)
    if not focus and rows < min(4, window.dataset_model.rowCount()):
        problems.append(f"{where}: the dataset shows {rows} rows")
    if preset != "notebook":  # several targets: every output in view
        problems += [f"{where}: {c}" for c in hidden_outputs(window)]
    if focus and (width, height) == (1920, 1080) and preset == "notebook":
        problems += [f"{where}: {c}" for c in hidden_matrices(window)]
    problems += [f"{where}: {c}" for c in cut_texts(window)]
    return problems


@pytest.mark.parametrize("preset", ["notebook", "adder2", "seven-segment"])
def test_projector_layouts(qtbot, window, preset):
    problems = trained_in_presentation_mode(qtbot, window, preset, 1280, 720)
    for width, height in SIZES:
        for scale in ((1.0, 1.5, 2.0) if width == 1920 else (1.0, 1.5)):  # 2.0: body text of 24 px
            for inspector in (False, True):
                problems += layout_problems(window, preset, width, height, scale, inspector)
                if preset == "notebook" and not inspector and window.table.horizontalScrollBar().maximum() > 0:
                    problems.append(f"{width}x{height} scale {scale}: the notebook's four columns need a sideways "
                                    "scroll")  # (English names; longer ones may scroll: at most 30% of the width)
    assert not problems, "\n".join(problems)


def hit_areas(window) -> dict[str, float]:
    """Sizes of what a teacher reads or hits, in pixels: texts (menus, status bar, tabs, tables) and
    the parts a style draws at a fixed size (check box, spin-box arrow, slider handle)."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QMenu, QStyleOptionSpinBox

    check = window.controls.bias_check
    spin = window.controls.iterations_spin
    option = QStyleOptionSpinBox()
    option.initFrom(spin)
    option.rect = spin.rect()
    option.subControls = QStyle.SubControl.SC_All
    option.frame = True
    up = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, spin)
    slider = window.classroom.transport.speed_slider
    menu = window.findChild(QMenu, "runMenu")
    return {
        "check box": check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, check),
        "plot check box": window.error_plot.log_check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None,
                                                                         window.error_plot.log_check),
        "spin arrow": up.width(),
        "slider handle": slider.style().pixelMetric(QStyle.PixelMetric.PM_SliderLength, None, slider),
        "menu text": QFontInfo(menu.font()).pixelSize(),
        "status bar text": QFontInfo(window.status_label.font()).pixelSize(),
        "tab text": QFontInfo(window.tabs.tabBar().font()).pixelSize(),
        "table text": QFontInfo(window.table.font()).pixelSize(),
    }


def test_presentation_mode_grows_every_text_and_hit_area(qtbot, window):
    window.resize(1920, 1080)
    settle()
    normal = hit_areas(window)
    window.classroom.set_scale(1.5, save=False)
    settle()
    larger = hit_areas(window)
    small = {name: (normal[name], size) for name, size in larger.items() if size < 1.4 * normal[name]}
    assert not small, f"did not grow with presentation mode (normal, presentation): {small}"
    window.classroom.set_scale(1.0, save=False)
    settle()
    assert hit_areas(window) == normal  # and back


PLOT_MIN_PX = 120  # the error plot's view box at least this tall: a curve one can read, not a flat line


def label_overlaps(view) -> list[str]:
    """Pairs of the diagram's labels (unit names, layer captions, "bias") whose drawn rectangles overlap."""
    rects = []
    for item in view.label_items():
        m = item.textItem.document().documentMargin()  # blank padding round the text, not drawn
        rects.append((item.toPlainText(), item.textItem.sceneBoundingRect().adjusted(m, m, -m, -m)))
    return [f"diagram labels {a!r} and {b!r} overlap" for i, (a, ra) in enumerate(rects)
            for b, rb in rects[i + 1:] if ra.intersects(rb)]


def covered_spin_boxes(window) -> list[str]:
    """Spin boxes of the settings panel not wholly inside its scroll area's viewport (arrows under the bar)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QScrollArea
    scroll = window.findChild(QScrollArea, "settingsScroll")
    viewport = scroll.viewport()
    problems = []
    if scroll.widget().width() > viewport.width():
        problems.append(f"the settings panel is {scroll.widget().width()} px wide in a {viewport.width()} px viewport")
    for spin in scroll.widget().findChildren(QAbstractSpinBox):
        if not spin.isVisibleTo(scroll.widget()):
            continue
        left, right = spin.mapTo(viewport, spin.rect().topLeft()), spin.mapTo(viewport, spin.rect().topRight())
        if left.x() < 0 or right.x() >= viewport.width():
            problems.append(f"spin box {spin.objectName() or spin.accessibleName()!r} reaches x={right.x()} "
                            f"past the viewport's width {viewport.width()}")
    return problems


@pytest.mark.parametrize("width,height", [(1280, 720), (1366, 768)])
def test_small_projector_strip_and_settings_are_readable(qtbot, window, width, height):
    """Presentation mode at 1280x720 and 1366x768: with the inspector the strip above it keeps a
    readable plot and a diagram whose labels do not overlap (the inspector scrolls instead); without
    it the settings' spin-box arrows are not under the scroll bar."""
    problems = trained_in_presentation_mode(qtbot, window, "notebook", width, height)
    problems += layout_problems(window, "notebook", width, height, 1.5, False)
    problems += covered_spin_boxes(window)
    problems += layout_problems(window, "notebook", width, height, 1.5, True)
    vb = window.error_plot.plot_widget.getPlotItem().getViewBox()
    if vb.height() < PLOT_MIN_PX:
        problems.append(f"{width}x{height}: the error plot's view box is {vb.height():.0f} px tall")
    problems += label_overlaps(window.network_view)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["de", "es"])
def test_settings_spin_boxes_clear_the_scroll_bar_in_each_language(qtbot, qapp, language):
    """The longer German and Spanish names widen the settings panel: at 1280x720 and 1366x768 in
    presentation mode its spin boxes still lie inside the scroll area's viewport, not under its bar."""
    from playground.ui.language import install_translators

    install_translators(qapp, language)
    window = MainWindow()
    try:
        qtbot.addWidget(window)
        window.show()
        problems = []
        for width, height in ((1280, 720), (1366, 768)):
            window.classroom.set_scale(1.5, save=False)
            window.resize(width, height)
            settle()
            window.grab()
            problems += [f"{language} {width}x{height}: {c}" for c in covered_spin_boxes(window)]
            if window.width() > width:
                problems.append(f"{language} {width}x{height}: the window needs {window.width()} px")
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        install_translators(qapp, "en")


def legend_problems(window) -> list[str]:
    """Legend entries of the error plot not wholly inside the plot's view (a text cut by its edge)."""
    plot = window.error_plot.plot_widget.getPlotItem()
    legend, view = plot.legend, plot.getViewBox().sceneBoundingRect()
    if not legend.isVisible():
        return ["the legend is not shown"]
    problems = []
    for sample, label in legend.items:
        for name, item in (("swatch", sample), ("text", label.item)):
            rect = item.sceneBoundingRect()
            if not view.contains(rect):
                problems.append(f"legend {name} of {label.text!r} at {rect} is not inside the plot's view {view}")
    return problems


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_legend_lies_inside_the_plot_in_each_language(qtbot, qapp, language):
    """Trained, at 1280x720, 1366x768 in presentation mode and 1920x1080: every entry of the error plot's
    legend (its swatch and its text: German and Spanish name the settings at length) lies inside the
    plot's view; it wraps or ends in "…" (its whole text in its tooltip) rather than be cut by the edge."""
    from playground.ui.language import install_translators

    install_translators(qapp, language)
    window = MainWindow()
    try:
        qtbot.addWidget(window)
        window.show()
        train(qtbot, window, "notebook")
        problems = []
        for width, height, scale in ((1280, 720, 1.0), (1366, 768, 1.5), (1920, 1080, 1.0)):
            window.classroom.set_scale(scale, save=False)
            window.resize(width, height)
            settle()
            window.grab()
            problems += [f"{language} {width}x{height} scale {scale}: {p}" for p in legend_problems(window)]
            labels = [label for _, label in window.error_plot.plot_widget.getPlotItem().legend.items]
            for label in labels:  # shortened or wrapped: the whole text is one hover away
                if label.item.toPlainText() != label.text or label.item.textWidth() > 0:
                    assert label.toolTip() == label.text
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        install_translators(qapp, "en")
