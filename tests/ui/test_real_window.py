"""A real window on an X server (Xvfb, xcb platform): start, train the xor preset, screenshot."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


@pytest.fixture
def xvfb_display():
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: .ci/run installs it (apt-get install xvfb)")
        pytest.skip("Xvfb is not installed here (apt-get install xvfb)")
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients
    proc = subprocess.Popen([xvfb, "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        number = proc.stdout.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stdout.close()


@pytest.mark.slow
def test_real_window_trains_xor_and_saves_a_screenshot(xvfb_display, tmp_path, qapp):
    shot = tmp_path / "xor.png"
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    r = subprocess.run([sys.executable, "-m", "playground", "--screenshot", str(shot), "--preset", "xor", "--train",
                        "--size", "1280x800"], env=env, capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    image = QImage(str(shot))
    assert not image.isNull() and (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 20  # a drawn window, not a blank frame
