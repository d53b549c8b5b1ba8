"""Screenshots of the loss landscape with ghost paths: ``python -m playground.ui.landscape.landscape_shots OUT_DIR``.

Trains the notebook preset (its own 60,000 iterations, in a helper process as Train does), opens the
landscape window on the exact slice over syn0[0, 0] and syn1[0, 0] with the ghost paths of gradient
descent, momentum and Adam, and writes the window (``QWidget.grab``) at 1366x768 in presentation mode
(scale 1.5), at 1920x1080, and the projection on two random directions with the sharpness plot at 1920x1080.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from playground.core.data.presets import get_preset
from playground.ui.landscape.landscape_controls import DIRECTIONS
from playground.ui.landscape.landscape_window import LandscapeWindow
from playground.ui.run.run import Run

WEIGHTS = ("syn0[0, 0]", "syn1[0, 0]")
SHOTS = (("landscape-1366x768-presentation.png", (1366, 768), 1.5, None),
         ("landscape-1920x1080.png", (1920, 1080), 1.0, None),
         ("landscape-1920x1080-projection.png", (1920, 1080), 1.0, DIRECTIONS))
TIMEOUT_MS = 180_000


def wait_for(*signals, timeout_ms: int = TIMEOUT_MS) -> None:
    """Run the event loop until each of ``signals`` was emitted once (or the time is up)."""
    loop = QEventLoop()
    pending = set(range(len(signals)))

    def fired(index: int) -> None:
        pending.discard(index)
        if not pending:
            loop.quit()

    connections = [(s, s.connect(lambda *_a, i=i: fired(i))) for i, s in enumerate(signals)]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    for signal, connection in connections:
        signal.disconnect(connection)


def trained_run(iterations: int | None = None) -> Run:
    preset = get_preset("notebook")
    settings = preset.settings if iterations is None else preset.settings.with_(iterations=iterations)
    run = Run()
    run.show(preset.dataset(), settings, "notebook")
    if run.train(preset.dataset(), settings):
        wait_for(run.finished)
    return run


def shoot(window: LandscapeWindow, path: str, size: tuple[int, int], scale: float) -> bool:
    window.set_scale(scale)
    window.resize(*size)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # let the layouts and plots settle
    loop.exec()
    return window.grab().save(path, "PNG")


def main(out_dir: str, iterations: int | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    os.makedirs(out_dir, exist_ok=True)
    run = trained_run(iterations)
    window = LandscapeWindow(run)
    try:
        window.show()
        wait_for(window.surfaceShown, window.ghostsShown)  # what it shows first: syn0[0, 0], syn1[0, 0]
        if window.weights() != WEIGHTS:
            window.choose_weights(*WEIGHTS)
            wait_for(window.surfaceShown, window.ghostsShown)
        for name, size, scale, mode in SHOTS:
            if mode is not None and window.mode() != mode:
                window.controls.sharpness_check.setChecked(True)
                window.set_mode(mode)
                wait_for(window.surfaceShown, window.ghostsShown, window.sharpnessShown)
            path = os.path.join(out_dir, name)
            if window.surface is None or not shoot(window, path, size, scale):
                print(f"could not draw {name}", file=sys.stderr)
                return 1
            print(path)
        return 0
    finally:
        window.close()
        window.shutdown()
        run.shutdown()
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
