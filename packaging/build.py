"""Build the one-folder bundle with PyInstaller, keep the log, and report the bundle's size.

    python packaging/build.py [--dist DIR] [--work DIR] [--archive]

Defaults: dist/ and build/ at the repository root. The full PyInstaller log is
written to WORK/build.log; the last lines print to stdout, then the bundle's
path, size and build time. With ``--archive`` it also packs the bundle as the file a
user downloads (``.tar.gz``; ``.zip`` on Windows) beside it in DIST and prints its size.
Exit status: PyInstaller's (0 = built).
Run it with the Python of the environment whose packages should go in the bundle
(``pip install -e '.[test]'`` brings PyInstaller).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from playground import APP_ID, APP_NAME, __version__  # noqa: E402

SPEC = HERE / "nn-playground.spec"


def folder_size(path: Path) -> int:
    """Bytes in all files under path (symlinks not followed, as an archive would store them)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            p = Path(dirpath) / name
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def bundle_path(dist: Path) -> Path:
    """The built app: the .app on macOS, the one-folder directory elsewhere."""
    return dist / f"{APP_NAME}.app" if sys.platform == "darwin" else dist / APP_ID


def executable_path(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_ID
    return dist / APP_ID / (APP_ID + (".exe" if sys.platform == "win32" else ""))


def make_archive(dist: Path) -> Path:
    """Pack the bundle as users download it: a .zip on Windows, a .tar.gz elsewhere (links stay links)."""
    bundle = bundle_path(dist)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    base = dist / f"{APP_ID}-{__version__}-{system}-{platform.machine().lower()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))


def build(dist: Path, work: Path, tail: int = 15) -> tuple[int, Path, float]:
    """Run PyInstaller on the spec; return (exit status, log path, seconds)."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / "build.log"
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(dist), "--workpath", str(work)]
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as out:
        out.write("$ " + " ".join(cmd) + "\n")
        out.flush()
        status = subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
    seconds = time.perf_counter() - started
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    print(f"--- last {tail} lines of {log} ---")
    print("\n".join(lines[-tail:]))
    return status, log, seconds


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build the NN Playground bundle with PyInstaller.")
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder and the log")
    p.add_argument("--archive", action="store_true", help="also pack the bundle as the file a user downloads")
    args = p.parse_args(argv)
    status, log, seconds = build(args.dist.resolve(), args.work.resolve())
    if status != 0:
        print(f"build failed (PyInstaller exit status {status}); full log: {log}", file=sys.stderr)
        return status
    bundle = bundle_path(args.dist.resolve())
    print(f"bundle: {bundle}")
    print(f"executable: {executable_path(args.dist.resolve())}")
    print(f"bundle size: {folder_size(bundle) / 1e6:.1f} MB")
    print(f"build time: {seconds:.0f} s")
    if args.archive:
        started = time.perf_counter()
        archive = make_archive(args.dist.resolve())
        print(f"archive: {archive}")
        print(f"archive size: {archive.stat().st_size / 1e6:.1f} MB (packed in {time.perf_counter() - started:.0f} s)")
    print(f"full log: {log}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
