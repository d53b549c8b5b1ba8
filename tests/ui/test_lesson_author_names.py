"""The step editor names every keyword of the lesson format (actions, questions, panels, settings, quantities) in the
interface language and keeps the keyword as the item's data; its fields are named, its buttons worded, its
mnemonics its own, in English, German and Spanish."""

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QGroupBox, QLabel

from playground import resources
from playground.core.data.settings import FIELD
from playground.core.lessons.lesson import ACTIONS, PANELS, QUESTIONS, read_lesson
from playground.ui.kit.accessibility import is_pictogram
from playground.ui.language import install_translators
from playground.ui.lessons.lesson_author import StepDialog
from playground.ui.lessons.lesson_author_names import inspector_name, quantity_keys
from tests.ui.test_accessibility import interactive_widgets, unnamed

KEYS = {*ACTIONS, *QUESTIONS, *PANELS, *FIELD}


@pytest.fixture(scope="module")
def lesson():
    return read_lesson(resources.lessons_dir() / "02-hidden-layer.nnlesson")


def dialog_on(qtbot, lesson, index=0, **kinds):
    d = StepDialog(lesson.steps[index], state=lesson.state_at(index)[0], lesson_title=lesson.title, index=index,
                   count=len(lesson.steps))
    qtbot.addWidget(d)
    for combo, key in ((d.action_combo, kinds.get("action")), (d.question_combo, kinds.get("question"))):
        if key is not None:
            combo.setCurrentIndex(combo.findData(key))
    d.show()
    qtbot.waitExposed(d)
    return d


def shown_items(d):
    """(where, text, key) of every item the editor offers: each combo box's items and each panel's check box."""
    items = [(c.objectName(), c.itemText(i), c.itemData(i)) for c in d.findChildren(QComboBox) for i in range(c.count())]
    items += [("panels", box.text(), key) for key, box in d.panel_checks.items()]
    return items


def looks_like_a_key(text: str, key: str) -> bool:
    """The text is the raw keyword, or holds a keyword's underscore (other than the inspector's own name of the
    quantity, shown in brackets after what it is: "Output delta (l2_delta)")."""
    rest = text.replace(f"({inspector_name(key)})", "") if key else text
    return text.strip() == key or text.strip() in KEYS or "_" in rest


@pytest.fixture(params=["en", "de", "es"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_every_item_shows_a_name_not_a_keyword(qtbot, language, lesson):
    d = dialog_on(qtbot, lesson, index=2)  # a step of the 3-4-1 network
    items = shown_items(d)
    offered = {key for _, _, key in items}
    assert set(ACTIONS) | set(QUESTIONS) | set(PANELS) | set(FIELD) <= offered
    assert {"l0", "syn0", "l2_delta", "l1_error", "syn1 update", "y"} <= offered  # the network's quantities
    assert [f"{where}: {text!r} ({key})" for where, text, key in items if looks_like_a_key(text, key)] == []
    for combo in d.findChildren(QComboBox):  # no two items of one box look the same
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert len(set(texts)) == len(texts), texts


def test_the_quantities_are_the_networks_named_as_the_inspector_names_them(qtbot, lesson):
    d = dialog_on(qtbot, lesson, index=2, question="prediction")
    keys = [d.quantity_combo.itemData(i) for i in range(d.quantity_combo.count())]
    assert keys == quantity_keys(lesson.state_at(2)[0])
    assert keys[:5] == ["l0", "syn0", "l1", "syn1", "l2"] and keys[-1] == "syn0 update"
    delta = d.quantity_combo.itemText(keys.index("l2_delta"))
    assert delta == "Output delta (l2_delta)"


class Marking(QTranslator):
    """Translates every text into ⟪text⟫: a text shown without it was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟪{source}⟫"


def test_every_name_goes_through_the_translation(qtbot, qapp, lesson):
    marking = Marking(qapp)
    qapp.installTranslator(marking)
    try:
        d = dialog_on(qtbot, lesson, index=2)
        untranslated = [f"{where}: {text!r}" for where, text, _ in shown_items(d) if not text.startswith("⟪")]
        labels = [label.text() for label in d.findChildren(QLabel) if label.isVisibleTo(d) and label.text()
                  and label.objectName() != "stepError"]
        untranslated += [f"label {t!r}" for t in labels if "⟪" not in t]
        assert untranslated == []
    finally:
        qapp.removeTranslator(marking)


@pytest.mark.parametrize("kinds", [dict(action="step_n", question="choice"),
                                   dict(action="change_setting", question="number"),
                                   dict(action="step", question="prediction")], ids=["choice", "number", "prediction"])
def test_every_field_is_named_and_every_button_worded_and_its_own_key(qtbot, language, lesson, kinds):
    d = dialog_on(qtbot, lesson, index=2, **kinds)
    widgets = interactive_widgets(d)
    assert len(widgets) >= 20 and unnamed(d) == []
    assert d.choices_editor.isVisible() == (kinds["question"] == "choice")
    assert d.quantity_combo.isVisible() == (kinds["question"] == "prediction")
    assert d.action_n.isVisible() == (kinds["action"] == "step_n")
    assert d.action_setting.isVisible() == (kinds["action"] == "change_setting")
    buttons = [b for b in d.findChildren(QAbstractButton) if b.isVisible()]
    assert [b.text() for b in buttons if is_pictogram(b.text().lstrip("&")[:1]) or "\t" in b.text()] == []
    assert [b.accessibleName() or b.text() for b in buttons if is_pictogram((b.accessibleName() or b.text())[:1])] == []
    # no two Alt+letters: the form's labels (their buddies), the buttons, the group box
    texts = [label.text() for label in d.findChildren(QLabel) if label.buddy() is not None and label.isVisible()]
    texts += [b.text() for b in buttons] + [g.title() for g in d.findChildren(QGroupBox)]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if not QKeySequence.mnemonic(t).isEmpty()]
    assert len(keys) >= 6 and len(set(keys)) == len(keys), sorted(keys)


def test_a_check_box_of_a_panel_is_named_by_the_panel(qtbot, lesson):
    d = dialog_on(qtbot, lesson, index=0)
    assert d.panel_checks["decision_map"].text() == "Decision map"
    assert isinstance(d.panel_checks["inspector"], QCheckBox) and d.panel_checks["inspector"].text() == \
        "Backprop inspector"
    assert d.action_combo.itemText(d.action_combo.findData("step_n")) == "Step N iterations"
    assert d.action_setting.itemText(d.action_setting.findData("learning_rate")) == "Learning rate"
