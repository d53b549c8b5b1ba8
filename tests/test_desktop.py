"""Linux desktop integration: the desktop entry, AppStream metainfo and MIME type, installed and removed.

The validators come from Debian's desktop-file-utils, appstream and shared-mime-info
packages; .ci/run installs them, so in CI a missing tool fails instead of skipping.
"""

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from playground import APP_NAME, DESKTOP_FILE_NAME, __version__, desktop, resources

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run installs it")
        pytest.skip(f"{name} is not installed here (Debian: desktop-file-utils, appstream, shared-mime-info)")
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def run_cli(args: list[str], home: Path) -> subprocess.CompletedProcess:
    """``nn-playground ARGS`` in a process whose home and XDG data folder are ``home``."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    return subprocess.run([sys.executable, "-m", "playground", *args], env=env, capture_output=True, text=True)


# -- one source of truth: the files agree with playground/__init__.py ---------------------------

def test_desktop_file_names_the_app_as_the_package_does():
    entry = desktop_entry(resources.desktop_file())
    assert resources.desktop_file().name == f"{DESKTOP_FILE_NAME}.desktop"  # = QGuiApplication.desktopFileName
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == DESKTOP_FILE_NAME
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application name
    assert entry["Exec"] == "nn-playground-gui %f"
    assert entry["MimeType"] == f"{resources.MIME_TYPE};{resources.LESSON_MIME_TYPE};"
    assert entry["Terminal"] == "false" and entry["Type"] == "Application"


def test_metainfo_matches_the_package():
    root = ET.parse(resources.metainfo_file()).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == f"{DESKTOP_FILE_NAME}.desktop"
    assert root.find("releases/release").get("version") == __version__
    assert resources.MIME_TYPE in [m.text for m in root.iter("mediatype")]
    assert resources.LESSON_MIME_TYPE in [m.text for m in root.iter("mediatype")]
    assert {"nn-playground", "nn-playground-gui"} <= {b.text for b in root.iter("binary")}


@pytest.mark.parametrize("language", ["de", "es"])
def test_desktop_entry_and_metainfo_speak_every_shipped_language(language):
    """Software centres and menus show the app's description in the languages its window speaks."""
    from tests.test_translations import build_script

    assert language in build_script().LANGUAGES
    entry = desktop_entry(resources.desktop_file())
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[{language}]", "").strip(), key
        assert entry[f"{key}[{language}]"] != entry[key]
    root = ET.parse(resources.metainfo_file()).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert language in [x.text for x in root.iter("lang")]
    summaries = {s.get(lang): s.text for s in root.findall("summary")}
    assert summaries.get(language) and summaries[language] != summaries[None]
    for parent in [root.find("description"), *root.find("description").iter("ul")]:
        english = [e for e in parent if e.tag in ("p", "li") and e.get(lang) is None]
        translated = [e for e in parent if e.tag in ("p", "li") and e.get(lang) == language]
        assert english and len(translated) == len(english), parent.tag


def test_mime_types_are_json_with_the_nnp_and_nnlesson_globs():
    root = ET.parse(resources.mime_file()).getroot()
    document, lesson = root.findall(f"{MIME_NS}mime-type")
    for mime, kind, suffix in ((document, resources.MIME_TYPE, resources.DOCUMENT_SUFFIX),
                               (lesson, resources.LESSON_MIME_TYPE, resources.LESSON_SUFFIX)):
        assert mime.get("type") == kind
        assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*{suffix}"]
        assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
        assert mime.find(f"{MIME_NS}icon").get("name") == DESKTOP_FILE_NAME


def test_the_gui_entry_point_exists():
    """The desktop entry runs nn-playground-gui: pyproject must declare it as a GUI script."""
    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert '[project.gui-scripts]\nnn-playground-gui = "playground.cli:main"' in text


# -- the Exec line --------------------------------------------------------------------------------

@pytest.mark.parametrize("arg, quoted", [
    ("/usr/bin/nn-playground-gui", "/usr/bin/nn-playground-gui"),
    ("/home/ana/my apps/bin/nn-playground-gui", '"/home/ana/my apps/bin/nn-playground-gui"'),
    ("/opt/50%/run", "/opt/50%%/run"),
    ('/a "b"/c', '"/a \\\\"b\\\\"/c"'),
    ("/cost$/x", '"/cost\\\\$/x"'),
])
def test_exec_arguments_are_quoted_as_the_spec_asks(arg, quoted):
    assert desktop.quote_exec_arg(arg) == quoted


def test_exec_runs_this_installs_gui_command():
    text = desktop.desktop_entry_text(["/opt/nn playground/nn-playground"])
    lines = text.splitlines()
    assert 'Exec="/opt/nn playground/nn-playground" %f' in lines
    assert "TryExec=/opt/nn playground/nn-playground" in lines


def test_gui_command_is_the_script_beside_this_python():
    command = desktop.gui_command()
    assert Path(command[0]).exists()
    if len(command) == 1:
        assert Path(command[0]).name.startswith("nn-playground-gui")


def test_data_home_follows_xdg():
    assert desktop.data_home({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}) == Path("/x/share")
    assert desktop.data_home({"XDG_DATA_HOME": "relative/ignored", "HOME": "/h"}) == Path("/h/.local/share")
    assert desktop.data_home({"HOME": "/h"}) == Path("/h/.local/share")


# -- install, validate, uninstall -------------------------------------------------------------------

@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="desktop entries are a Linux desktop feature")
def test_install_validate_and_uninstall_in_a_temporary_home(tmp_path):
    validate_desktop = tool("desktop-file-validate")
    appstreamcli = tool("appstreamcli")
    tool("update-mime-database")
    tool("update-desktop-database")
    share = tmp_path / "share"

    run = run_cli(["--install-desktop-entry"], tmp_path)
    assert run.returncode == 0, run.stderr
    files = desktop.installed_files(share)
    for path in files:
        assert path.is_file() and f"installed {path}" in run.stdout
    assert "note:" not in run.stdout  # both cache tools ran and succeeded

    entry_file = share / "applications" / f"{DESKTOP_FILE_NAME}.desktop"
    check = subprocess.run([validate_desktop, str(entry_file)], capture_output=True, text=True)
    assert check.returncode == 0 and "error" not in check.stdout, check.stdout
    program = desktop_entry(entry_file)["Exec"].rsplit(" %f", 1)[0].strip('"')
    assert os.access(program.split(" -m ")[0], os.X_OK)  # the command it runs exists

    metainfo = share / "metainfo" / f"{DESKTOP_FILE_NAME}.metainfo.xml"
    check = subprocess.run([appstreamcli, "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    # the MIME database now maps *.nnp to our type, and the type to our desktop entry
    globs = (share / "mime" / "globs2").read_text()
    assert f"{resources.MIME_TYPE}:*.nnp" in globs
    assert f"{resources.LESSON_MIME_TYPE}:*.nnlesson" in globs
    subclasses = (share / "mime" / "subclasses").read_text()
    assert f"{resources.MIME_TYPE} application/json" in subclasses
    cache = (share / "applications" / "mimeinfo.cache").read_text()
    assert f"{resources.MIME_TYPE}={DESKTOP_FILE_NAME}.desktop;" in cache
    assert f"{resources.LESSON_MIME_TYPE}={DESKTOP_FILE_NAME}.desktop;" in cache
    for size in resources.ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_FILE_NAME}.png").is_file()

    # installing twice is harmless (files are replaced)
    assert run_cli(["--install-desktop-entry"], tmp_path).returncode == 0

    run = run_cli(["--uninstall-desktop-entry"], tmp_path)
    assert run.returncode == 0, run.stderr
    assert not any(path.exists() for path in files)
    assert "*.nnp" not in (share / "mime" / "globs2").read_text()
    assert resources.MIME_TYPE not in (share / "applications" / "mimeinfo.cache").read_text()

    run = run_cli(["--uninstall-desktop-entry"], tmp_path)
    assert run.returncode == 0 and "nothing to remove" in run.stdout


def test_uninstall_removes_only_our_files(tmp_path):
    share = tmp_path / "share"
    other = share / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    desktop.install(share, command=["/opt/nn-playground/nn-playground"])
    report = desktop.uninstall(share)
    assert sorted(report.files) == sorted(desktop.installed_files(share))
    assert other.read_text().startswith("[Desktop Entry]")


def test_missing_cache_tools_are_a_note_not_a_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(desktop.shutil, "which", lambda name: None)
    report = desktop.install(tmp_path / "share", command=["/opt/x/nn-playground"])
    assert len(report.files) == len(desktop.installed_files(tmp_path / "share"))
    assert any("update-mime-database is not installed" in note for note in report.notes)


def test_desktop_options_take_no_other_options(tmp_path):
    run = run_cli(["--install-desktop-entry", "--preset", "xor"], tmp_path)
    assert run.returncode == 2 and "take no other options" in run.stderr
    run = run_cli(["--install-desktop-entry", "--uninstall-desktop-entry"], tmp_path)
    assert run.returncode == 2 and "not allowed with" in run.stderr
    assert not (tmp_path / "share").exists()
