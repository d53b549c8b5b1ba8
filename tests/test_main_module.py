"""``python -m playground`` (playground/__main__.py) is the command-line entry point, as the installed script is."""

import subprocess
import sys

import playground.__main__ as entry
from playground import APP_ID, __version__, cli


def test_python_dash_m_runs_the_cli():
    assert entry.main is cli.main  # importing the module does not run it (only ``-m`` does)
    proc = subprocess.run([sys.executable, "-m", "playground", "--version"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"{APP_ID} {__version__}"


def test_its_exit_status_is_the_cli_s():
    proc = subprocess.run([sys.executable, "-m", "playground", "presets", "--no-such-flag"], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == cli.EXIT_USAGE
