"""What the classroom and the lesson player are handed instead of the main window (playground.ui.window_ports):
the window's requests as callables that look the method up when called, and the parts by name."""

from playground.core.lessons.lesson import PANELS
from playground.ui.window_ports import classroom_parts, lesson_parts, window_port


def test_the_port_asks_the_window_at_call_time(qtbot, window, monkeypatch):
    port = window_port(window)
    assert port.settings() == window.settings() and port.dataset() == window.dataset()
    assert port.blocking_reason() == window.blocking_reason()
    port.show_status("Saved a copy")
    assert window.statusBar().currentMessage() == "Saved a copy"
    calls = []
    monkeypatch.setattr(window, "train", lambda *args, **kwargs: calls.append((args, kwargs)) or False)
    assert port.train(until=5) is False  # the replaced method, not the one bound when the port was made
    assert calls == [((), {"until": 5})]


def test_the_parts_are_the_windows_own(qtbot, window):
    parts = classroom_parts(window)
    assert parts.run is window.run and parts.seed_spin is window.controls.seed_spin
    assert parts.reset_action is window.reset_action and parts.table is window.table
    lesson = lesson_parts(window)
    assert set(lesson.panels) <= set(PANELS)  # named as the lesson format names them
    assert lesson.panels["diagram"] == (window.network_view,) and lesson.tabs is window.tabs
