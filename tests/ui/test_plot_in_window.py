"""The error plot in the window: a short run after a very long one on another table reads well.

The long run is a reopened document's (its 1,000,000 iterations would take a while to
train here); the short one is trained for real.
"""

import numpy as np
import pytest
from PySide6.QtGui import QImage

from playground.core.files.documents import Trained
from playground.core.data.presets import get_preset
from playground.ui.documents.exports import PNG_RESOLUTION
from playground.ui.main_window import MainWindow
from tests.ui.test_error_plot import assert_label_clear_of_ticks, current_span, ink_runs, legend_labels

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    w.close()


def reopen_a_million_iteration_run(window):
    preset = get_preset("notebook")
    settings = preset.settings.with_(iterations=1_000_000)
    rng = np.random.default_rng(0)
    x = np.linspace(0, 1_000_000, 2001).astype(np.int64)
    errors = 0.47 / (1 + np.sqrt(x / 50.0))
    trained = Trained(1_000_000, [rng.normal(size=(3, 4)), rng.normal(size=(4, 1))], None,
                      history_iterations=x, history_errors=errors,
                      logged_iterations=x[::200], logged_errors=errors[::200])
    window.load_experiment(preset.dataset(), settings, trained)


@pytest.fixture
def two_runs(qtbot, window):
    reopen_a_million_iteration_run(window)
    window.load_preset("xor")
    assert window.settings().iterations == 3000
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        window.train()
    assert blocker.args[0] == "done"
    return window


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_3000_iteration_run_after_a_million_iterations_fills_the_plot(qtbot, two_runs, tmp_path, scale):
    window = two_runs
    window.classroom.set_scale(scale, save=False)
    plot = window.error_plot
    qtbot.waitUntil(lambda: plot.plot_widget.getPlotItem().getViewBox().width() > 100)
    window.grab()
    assert current_span(plot) >= 0.8
    labels = legend_labels(plot)
    assert labels[-1].startswith("xor · hidden 3 · lr 1 · sigmoid · bias · seed 1 · 3k iterations")
    assert len(set(labels)) == len(labels)
    plot.set_show_all(True)
    window.grab()
    labels = legend_labels(plot)
    assert any(label.startswith("notebook · hidden 4") and "1M iterations" in label for label in labels)
    assert len(labels) == 2 and len(set(labels)) == 2
    plot.set_show_all(False)
    window.grab()
    assert current_span(plot) >= 0.8
    assert_label_clear_of_ticks(plot)

    # The exported picture: the label apart from the tick numbers there too.
    item = plot.plot_widget.getPlotItem()
    image = QImage(window.exports.export_picture("error_plot", str(tmp_path / "plot.png")))
    source = item.sceneBoundingRect()
    k = image.width() / source.width()
    assert k == pytest.approx(PNG_RESOLUTION, rel=0.01)
    axis = item.getAxis("left")
    rect = axis.sceneBoundingRect().translated(-source.topLeft())
    runs = ink_runs(image, int(rect.left() * k), int(rect.right() * k) - 2,
                    int(rect.top() * k) + 2, int(rect.bottom() * k) - 2)
    assert len(runs) >= 2 and runs[0][1] - runs[0][0] <= axis.label.boundingRect().height() * k, runs
