"""The convergence study window: a study in a helper process, curves, histogram and a count a class can read."""

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.training.study import Study
from playground.core.training.training import Trainer
from playground.ui.study.study_panel import FINAL_POINTS, SAMPLE_CURVES, StudyWindow
from tests.ui.test_error_plot import tick_texts

TIMEOUT = 60_000
XOR = get_preset("xor")
XOR2 = XOR.settings.with_(hidden=(2,))


@pytest.fixture
def study_window(qtbot):
    w = StudyWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()


def run(qtbot, window, count, settings=XOR2, dataset=None):
    window.set_experiment(dataset or XOR.dataset(), settings)
    window.seeds_spin.setValue(count)
    with qtbot.waitSignal(window.studyFinished, timeout=TIMEOUT) as blocker:
        assert window.start()
    return blocker.args[0]


def curves_drawn(item) -> int:
    x, y = item.getData()
    return 0 if x is None else int(np.isnan(x).sum())  # one NaN after every curve


def test_study_shows_every_seeds_curve_the_histogram_and_how_many_learnt(qtbot, study_window):
    result = run(qtbot, study_window, 12)
    assert result.status == "done" and result.iteration == XOR2.iterations
    assert result.seeds.tolist() == list(range(1, 13))
    # the same numbers as the core study run here, and as single trainings
    reference = Study(XOR.dataset(), XOR2, 12, record_every=result.recorded_iterations[1])
    reference.run()
    np.testing.assert_array_equal(result.final_errors, reference.final_errors())
    for j in (0, 7):
        trainer = Trainer.from_settings(XOR.dataset(), XOR2.with_(seed=1 + j))
        trainer.run(XOR2.iterations)
        assert result.final_errors[j] == pytest.approx(trainer.final_error(), abs=1e-9)
    target = study_window.target_spin.value()
    reached = result.final_errors <= target
    assert curves_drawn(study_window.reached_curves) == reached.sum()
    assert curves_drawn(study_window.stuck_curves) == (~reached).sum()
    assert study_window.bars.opts["height"].sum() == 12
    text = study_window.summary_label.text()
    assert f"{reached.sum()} of 12 runs" in text and "best seed" in text
    assert study_window.start_button.isEnabled() and not study_window.stop_button.isEnabled()


def test_changing_the_target_recounts_without_retraining(qtbot, study_window):
    result = run(qtbot, study_window, 8)
    study_window.target_spin.setValue(0.9)
    assert "8 of 8 runs" in study_window.summary_label.text()
    assert curves_drawn(study_window.stuck_curves) == 0
    study_window.target_spin.setValue(0.0001)
    assert f"{int((result.final_errors <= 0.0001).sum())} of 8 runs" in study_window.summary_label.text()


def test_stop_ends_a_long_study_with_the_networks_so_far(qtbot, study_window):
    study_window.set_experiment(XOR.dataset(), XOR2.with_(iterations=10**8, log_every=10**6))
    study_window.seeds_spin.setValue(256)
    with qtbot.waitSignal(study_window.controller.progressed, timeout=TIMEOUT):
        study_window.start()
    assert study_window.stop_button.isEnabled() and not study_window.start_button.isEnabled()
    with qtbot.waitSignal(study_window.studyFinished, timeout=TIMEOUT) as blocker:
        study_window.stop_button.click()
    result = blocker.args[0]
    assert result.status == "stopped" and 0 < result.iteration < 10**8
    assert result.final_errors.shape == (256,) and np.isfinite(result.final_errors).all()
    assert "stopped at iteration" in study_window.summary_label.text()


def test_a_running_study_draws_a_band_and_a_sample_then_every_curve(qtbot, study_window):
    """256 curves are too many to redraw live: a percentile band, the median and a sample while
    running; every seed's curve (thinned to FINAL_POINTS) once finished."""
    study_window.set_experiment(XOR.dataset(), XOR2.with_(iterations=40000))  # long enough for live updates
    study_window.seeds_spin.setValue(256)
    seen = []

    def check(progress) -> None:
        if progress.status is not None:
            return
        drawn = [curves_drawn(study_window.reached_curves), curves_drawn(study_window.stuck_curves)]
        visible = {name: band[2].isVisible() for name, band in study_window.bands.items()}
        seen.append((drawn, visible))

    study_window.controller.progressed.connect(check)
    with qtbot.waitSignal(study_window.studyFinished, timeout=TIMEOUT) as blocker:
        assert study_window.start()
    result = blocker.args[0]
    assert seen, "no live update arrived"
    for drawn, visible in seen:
        assert all(d <= SAMPLE_CURVES for d in drawn) and sum(drawn) >= 1
        assert any(visible.values())  # at least one colour has more runs than the sample
    reached = result.final_errors <= study_window.target_spin.value()
    assert curves_drawn(study_window.reached_curves) == reached.sum()
    assert curves_drawn(study_window.stuck_curves) == (~reached).sum()
    assert not any(band[2].isVisible() for band in study_window.bands.values())
    item = study_window.stuck_curves if (~reached).any() else study_window.reached_curves
    x, _ = item.getData()
    per_curve = len(x) // curves_drawn(item) - 1  # points of one curve (each is followed by a NaN)
    assert per_curve <= FINAL_POINTS + 1
    assert x[per_curve - 1] == result.recorded_iterations[-1]  # the last recorded point is kept


def test_a_blocked_setting_cannot_start(qtbot, study_window):
    study_window.set_experiment(XOR.dataset(), XOR2, "row 1, column 3: targets must lie between 0 and 1")
    assert not study_window.start_button.isEnabled() and not study_window.start()
    assert "Cannot study" in study_window.setting_label.text()


def test_the_window_opens_the_study_with_its_setting(qtbot):
    from playground.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.load_preset("xor")
    w.study_action.trigger()
    study = w.study_window
    assert study is not None and study.isVisible()
    assert "hidden 3" in study.setting_label.text() and "seeds" in study.setting_label.text()
    study.seeds_spin.setValue(4)
    with qtbot.waitSignal(study.studyFinished, timeout=TIMEOUT) as blocker:
        study.start()
    assert blocker.args[0].seeds.tolist() == [1, 2, 3, 4]
    # a study started later trains what the window shows then
    w.controls.set_settings(w.settings().with_(seed=10, hidden=(2,)))
    with qtbot.waitSignal(study.studyFinished, timeout=TIMEOUT) as blocker:
        study.start_button.click()
    assert blocker.args[0].seeds.tolist() == [10, 11, 12, 13]
    assert "hidden 2" in study.setting_label.text()
    w.close()
    assert not study.controller.thread_running()


def test_while_a_study_runs_the_plots_ranges_hold_until_the_data_leaves_them(qtbot, study_window):
    """Redrawing the axes at every update cost 2-3 ms each: while running, the ranges change only when
    the errors cross into another decade (or a bar outgrows the count axis); finished, they fit the data."""
    from playground.core.training.study import StudyProgress

    study_window.set_experiment(XOR.dataset(), XOR2)
    k, n, total = 64, 300, 30000
    its = np.linspace(0, total, n + 1)[1:]
    rng = np.random.default_rng(3)
    start = 0.5 * (1 + 0.1 * rng.random((k, 1)))

    def progress(done: int, floor: float, status=None) -> StudyProgress:
        m = int(n * done / total)
        fall = start * (floor / 0.5) ** (np.arange(m)[None, :] / max(m - 1, 1))
        final = fall[:, -1].copy() if status else None
        return StudyProgress(done, total, np.arange(1, k + 1), its[:m], fall, np.full(k, -1), final,
                             0.05, status)

    def ranges():
        return [tuple(np.round(np.ravel(plot.getPlotItem().getViewBox().viewRange()), 9))
                for plot in (study_window.curves_plot, study_window.histogram_plot)]

    seen, heights = [], []
    qtbot.waitUntil(lambda: study_window.curves_plot.height() > 100)
    for done, floor in ((3000, 0.3), (6000, 0.25), (9000, 0.2), (12000, 0.15), (15000, 0.12), (18000, 0.02),
                        (21000, 0.015)):
        study_window.controller.progressed.emit(progress(done, floor))
        seen.append(ranges())
        qtbot.wait(1)  # layout
        heights.append(study_window.curves_plot.height())
        (x0, x1), (y0, y1) = study_window.curves_plot.getPlotItem().getViewBox().viewRange()
        assert x0 <= 0 and x1 >= total  # the whole study's iterations, from the start
        assert y0 <= np.log10(floor) and y1 >= np.log10(0.55)  # every error drawn is in view
    curves = [r[0] for r in seen]
    assert curves[:5] == [curves[0]] * 5  # 0.3 .. 0.12: the same decade, the same range
    assert curves[5] != curves[4] and curves[6] == curves[5]  # 0.02 is another decade
    study_window.controller.finished.emit(progress(total, 0.019, status="done"))
    qtbot.wait(1)
    heights.append(study_window.curves_plot.height())
    # The summary keeps two lines' room, one-line live counts and the longer final one alike: a
    # summary that changed height resized both plots, and every axis was drawn again.
    assert heights == [heights[0]] * len(heights)
    view = study_window.curves_plot.getPlotItem().getViewBox()
    # fitted to the data again (log10(0.019) = -1.72, a little padding), not held at the decade below (-2)
    qtbot.waitUntil(lambda: -1.9 < view.viewRange()[1][0] <= np.log10(0.019))


def test_the_empty_state_shows_errors_up_to_1_the_iterations_and_the_target(qtbot, study_window):
    import math

    study_window.set_experiment(XOR.dataset(), XOR2)
    study_window.target_spin.setValue(0.05)
    study_window.resize(1000, 640)
    study_window.grab()
    curves, hist = study_window.curves_plot.getPlotItem(), study_window.histogram_plot.getPlotItem()
    (x0, x1), (y0, y1) = curves.viewRange()
    assert y1 < 0.1 and y0 < math.log10(0.05)  # log10 units: up to 1 (an error never exceeds it), the target inside
    assert x0 <= 0 and XOR2.iterations <= x1 <= 1.1 * XOR2.iterations
    assert study_window.target_line.value() == pytest.approx(math.log10(0.05))
    assert study_window.hist_target.value() == pytest.approx(math.log10(0.05))
    (h0, h1), _ = hist.viewRange()
    assert h0 < math.log10(0.05) < h1 < 0.1
    for plot in (curves, hist):
        for name in ("left", "bottom"):
            texts = tick_texts(plot.getAxis(name))
            assert texts, name
            for i, (a, ta) in enumerate(texts):
                for b, tb in texts[i + 1:]:
                    assert not a.intersects(b), (name, ta, tb)
    # the first results: the plots follow the data again
    result = run(qtbot, study_window, 4)
    assert result.status == "done"
    assert curves.getViewBox().autoRangeEnabled()[1]
