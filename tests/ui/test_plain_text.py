"""User text is shown as written: column names, file names and lesson texts are never read as markup.

A column named ``<img src=file:...>`` once loaded a local file into the decision map's axis
label (and an SVG export embedded it); ``<b>x</b>`` came out bold in the "Cannot train" line.
These tests open a document with hostile names through the window's own File > Open and look
at what every label, axis, header, tooltip and message shows.
"""

import base64
import json
import xml.dom.minidom

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument, Qt  # QtGui's Qt also has mightBeRichText
from PySide6.QtWidgets import QLabel, QMessageBox, QRadioButton, QSlider

from playground.core.data.dataset import Dataset
from playground.core.files.documents import Document, write_document
from playground.core.data.settings import Settings
from playground.ui.documents import exports
from playground.ui.lessons import lesson_player
from playground.ui.main_window import MainWindow
from playground.ui.kit.plain import html_text, menu_text, tooltip, window_title

TIMEOUT = 60_000
TARGET = "<img src=file:///etc/hostname>"
# A file name cannot hold "/": an image beside the document, a mnemonic's "&" and Qt's "modified" mark.
DOCUMENT = "<i>class & [*]<img src=x.png>.nnp"
PICTURE_SIZE = (7, 13)  # the size of x.png: an embedded copy of it in an SVG is recognised by it


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    """(document path, column names): a document whose columns and file name are markup."""
    monkeypatch.chdir(tmp_path)  # "x.png" in a name would be found here if it were ever read as HTML
    picture = QImage(*PICTURE_SIZE, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(tmp_path / "x.png"))
    names = ["<b>x</b>", f'<img src="file://{tmp_path}/x.png">', "&amp;", TARGET]
    values = np.array([[0, 0, 0, 0], [0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 0, 0]], dtype=float)
    dataset = Dataset(names, ["input", "input", "input", "target"], values)
    path = tmp_path / DOCUMENT
    write_document(path, Document(dataset, Settings(hidden=(3,), iterations=300, learning_rate=5.0)))
    return path, names


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    if w.study_window is not None:
        w.study_window.close()
    w.close()


def open_document(window, path, monkeypatch) -> None:
    """File > Open, the file chooser answered with ``path``."""
    monkeypatch.setattr(window.documents, "ask_open_path", lambda: str(path))
    window.documents.open_action.trigger()
    assert window.documents.path == str(path)


def from_html(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def shown_text(label: QLabel) -> str:
    """What a label shows: its text, read as Qt reads it (HTML when rich, or when automatic and it looks so)."""
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text()))
    return from_html(label.text()) if rich else label.text()


def shown_tooltip(text: str) -> str:
    """What a tooltip shows: Qt reads it as HTML when it might be HTML."""
    return from_html(text) if Qt.mightBeRichText(text) else text


def assert_no_markup_obeyed(labels, names) -> None:
    """Every label is plain text, or a rich one whose HTML holds the names only escaped."""
    for label in labels:
        text, fmt = label.text(), label.textFormat()
        where = f"{label.objectName() or type(label).__name__}: {text[:80]!r}"
        if fmt == Qt.TextFormat.PlainText:
            assert "&lt;" not in text, where  # escaped twice: the user would read "&lt;"
            continue
        # a rich label says so (AutoText guesses, and guesses wrong for a name such as "<b>x</b>")
        assert fmt == Qt.TextFormat.RichText or not Qt.mightBeRichText(text), where
        for name in names:
            assert name not in text or name == html_text(name), where
        assert "<img" not in text and "<a " not in text, where


def test_the_helpers_keep_text_as_written(qapp):
    for text in ["<b>x</b>", "input <img src=x>: a  b", "&lt;b&gt;", "a & b", "line\n<b>two</b>", "plain"]:
        assert shown_tooltip(tooltip(text)) == text
        assert from_html(f"<p>{html_text(text)}</p>").replace("\u2029", "\n") in (text, " ".join(text.split()))
    assert tooltip("plain") == "plain"  # nothing changes where Qt would not read HTML anyway
    assert menu_text("A & B") == "A && B" and window_title("a [*] b") == "a [*][*] b"


@pytest.fixture
def opened(window, hostile, monkeypatch):
    """The window with the hostile document opened through File > Open; its column names."""
    path, names = hostile
    open_document(window, path, monkeypatch)
    return names


def test_the_window_title_and_recent_files_show_the_documents_name(window, opened):
    # the platform's title is the window's with Qt's "modified" mark replaced: the name's "[*]" stays
    assert window.windowHandle().title().startswith(DOCUMENT + " — ")
    window.documents.recent_menu.aboutToShow.emit()
    entry = window.documents.recent_menu.actions()[0]
    assert entry.text() == "&1  " + DOCUMENT.replace("&", "&&")  # its "&" shown, not a shortcut's mark


def test_headers_tooltips_and_the_diagram_show_column_names_as_written(window, opened):
    names = opened
    model = window.dataset_model
    for c, name in enumerate(names):
        assert model.headerData(c, Qt.Orientation.Horizontal).split("\n")[0] == name
        assert name in shown_tooltip(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
        assert name in shown_tooltip(model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole))
    predictions = window.predictions_model
    headers = [predictions.headerData(c, Qt.Orientation.Horizontal) for c in range(predictions.columnCount())]
    tips = [shown_tooltip(predictions.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
            for c in range(predictions.columnCount())]
    cell_tips = [shown_tooltip(predictions.data(predictions.index(0, c), Qt.ItemDataRole.ToolTipRole))
                 for c in range(predictions.columnCount())]
    for name in names:
        assert any(name in h for h in headers) and any(name in t for t in tips), name
        assert any(name in t for t in cell_tips), name
    assert [item.textItem.toPlainText() for item in window.network_view.name_labels()] == names


def test_the_decision_maps_axes_and_sliders_show_column_names_as_written(window, opened):
    inputs = opened[:3]
    window.tabs.setCurrentWidget(window.decision_map)
    window.decision_map.refresh()
    plot = window.decision_map.plot
    for axis, name in (("bottom", inputs[0]), ("left", inputs[1])):
        label = plot.getAxis(axis).label
        assert label.toPlainText().strip() == name
        assert "<img" not in label.toHtml() and "<b>" not in label.toHtml()
    box = window.decision_map.sliders_box
    slider_labels = [label for label in box.findChildren(QLabel) if label.text() == inputs[2]]
    assert len(slider_labels) == 1 and shown_text(slider_labels[0]) == inputs[2]
    sliders = box.findChildren(QSlider)
    assert len(sliders) == 1 and inputs[2] in shown_tooltip(sliders[0].toolTip()), sliders[0].toolTip()


def test_why_training_is_blocked_quotes_the_column_as_written(window, opened):
    names = opened
    model = window.dataset_model
    study = window.open_study()
    assert model.setData(model.index(0, 3), "2")  # a target of 2: kept, shown invalid, Train blocked
    blocked = window.train_blocked_label
    assert blocked.isVisible() and TARGET in shown_text(blocked), shown_text(blocked)
    assert TARGET in shown_tooltip(blocked.toolTip())
    study.refresh_experiment()
    assert TARGET in shown_text(study.setting_label), shown_text(study.setting_label)
    assert not model.setData(model.index(0, 0), "abc")  # a word in a cell: the message quotes the column
    assert window.message_bar.isVisible() and names[0] in shown_text(window.message_bar)
    assert_no_markup_obeyed(window.findChildren(QLabel) + study.findChildren(QLabel), names)


def test_every_label_of_the_window_shows_names_as_written(qtbot, window, opened):
    names = opened
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    # the error plot's legend names the table by the document's name
    legend = window.error_plot.plot_widget.getPlotItem().legend
    legend_texts = [label.item.toPlainText() for _, label in legend.items]
    assert any("<i>class & [*]<img src=x.png>" in t for t in legend_texts), legend_texts
    window.classroom.inspector_action.trigger()
    window.tabs.setCurrentWidget(window.decision_map)
    study = window.open_study()
    assert_no_markup_obeyed(window.findChildren(QLabel) + study.findChildren(QLabel), names)


def svg_images(path) -> list[QImage]:
    """The pictures embedded in an SVG file (as base64 data)."""
    doc = xml.dom.minidom.parse(str(path))
    images = []
    for node in doc.getElementsByTagName("image"):
        href = node.getAttribute("xlink:href") or node.getAttribute("href")
        assert href.startswith("data:image/"), href[:60]
        images.append(QImage.fromData(base64.b64decode(href.split(",", 1)[1])))
    return images


def svg_text(path) -> str:
    doc = xml.dom.minidom.parse(str(path))

    def walk(node):
        if node.nodeType == node.TEXT_NODE:
            yield node.data
        for child in node.childNodes:
            yield from walk(child)
    return "".join(walk(doc.documentElement))


@pytest.mark.parametrize("picture", ["decision_map", "error_plot", "network"])
def test_an_svg_export_shows_the_names_and_embeds_no_file_they_name(qtbot, window, hostile, monkeypatch, tmp_path,
                                                                    picture):
    path, names = hostile
    open_document(window, path, monkeypatch)
    if picture == "error_plot":
        with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
            window.train()
    svg = tmp_path / f"{picture}.svg"
    monkeypatch.setattr(exports.QFileDialog, "getSaveFileName",
                        lambda *args: (str(svg), window.exports.tr(exports.SVG_FILTER)))
    window.exports.actions[picture].trigger()
    assert svg.is_file()
    sizes = [(image.width(), image.height()) for image in svg_images(svg)]
    assert PICTURE_SIZE not in sizes, sizes  # x.png was never loaded into the drawing
    text = svg_text(svg)
    if picture == "decision_map":  # the axes name the first two inputs, as written
        assert names[0] in text and names[1] in text, text[:300]
    if picture == "network":
        # every name as written: on its unit, or (left out for lack of room) in the note along the picture's foot,
        # which wraps long names across lines
        flat = "".join(text.split())
        assert all("".join(name.split()) in flat for name in names), text[:300]
    if picture == "error_plot":
        assert "<i>class & [*]<img src=x.png>" in text, text[:300]


def test_a_lesson_that_cannot_be_opened_is_named_as_written(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "<b>lesson<img src=x.png>.nnlesson"
    bad.write_text("{", encoding="utf-8")
    monkeypatch.setattr(lesson_player.QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    window.lessons.open_action.trigger()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert bad.name in boxes[0].text()
    for label in boxes[0].findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or not label.text()


def test_a_document_that_cannot_be_opened_is_named_as_written(window, tmp_path, monkeypatch):
    bad = tmp_path / "<b>table<img src=x.png>.csv"
    bad.write_text("x,y\n1,abc\n", encoding="utf-8")
    monkeypatch.setattr(window.documents, "ask_open_path", lambda: str(bad))
    window.documents.open_action.trigger()
    box = window.documents.error_box
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    assert bad.name in box.text() and bad.name in box.windowTitle()
    assert all(label.textFormat() == Qt.TextFormat.PlainText or not label.text()
               for label in box.findChildren(QLabel))


LESSON = """{"format": "nn-playground-lesson", "version": 1, "title": "TITLE",
 "steps": [{"title": "STEP", "text": "TEXT", "state": {"preset": "notebook"},
            "question": {"type": "choice", "prompt": "PROMPT",
                         "choices": [{"text": "A & B", "correct": true}, {"text": "<b>C</b>", "correct": false}]}}]}"""


def test_a_lessons_texts_are_its_markdown_and_nothing_else(window, tmp_path, monkeypatch):
    hostile = "<img src=file:///etc/hostname> <a href='file:///etc'>link</a> &amp;"
    text = LESSON
    for key in ("TITLE", "STEP", "TEXT", "PROMPT"):
        text = text.replace(f'"{key}"', json.dumps(f"**{key}** " + hostile))
    path = tmp_path / "hostile.nnlesson"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(lesson_player.QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    assert window.lessons.ask_open()
    panel = window.lessons.panel
    assert from_html(panel.title_label.text()).startswith("TITLE " + hostile)
    assert "STEP " + hostile in from_html(panel.title_label.text())
    assert from_html(panel.prompt_label.text()) == "PROMPT " + hostile
    assert panel.text_view.toPlainText() == "TEXT " + hostile
    html = panel.text_view.toHtml()
    assert "<img" not in html and "<a " not in html and "font-weight:700" in html  # **TEXT** is still bold
    buttons = panel.findChildren(QRadioButton)
    assert sorted(b.text() for b in buttons) == ["<b>C</b>", "A && B"]  # shown "A & B", "<b>C</b>"
    assert_no_markup_obeyed(panel.findChildren(QLabel), [hostile])
