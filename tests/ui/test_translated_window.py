"""With German or Spanish loaded, no visible text of the window, its menus, tooltips and dialogs is English."""

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
                               QGraphicsTextItem, QGraphicsView, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget,
                               QTextBrowser, QWidget)

from playground.core.data.presets import PRESETS
from playground.ui.main_window import MainWindow

# Words that only English has among English, German and Spanish: a text holding one is left in English.
# (Words the languages share, such as "in", "normal", "Training", "Iteration", "error", are not listed.)
ENGLISH = set("""
the and with from for this that what when which your you are is its it of to by be have has were can cannot
on at or all each every show shows press train stop step reset seed seeds speed history plot network layer layers
hidden units unit input inputs output outputs target targets weights weight rate learning iterations table row rows
column columns file open save new help view run runs presets edit log predictions decision map clear previous
scale larger smaller size full screen presentation mode play done ready locked remove add insert copy paste
lesson lessons next back finish answer question number numbers slope sum update updates example examples
prediction predict predicted blame layer why wrong right sign squared average running only fill activation
""".split())
# Names that stay as they are in every language: the notebook's names, code, products, the rule language.
ALLOWED = re.compile(r"<code>.*?</code>|\b(NumPy|Python|Jupyter|CSV|PNG|SVG|JSON|NN Playground|sigmoid|tanh|relu|"
                     r"syn\d+( update)?|l\d+(_error|_delta)?|b\d+|x\d*|y\d*|a xor b.*|xor|nand|nor|true/false|and, or|"
                     r"Ctrl\+\S*|Esc|F\d+|[a-z]+_[a-z_]+)\b", re.S)  # last: snake_case names (a file's fields: saved_at)


def english_words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", ALLOWED.sub(" ", text))  # allowed names, then HTML tags
    # Whole words, accents included: "allá" is Spanish, not the English "all" followed by "á".
    return {w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in ENGLISH}


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible text of ``root``: labels, buttons, titles, tabs, tooltips,
    placeholders, table headers, and the texts drawn in its graphics views (plot axes, legends)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        found.append((where + " tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            found.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((where, w.title()))
        elif isinstance(w, QDockWidget):
            found.append((where, w.windowTitle()))
        elif isinstance(w, QLineEdit):
            found.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QTextBrowser):
            found.append((where, w.toPlainText()))
        if isinstance(w, QTabWidget):
            found += [(where + " tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
            model = w.model()
            from PySide6.QtCore import Qt

            for c in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    found.append((where + f" header {c}", str(model.headerData(c, Qt.Orientation.Horizontal, role) or "")))
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    found.append((where + " drawn", item.toPlainText()))
                elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    found.append((where + " drawn", item.text()))
    found.append(("window title", root.windowTitle()))
    return found


def menu_texts(window) -> list[tuple[str, str]]:
    found = []

    def walk(menu: QMenu, path: str) -> None:
        for act in menu.actions():
            if act.isSeparator():
                continue
            found.append((f"{path} > {act.text()!r}", act.text()))
            found.append((f"{path} > {act.text()!r} tooltip", act.toolTip()))
            if act.menu() is not None:
                menu.aboutToShow.emit()
                act.menu().aboutToShow.emit()
                walk(act.menu(), f"{path} > {act.text()}")

    for top in window.menuBar().actions():
        found.append(("menu bar", top.text()))
        if top.menu() is not None:
            walk(top.menu(), top.text())
    for act in window.findChildren(QAction):
        found.append((f"action {act.objectName()!r}", act.text()))
        found.append((f"action {act.objectName()!r} tooltip", act.toolTip()))
    return found


PRESET_NAME = re.compile(r"^(%s) — " % "|".join(re.escape(n) for n in PRESETS))  # names, as the CLI's --preset


def english_left(texts, names=()) -> list[str]:
    """The texts holding English; ``names`` (a table's column names: data, like "sum" and "carry") pass."""
    def without_names(text: str) -> str:
        return re.sub(r"\b(%s)\b" % "|".join(map(re.escape, names)), " ", text) if names else text

    return sorted({f"{where}: {text!r}" for where, text in texts
                   if text and english_words(without_names(PRESET_NAME.sub("", text)))})


@pytest.fixture(params=["de", "es"])
def translated_window(request, qtbot, qapp):
    from playground.ui.language import install_translators

    install_translators(qapp, request.param)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    install_translators(qapp, "en")


def test_the_english_detector_finds_english_and_passes_names():
    assert english_words("Press Train to start") == {"Press", "Train", "to"}
    assert not english_words("Drücke <b>Trainieren</b>: <code>l1 = nonlin(np.dot(l0, syn0))</code>, syn1, NumPy")
    assert not english_words("Pulsa Entrenar · sigmoid · a xor b    (a and c) or not b")


def test_no_english_is_left_in_the_window_and_its_menus(qtbot, translated_window):
    w = translated_window
    w.classroom.inspector_action.trigger()
    qtbot.waitUntil(w.classroom.inspector_dock.isVisible)
    texts = menu_texts(w)
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: w.tabs.currentWidget().isVisible())
        texts += widget_texts(w)
    assert len(texts) > 300  # the walk reached the window
    assert english_left(texts) == []


def test_no_english_is_left_after_a_run(qtbot, translated_window):
    w = translated_window
    with qtbot.waitSignal(w.trainingFinished, timeout=60_000):
        w.train()
    w.classroom.select_row(2)  # the diagram's legend then names the row and what the fill shows
    texts = widget_texts(w)
    assert any("drawn" in where and "x1=1" in text.replace(" ", "") for where, text in texts), texts
    assert english_left(texts) == []


def autosave_of(w):
    from playground.core.files.autosave import Autosave
    from playground.core.texts import say

    return Autosave("/tmp/untitled.autosave", w.documents.document(), None, None,
                    [say("saved_at: not a usable time")])


def lesson_step_dialog(w):
    author = w.lessons.author
    assert author.new_lesson("Lektion / Lección") and author.edit_step()
    return author.dialog


def shown_box(box):
    box.show()
    return box


@pytest.mark.parametrize("open_dialog", [
    lambda w: w.classroom.show_help(),
    lambda w: w.table.open_generator(),
    lambda w: w.table.open_fill_target(),
    lambda w: w.open_study(),
    lesson_step_dialog,
    lambda w: shown_box(w.documents.save_changes_box("closing")),
    lambda w: shown_box(w.documents.save_changes_box("opening a lesson")),
    lambda w: shown_box(w.documents.recover_box(autosave_of(w), 2)),
    lambda w: shown_box(w.accessibility.language_menu.restart_box("Deutsch")),
], ids=["help", "generator", "fill-target", "study", "lesson-step", "confirm-close", "save-before-lesson",
        "recover", "restart"])
def test_no_english_is_left_in_the_dialogs(qtbot, translated_window, open_dialog):
    dialog = open_dialog(translated_window)
    qtbot.waitUntil(dialog.isVisible)
    texts = widget_texts(dialog)
    if hasattr(dialog, "shortcuts"):
        dialog.show_page("shortcuts")
        texts += widget_texts(dialog)
    assert english_left(texts) == []
    dialog.close()


def test_the_longer_texts_fit_a_projector_screen(qtbot, translated_window):
    """At 1366x768 every toolbar shows all its buttons (none pushed into the overflow menu), the window
    needs no more than the screen, and each button's text fits its button."""
    from PySide6.QtWidgets import QToolBar, QToolButton

    w = translated_window
    qtbot.waitExposed(w)
    assert w.minimumSizeHint().width() <= 1366 and w.minimumSizeHint().height() <= 768
    for bar in w.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible(), bar.objectName()
    for button in w.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            text = button.text().replace("&", "")
            assert button.fontMetrics().horizontalAdvance(text) <= button.width(), (button.objectName(), text)


def test_no_english_is_left_in_the_inspector_after_a_run(qtbot, translated_window):
    """The step-by-step maths around the matrices: section titles, each matrix's line and its meaning
    (core's sentences, translated at the window: playground/core/texts.py)."""
    w = translated_window
    w.classroom.inspector_action.trigger()
    qtbot.waitUntil(w.classroom.inspector_dock.isVisible)
    with qtbot.waitSignal(w.trainingFinished, timeout=60_000):
        w.train()
    panel = w.classroom.inspector
    qtbot.waitUntil(lambda: bool(panel.names()))
    texts = widget_texts(w)
    cards = [text for where, text in texts if where.startswith("QuantityCard ") and where.endswith("tooltip")]
    assert len(cards) == len(panel.names()) and all(cards)
    assert english_left(texts) == []


@pytest.mark.parametrize("lesson", [p.name for p in __import__("playground.resources").resources.shipped_lessons()])
def test_no_english_is_left_in_a_shipped_lesson(qtbot, translated_window, lesson):
    """Every step of every shipped lesson: its own texts (translations beside the lesson file, see
    playground/core/lessons/lesson_translation.py), the panel's buttons, progress, what to do, and each
    choice's feedback."""
    from playground import resources

    w = translated_window
    player = w.lessons
    assert player.open_file(str(resources.lessons_dir() / lesson), ask=False)
    texts, names = [], set()
    for i in range(len(player.lesson.steps)):
        player.go(i)
        texts += widget_texts(w)
        names |= set(w.dataset().names)
        for button in player.panel.choice_buttons():
            button.click()
            texts.append(("choice feedback", player.panel.feedback_label.text()))
    assert any(where.endswith(" 'lessonText'") for where, _ in texts)  # the step's text (a QTextBrowser)
    assert english_left(texts, names) == []


def test_no_english_is_left_in_the_lesson_panel_and_its_feedback(qtbot, translated_window):
    """A wrong prediction's feedback, in the lesson panel and in the inspector."""
    from playground import resources

    w = translated_window
    player = w.lessons
    assert player.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)
    player.go(2)  # a prediction of l2_delta, checked by Step
    qtbot.waitUntil(lambda: w.classroom.inspector.trace() is not None)
    actual = w.classroom.inspector.trace()["l2_delta"].value[2, 0]
    player.panel.answer_edit.setText(repr(float(-actual)))  # the sign flipped
    player.panel.check_button.click()
    locked = player.panel.feedback_label.text()
    with qtbot.waitSignal(player.predictionChecked, timeout=60_000):
        w.classroom.transport.step_action.trigger()
    feedback = [player.panel.feedback_label.text(), w.classroom.inspector.feedback_label.text()]
    assert all(feedback) and "l2_error" in feedback[0]
    assert english_left([("locked", locked), ("panel", feedback[0]), ("inspector", feedback[1])]) == []


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_translation_keeps_the_placeholders_and_tags(language):
    """A translation with a misspelt {placeholder} would show the English (or fail to format): each keeps
    the source's {placeholders}, %n and HTML tags."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / f"nn_playground_{language}.ts"
    marks = re.compile(r"\{[^{}]*\}|%n|</?[a-z]+\b")
    bad = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if sorted(marks.findall(form)) != sorted(marks.findall(source)):
                bad.append((source, form))
    assert bad == []


def test_core_messages_are_shown_in_the_language_with_its_numbers(qapp):
    """A message core makes (here the learning-rate hint) stays English for the CLI and is shown in
    German in the window, with German numbers (decimal comma, dotted thousands)."""
    import numpy as np

    from playground.core.explain.hints import learning_rate_hint
    from playground.ui.language import install_translators, shown

    hint = learning_rate_hint(np.linspace(0.3, 0.6, 50), 0.5, 4096)
    assert hint.startswith("The error rose: the learning rate is too large for 4,096 rows") and "lr 0.5 " in hint
    try:
        install_translators(qapp, "de")
        german = shown(hint)
        assert german.startswith("Der Fehler stieg: Die Lernrate ist zu groß für 4.096 Zeilen") and "lr 0,5 " in german
        assert english_words(german) == set()
        assert shown("plain text") == "plain text"  # anything else is shown as it is
    finally:
        install_translators(qapp, "en")
    assert shown(hint) == hint


@pytest.mark.parametrize("preset", ["notebook", "adder2", "seven-segment"])
def test_the_projector_layout_holds_with_the_longer_texts(qtbot, translated_window, preset):
    """The projector issue's layout checks (tests/ui/test_layout.py) at 1366x768, presentation mode off
    and on, inspector off and on, with the German and Spanish texts."""
    from tests.ui.test_layout import layout_problems, trained_in_presentation_mode

    w = translated_window
    problems = trained_in_presentation_mode(qtbot, w, preset, 1366, 768)
    for scale in (1.0, 1.5):  # presentation mode off, on
        for inspector in (False, True):
            problems += layout_problems(w, preset, 1366, 768, scale, inspector)
    assert not problems, "\n".join(problems)


def test_numbers_follow_the_language_in_the_window_but_never_in_files(qtbot, translated_window, tmp_path):
    """German and Spanish write 0,0099 (and German 3.000) where the window shows a number; the exported CSV
    files and the saved document keep Python's numbers (scripts and other tools read them)."""
    import csv
    import json

    from PySide6.QtCore import Qt

    w = translated_window
    w.controls.iterations_spin.setValue(3000)
    with qtbot.waitSignal(w.trainingFinished, timeout=60_000):
        w.train()
    status = w.findChild(QLabel, "statusLabel").text()
    from PySide6.QtCore import QLocale

    assert QLocale().toString(3000) in status and re.search(r"\d,\d", status) and not re.search(r"\d\.\d{4}", status), status
    model = w.predictions.model()
    outputs = [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)) for r in range(model.rowCount())
               for c in range(model.columnCount())]
    assert any(re.fullmatch(r"0,\d+", text) for text in outputs) and not any("." in text for text in outputs)
    for export in (w.exports.export_predictions, w.exports.export_weights):
        path = export(str(tmp_path / f"{export.__name__}.csv"))
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        numbers = [cell for row in rows[1:] for cell in row if cell and cell[0] in "-0123456789"]
        assert numbers and all(float(cell) == float(cell) for cell in numbers)  # Python reads every number
    assert w.documents.save_as(str(tmp_path / "saved.nnp"))
    saved = json.loads((tmp_path / "saved.nnp").read_text(encoding="utf-8"))
    assert saved["settings"]["iterations"] == 3000 and isinstance(saved["settings"]["learning_rate"], (int, float))


def test_a_rules_problem_is_shown_in_the_language_with_its_place(qtbot, translated_window):
    """The fill-target dialog with a misspelt name: core's reason, place and hint, translated; the
    caret still points at the place in the rule."""
    dialog = translated_window.table.open_fill_target()
    qtbot.waitUntil(dialog.isVisible)
    dialog.expression.edit.setText("x1 and X2 or")
    lines = dialog.expression.problem_label.text().splitlines()
    assert english_words(lines[0] + " " + lines[3]) == set(), lines  # lines 1, 2: the rule (English words) and ^
    assert lines[1].strip() == "x1 and X2 or" and lines[2].index("^") - lines[1].index("x1") == 7
    assert "'x2'" in lines[3]  # did you mean 'x2'?
    dialog.close()


def test_a_files_problem_is_shown_in_the_language(qtbot, translated_window, tmp_path, monkeypatch):
    """Opening a CSV file with a decimal comma: core names the place and the problem; the window says it
    in German or Spanish (the CLI keeps the English line)."""
    from playground.core.data.dataset import DataError
    from playground.core.files.documents import read_any

    path = tmp_path / "tabla.csv"
    path.write_text("a,b,y\n0,1,1\n1,\"0,5\",0\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 3, column 2 \('b'\): '0,5' is not a number \(write decimals"):
        read_any(path)
    shown = []
    monkeypatch.setattr(translated_window.documents, "show_error", lambda *texts: shown.append(texts))
    assert not translated_window.documents.open_file(str(path))
    (title, text, details), = shown
    said = " ".join(shown[0]).replace(str(tmp_path), "")  # (the test's folder name is English)
    assert "tabla.csv" in details and "'0,5'" in details and english_words(said) == set(), shown


def _broken_document(tmp_path, window):
    """A document of the window whose row 2 holds a word where a number belongs."""
    import json

    assert window.documents.save_as(str(tmp_path / "gut.nnp"))
    doc = json.loads((tmp_path / "gut.nnp").read_text(encoding="utf-8"))
    doc["dataset"]["rows"][1][0] = "zwei"
    path = tmp_path / "feld.nnp"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", ["field", "json", "csv"])
def test_a_broken_files_problem_is_shown_in_the_language_with_its_place(qtbot, translated_window, tmp_path,
                                                                        monkeypatch, case):
    """A document with a bad field, a file that is not JSON, a CSV with a target out of range: the CLI's
    reader keeps the English line; the window says the same in German or Spanish, naming the same place
    (the JSON path, the line and column)."""
    from playground.core.data.dataset import DataError
    from playground.core.files.documents import read_any

    w = translated_window
    if case == "field":
        path, english, place = _broken_document(tmp_path, w), "dataset.rows[1][0]: expected a number, got a string", \
            "dataset.rows[1][0]: "
    elif case == "json":
        path = tmp_path / "kaputt.nnp"
        path.write_text('{"format": "nn-playground",\n "version": 1,,\n}', encoding="utf-8")
        english, place = "line 2, column 15: Expecting property name enclosed in double quotes (not valid JSON)", \
            "2, "
    else:
        path = tmp_path / "tabla.csv"
        path.write_text("a,b,y\n0,1,1\n1,0,2\n", encoding="utf-8")
        english, place = "line 3, column 3 ('y'): targets must lie between 0 and 1", "3, "
    with pytest.raises(DataError) as raised:
        read_any(path)
    assert f"{path}: {english}" in str(raised.value)
    shown = []
    monkeypatch.setattr(w.documents, "show_error", lambda *texts: shown.append(texts))
    assert not w.documents.open_file(str(path))
    (title, text, details), = shown
    # (the test's folder name is English; a JSON path names the file's own fields and stays as it is)
    said = re.sub(r"dataset\.rows\S*", " ", " ".join(shown[0]).replace(str(tmp_path), ""))
    assert english_words(said) == set(), shown
    assert f"{path}: " in details and place in details and english not in details, details
    if case != "field":  # the line and column, in the language's words
        assert re.search(r"(Zeile|línea) \d+, (Spalte|columna) \d+", details), details


@pytest.mark.parametrize("extra, place, english", [
    ({}, "steps", "the lesson has no steps"),
    ({"colour": 1}, "(top level).colour", "unknown key (known keys: format, version, title, audience, steps)"),
])
def test_a_broken_lessons_problem_is_shown_in_the_language(qtbot, translated_window, tmp_path, extra, place, english):
    """A lesson without steps, one with an unknown key: "Cannot open the lesson" shows core's reason,
    with its place, translated."""
    import json

    from PySide6.QtWidgets import QMessageBox

    from playground.core.lessons.lesson import FORMAT, LessonError, read_lesson

    path = tmp_path / "leer.nnlesson"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "title": "XOR", "steps": [], **extra}),
                    encoding="utf-8")
    with pytest.raises(LessonError) as raised:
        read_lesson(path)
    assert str(raised.value) == f"{path}: {place}: {english}"
    assert not translated_window.lessons.open_file(str(path))
    box = next(b for b in translated_window.findChildren(QMessageBox) if b.isVisible())
    details = box.detailedText()
    assert details.startswith(f"{path}: {place}: ") and english not in details and english_words(details.replace(str(tmp_path), "")) == set(), details
    assert english_words(box.text() + " " + box.windowTitle()) == set()
    box.close()


def test_the_long_run_warning_the_budget_refusal_and_undo_texts_are_translated(qtbot, translated_window):
    """Texts of core made with say() and the table's undo entries: they were English f-strings."""
    from playground.core.training.budget import long_run_warning
    from playground.ui.run.run_check import RunCheck

    w = translated_window
    check = RunCheck(w)
    assert check.allows(4, [3, 4, 1], 10**9)  # offscreen: no question asked, the warning goes to the message bar
    warning = w.statusBar().currentMessage()
    assert warning and not english_left([("long-run warning", warning)]), (warning, long_run_warning(4, [3, 4, 1], 10**9))
    assert not check.allows(65_536, [16, 256, 256, 256, 256, 256, 256, 256, 256, 1], 10)  # over the memory budget
    refusal = w.statusBar().currentMessage()
    assert refusal != warning and not english_left([("budget refusal", refusal)]), refusal
    editor = w.editor
    editor.set_cell(0, 0, 1.0)
    editor.clear_cells([(0, 0), (1, 0)])
    editor.toggle_cells([(0, 0), (1, 0), (2, 0)])
    texts = [(f"undo {i}", editor.stack.text(i)) for i in range(editor.stack.count())]
    assert len(texts) == 3 and not english_left(texts, w.dataset().names), texts
