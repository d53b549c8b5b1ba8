"""No module reads or writes another object's underscore attributes: ``x._name`` only for x = self or cls."""

import ast
import pathlib

import playground

ROOT = pathlib.Path(playground.__file__).parent


def private_accesses(source: str) -> list[tuple[int, str]]:
    """(line, text) of every ``x._name`` whose x is not ``self`` or ``cls`` (dunder names are public)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or (name.startswith("__") and name.endswith("__")):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        found.append((node.lineno, f"{ast.unparse(owner)}.{name}"))
    return found


def test_the_checker_finds_what_it_should():
    code = "self._a = 1\ncls._b\nother._c = 2\nself.w._d\nx.__class__\nf()._e\n"
    assert [text for _, text in private_accesses(code)] == ["other._c", "self.w._d", "f()._e"]


def test_no_module_reaches_into_another_objects_underscore_attributes():
    offences = [f"{path.relative_to(ROOT.parent)}:{line}: {text}"
                for path in sorted(ROOT.rglob("*.py"))
                for line, text in private_accesses(path.read_text(encoding="utf-8"))]
    assert offences == [], "\n".join(offences)


def private_imports(source: str) -> list[tuple[int, str]]:
    """(line, text) of every ``from playground... import _name`` (dunder names are public)."""
    return [(node.lineno, f"from {node.module} import {alias.name}")
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "playground"
            for alias in node.names
            if alias.name.startswith("_") and not (alias.name.startswith("__") and alias.name.endswith("__"))]


def test_no_module_imports_another_modules_private_names():
    """A name another module needs is public (documents.read_text, fileio.os_reason, documents.csv_field)."""
    assert [t for _, t in private_imports("from playground.core.x import _a, b, __version__\nfrom os import _exit\n")] \
        == ["from playground.core.x import _a"]
    offences = [f"{path.relative_to(ROOT.parent)}:{line}: {text}"
                for path in sorted(ROOT.rglob("*.py"))
                for line, text in private_imports(path.read_text(encoding="utf-8"))]
    assert offences == [], "\n".join(offences)
