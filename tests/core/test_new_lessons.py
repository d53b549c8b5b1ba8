"""Lessons 07-11 (beyond the notebook): each passes the checker in every language, and every answer they
accept is the engine's.

Each predict step asks about an iteration not yet trained (the output after the next Step, the error after
Train, which test rows will be wrong), so its answer is on no screen before it is given. Here every expected
value, and every number an explanation quotes, is recomputed from the step's own state: trained headless with
the core Trainer (as ``nn-playground train`` does) and, where the sums are short, with NumPy by hand.
A headless walk goes through every step with wrong and right answers and the event its action asks for;
tests/ui/test_lessons.py plays the same lessons through the window (it walks every shipped lesson).
"""

import re
import subprocess
import sys

import numpy as np
import pytest

from playground import resources
from playground.core.lessons.lesson import (WEIGHTS, Event, action_done, check_choice, check_number, read_lesson)
from playground.core.lessons.lesson_translation import (lesson_in, lesson_texts, read_translation, translate_lesson,
                                                        translation_path)
from playground.core.nn.batches import BatchOrder
from playground.core.training.training import DIVERGED, DONE, Trainer

NAMES = ["07-divergence", "08-saturation", "09-mini-batches", "10-overfitting", "11-momentum-adam"]
PATHS = [resources.lessons_dir() / f"{name}.nnlesson" for name in NAMES]
LANGUAGES = ("de", "es")


def lesson(name: str):
    return read_lesson(resources.lessons_dir() / f"{name}.nnlesson")


def trainer_for(step_lesson, index: int, **changes) -> Trainer:
    """A Trainer on the state in force at step ``index`` (its settings changed by ``changes``), at its start."""
    doc, start = step_lesson.state_at(index)
    trainer = Trainer.from_settings(doc.dataset, doc.settings.with_(**changes))
    if start == WEIGHTS:
        trainer.network.set_state(doc.trained.weights, doc.trained.biases)
    return trainer


_RUNS: dict = {}  # (lesson title, step, changes) -> (trainer, result): the long runs, trained once, only read


def trained(step_lesson, index: int, until: int | None = None, **changes) -> tuple[Trainer, object]:
    """The step's run trained to iteration ``until`` (the step's iterations when None), and how it ended."""
    key = (step_lesson.title, index, until, tuple(sorted(changes.items())))
    if key not in _RUNS:
        trainer = trainer_for(step_lesson, index, **changes)
        iterations = step_lesson.state_at(index)[0].settings.with_(**changes).iterations
        _RUNS[key] = trainer, trainer.run(iterations if until is None else until)
    return _RUNS[key]


def logged(trainer: Trainer) -> dict[int, float]:
    """The log's Error: lines, iteration -> error."""
    its, errs = trainer.history.logged[:2]
    return dict(zip(its.tolist(), errs.tolist()))


def correct_choice(question) -> str:
    (text,) = [c.text for c in question.choices if c.correct]
    return text


def wrong_rows(outputs: np.ndarray, targets: np.ndarray) -> list[int]:
    """Rows whose error is above 0.5 (the output on the wrong side of 0.5), numbered from 0."""
    return np.nonzero(np.any(np.abs(targets - outputs) > 0.5, axis=1))[0].tolist()


def says(text: str, *numbers: str) -> None:
    for number in numbers:
        assert number in text, (number, text)


# -- the checker, in each language ---------------------------------------------------------------------------


def test_the_new_lessons_pass_the_lesson_checker():
    r = subprocess.run([sys.executable, "-m", "playground.cli", "lesson", "check", *map(str, PATHS)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count(": ok: ") == len(PATHS)


def test_the_new_lessons_ship_in_the_lessons_menu_after_the_notebooks_six():
    shipped = [p.stem for p in resources.shipped_lessons()]
    assert shipped[6:11] == NAMES


def _numbers(text: str) -> list[str]:
    """The numbers a text quotes outside its code spans and names (h1.1), as written in English (1,202, 0.055)."""
    return re.findall(r"(?<![A-Za-z\d.,])\d+(?:[.,]\d+)*", re.sub(r"`[^`]*`", "", text))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_every_new_lesson_is_translated_whole_within_the_limits_and_keeps_its_numbers(name, language):
    path = resources.lessons_dir() / f"{name}.nnlesson"
    english = read_lesson(path)
    texts = read_translation(translation_path(path, language), language)
    wanted = lesson_texts(english)
    assert set(texts) == set(wanted)  # nothing missing, nothing stale
    problems: list = []
    shown = lesson_in(english, path, language, problems)
    assert problems == []
    translate_lesson(english, texts, str(path))  # held to the limits a lesson's own texts are read with
    assert lesson_texts(shown) == [texts[t] for t in wanted]
    for step_en, step in zip(english.steps, shown.steps):  # the answers and the state never change
        assert (step.state, step.action, step.visible) == (step_en.state, step_en.action, step_en.visible)
    for text in wanted:
        if text in ("Adam", "Momentum"):
            continue
        assert texts[text] != text or not re.search("[a-z]{4}", text), text
        # a number keeps its value: 1,202 is 1.202 and 0.055 is 0,055 in German and Spanish
        for number in _numbers(text):
            local = number.translate(str.maketrans(",.", ".,"))
            assert local in texts[text], (number, local, texts[text])


# -- a headless walk: wrong answers refused, right ones accepted, each action recognised -----------------------


@pytest.mark.parametrize("name", NAMES)
def test_a_headless_walk_through_each_new_lesson_with_wrong_and_right_answers(name):
    walked = lesson(name)
    events = {"train": Event("train", iteration=1), "step": Event("step", iteration=1, count=1),
              "change_setting": Event("setting", setting="learning_rate")}
    for i, step in enumerate(walked.steps):
        q = step.question
        if q is not None and q.kind == "choice":
            for choice_index, choice in enumerate(q.choices):
                ok, text = check_choice(q, choice_index)
                assert ok == choice.correct
                assert text == (choice.feedback or q.explanation or "Right.") if ok else \
                    text == (choice.feedback or "Not quite: think again.")
                if not ok:
                    assert choice.feedback, (name, i, choice.text)  # every wrong choice says why
        elif q is not None:
            assert q.kind == "number"
            assert check_number(q, q.answer) == (True, q.explanation)
            assert not check_number(q, q.answer + 2 * (q.tolerance or 1) + 1)[0]
            assert not check_number(q, float("nan"))[0]
        assert step.action is not None and action_done(step.action, events[step.action.kind]), (name, i)
        assert not action_done(step.action, Event("edit_cell"))
        if q is not None and step.action.kind in ("train", "step"):  # a predict step: nothing it asks about
            doc, start = walked.state_at(i)  # is trained yet when it opens
            assert (doc.trained.iterations_done if start == WEIGHTS else 0) == 0


# -- 07: a learning rate too large ---------------------------------------------------------------------------

def _line(step_lesson, index):
    """x, y and the starting weight of lesson 07's one-weight network, and its learning rate."""
    doc, _start = step_lesson.state_at(index)
    return doc.dataset.X[:, 0], doc.dataset.Y[:, 0], float(doc.trained.weights[0][0, 0]), doc.settings.learning_rate


@pytest.mark.parametrize("index, error_after", [(0, "1.2"), (1, "7.2")])
def test_lesson_07_the_output_after_one_step_is_the_engines_and_the_hand_computed_one(index, error_after):
    les = lesson("07-divergence")
    q = les.steps[index].question
    x, y, w, lr = _line(les, index)
    by_hand = w + lr * np.sum(x * (y - w * x))  # w += lr * sum over rows of x * (y - w x)
    trainer = trainer_for(les, index)
    result = trainer.run(1)
    engine = float(trainer.network.predict(np.array([[1.0]]))[0, 0])
    assert result.status == DONE and engine == pytest.approx(by_hand, abs=1e-12)
    assert abs(engine - q.answer) <= q.tolerance and check_number(q, engine)[0]
    trainer.run(2)  # the error of the weights after that Step
    assert f"{logged(trainer)[1]:g}" == error_after
    says(q.explanation, f"{by_hand:g}", error_after)


def test_lesson_07_learning_rate_0_2_grows_every_iteration_until_the_run_diverges():
    les = lesson("07-divergence")
    q = les.steps[2].question
    trainer, result = trained(les, 2)
    _its, errors = trainer.history.curve
    assert result.status == DIVERGED and result.iteration == 1202
    assert np.all(np.diff(errors) > 0)  # it rises at every iteration, never settles
    assert "overflow" in correct_choice(q)
    says(q.explanation, f"{result.iteration:,}", "−1.8")
    _x, _y, _w, lr = _line(les, 2)
    assert 1 - lr * np.sum(_x ** 2) == pytest.approx(-1.8)


def test_lesson_07_the_edge_it_accepts_divides_falling_from_growing():
    les = lesson("07-divergence")
    q = les.steps[3].question
    x, _y, _w, _lr = _line(les, 3)
    assert abs(2 / np.sum(x ** 2) - q.answer) <= q.tolerance
    below, _ = trained(les, 3, until=50, learning_rate=q.answer - q.tolerance)
    above, _ = trained(les, 3, until=50, learning_rate=q.answer + q.tolerance)
    start = logged(below)[0]
    assert below.final_error() < start < above.final_error()
    own, _ = trained(les, 3)  # the step's own run, with lr 0.15, checks the answer: it grows
    assert own.final_error() > start
    _x, _y, _w, lr = _line(les, 3)
    says(q.explanation, f"{lr:g}", f"{1 - lr * np.sum(x ** 2):.1f}".replace("-", "−"))
    edge = trainer_for(les, 3, learning_rate=2 / np.sum(x ** 2))  # jumps between 0 and 4 for ever
    edge.run(50)
    assert edge.network.weights[0][0, 0] == pytest.approx(0.0, abs=1e-9)
    edge.run(51)
    assert edge.network.weights[0][0, 0] == pytest.approx(4.0)


# -- 08: saturated and dead units ------------------------------------------------------------------------------

def test_lesson_08_a_saturated_unit_hardly_moves_in_1500_iterations_then_learns_by_3000():
    les = lesson("08-saturation")
    q0, q1 = les.steps[0].question, les.steps[1].question
    half, result = trained(les, 0)
    assert result.status == DONE and result.iteration == 1500
    assert half.final_error() > 0.99 and correct_choice(q0).startswith("still above 0.99")
    says(q0.explanation, f"{half.final_error():.4f}", f"{half.iteration:,}")
    whole, _ = trained(les, 1)
    lines = logged(whole)
    assert whole.final_error() < 0.1 and correct_choice(q1) == "below 0.1"
    says(q1.explanation, f"{lines[1800]:.3f} at 1,800", f"{lines[2100]:.3f} at 2,100")


def test_lesson_08_dead_relu_units_keep_their_weights_and_row_2_stays_wrong():
    les = lesson("08-saturation")
    q = les.steps[2].question
    trainer = trainer_for(les, 2)
    net = trainer.network
    z = trainer.X @ net.weights[0] + net.biases[0]
    dead = np.nonzero(np.all(z <= 0, axis=0))[0].tolist()
    assert dead == [0, 2]  # h1.1 and h1.3, as the step's text says
    before = [net.weights[0].copy(), net.biases[0].copy()]
    trainer.run(les.state_at(2)[0].settings.iterations)
    assert np.array_equal(net.weights[0][:, dead], before[0][:, dead])
    assert np.array_equal(net.biases[0][..., dead], before[1][..., dead])
    assert not np.array_equal(net.weights[0][:, 1], before[0][:, 1])  # the live unit learns
    assert correct_choice(q) == "stay exactly as they are"
    assert wrong_rows(net.predict(trainer.X), trainer.Y) == [1]  # row 2
    says(q.explanation, "row 2", f"{trainer.final_error():.2f}")


def test_lesson_08_tanh_from_the_same_seed_learns_xor():
    les = lesson("08-saturation")
    q = les.steps[3].question
    trainer, _ = trained(les, 3)
    assert trainer.final_error() < 0.05 and correct_choice(q).startswith("below 0.05")
    assert wrong_rows(trainer.network.predict(trainer.X), trainer.Y) == []
    says(q.explanation, f"{trainer.final_error():.3f}")


# -- 09: mini-batches ---------------------------------------------------------------------------------------

def test_lesson_09_one_epoch_is_the_iterations_that_use_every_row_once():
    les = lesson("09-mini-batches")
    q = les.steps[0].question
    doc, _ = les.state_at(0)
    order = BatchOrder(doc.dataset.n_rows, doc.settings.batch_size, doc.settings.seed)
    epoch = [order.rows(t) for t in range(int(q.answer))]
    assert sorted(np.concatenate(epoch).tolist()) == list(range(doc.dataset.n_rows))
    assert order.per_epoch == q.answer == doc.dataset.n_rows / doc.settings.batch_size


def test_lesson_09_the_whole_table_in_every_update_ends_lower_than_batches_of_8():
    les = lesson("09-mini-batches")
    q = les.steps[1].question
    batches, _ = trained(les, 0)
    whole, _ = trained(les, 1)
    assert les.state_at(1)[0].settings.batch_size is None
    assert whole.final_error() < batches.final_error() and correct_choice(q) == "lower"
    says(q.explanation, f"{whole.final_error():.4f}", f"{batches.final_error():.3f}")


def test_lesson_09_with_one_row_an_update_the_last_500_iterations_jump_above_0_5():
    les = lesson("09-mini-batches")
    q = les.steps[2].question
    trainer, _ = trained(les, 2)
    its, errors = trainer.history.curve  # the error plot's points
    last = errors[its >= trainer.iteration - 500]
    assert last.max() > 0.5 and np.median(last) < 0.1
    assert correct_choice(q).startswith("jump about")
    says(q.explanation, f"{last.max():.2f}")


# -- 10: overfitting and L2 ------------------------------------------------------------------------------------

def _test_rows(trainer: Trainer, step_lesson, index: int) -> tuple[list[int], list[int]]:
    """(the table's 1-based numbers of the test rows, those among them the network gets wrong)."""
    numbers = (np.nonzero(step_lesson.state_at(index)[0].dataset.test_mask)[0] + 1).tolist()
    wrong = wrong_rows(trainer.network.predict(trainer.X_test), trainer.Y_test)
    return numbers, [numbers[i] for i in wrong]


def test_lesson_10_with_no_l2_the_training_rows_are_learnt_by_heart_and_2_test_rows_are_wrong():
    les = lesson("10-overfitting")
    q = les.steps[0].question
    trainer, _ = trained(les, 0)
    numbers, wrong = _test_rows(trainer, les, 0)
    assert len(numbers) == 8 and len(wrong) == q.answer == 2
    assert wrong_rows(trainer.network.predict(trainer.X), trainer.Y) == []  # the flipped rows too
    assert trainer.final_error() < 0.01
    says(q.explanation, f"Rows {wrong[0]} and {wrong[1]}", f"{trainer.test_error():.2f}")


def test_lesson_10_a_little_l2_gets_one_more_test_row_right_and_shrinks_the_weights():
    les = lesson("10-overfitting")
    q = les.steps[1].question
    plain, _ = trained(les, 0)
    decayed, _ = trained(les, 1)
    _numbers, wrong = _test_rows(decayed, les, 1)
    assert len(wrong) == q.answer == 1
    assert decayed.test_error() < plain.test_error()

    def squares(trainer):
        return sum(float(np.sum(w ** 2)) for w in trainer.network.weights)
    says(q.explanation, f"row {wrong[0]}", f"{plain.test_error():.2f} to {decayed.test_error():.2f}",
         f"{squares(plain):,.0f} to {squares(decayed):,.0f}")


def test_lesson_10_too_much_l2_learns_almost_nothing():
    les = lesson("10-overfitting")
    q = les.steps[2].question
    trainer, _ = trained(les, 2)
    assert abs(trainer.final_error() - 0.5) < 0.01 and correct_choice(q).startswith("about 0.5")
    says(q.explanation, f"{trainer.final_error():.4f}")


# -- 11: momentum and Adam -------------------------------------------------------------------------------------

def _first_line_below(trainer: Trainer, level: float) -> int | None:
    return next((i for i, e in logged(trainer).items() if e < level), None)


@pytest.mark.parametrize("index, first", [(0, 7000), (1, 1000)])
def test_lesson_11_the_log_line_where_the_error_first_falls_below_0_1(index, first):
    les = lesson("11-momentum-adam")
    q = les.steps[index].question
    trainer, _ = trained(les, index)
    assert _first_line_below(trainer, 0.1) == first
    assert correct_choice(q) == f"iteration {first:,}"
    lines = logged(trainer)
    says(q.explanation, f"{lines[first]:.3f} at {first:,}")
    if index == 0:
        says(q.explanation, f"{lines[first - 1000]:.3f} at {first - 1000:,}")


def test_lesson_11_adam_is_below_0_01_at_iteration_1000():
    les = lesson("11-momentum-adam")
    q = les.steps[2].question
    trainer, _ = trained(les, 2)
    at_1000 = logged(trainer)[1000]
    assert at_1000 < 0.01 and correct_choice(q) == "below 0.01"
    its, errors = trainer.history.curve  # the error plot's points
    first = int(its[np.argmax(errors < 0.1)])
    says(q.explanation, f"{at_1000:.4f} at 1,000", f"by iteration {first}")


def test_lesson_11_adam_with_smaller_steps_settles_with_rows_2_and_4_at_0_5():
    les = lesson("11-momentum-adam")
    q = les.steps[3].question
    doc, _ = les.state_at(3)
    assert (doc.settings.optimizer, doc.settings.learning_rate) == ("adam", 0.01)
    trainer, _ = trained(les, 3)
    outputs = trainer.network.predict(trainer.X)[:, 0]
    undecided = (np.nonzero(np.abs(outputs - 0.5) < 0.01)[0] + 1).tolist()
    assert undecided == [2, 4]
    assert np.all(np.abs(outputs - trainer.Y[:, 0])[[0, 2]] < 0.01)  # the other two rows are learnt
    assert abs(trainer.final_error() - 0.25) < 0.005 and correct_choice(q).startswith("stuck near 0.25")
    says(q.explanation, f"{trainer.final_error():.3f}", "rows 2 and 4")
    faster, _ = trained(les, 2)  # the steps of 0.1 went past that dip
    assert faster.final_error() < 0.01
