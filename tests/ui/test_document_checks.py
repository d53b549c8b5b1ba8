"""A document's settings are shown exactly or refused by name (playground.ui.documents.document_checks), before the window
changes anything."""

from playground.core.data.settings import FIELD, Settings
from playground.ui.documents.document_checks import settings_problem


def test_settings_the_form_shows_exactly_pass(qapp):
    assert settings_problem(Settings()) is None
    assert settings_problem(Settings(hidden=(4, 3), learning_rate=1.5e-12, optimizer="adam")) is None
    assert settings_problem(Settings(learning_rate=0.1 + 0.2)) is None  # shown as 0.3: within a billionth


def test_a_value_the_form_would_clamp_is_refused_with_the_fields_name(qapp):
    low = FIELD["learning_rate"].low
    assert settings_problem(Settings(learning_rate=low / 10)) == \
        f"settings.learning_rate: the window cannot show {low / 10!r} (its field would hold {low!r})"
