"""Lessons through the window, offscreen: every shipped lesson played from the first step to the last."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground import resources
from playground.core.explain.inspection import trace_iteration
from playground.core.lessons.lesson import PANELS, WEIGHTS, read_lesson
from playground.core.nn.network import Network
from playground.core.training.study import Study
from playground.ui.classroom import presentation
from playground.ui.main_window import MainWindow

TIMEOUT = 60_000
LESSONS = resources.shipped_lessons()



def panel_shown(w, name: str) -> bool:
    """Whether the window shows the panel a lesson calls ``name`` (read from the widgets themselves)."""
    c, t = w.classroom, w.classroom.transport
    tab = {"predictions": "Predictions", "log": "Log", "decision_map": "Decision map"}.get(name)
    if tab is not None:
        index = next(i for i in range(w.tabs.count()) if w.tabs.tabText(i) == tab)
        return w.tabs.isVisibleTo(w) and w.tabs.isTabVisible(index)
    return {"dataset": lambda: w.table.isVisibleTo(w), "settings": lambda: w.settings_box.isVisibleTo(w),
            "train": w.train_action.isVisible, "reset": w.reset_action.isVisible,
            "play": t.play_action.isVisible, "step": t.step_action.isVisible,
            "speed": lambda: t.speed_slider.isVisibleTo(w), "plot": lambda: w.error_plot.isVisibleTo(w),
            "diagram": lambda: w.network_view.isVisibleTo(w), "inspector": c.inspector_dock.isVisible,
            "history": lambda: c.history_bar.isVisibleTo(w)}[name]()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def run_and_wait(qtbot, w, action):
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        action.trigger()


def type_answer(qtbot, panel, value):
    panel.answer_edit.setText(repr(float(value)))
    click(qtbot, panel.check_button)


def expected_trace(doc, start):
    """The iteration the step's Step will do, computed by the core from the step's state alone."""
    ds, s = doc.dataset, doc.settings
    net = Network([len(ds.input_columns), *s.hidden, len(ds.target_columns)], activation=s.activation, bias=s.bias,
                  seed=s.seed, learning_rate=s.learning_rate)
    if start == WEIGHTS:
        net.set_state(doc.trained.weights, doc.trained.biases)
    return trace_iteration(net, ds.X, ds.Y)


def do_action(qtbot, w, step, doc, start):
    """Do what the step asks, as a student would; for a prediction, first wrong (sign flipped), then right."""
    t = w.classroom.transport
    player, kind = w.lessons, step.action.kind
    if kind == "train":
        run_and_wait(qtbot, w, w.train_action)
    elif kind in ("step", "step_n"):
        if kind == "step_n":
            t.step_n_spin.setValue(step.action.n)
        button = t.step_action if kind == "step" else t.step_n_action
        q = step.question
        if q is not None and q.kind == "prediction":
            actual = expected_trace(doc, start)[q.quantity].value[q.row, q.column]
            type_answer(qtbot, player.panel, -actual)  # the error's sign flipped
            with qtbot.waitSignal(player.predictionChecked, timeout=TIMEOUT) as got:
                button.trigger()
            feedback = got.args[0]
            assert not feedback.correct and feedback.actual == actual
            assert feedback.factor.endswith("_error") and player.panel.feedback_label.text()
            from playground.ui.language import current_language
            english = current_language() == "en"
            assert "sign" in player.panel.feedback_label.text() or not english
            assert not player.is_complete()
            qtbot.waitUntil(lambda: not w.run.running and w.run.iteration == 0, timeout=TIMEOUT)
            type_answer(qtbot, player.panel, round(actual, 4))
            assert "Locked in" in player.panel.feedback_label.text() or not english
        run_and_wait(qtbot, w, button)
    elif kind == "play_to":
        w.controls.iterations_spin.setValue(max(w.settings().iterations, step.action.n))
        run_and_wait(qtbot, w, t.play_action)
    elif kind == "change_setting":
        setting = step.action.setting or "seed"
        s = w.settings()
        new = {"seed": 1 if s.seed != 1 else 2, "learning_rate": 2.0 if s.learning_rate != 2.0 else 1.0,
               "iterations": s.iterations + 1, "hidden": (3,), "bias": not s.bias,
               "activation": "tanh", "log_every": s.log_every + 1}[setting]
        w.controls.set_settings(s.with_(**{setting: new}))
    elif kind == "edit_cell":
        w.editor.set_cell(0, 0, 1.0 - w.dataset().values[0, 0])


def answer_question(qtbot, panel, question):
    """A wrong answer is refused, then the right one accepted (predictions are checked by their action).

    The feedback's words are checked in English; in German and Spanish its colour (and that there is one)."""
    from playground.ui.language import current_language

    english = current_language() == "en"
    if question.kind == "choice":
        wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
        right = next(i for i, c in enumerate(question.choices) if c.correct)
        panel.choice_buttons()[wrong].click()
        assert panel.feedback_label.text() == (question.choices[wrong].feedback or "Not quite: think again.") \
            or not english and panel.feedback_label.text()
        assert "B3261E" in panel.feedback_label.styleSheet()
        panel.choice_buttons()[right].click()
    elif question.kind == "number":
        type_answer(qtbot, panel, question.answer + 1 + abs(question.answer))
        assert panel.feedback_label.text().startswith("Not quite") or not english and panel.feedback_label.text()
        assert "B3261E" in panel.feedback_label.styleSheet()
        type_answer(qtbot, panel, question.answer)
    assert "0B6E2E" in panel.feedback_label.styleSheet()


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_every_shipped_lesson_plays_from_first_to_last_step(qtbot, window, path):
    w, lesson = window, read_lesson(path)
    player = w.lessons
    assert player.open_file(str(path), ask=False)
    assert player.dock.isVisible()
    for i, step in enumerate(lesson.steps):
        assert player.index == i
        assert player.panel.progress_label.text() == f"Step {i + 1} of {len(lesson.steps)}"
        doc, start = lesson.state_at(i)
        if step.state is not None:  # the step's state is loaded
            assert w.settings() == doc.settings
            assert w.dataset().names == doc.dataset.names
            assert np.array_equal(w.dataset().values, doc.dataset.values)
            if start == WEIGHTS:
                for a, b in zip(w.shown_network().weights, doc.trained.weights):
                    assert np.array_equal(a, b)
        # the named panels are shown, the others hidden (a toolbar hides a hidden action's widget, such as the
        # speed slider beside Step, when it next lays itself out)
        qtbot.waitUntil(lambda: [n for n in PANELS if panel_shown(w, n) != (step.visible is None or n in step.visible)]
                        == [], timeout=5000)
        assert player.is_complete() == (step.action is None and step.question is None)
        if step.question is not None and step.question.kind != "prediction":
            answer_question(qtbot, player.panel, step.question)
        if step.action is not None:
            assert player.panel.action_label.text().startswith("To do:")
            do_action(qtbot, w, step, doc, start)
            assert player.action_is_done, (i, step.action)
            assert player.panel.action_label.text().startswith("✓ Done:")
        assert player.is_complete(), i
        click(qtbot, player.panel.next_button)
    assert player.lesson is None and not player.dock.isVisible()
    qtbot.waitUntil(lambda: [name for name in PANELS if name != "inspector" and not panel_shown(w, name)] == [])
    assert presentation.settings().value(f"lessons/{path.name}") == "done"


def test_progress_is_kept_and_a_lesson_reopens_where_it_was(qtbot, window):
    path = LESSONS[0]
    player = window.lessons
    player.open_file(str(path), ask=False)
    click(qtbot, player.panel.next_button)
    click(qtbot, player.panel.next_button)
    player.close()
    assert all(panel_shown(window, n) for n in PANELS if n != "inspector")
    menu_texts = []
    player.menu.aboutToShow.emit()
    menu_texts = [a.text() for a in player.menu.actions()]
    assert any("(reached step 3)" in t for t in menu_texts)
    assert sum(1 for t in menu_texts if t.split(".")[0].isdigit()) == len(LESSONS)  # "1. ...", ..., "11. ..."
    player.open_file(str(path), ask=False)
    assert player.index == 2
    assert window.settings() == read_lesson(path).steps[0].state.settings  # the state in force is loaded
    click(qtbot, player.panel.back_button)
    assert player.index == 1


def test_a_broken_lesson_is_named_and_changes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "bad.nnlesson"
    bad.write_text('{"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [{"text": "x", '
                   '"state": {"preset": "xor"}, "visible": ["sofa"]}]}', encoding="utf-8")
    before = window.dataset().values.copy()
    from playground.core.lessons.lesson import LessonError
    with pytest.raises(LessonError, match=r"steps\[0\]\.visible\[0\]: unknown panel 'sofa'"):
        window.open_path(str(bad))
    assert window.lessons.lesson is None and np.array_equal(window.dataset().values, before)


def test_the_seeds_lessons_study_answer_is_what_the_study_finds():
    """Lesson 5 asks how many of 64 seeds reach the target: the number it accepts is the engine's."""
    lesson = read_lesson(resources.lessons_dir() / "05-seeds.nnlesson")
    step = next(s for s in lesson.steps if s.question is not None and s.question.kind == "number")
    doc = step.state
    study = Study(doc.dataset, doc.settings, 64)
    study.run()
    assert study.summary()["reached"] == step.question.answer


def test_stepping_before_predicting_puts_the_step_back(qtbot, window):
    player = window.lessons
    player.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)
    player.go(2)
    assert player.lesson.steps[2].question.kind == "prediction"
    run_and_wait(qtbot, window, window.classroom.transport.step_action)
    assert "Lock in a prediction first" in player.panel.feedback_label.text()
    qtbot.waitUntil(lambda: not window.run.running and window.run.iteration == 0)
    assert not player.action_is_done and not player.is_complete()


def test_the_weight_lesson_2_says_increases_most_is_the_engines():
    """Lesson 2 asks which weight of syn1 increases most in the Step: the choice it accepts is the engine's, the
    other three updates are negative (their feedback says they decrease), and the step hides the weights too, since
    syn1 before and after the Step would give the update away by subtraction."""
    lesson = read_lesson(resources.lessons_dir() / "02-hidden-layer.nnlesson")
    i, step = next((i, s) for i, s in enumerate(lesson.steps) if s.question and "increase the most" in s.question.prompt)
    assert step.action.kind == "step"
    update = expected_trace(*lesson.state_at(i))["syn1 update"]
    increases_most = update.row_names[int(np.argmax(update.value[:, 0]))]
    right = [c.text for c in step.question.choices if c.correct]
    assert right == [f"{increases_most} → y"]
    for choice in step.question.choices:
        row = update.row_names.index(choice.text.split(" ")[0])
        assert (update.value[row, 0] > 0) == choice.correct
        assert choice.correct or "decreases" in choice.feedback
    assert {"syn1 update", "weights"} <= set(step.hidden())


def test_every_kind_of_action_is_recognised_through_the_window(qtbot, window, tmp_path):
    """The actions no shipped lesson asks for: Step N, Play to an iteration, editing a cell, any setting."""
    import json

    steps = [{"text": "Step 10", "state": {"preset": "notebook"}, "action": {"type": "step_n", "n": 10}},
             {"text": "Play to 300", "action": {"type": "play_to", "iteration": 300}},
             {"text": "Edit a cell", "action": {"type": "edit_cell"}},
             {"text": "Any setting", "action": {"type": "change_setting"}}]
    path = tmp_path / "actions.nnlesson"
    path.write_text(json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "Actions", "steps": steps}),
                    encoding="utf-8")
    w, player = window, window.lessons
    t = w.classroom.transport
    assert player.open_file(str(path), ask=False)
    t.step_n_spin.setValue(5)  # the wrong count first
    run_and_wait(qtbot, w, t.step_n_action)
    assert not player.action_is_done
    t.step_n_spin.setValue(10)
    run_and_wait(qtbot, w, t.step_n_action)
    assert player.action_is_done
    player.next()
    w.controls.iterations_spin.setValue(300)
    run_and_wait(qtbot, w, t.play_action)
    assert w.run.iteration == 300 and player.action_is_done
    player.next()
    w.controls.seed_spin.setValue(7)  # a setting is not a cell
    assert not player.action_is_done
    w.editor.set_cell(0, 0, 1.0)
    assert player.action_is_done
    player.next()
    w.controls.lr_spin.setValue(0.5)
    assert player.action_is_done and player.is_complete()


def test_a_wrong_prediction_outlines_its_factors_in_the_inspector(qtbot, window):
    player = window.lessons
    player.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)
    player.go(2)
    qtbot.waitUntil(lambda: window.classroom.inspector.trace() is not None)
    actual = window.classroom.inspector.trace()["l2_delta"].value[2, 0]
    type_answer(qtbot, player.panel, -actual)
    run_and_wait(qtbot, window, window.classroom.transport.step_action)
    panel = window.classroom.inspector
    assert (2, 0) in panel.matrix("l2_error").marked_cells() and (2, 0) in panel.matrix("l2_delta").marked_cells()
    assert "l2_error" in panel.feedback_label.text()


@pytest.mark.parametrize("stored", ["²", "٣", "-1", "99999"])
def test_a_stored_progress_that_is_not_a_step_number_opens_the_first_step(qtbot, window, stored):
    path = LESSONS[0]
    presentation.settings().setValue(f"lessons/{path.name}", stored)
    player = window.lessons
    player.menu.aboutToShow.emit()  # the menu's progress marks read the same value
    assert any("reached step" in a.text() for a in player.menu.actions()) == (stored.isascii() and stored.isdigit())
    player.open_file(str(path), ask=False)
    assert player.index == 0
