"""Every view module opens on its own: ``python -m playground.ui.<view>`` shows it on sample data."""

import importlib
import inspect
import os
import pkgutil
import runpy
import subprocess
import sys

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication, QWidget

import playground.ui
from playground.ui.preview import PREVIEW_ENV


def view_modules() -> list[str]:
    """The ui modules that define a widget or an item model (a view of something)."""
    names = []
    for info in pkgutil.walk_packages(playground.ui.__path__, "playground.ui."):
        name = info.name
        module = importlib.import_module(name)
        classes = [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == name]
        if any(issubclass(c, (QWidget, QAbstractItemModel)) for c in classes):
            names.append(name)
    return names


VIEWS = view_modules()


def test_the_views_are_found():
    assert {"playground.ui.views.error_plot", "playground.ui.views.network_view", "playground.ui.main_window",
            "playground.ui.views.predictions_model", "playground.ui.run.scrubber"} <= set(VIEWS)


@pytest.mark.filterwarnings("ignore:.*found in sys.modules after import:RuntimeWarning")  # imported above
@pytest.mark.parametrize("name", VIEWS)
def test_each_view_module_runs_as_a_preview(qapp, monkeypatch, name):
    monkeypatch.setenv(PREVIEW_ENV, "close")
    before = set(QApplication.topLevelWidgets())
    shown = []
    monkeypatch.setattr(QWidget, "show", lambda self, _show=QWidget.show: (shown.append(self), _show(self))[1])
    runpy.run_module(name, run_name="__main__")
    assert shown, f"{name} showed nothing"
    widget = shown[-1]
    assert widget not in before and not widget.isVisible()  # shown, then closed


def test_a_preview_starts_from_the_command_line():
    env = dict(os.environ, **{PREVIEW_ENV: "close", "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run([sys.executable, "-W", "error", "-m", "playground.ui.views.error_plot"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
