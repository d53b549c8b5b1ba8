"""The help's formulas are the one description's lines: "What is happening?" shows, in every language, exactly
the notebook step's statements that core/step.py writes for the inspector and the exported script.

The help's paragraphs are translated as a whole, so its code is written into them; this test keeps that
code from drifting away from the step (a changed spelling in core/step.py makes it fail until the help
and its translations follow).
"""

import html
import re

import pytest

from playground.core.nn import step
from playground.core.data.presets import get_preset
from playground.ui.help import help_html

CODE = re.compile(r"<code>(.*?)</code>", re.S)


def statements(page: str) -> list[str]:
    """The assignments a help page shows in <code>, as a reader sees them."""
    codes = [html.unescape(c) for c in CODE.findall(page)]
    return [c for c in codes if re.match(r"^\w+ \+?= ", c)]


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_helps_statements_are_the_notebook_steps_lines(qapp, language):
    from playground.ui.language import install_translators

    spec = step.StepSpec.from_settings(get_preset("notebook").settings, n_rows=4)
    inspector = [line.code for line in step.lines(spec, step.INSPECTOR)]
    script = [line.code for line in step.lines(spec, step.SCRIPT)]
    english = help_html()
    try:
        install_translators(qapp, language)
        page = help_html()
    finally:
        install_translators(qapp, "en")
    assert (page == english) == (language == "en")  # the page is the language's
    shown = statements(page)
    assert inspector == script  # the notebook's rule: no learning rate, L2 or batch to name
    # every step after the inputs, in the loop's order, and nothing else
    assert shown == [code for code in inspector if code != "l0 = X"], shown
