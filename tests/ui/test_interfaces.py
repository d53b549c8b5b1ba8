"""Narrow interfaces (issue 22), checked on the source with ``ast``.

* The classroom, the lesson player (with its authoring half) and the inspector's typed cells use no
  attribute of the main window. They are handed what they use (``playground/ui/window_ports.py``: the
  Run, the experiment, the widgets they add to or hide, the window's requests as callables) and the window only as a plain ``host: QMainWindow``:
  a Qt parent and the frame their toolbars, docks, menus and dialogs go in. The rule, exactly:

  - the module never imports ``playground.ui.main_window`` nor names ``MainWindow``;
  - no parameter is called ``window`` or ``w``; a parameter annotated ``QMainWindow`` is the host;
  - the host, and every name or ``self.`` attribute it is assigned to, and what ``x.window()``,
    ``x.parent()``, ``x.parentWidget()``, ``x.topLevelWidget()``, ``activeWindow()``, ``topLevelWidgets()``
    return, is used only (a) through an attribute QMainWindow itself has, minus ``findChild``,
    ``findChildren`` and ``children`` (no reaching for the window's widgets by name), (b) passed as a Qt
    parent: to a Qt class or function (``Q...``), to ``super().__init__``, or to one of HOST_TAKERS,
    this package's widgets and functions that take any QWidget (or QMainWindow) parent, (c) compared
    with ``is``, or (d) assigned to another name (which then obeys the same rule).

* No module finds a widget by its displayed text: no comparison of a displayed text (``text()``,
  ``tabText(i)``, ``title()``, ...) with a translated text or a string literal; widgets are found by
  object name or held by reference.

* No module imports another module's private name, relative imports included
  (``tests/test_private_access.py`` checks absolute imports and ``x._name`` accesses).
"""

from __future__ import annotations

import ast
import inspect
import pathlib
import re

from PySide6.QtWidgets import QMainWindow

import playground

ROOT = pathlib.Path(playground.__file__).parent
NARROW_MODULES = ("ui/classroom/classroom.py", "ui/lessons/lesson_player.py", "ui/lessons/lesson_author.py", "ui/lessons/lesson_inspector.py")

LOCATORS = {"findChild", "findChildren", "children"}
QT_WINDOW_API = set(dir(QMainWindow)) - LOCATORS
WINDOW_NAMES = {"window", "w", "main_window"}
ESCAPE_METHODS = {"window", "parent", "parentWidget", "nativeParentWidget", "topLevelWidget"}
ESCAPE_FUNCTIONS = {"activeWindow", "topLevelWidgets", "allWidgets"}
# This package's widgets and functions handed the host, each taking any QWidget (or QMainWindow) as a Qt parent
HOST_TAKERS = {"TransportBar", "HelpDialog", "InspectorFocus", "scale_window", "LessonAuthor", "StepDialog", "LessonReport"}


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_qt(name: str) -> bool:
    return len(name) > 1 and name[0] == "Q" and name[1].isupper()


def _is_qt_call(call: ast.Call) -> bool:
    """A Qt class or function: QAction(...), QFileDialog.getOpenFileName(...)."""
    func = call.func
    if isinstance(func, ast.Name):
        return _is_qt(func.id)
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and _is_qt(func.value.id)


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and _callee(func.value) == "super")


def window_uses(source: str) -> list[tuple[int, str]]:
    """(line, text) of every use of the main window in ``source`` that the rule above does not allow."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    names: set[str] = set()  # local names and parameters holding the host
    attrs: set[str] = set()  # self.<attr> holding the host

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("main_window"):
            found.append((node.lineno, f"imports from {node.module}"))
        elif isinstance(node, ast.Import) and any(a.name.endswith("main_window") for a in node.names):
            found.append((node.lineno, "imports main_window"))
        elif isinstance(node, (ast.Name, ast.Attribute)) and (getattr(node, "id", None) or node.attr) == "MainWindow":
            found.append((node.lineno, "names MainWindow"))
        elif isinstance(node, ast.arg):
            annotation = ast.unparse(node.annotation).strip("'\"") if node.annotation is not None else ""
            if re.search(r"(?<![A-Za-z_])MainWindow", annotation):
                found.append((node.lineno, "names MainWindow"))  # a string annotation
            if node.arg in WINDOW_NAMES:
                found.append((node.lineno, f"takes a parameter {node.arg}"))
                names.add(node.arg)
            elif annotation == "QMainWindow" or annotation.startswith("QMainWindow |"):
                names.add(node.arg)

    def is_host(node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names
        if isinstance(node, ast.Attribute):
            return isinstance(node.value, ast.Name) and node.value.id == "self" and node.attr in attrs
        if isinstance(node, ast.Call):
            name = _callee(node)
            return ((name in ESCAPE_METHODS and isinstance(node.func, ast.Attribute) and not node.args)
                    or name in ESCAPE_FUNCTIONS)
        return False

    def bind(target: ast.AST, value: ast.AST) -> bool:
        """Record target as holding the host when value is the host; True when something new is known."""
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
            return any([bind(t, v) for t, v in zip(target.elts, value.elts)])
        if not is_host(value):
            return False
        if isinstance(target, ast.Name) and target.id not in names:
            names.add(target.id)
            return True
        if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"
                and target.attr not in attrs):
            attrs.add(target.attr)
            return True
        return False

    assignments = [(t, n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets]
    assignments += [(n.target, n.value) for n in ast.walk(tree)
                    if isinstance(n, (ast.AnnAssign, ast.NamedExpr)) and n.value is not None]
    while any([bind(target, value) for target, value in assignments]):
        pass  # until no assignment passes the host on to a name not yet known

    for node in ast.walk(tree):
        if not is_host(node) or isinstance(getattr(node, "ctx", None), ast.Store):
            continue
        parent = parents.get(node)
        text = ast.unparse(parent if parent is not None else node)
        if isinstance(parent, ast.Attribute) and parent.value is node:
            if parent.attr not in QT_WINDOW_API:
                found.append((node.lineno, f"uses the window's {parent.attr}: {text}"))
        elif isinstance(parent, ast.keyword) or (isinstance(parent, ast.Call) and node in parent.args):
            call = parents[parent] if isinstance(parent, ast.keyword) else parent
            name = _callee(call)
            if not (_is_qt_call(call) or name in HOST_TAKERS or _is_super_init(call)):
                found.append((node.lineno, f"passes the window to {name or ast.unparse(call.func)}"))
        elif isinstance(parent, ast.Compare) and all(isinstance(op, (ast.Is, ast.IsNot)) for op in parent.ops):
            pass
        elif isinstance(parent, (ast.Assign, ast.AnnAssign, ast.NamedExpr)) and getattr(parent, "value", None) is node:
            pass  # an alias: its uses are checked as the host's
        elif isinstance(parent, ast.Tuple) and isinstance(parents.get(parent), ast.Assign):
            pass  # a, b = host, x: the same
        else:
            found.append((node.lineno, f"hands the window on: {text}"))
    return sorted(found)


TEXT_GETTERS = {"text", "tabText", "title", "windowTitle", "iconText", "toolTip", "statusTip", "whatsThis",
                "itemText", "currentText", "accessibleName", "placeholderText", "windowIconText"}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "shown", "menu_text", "shown_keyword",
               "help_title"}


def _has_text_getter(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in TEXT_GETTERS
               for n in ast.walk(node))


def _is_displayed_text(node: ast.AST) -> bool:
    """A translated text or a (non-empty) string literal: what a widget would be labelled with."""
    return any((isinstance(n, ast.Call) and _callee(n) in TRANSLATORS)
               or (isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.strip())
               for n in ast.walk(node))


def text_lookups(source: str) -> list[tuple[int, str]]:
    """(line, text) of every comparison of a widget's displayed text with a label's text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for i, side in enumerate(sides):
            others = sides[:i] + sides[i + 1:]
            if _has_text_getter(side) and any(_is_displayed_text(o) and not _has_text_getter(o) for o in others):
                found.append((node.lineno, ast.unparse(node)))
                break
    return sorted(found)


def private_imports(source: str, module: str) -> list[tuple[int, str]]:
    """(line, text) of every import of a private name from another playground module, relative ones too.
    ``module`` is the importing module's dotted name (``playground.ui.x``)."""
    found = []
    package = module.split(".")
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[:len(package) - node.level]
            source_module = ".".join(base + ([node.module] if node.module else []))
        else:
            source_module = node.module or ""
        if source_module.split(".")[0] != "playground":
            continue
        for alias in node.names:
            name = alias.name
            if name.startswith("_") and not (name.startswith("__") and name.endswith("__")):
                found.append((node.lineno, f"from {source_module} import {name}"))
    return found


def _source(relative: str) -> str:
    return (ROOT / relative).read_text(encoding="utf-8")


# ---------------------------------------------------------------------- the checkers find what they should
def test_the_window_checker_finds_what_it_should():
    code = '''
from playground.ui.main_window import MainWindow
class A:
    def __init__(self, window):
        self.w = window
        self.w.run.stop()
        w, run = self.w, 1
        w.controls.seed_spin
    def show(self, other: "MainWindow | None") -> None:
        QFileDialog.getOpenFileName(self.w, "Open")
class B:
    def __init__(self, host: QMainWindow, parts) -> None:
        super().__init__(host)
        self.host = host
        self.host.addDockWidget(1, QDockWidget("x", host))
        self.dock = QDockWidget("y", self.host)
        self.host.resizeDocks([], [], 1)
        h = self.host
        h.table
        self.host.findChild(QToolBar, "trainingToolbar")
        self.panel.window().controls
        getattr(host, "run")
        other(self.host)
        self.keep = [host]
        HelpDialog(host)
        if self.dock.parent() is host:
            self.host.showFullScreen()
'''
    assert [text for _, text in window_uses(code)] == [
        "imports from playground.ui.main_window", "takes a parameter window", "uses the window's run: self.w.run",
        "uses the window's controls: w.controls", "names MainWindow", "uses the window's table: h.table",
        "uses the window's findChild: self.host.findChild",
        "uses the window's controls: self.panel.window().controls", "passes the window to getattr",
        "passes the window to other", "hands the window on: [host]"]


def test_the_text_checker_finds_what_it_should():
    code = '''
a = [x for x in bar.actions() if x.text() == self.tr("Speed")]
b = next(i for i in range(n) if tabs.tabText(i) == QCoreApplication.translate("MainWindow", "Log"))
c = label.text().strip() in ("Speed", "Tempo")
d = button.objectName() == "discardButton"
e = text != self.text()
f = self.edit.text() == ""
g = combo.currentText() not in PAIRS
'''
    assert [line for line, _ in text_lookups(code)] == [2, 3, 4]


def test_the_import_checker_finds_what_it_should():
    code = ("from playground.core.x import _a, b, __version__\nfrom . import _c\nfrom .y import _d\n"
            "from ..core.z import _e\nfrom os import _exit\nfrom .y import e\n")
    assert [t for _, t in private_imports(code, "playground.ui.m")] == [
        "from playground.core.x import _a", "from playground.ui import _c", "from playground.ui.y import _d",
        "from playground.core.z import _e"]


# ---------------------------------------------------------------------- the rules hold
def test_classroom_the_lesson_player_and_the_typed_cells_use_no_attribute_of_the_window():
    offences = [f"playground/{name}:{line}: {text}" for name in NARROW_MODULES
                for line, text in window_uses(_source(name))]
    assert offences == [], "\n".join(offences)


def test_their_constructors_take_a_host_and_their_parts_not_the_window():
    from playground.ui.classroom.classroom import Classroom
    from playground.ui.lessons.lesson_author import LessonAuthor
    from playground.ui.lessons.lesson_inspector import TypedCells
    from playground.ui.lessons.lesson_player import LessonPlayer

    for cls, parts in ((Classroom, "ClassroomParts"), (LessonPlayer, "LessonParts"), (LessonAuthor, "LessonPlayer"),
                       (TypedCells, "TypedCellParts")):
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert [(p.name, p.annotation) for p in params] == [("host", "QMainWindow"), (params[1].name, parts)], cls


def test_the_window_hands_them_parts_that_are_not_the_window(qtbot):
    from playground.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    player = window.lessons
    for parts in (window.classroom.parts, player.parts, player.parts.port, window.typed_cells.parts):
        assert parts._fields  # a record of named parts (a named tuple)
        for name in parts._fields:
            assert getattr(parts, name) is not window, name
    assert window.classroom.host is window and player.host is window  # the frame their docks and toolbars go in


def test_no_module_finds_a_widget_by_its_displayed_text():
    offences = [f"{path.relative_to(ROOT.parent)}:{line}: {text}"
                for path in sorted(ROOT.rglob("*.py"))
                for line, text in text_lookups(path.read_text(encoding="utf-8"))]
    assert offences == [], "\n".join(offences)


def test_no_module_imports_another_modules_private_name():
    offences = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if parts[-1] == "__init__":
            module += ".__init__"  # a package's relative imports start from the package itself
        offences += [f"{path.relative_to(ROOT.parent)}:{line}: {text}"
                     for line, text in private_imports(path.read_text(encoding="utf-8"), module)]
    assert offences == [], "\n".join(offences)


def test_a_step_shows_its_panels_by_name_in_any_language(qtbot, qapp):
    """The lesson player knows the Speed label and the result tabs by object name, so a step hides
    the right ones in German too, and the decision map's tab both before and after the map is built."""
    from PySide6.QtWidgets import QLabel

    from playground.core.lessons.lesson import Lesson, Step
    from playground.ui.language import install_translators
    from playground.ui.main_window import MainWindow

    install_translators(qapp, "de")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        tabs, transport = window.tabs, window.classroom.transport
        speed_title = transport.findChild(QLabel, "speedTitleLabel")
        assert speed_title.text().strip() == "Tempo"  # the German title the player once looked for

        def shown_tabs() -> list[str]:
            return [tabs.widget(i).objectName() for i in range(tabs.count()) if tabs.isTabVisible(i)]

        steps = [Step("Log and speed", state=window.documents.document(), visible=("log", "speed")),
                 Step("The map alone", visible=("decision_map",)), Step("Predictions", visible=("predictions",))]
        assert window.lessons.open(Lesson("Panels", steps=steps), "", ask=False)
        assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
            "predictionsTable", "logView", "decisionMapPlaceholder"]  # the map is not built yet
        assert shown_tabs() == ["logView"]
        assert speed_title.isVisibleTo(window) and transport.speed_slider.isVisibleTo(window)
        window.lessons.next()
        assert shown_tabs() == ["decisionMap"] and tabs.currentWidget() is window.decision_map  # built when shown
        qtbot.waitUntil(lambda: not speed_title.isVisibleTo(window))  # the toolbar hides it at its next layout
        assert not transport.speed_slider.isVisibleTo(window)
        window.lessons.next()
        assert shown_tabs() == ["predictionsTable"]
        window.lessons.close()
        assert shown_tabs() == ["predictionsTable", "logView", "decisionMap"]
        qtbot.waitUntil(lambda: speed_title.isVisibleTo(window))
        window.close()
    finally:
        install_translators(qapp, "en")


LOCKING_CALLS = {"set_read_only", "setReadOnly", "set_locked", "set_shape_locked"}


def locking_calls(source: str) -> list[tuple[int, str]]:
    """(line, text) of every call that locks a panel directly, and every assignment to a ``read_only``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _callee(node) in LOCKING_CALLS:
            found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "read_only"
                                                  for t in node.targets):
            found.append((node.lineno, ast.unparse(node)))
    return sorted(found)


def test_the_locking_checker_finds_what_it_should():
    code = "model.set_read_only(True)\nmodel.read_only = False\nself.editor.set_locked(x)\nread_only = 1\nf(1)\n"
    assert [line for line, _ in locking_calls(code)] == [1, 2, 3]


def test_panels_follow_the_experiments_locks_and_no_one_locks_them_directly():
    """A lesson's locks and training's reach the table and the settings form as ``experiment.locks``
    (the table model and the form listen to ``experiment.events.locks``): the lesson modules lock no panel
    themselves, and nothing but the table model makes the table read-only."""
    lesson_modules = ("ui/lessons/lesson_player.py", "ui/lessons/lesson_author.py", "ui/lessons/lesson_inspector.py", "ui/lessons/lesson_panel.py",
                      "ui/classroom/classroom.py")
    offences = [f"playground/{name}:{line}: {text}" for name in lesson_modules
                for line, text in locking_calls(_source(name))]
    offences += [f"{path.relative_to(ROOT.parent)}:{line}: {text}"
                 for path in sorted((ROOT / "ui").rglob("*.py")) if path.name != "dataset_model.py"
                 for line, text in locking_calls(path.read_text(encoding="utf-8")) if "read_only" in text]
    assert offences == [], "\n".join(offences)
