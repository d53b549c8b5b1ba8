"""QApplication set-up, the main window, and ``--screenshot``."""

from __future__ import annotations

import sys

from playground import APP_NAME, DESKTOP_FILE_NAME, ORG_DOMAIN, ORG_NAME, __version__


def make_app(argv: list[str] | None = None):
    """The QApplication, with the names QSettings and the desktop use."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    return app


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size must look like 1280x800, got {text!r}") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise ValueError(f"--size {text} is out of range (320x240 to 7680x4320)")
    return w, h


def run_app(args) -> int:
    """Open the window (or render it to a PNG with --screenshot)."""
    from playground.cli import UsageError
    from playground.core.dataset import DataError

    try:
        size = _parse_size(args.size) if args.screenshot else None
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.train and not args.screenshot:
        raise UsageError("--train is only used with --screenshot")

    app = make_app()
    from PySide6.QtCore import QEventLoop, QTimer

    from playground.ui.main_window import MainWindow

    window = MainWindow()
    try:
        if args.preset:
            window.load_preset(args.preset)
        if args.file:
            window.open_path(args.file)
    except DataError as e:
        window.close()
        raise UsageError(str(e)) from None

    if not args.screenshot:
        window.show()
        return app.exec()

    window.resize(*size)
    window.show()
    if args.train:
        loop = QEventLoop()
        window.trainingFinished.connect(loop.quit)
        if window.train():
            loop.exec()
    # let layouts and the plots settle before grabbing
    QTimer.singleShot(50, app.quit)
    app.exec()
    ok = window.grab().save(args.screenshot, "PNG")
    window.close()
    if not ok:
        raise UsageError(f"cannot write the screenshot {args.screenshot}")
    print(args.screenshot)
    return 0
