"""The texts of playground.core that the window shows are marked for translation and translated."""

from PySide6.QtCore import QTranslator

from playground.core.training.budget import describe_duration
from playground.core.data.dataset import name_problem
from playground.core.data.presets import PRESETS
from playground.ui.core_texts import MESSAGES, PRESET_DESCRIPTIONS
from playground.ui.language import catalog_path


def test_every_preset_description_is_listed():
    assert PRESET_DESCRIPTIONS == [p.description for p in PRESETS.values()]


def test_messages_core_makes_have_their_templates_listed():
    made = [name_problem("", []), describe_duration(3 * 3600), describe_duration(2 * 86400)]
    assert [m.template for m in made] == ["column name is empty", "about {n:,} hours", "about {n:,} days"]
    assert all(m.template in MESSAGES for m in made)


def test_german_and_spanish_catalogues_translate_each_of_them():
    for language in ("de", "es"):
        translator = QTranslator()
        assert translator.load(str(catalog_path(language))), language
        untranslated = [t for t in PRESET_DESCRIPTIONS if not translator.translate("Presets", t)]
        untranslated += [t for t in MESSAGES if not translator.translate("Core", t)]
        assert not untranslated, (language, untranslated)
