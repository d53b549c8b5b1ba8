"""Screenshots of a race of three optimisers: ``python -m playground.ui.landscape.race_shots OUT_DIR``.

Trains the XOR preset for 300 iterations, opens the race window on that state, races gradient descent,
momentum and Adam for 3,000 iterations on a real helper process, and writes the window (``QWidget.grab``)
at 1366x768 in presentation mode (scale 1.5), at 1920x1080, and at 1920x1080 in presentation mode (scale 2).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from playground.core.data.presets import get_preset
from playground.core.landscape.race import RaceStart
from playground.core.training.run_record import Checkpoint, trainer_from
from playground.ui.landscape.race_window import RaceWindow

SHOTS = (("race-1366x768-presentation.png", (1366, 768), 1.5), ("race-1920x1080.png", (1920, 1080), 1.0),
         ("race-1920x1080-presentation.png", (1920, 1080), 2.0))


def sample_window(preset: str = "xor", trained: int = 300) -> RaceWindow:
    p = get_preset(preset)
    dataset, settings = p.dataset(), p.settings.with_(learning_rate=0.2)
    trainer = trainer_from(dataset, settings, None)
    trainer.run(trained)
    here = RaceStart(dataset, settings, Checkpoint.from_network(trainer.network), "r1")
    window = RaceWindow(None, here, RaceStart.untrained(dataset, settings))
    window.set_choice("optimizer", ("gd", "momentum", "adam"), 3000)
    return window


def run_race(window: RaceWindow, timeout_ms: int = 120_000) -> bool:
    """Go, and wait (in the event loop) for the race to end."""
    loop = QEventLoop()
    window.raceFinished.connect(loop.quit)
    window.link.failed.connect(loop.quit)
    if not window.go():
        return False
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(window.results)


def shoot(window: RaceWindow, path: str, size: tuple[int, int], scale: float) -> bool:
    window.set_scale(scale)
    window.resize(*size)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)  # let the layouts and plots settle
    loop.exec()
    return window.grab().save(path, "PNG")


def main(out_dir: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    os.makedirs(out_dir, exist_ok=True)
    window = sample_window()
    if not run_race(window):
        print("the race did not finish", file=sys.stderr)
        return 1
    for name, size, scale in SHOTS:
        path = os.path.join(out_dir, name)
        if not shoot(window, path, size, scale):
            return 1
        print(path)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
