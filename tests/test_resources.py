"""The app's data files: found from the source tree, an installed package and a frozen bundle; the icon set."""

import importlib.util
import shutil
import struct
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from playground import resources
from playground.resources import ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent


def _load(path: Path):
    """A script of packaging/ as a module, without putting packaging/ on sys.path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = _load(ROOT / "packaging" / "make_icons.py")


def distinct_colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def test_every_data_file_is_found_in_the_source_tree():
    assert resources.data_dir() == ROOT / "playground" / "data"
    for path in (resources.icon_svg(), resources.desktop_file(), resources.metainfo_file(), resources.mime_file(),
                 *(resources.icon_png(s) for s in ICON_SIZES)):
        assert path.is_file() and path.stat().st_size > 0, path


def test_a_frozen_app_looks_in_its_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.data_dir() == tmp_path / "playground" / "data"
    with pytest.raises(FileNotFoundError, match="desktop.*missing from"):
        resources.desktop_file()


def test_unknown_icon_size_is_refused():
    with pytest.raises(ValueError, match="no 20 px icon"):
        resources.icon_png(20)


def test_package_data_globs_cover_every_data_file():
    """pyproject's package-data must list every file in playground/data, or wheels would lack it."""
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in Python 3.11 and later")
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["playground"]
    data = ROOT / "playground" / "data"
    files = [p.relative_to(data.parent).as_posix() for p in data.rglob("*") if p.is_file()
             and "__pycache__" not in p.parts]
    assert files
    missing = [f for f in files if not any(fnmatch(f, g) for g in globs)]
    assert not missing, f"add to [tool.setuptools.package-data]: {missing}"


def test_an_installed_package_finds_its_data_files(tmp_path):
    """Build the package the way pip does (setuptools build_py) and run resources from the built copy."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        (src / name).write_bytes((ROOT / name).read_bytes())
    shutil.copytree(ROOT / "playground", src / "playground", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "built"
    build = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
                            "-d", str(out)], cwd=src, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    check = subprocess.run(
        [sys.executable, "-I", "-c", "import sys; sys.path.insert(0, sys.argv[1]); from playground import resources as r;"
         "print(r.data_dir()); print(r.desktop_file()); print(r.mime_file()); print(r.metainfo_file());"
         "print(r.icon_svg()); [print(r.icon_png(s)) for s in r.ICON_SIZES]", str(out)],
        capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    lines = check.stdout.split()
    assert lines[0] == str(out / "playground" / "data")
    assert all(line.startswith(str(out)) and Path(line).is_file() for line in lines[1:])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size_and_a_drawing(size):
    image = QImage(str(resources.icon_png(size)))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert QImage(image).pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
    assert distinct_colours(image) >= 10  # a drawing, not a blank square


def test_icon_uses_the_weight_palette():
    """Blue (positive) and vermillion (negative) edges appear, as in the network diagram."""
    image = QImage(str(resources.icon_png(256)))
    colours = {image.pixelColor(x, y).name().upper() for x in range(256) for y in range(256)}
    assert "#0072B2" in colours and "#D55E00" in colours


def test_ico_holds_pngs_of_the_declared_sizes():
    data = (resources.data_dir() / "icons" / "nn-playground.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1) and count == len(make_icons.ICO_SIZES)
    sizes = []
    for i in range(count):
        w, h, _colours, _res, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        png = data[offset:offset + length]
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and planes == 1 and bits == 32
        image = QImage.fromData(png, "PNG")
        declared = w or 256
        assert (image.width(), image.height()) == (declared, h or 256)
        sizes.append(declared)
    assert sizes == list(make_icons.ICO_SIZES)


def test_icns_holds_pngs_of_the_sizes_its_types_mean():
    data = (resources.data_dir() / "icons" / "nn-playground.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos:pos + 4].decode("ascii"), struct.unpack_from(">I", data, pos + 4)[0]
        image = QImage.fromData(data[pos + 8:pos + length], "PNG")
        found[kind] = image.width()
        assert image.width() == image.height()
        pos += length
    assert pos == len(data)
    assert found == dict(make_icons.ICNS_TYPES)


def test_committed_icons_match_their_svg_drawings(tmp_path, qapp):
    """After editing an SVG, run packaging/make_icons.py: the committed PNGs must be what it renders."""
    make_icons.make_icons(tmp_path)
    for size in ICON_SIZES:
        fresh = QImage(str(tmp_path / f"nn-playground-{size}.png"))
        committed = QImage(str(resources.icon_png(size)))
        assert fresh.size() == committed.size()
        # the same renderer gives the same pixels; allow a little for another Qt version's antialiasing
        diff = sum(abs(fresh.pixelColor(x, y).red() - committed.pixelColor(x, y).red())
                   + abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
                   for x in range(0, size, max(1, size // 64)) for y in range(0, size, max(1, size // 64)))
        samples = len(range(0, size, max(1, size // 64))) ** 2
        assert diff / samples < 4, f"{size} px icon differs from its SVG: run python packaging/make_icons.py"


def test_window_icon_and_desktop_file_name_are_set(qapp):
    from PySide6.QtGui import QGuiApplication

    from playground import DESKTOP_FILE_NAME
    from playground.app import make_app

    app = make_app()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(s, s) for s in ICON_SIZES} <= sizes
    # Wayland and KDE find the window's desktop entry (name, icon) by this name
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME == resources.desktop_file().stem
