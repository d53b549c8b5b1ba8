"""Runtime hook of the bundle: a stand-in for PySide6.QtOpenGL, which the bundle leaves out (9 MB).

pyqtgraph 0.14 imports ``PySide6.QtOpenGL`` when it loads its curve item, for an optional
OpenGL drawing path that is used only with ``pyqtgraph.setConfigOptions(useOpenGL=True)``.
The app never turns that on, so it never touches the module; this empty stand-in lets the
import succeed, and any use of it fails with a message that says why.
"""

import sys
import types


def _install_stand_in() -> None:
    name = "PySide6.QtOpenGL"
    if name in sys.modules:
        return
    module = types.ModuleType(name, "Left out of the NN Playground bundle (pyqtgraph's OpenGL drawing is off).")

    def __getattr__(attribute):  # noqa: N807 - a module's __getattr__ (PEP 562)
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        raise ImportError(f"{name}.{attribute}: QtOpenGL is not part of the NN Playground bundle")

    module.__getattr__ = __getattr__
    sys.modules[name] = module


_install_stand_in()
