"""One preview helper: ``python -m playground.ui.<view>`` opens that view on sample data.

Every view module ends with ``if __name__ == "__main__": preview(...)`` (Orange's
``WidgetPreview`` idea), so a panel can be looked at, and worked on, on its own. Views that
follow a :class:`~playground.ui.run.run.Run` are shown listening to a sample one: a preset's
network trained here (in this process, no helper), then shown as a reopened run.

With ``NN_PLAYGROUND_PREVIEW=close`` in the environment a preview shows its widget, lets
it paint, closes it and returns instead of waiting: the tests start every view this way.
"""

from __future__ import annotations

import os
import sys
from typing import Callable

from PySide6.QtWidgets import QApplication, QTableView, QWidget

from playground.core.files.documents import Trained
from playground.core.data.presets import get_preset
from playground.core.training.training import Trainer

PREVIEW_ENV = "NN_PLAYGROUND_PREVIEW"
_cleanups: list[Callable[[], None]] = []  # run after the preview closes (a Run's relay thread)


def application() -> QApplication:
    """The running QApplication, made when there is none."""
    return QApplication.instance() or QApplication(sys.argv)


def preview(make: Callable[[], QWidget], title: str = "", size: tuple[int, int] = (800, 500)) -> QWidget:
    """Show the widget ``make()`` builds until its window is closed (or, for tests, paint it once)."""
    app = application()
    widget = make()
    widget.setWindowTitle(title or f"{type(widget).__name__} preview")
    widget.resize(*size)
    widget.show()
    if os.environ.get(PREVIEW_ENV) == "close":
        app.processEvents()
        widget.close()
    else:
        app.exec()
    while _cleanups:
        _cleanups.pop()()
    return widget


def after_close(cleanup: Callable[[], None]) -> None:
    """Call ``cleanup`` once the preview has closed (e.g. a helper link's shutdown)."""
    _cleanups.append(cleanup)


def sample_trained(preset_name: str = "notebook", iterations: int = 3000):
    """(dataset, settings, Trained): a preset's network trained here for ``iterations``."""
    preset = get_preset(preset_name)
    settings = preset.settings.with_(iterations=iterations, log_every=max(1, iterations // 6))
    dataset = preset.dataset()
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(iterations)
    net = trainer.network
    return dataset, settings, Trained(trainer.iteration, net.weights, net.biases, *trainer.history.curve,
                                      *trainer.history.logged)


def listening(make_view: Callable[[], QWidget], preset_name: str = "notebook", iterations: int = 3000,
              listener: Callable[[QWidget], list] = lambda view: [view]) -> Callable[[], QWidget]:
    """A factory for ``preview``: the view, listening (each of ``listener(view)`` by ``listen_to``) to a
    Run that shows a sample trained network."""
    def make() -> QWidget:
        from playground.ui.run.run import Run

        run = Run()
        after_close(run.shutdown)
        view = make_view()
        for part in listener(view):
            part.listen_to(run)
        run.restore(*sample_trained(preset_name, iterations), table_name=preset_name)
        run.select_row(2)
        return view
    return make


def table_of(model_class: type) -> Callable[[], QTableView]:
    """A factory for ``preview``: a table view over a new ``model_class(view)``."""
    def make() -> QTableView:
        view = QTableView()
        view.setModel(model_class(view))
        return view
    return make
