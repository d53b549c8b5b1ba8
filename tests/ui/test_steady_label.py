"""SteadyLabel: the labels a training run changes 30 times a second repaint, never re-lay the window out."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from playground.ui.kit.steady_label import SteadyLabel

TIMEOUT = 60_000


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives (each one lays out all it holds)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_training_run_does_not_lay_the_window_out_for_every_snapshot(qtbot, window):
    window.controls.iterations_spin.setValue(60000)
    requests = LayoutRequests(window)
    snapshots = []
    window.run.changed.connect(snapshots.append)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    # The counters moved with every snapshot ...
    assert len(snapshots) >= 10
    assert window.status_label.text().startswith("Done at iteration 60,000")
    assert window.classroom.transport.iteration_label.text() == "Iteration 60,000"
    assert window.classroom.scrubber.label.text() == "iteration 60,000 (latest)"
    # ... while the window was laid out only when the run started and ended (controls locked, unlocked),
    # not once a snapshot (each of the three counters did that before).
    assert requests.count < len(snapshots) / 2


def test_the_status_label_is_a_label_with_the_runs_sentence_for_a_screen_reader(window):
    label = window.findChild(QLabel, "statusLabel")
    assert label is window.status_label
    assert label.text() == "Ready: press Train (F5)"
    assert label.accessibleName() == "Ready: press Train (F5)"


def test_a_text_as_wide_as_the_sample_keeps_the_size_hint_and_a_wider_one_grows_it(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = SteadyLabel("Iteration 1,000,000,000")
    QHBoxLayout(holder).addWidget(label)
    holder.show()
    qtbot.waitExposed(holder)
    QApplication.sendPostedEvents()  # showing it laid it out
    hint = label.sizeHint()
    requests = LayoutRequests(holder)
    for n in ("Iteration 1", "Iteration 999,999", "Iteration 1,000,000,000"):
        label.setText(n)
        QApplication.sendPostedEvents()  # a layout request would be delivered now
        assert label.text() == n and label.sizeHint() == hint
    assert requests.count == 0
    label.setText("Iteration 1,000,000,000  (looking back)")
    assert label.sizeHint().width() > hint.width()
    qtbot.waitUntil(lambda: requests.count == 1)
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_a_cut_text_is_whole_in_the_tooltip(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = SteadyLabel("short", elide=True)
    QHBoxLayout(holder).addWidget(label)
    holder.resize(120, 40)
    holder.show()
    qtbot.waitExposed(holder)
    long = "The helper process has not answered for 12 s; press Stop to end the run"
    label.setText(long)
    assert label.text() == long and label.toolTip() == long
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(long)  # never widens the window
    label.setText("Ready")
    assert label.toolTip() == ""


def test_a_bigger_font_asks_for_a_bigger_size(qtbot):
    label = SteadyLabel("iteration 1,000,000,000 (latest)")
    qtbot.addWidget(label)
    before = label.sizeHint()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)  # presentation mode
    after = label.sizeHint()
    assert after.width() > before.width() and after.height() > before.height()
