"""QApplication set-up, the main window, and ``--screenshot``."""

from __future__ import annotations

import gc
import os
import sys

from playground import APP_NAME, DESKTOP_FILE_NAME, ORG_DOMAIN, ORG_NAME, __version__


def _wait_until_laid_out(app, window, step_ms: int = 50, turns: int = 40) -> None:
    """Wait (50 ms at a time, at most 2 s) until the window's widgets keep their places for two turns."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    def places():
        return [(w.objectName(), w.isVisible(), w.geometry().getRect()) for w in window.findChildren(QWidget)]

    last, same = None, 0
    for _ in range(turns):
        QTimer.singleShot(step_ms, app.quit)
        app.exec()
        now = places()
        same = same + 1 if now == last else 0
        if same >= 2:
            return
        last = now


def make_app(argv: list[str] | None = None):
    """The QApplication, with the names QSettings and the desktop use."""
    # Qt's raster painting hands even small fills (a toolbar's gradient, an axis's cached picture) to a
    # pool of threads of its own and waits for them: ~1,500 hand-overs before the first frame, ~12 ms of
    # the UI thread (measured, benchmarks/gui_training.py), and while training they compete with the
    # helper process for the cores. The UI thread alone paints the same pixels. Qt reads the variable
    # when it first paints; one the user set is kept.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)  # = the .desktop file's name (playground/data/)
    from playground.resources import app_icon

    app.setWindowIcon(app_icon())
    from playground.ui.language import install_translators

    install_translators(app)  # the language chosen in View > Language, else the system's (needs the names above)
    return app


class FeatureDefaults:
    """An import finder that records, as each module is imported, that the module selects none of PySide6's
    ``__feature__`` switches (snake_case, true_property), so PySide6 does not read the module's source to decide.

    PySide6, once imported, hooks every later import and reads the new module's whole source (``inspect.getsource``)
    to see whether it mentions PySide6, then records its answer in ``__feature__.pyside_feature_dict``: 0, the
    module uses PySide6 with no feature selected; -1, ignore the module (its source does not mention PySide6 or
    cannot be read: ``json``, a ``-c`` script, every module of the bundle), so that Qt code it calls runs with its
    caller's selection. A name already recorded is not read. The app imports ~410 modules on the way to its first
    frame (its own, pyqtgraph's): reading them was 35-45 ms of the cold start (measured, benchmarks/gui_training.py).
    This finder records 0 for every module. That differs from PySide6's own answer only in what a module marked -1
    does when it is called from one that selected a feature; nothing in this process selects one (no module of
    ours imports ``__feature__``: tests/ui/test_startup.py), so here only the time changes. (A module that does
    select one still has it: its ``from __feature__ import`` records its selection as it runs.) The modules imported
    before PySide6 are recorded when the first one after it is imported (an import statement naming one is hooked
    too). This finder finds nothing itself: the usual finders load the module.
    """

    def __init__(self) -> None:
        self.recorded_earlier = False

    def find_spec(self, name, path=None, target=None):  # importlib's MetaPathFinder protocol
        feature = sys.modules.get("__feature__")  # PySide6 installs it when first imported
        table = getattr(feature, "pyside_feature_dict", None)
        if isinstance(table, dict):
            if not self.recorded_earlier:
                self.recorded_earlier = True
                for earlier in list(sys.modules):
                    table.setdefault(earlier, 0)
            table.setdefault(name, 0)
        return None

    def invalidate_caches(self) -> None:
        pass


def skip_pyside_source_reading() -> None:
    """Put a :class:`FeatureDefaults` first among the import finders, once per process."""
    if not any(isinstance(finder, FeatureDefaults) for finder in sys.meta_path):
        sys.meta_path.insert(0, FeatureDefaults())


def open_window():
    """The QApplication and a main window, as the app opens them (``run_app``; benchmarks/gui_training.py).

    PySide6 is spared reading the source of each module imported (:class:`FeatureDefaults`). Python's cyclic garbage
    collector pauses from here until the window's first frame is painted
    (then, too, the process's BLAS threads are pinned, see ``_settle``):
    starting up makes a few hundred thousand objects that all stay (modules, classes, widgets), and
    collecting among them again and again cost ~40 ms of the start (measured). Once painted, they are
    frozen (``gc.freeze``: later collections skip them, so they cause no pauses while training either)
    and collection resumes.
    """
    gc.disable()
    skip_pyside_source_reading()
    app = make_app()
    from playground.ui.main_window import MainWindow

    window = MainWindow()
    window.firstPainted.connect(_settle)
    from PySide6.QtCore import QTimer

    # A window that is not painted soon (started minimized, say) must not leave collection off
    QTimer.singleShot(SETTLE_AT_THE_LATEST_MS, _settle)
    return app, window


SETTLE_AT_THE_LATEST_MS = 5000


def _settle() -> None:
    """After the first frame (once): collection resumes, and the process's BLAS threads are pinned."""
    if gc.isenabled():  # settled already (or never paused)
        return
    gc.freeze()
    gc.enable()
    from playground.core.helper import threads

    # The window's own NumPy work (decision maps, the inspector) is small and the training helper
    # runs beside it: one BLAS thread, so the two never compete for the cores. Pinning scans the
    # loaded libraries (10-15 ms): done once the first frame is on screen.
    threads.pin_blas_threads(1)


def _parse_size(text: str) -> tuple[int, int]:
    from playground.core.number_text import is_digits

    parts = [v.strip() for v in text.lower().split("x")]
    if len(parts) != 2 or not all(is_digits(v) and len(v) <= 5 for v in parts):  # ASCII digits only
        raise ValueError(f"--size must look like 1280x800, got {text!r}")
    w, h = (int(v) for v in parts)
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise ValueError(f"--size {text} is out of range (320x240 to 7680x4320)")
    return w, h


def check_lesson_step(path: str | None, step: int, screenshot: bool) -> None:
    """Refuse --lesson-step without --screenshot and a lesson, or past the lesson's steps (UsageError, one line).
    The lesson is read here, before any window opens (a file that cannot be read says so, naming the place)."""
    from playground.core.files.fileio import display_name
    from playground.core.lessons.lesson import SUFFIX, LessonError, read_lesson
    from playground.usage import UsageError

    if not screenshot or not path or not path.lower().endswith(SUFFIX):
        raise UsageError(f"--lesson-step is only used with --screenshot and a lesson ({SUFFIX} file)")
    try:
        count = len(read_lesson(path).steps)
    except LessonError as e:
        raise UsageError(" ".join(str(e).split())) from None
    if not 1 <= step <= count:
        raise UsageError(f"--lesson-step {step}: {display_name(path)} has {count} step{'s' if count != 1 else ''}, "
                         f"numbered 1 to {count}")


def run_app(args) -> int:
    """Open the window (or render it to a PNG with --screenshot)."""
    from playground.usage import UsageError
    from playground.core.data.dataset import DataError

    try:
        size = _parse_size(args.size) if args.screenshot else None
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.train and not args.screenshot:
        raise UsageError("--train is only used with --screenshot")
    lesson_step = getattr(args, "lesson_step", None)
    if lesson_step is not None:
        check_lesson_step(args.file, lesson_step, bool(args.screenshot))
    if args.screenshot:  # refused before the window opens: a FIFO there would block the save, a folder fail it
        from playground.core.files.fileio import check_target, display_name, os_reason

        try:
            check_target(args.screenshot)
        except OSError as e:
            raise UsageError(f"cannot write the screenshot {display_name(args.screenshot)}: {os_reason(e)}") from None

    app, window = open_window()
    from PySide6.QtCore import QEventLoop, QTimer

    if args.screenshot:
        window.documents.interactive = False  # a screenshot run asks nothing, autosaves and recovers nothing
    try:
        if args.preset:
            window.load_preset(args.preset)
            window.editor.stack.clear()  # the preset asked for is where this session starts: nothing to save
        if args.file:
            window.open_path(args.file)
    except DataError as e:
        window.close()
        raise UsageError(str(e)) from None
    if lesson_step is not None:
        window.lessons.go(lesson_step - 1)  # as Next and Back show it: its state, panels and question
        print(f"lesson: step {window.lessons.index + 1} of {len(window.lessons.lesson.steps)}")  # checkable proof

    if not args.screenshot:
        from playground.ui.documents.document_opener import DocumentOpener

        # macOS hands documents double-clicked later to this process: each opens in a new window
        opener = DocumentOpener(app)
        app.installEventFilter(opener)
        # work autosaved before a crash, offered once the window is painted (reading it is not in the way)
        window.firstPainted.connect(window.documents.offer_recovery)
        window.show()
        return app.exec()

    window.resize(*size)
    if getattr(args, "presentation", None):
        window.classroom.set_scale(args.presentation, save=False)  # a screenshot changes no setting
    window.show()
    if getattr(args, "inspector", False):
        window.classroom.inspector_action.trigger()
        window.classroom.select_row(2)  # outline an example, as a teacher would
    if getattr(args, "step", None):
        loop = QEventLoop()
        window.trainingFinished.connect(loop.quit)
        if window.classroom.step_by(args.step):
            loop.exec()
    if args.train:
        loop = QEventLoop()
        statuses: list[str] = []
        window.trainingFinished.connect(statuses.append)  # emitted in this (the GUI) thread
        window.trainingFinished.connect(loop.quit)
        if window.train():
            loop.exec()
        # checkable proof that the run ended (the bundle test reads it: training needs the helper process)
        print(f"training: {statuses[0] if statuses else 'not started'}")
    if getattr(args, "formula", False):
        window.formula_link.show_example()
    # let layouts and the plots settle before grabbing: on a busy machine a pane moved in a later turn
    # (the result tabs going below the plots) took longer than one short wait
    _wait_until_laid_out(app, window)
    ok = window.grab().save(args.screenshot, "PNG")
    window.close()
    from playground.core.files.fileio import display_name

    if not ok:
        raise UsageError(f"cannot write the screenshot {display_name(args.screenshot)}")
    print(display_name(args.screenshot))
    return 0
