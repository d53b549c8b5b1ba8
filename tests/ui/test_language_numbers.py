"""The window's numbers follow its language (playground.ui.language.install_translators), also where the
environment sets C for numbers beside another language for texts, and keep a territory's own habits."""

import os
import subprocess
import sys

import pytest

SCRIPT = r"""
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from playground.ui.language import decimal_comma, install_translators
from playground.core.data.clipboard import parse_number

app = QApplication([])
language = install_translators(app)
print(language, QLocale().toString(60000), QLocale().toString(0.5), decimal_comma())
"""


def window_numbers(**env_vars) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(QT_QPA_PLATFORM="offscreen", **env_vars)
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="Qt reads LANG and LANGUAGE where X11 locales are used")
@pytest.mark.parametrize("env, expected", [
    ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, ["de", "60.000", "0,5", "True"]),  # was 60,000 and 0.5
    ({"LC_ALL": "C", "LANGUAGE": "es"}, ["es", "60.000", "0,5", "True"]),
    ({"LANG": "de_CH.UTF-8", "LANGUAGE": "de"}, ["de", "60’000", "0.5", "False"]),  # Swiss German keeps its habits
    ({"LANG": "C.UTF-8", "LANGUAGE": "en"}, ["en", "60,000", "0.5", "False"]),
])
def test_numbers_follow_the_language_unless_the_system_writes_that_language_its_own_way(env, expected):
    got = window_numbers(**env)
    if expected[0] == "de" and "CH" in env.get("LANG", ""):
        assert got[0] == "de" and got[1] in ("60’000", "60'000") and got[2:] == expected[2:]  # CLDR's apostrophe
    else:
        assert got == expected
