"""core.texts: English messages that remember their template, so the window can translate them."""

import pickle

from playground.core.texts import Text, say


def test_a_message_is_its_english_text_and_keeps_template_and_values():
    m = say("Press Step N with {n} iterations.", n=20)
    assert m == "Press Step N with 20 iterations." and isinstance(m, str)
    assert (m.template, m.values) == ("Press Step N with {n} iterations.", {"n": 20})
    assert m + "!" == "Press Step N with 20 iterations.!"  # an ordinary str everywhere else (CLI, files)


def test_a_message_crosses_to_and_from_the_helper_process_whole():
    inner = say("The error stopped falling at {error:.3g}", error=0.51234)
    m = say("{what}: try {lr:g}", what=inner, lr=0.5)
    back = pickle.loads(pickle.dumps(m))
    assert isinstance(back, Text) and back == m == "The error stopped falling at 0.512: try 0.5"
    assert back.template == m.template and isinstance(back.values["what"], Text)


def test_every_template_of_core_is_listed_for_the_translators():
    """packaging/translations.py finds the say("...") templates (tests/test_translations.py checks that
    playground/ui/core_texts.py, the list lupdate reads, is current)."""
    from tests.test_translations import build_script

    templates = build_script().core_templates()
    assert "Press Train and let it finish." in templates and "invalid" in templates
    assert len(templates) == len(set(templates)) > 50
