"""High-contrast palettes: text, weights, markers and the error curve keep WCAG 4.5:1 against their background."""

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from playground.ui.kit.contrast import MIN_RATIO, contrast_ratio, is_high_contrast, readable, relative_luminance
from playground.ui.main_window import MainWindow

TIMEOUT = 60_000
BLACK, WHITE = QColor(0, 0, 0), QColor(255, 255, 255)


def high_contrast_palette(fg: QColor, bg: QColor) -> QPalette:
    """What a high-contrast desktop theme gives: text in ``fg`` on ``bg``; the secondary
    (mid) shade a grey that is itself readable on ``bg``."""
    grey = QColor("#595959") if fg == BLACK else QColor("#A6A6A6")
    p = QPalette()
    R = QPalette.ColorRole
    for role in (R.Window, R.Base, R.AlternateBase, R.Button, R.ToolTipBase, R.Light, R.Midlight, R.HighlightedText):
        p.setColor(role, bg)
    for role in (R.WindowText, R.Text, R.ButtonText, R.ToolTipText, R.BrightText, R.Highlight, R.Dark, R.Shadow,
                 R.PlaceholderText, R.Link):
        p.setColor(role, fg)
    p.setColor(R.Mid, grey)
    return p


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)  # WCAG's AA grey
    assert contrast_ratio(QColor("#D55E00"), WHITE) == pytest.approx(3.9, abs=0.05)  # why shades are needed
    assert relative_luminance(QColor("#808080")) == pytest.approx(0.2158, abs=1e-4)
    half_black = QColor(0, 0, 0, 128)
    assert contrast_ratio(half_black, WHITE) == pytest.approx(contrast_ratio(QColor(127, 127, 127), WHITE), rel=0.02)


@pytest.mark.parametrize("colour", ["#D55E00", "#0072B2", "#56B4E9", "#E69F00", "#FFFFFF", "#000000"])
@pytest.mark.parametrize("background", ["#FFFFFF", "#000000", "#EFEFEF", "#353535"])
def test_readable_reaches_the_ratio_and_keeps_readable_colours(colour, background):
    bg = QColor(background)
    shade = readable(colour, bg)
    assert contrast_ratio(shade, bg) >= MIN_RATIO
    if contrast_ratio(QColor(colour), bg) >= MIN_RATIO:
        assert shade == QColor(colour)


def test_ordinary_palettes_are_not_high_contrast(qapp):
    light = QPalette(QColor("#EFEFEF"))
    light.setColor(QPalette.ColorRole.WindowText, BLACK)
    dark = QPalette(QColor("#353535"))
    dark.setColor(QPalette.ColorRole.WindowText, WHITE)
    assert not is_high_contrast(light) and not is_high_contrast(dark)
    assert is_high_contrast(high_contrast_palette(BLACK, WHITE))
    assert is_high_contrast(high_contrast_palette(WHITE, BLACK))


def label_colours(label: QLabel) -> list[QColor]:
    """The colours a label's text is drawn in: its palette's, and any colour written in its rich text."""
    found = [label.palette().color(label.foregroundRole())]
    for text in (label.text(), label.styleSheet()):
        found += [QColor(c) for c in re.findall(r"color\s*:\s*(#[0-9A-Fa-f]{6})", text)]
    return found


@pytest.fixture(params=[(BLACK, WHITE), (WHITE, BLACK)], ids=["black-on-white", "white-on-black"])
def window(request, qtbot):
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(high_contrast_palette(*request.param))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()
    app.setPalette(before)


def test_the_window_keeps_its_contrast_in_a_high_contrast_palette(qtbot, window):
    window.tabs.setCurrentWidget(window.decision_map)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    view, plot, dmap = window.network_view, window.error_plot, window.decision_map
    qtbot.waitUntil(lambda: len(dmap.marker_colours()) == window.dataset().X.shape[0], timeout=10_000)
    assert view.high_contrast() and plot.high_contrast() and dmap.high_contrast()

    labels = [lb for lb in window.findChildren(QLabel) if lb.isVisible() and lb.text()]
    assert len(labels) >= 5
    for label in labels:
        background = label.palette().color(label.backgroundRole())
        for colour in label_colours(label):
            assert contrast_ratio(colour, background) >= MIN_RATIO, (label.objectName(), label.text(), colour.name())

    background = view.background_colour()
    positive, negative = view.weight_colours()
    assert contrast_ratio(positive, background) >= MIN_RATIO
    assert contrast_ratio(negative, background) >= MIN_RATIO
    pens = view.edge_pens()
    assert len(pens) == view.edge_count() > 0
    for red, green, blue, alpha, _width in pens:  # every edge as drawn, its opacity included
        assert contrast_ratio(QColor(int(red), int(green), int(blue), int(alpha)), background) >= MIN_RATIO
    drawn = {tuple(int(v) for v in p)[:3] for p in pens[["red", "green", "blue"]]}
    assert drawn <= {positive.getRgb()[:3], negative.getRgb()[:3]}
    for item in view.name_labels():
        assert contrast_ratio(item.color, background) >= MIN_RATIO

    background = dmap.background_colour()
    for fill, outline in dmap.marker_colours():
        assert contrast_ratio(fill, background) >= MIN_RATIO
        assert contrast_ratio(outline, background) >= MIN_RATIO

    iterations, errors = plot.current_data()
    assert len(iterations) > 0
    assert contrast_ratio(plot.current_colour(), plot.background_colour()) >= MIN_RATIO


def test_the_normal_look_keeps_its_colours(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert not w.network_view.high_contrast()
    assert w.error_plot.current_colour() == QColor("#D55E00")
    positive, negative = w.network_view.weight_colours()
    assert negative == QColor("#D55E00")
    w.close()
