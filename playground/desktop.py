"""Install or remove the app's desktop entry for the current user (Linux and other freedesktop.org desktops).

``nn-playground --install-desktop-entry`` copies into ``$XDG_DATA_HOME`` (default
``~/.local/share``):

    applications/<DESKTOP_FILE_NAME>.desktop              the launcher; Exec is this install's GUI command
    icons/hicolor/<N>x<N>/apps/<DESKTOP_FILE_NAME>.png     the icon at every size, and scalable/ as SVG
    mime/packages/<DESKTOP_FILE_NAME>.xml                   application/x-nn-playground = *.nnp
    metainfo/<DESKTOP_FILE_NAME>.metainfo.xml               AppStream metainfo

then refreshes the desktop's caches with ``update-desktop-database`` and
``update-mime-database`` when they are installed, so a double-clicked ``.nnp``
document opens in the app. ``--uninstall-desktop-entry`` removes exactly these files.

The ``Exec`` line names the command of the install that ran the installer (the
bundle's executable, or ``nn-playground-gui`` next to this Python), because a
virtual environment's ``bin`` is usually not on the desktop's PATH.

No Qt here: this runs on machines without display libraries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from playground import DESKTOP_FILE_NAME
from playground import resources
from playground.core.files.fileio import atomic_write_bytes

GUI_SCRIPT = "nn-playground-gui"


@dataclass
class Report:
    """What an install or uninstall did: the files, and what each cache tool said."""

    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the XDG spec says)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".local" / "share"


def gui_command() -> list[str]:
    """The command that opens this install's window: the frozen executable, the GUI script, or python -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    bindir = Path(sys.executable).parent
    for name in (GUI_SCRIPT, GUI_SCRIPT + ".exe"):
        if (bindir / name).is_file():
            return [str(bindir / name)]
    found = shutil.which(GUI_SCRIPT)
    if found:
        return [found]
    return [sys.executable, "-m", "playground"]


def quote_exec_arg(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry spec asks.

    Inside double quotes, `"`, `` ` ``, `$` and `\\` are escaped with a backslash;
    then the whole value's backslashes are doubled again, because Exec is also a
    string value whose escapes are read first. A literal `%` is written `%%`.
    """
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return quoted.replace("\\", "\\\\")


def desktop_entry_text(command: list[str]) -> str:
    """The packaged desktop entry with Exec and TryExec pointing at ``command``."""
    lines = []
    for line in resources.desktop_file().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(quote_exec_arg(a) for a in command) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _targets(home: Path) -> list[tuple[Path, Path | None]]:
    """(installed path, packaged source) for every file; source None means generated (the .desktop)."""
    icons = home / "icons" / "hicolor"
    items: list[tuple[Path, Path | None]] = [
        (home / "applications" / f"{DESKTOP_FILE_NAME}.desktop", None),
        (home / "mime" / "packages" / f"{DESKTOP_FILE_NAME}.xml", resources.mime_file()),
        (home / "metainfo" / f"{DESKTOP_FILE_NAME}.metainfo.xml", resources.metainfo_file()),
        (icons / "scalable" / "apps" / f"{DESKTOP_FILE_NAME}.svg", resources.icon_svg()),
    ]
    for size in resources.ICON_SIZES:
        items.append((icons / f"{size}x{size}" / "apps" / f"{DESKTOP_FILE_NAME}.png", resources.icon_png(size)))
    return items


def installed_files(home: Path | None = None) -> list[Path]:
    """Where install() puts each file."""
    return [dest for dest, _ in _targets(home or data_home())]


def _write_atomically(path: Path, data: bytes) -> None:
    """All or nothing, as the app saves documents; OSError if something other than a file is at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, data)


def _refresh_caches(home: Path, report: Report) -> None:
    """Run the desktop's cache tools when they exist; a missing or failing tool is a note, not an error."""
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # an icon-theme.cache older than its folder is ignored, so new icons show
    for tool, folder in (("update-desktop-database", home / "applications"),
                         ("update-mime-database", home / "mime")):
        exe = shutil.which(tool)
        if exe is None:
            report.notes.append(f"{tool} is not installed; the desktop will notice the changes after the next login")
            continue
        if not folder.is_dir():
            continue
        run = subprocess.run([exe, str(folder)], capture_output=True, text=True)
        if run.returncode != 0:
            detail = (run.stderr or run.stdout).strip().splitlines()
            report.notes.append(f"{tool} failed ({run.returncode}): {detail[0] if detail else 'no message'}")


def install(home: Path | None = None, command: list[str] | None = None) -> Report:
    """Install the desktop entry, icons, MIME type and metainfo for the current user."""
    if sys.platform in ("win32", "darwin"):
        raise OSError("desktop entries are for Linux desktops; on Windows and macOS use the app bundle "
                      "(see packaging/README.md)")
    home = home or data_home()
    report = Report()
    for dest, source in _targets(home):
        data = desktop_entry_text(command or gui_command()).encode("utf-8") if source is None else source.read_bytes()
        _write_atomically(dest, data)
        report.files.append(dest)
    _refresh_caches(home, report)
    return report


def uninstall(home: Path | None = None) -> Report:
    """Remove what install() wrote (and nothing else), then refresh the caches."""
    home = home or data_home()
    report = Report()
    for dest in installed_files(home):
        if dest.exists():
            dest.unlink()
            report.files.append(dest)
    _refresh_caches(home, report)
    return report
