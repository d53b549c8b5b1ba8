"""Whether the window can show a document's settings exactly, before anything on screen changes.

The settings form's number fields keep 15 decimals and clamp to their ranges: a document whose settings
they would change (beyond a billionth of a value) is refused with the field's name, never shown as
something else.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QCoreApplication

from playground.core.data.settings import FIELDS, Settings
from playground.ui.experiment.controls import ControlsPanel

translate = QCoreApplication.translate


def settings_problem(settings: Settings) -> str | None:
    """Why the settings form cannot show ``settings`` as they are, or None. Its number fields keep 15
    decimals: a value they change by less than a billionth of itself (0.30000000000000004 shown as 0.3)
    opens as shown; any other difference (clamped to the field's range, rounded away) refuses it."""
    form = ControlsPanel()  # never shown, deleted at once
    try:
        try:
            form.set_settings(settings)
            shown = form.shown_settings()
        except (OverflowError, ValueError, TypeError) as e:
            return translate("DocumentsController", "the settings cannot be shown ({problem})").format(
                problem=str(e) or type(e).__name__)
        for f in FIELDS:
            value, now = getattr(settings, f.name), getattr(shown, f.name)
            if now != value and not (isinstance(value, float) and math.isclose(now, value, rel_tol=1e-9)):
                return translate("DocumentsController",
                                 "settings.{name}: the window cannot show {value} (its field would hold {shown})"
                                 ).format(name=f.name, value=repr(value), shown=repr(now))
    finally:
        shiboken6.delete(form)
    return None
