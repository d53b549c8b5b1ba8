"""Lesson 12 (the loss landscape of two weights): every answer it accepts and every number it quotes is the
engine's, recomputed here from the steps' own states with the core Trainer and core.landscape."""

import numpy as np
import pytest

from playground import resources
from playground.core.landscape.sharpness import edge_of_stability, sharpness
from playground.core.landscape.slice import error_slice
from playground.core.lessons.lesson import check_choice, check_number, read_lesson
from playground.core.lessons.lesson_translation import read_translation, translate_lesson, translation_path
from playground.core.training.training import Trainer

PATH = resources.lessons_dir() / "12-landscape.nnlesson"


@pytest.fixture(scope="module")
def lesson():
    return read_lesson(PATH)


def path_of(lesson, index: int, **changes) -> tuple[np.ndarray, Trainer]:
    """The step's run, one update at a time: the weights (syn0[0, 0], syn0[1, 0]) after each, from the start."""
    doc, _start = lesson.state_at(index)
    trainer = Trainer.from_settings(doc.dataset, doc.settings.with_(**changes))
    points = [trainer.network.weights[0].ravel().copy()]
    for i in range(doc.settings.iterations):
        trainer.run(i + 1, progress_interval=1e9)
        points.append(trainer.network.weights[0].ravel().copy())
    return np.array(points), trainer


def test_the_network_has_two_weights_whose_valley_is_sixteen_times_as_steep_across(lesson):
    doc, _ = lesson.state_at(0)
    trainer = Trainer.from_settings(doc.dataset, doc.settings)
    assert [w.shape for w in trainer.network.weights] == [(2, 1)] and trainer.network.biases is None
    # the loss's Hessian is X^T X = diag(4, 0.25): the sharpness is 4, the curvature along syn0[1, 0] 0.25
    assert sharpness(doc.dataset, doc.settings, trainer.network).value == pytest.approx(4.0, abs=1e-6)
    # the exact slice is the whole landscape; its lowest point is (1, 1), error 0
    land = error_slice(doc.dataset, doc.settings, trainer.network, "syn0[0, 0]", "syn0[1, 0]", (0, 2), (0, 2), 21)
    i, j = np.unravel_index(np.argmin(land.errors), land.errors.shape)
    assert (land.coordinates[0][i], land.coordinates[1][j]) == (1.0, 1.0) and land.errors[i, j] == 0.0
    # steepness across (change of the error one step from the floor): syn0[0, 0] moves it 4x as much
    assert land.errors[i + 1, j] == pytest.approx(4 * land.errors[i, j + 1])
    question = lesson.steps[0].question
    (right,) = [k for k, c in enumerate(question.choices) if c.correct]
    assert check_choice(question, right)[0] and question.choices[right].text.startswith("Steep across syn0[0, 0]")


def test_at_0_45_the_path_bounces_with_ratio_minus_0_8_and_settles(lesson):
    points, trainer = path_of(lesson, 1)
    distance = points[:, 0] - 1
    ratios = distance[1:] / distance[:-1]
    assert np.allclose(ratios, -0.8, atol=1e-9)  # every step, exactly 1 - 0.45 * 4
    question = lesson.steps[1].question
    assert check_number(question, float(ratios[0]))[0]
    assert np.all(np.sign(distance[1:]) != np.sign(distance[:-1]))  # from wall to wall
    assert abs(distance[-1]) < 1e-3 * abs(distance[0])  # and settles
    slow, _ = path_of(lesson, 0)  # 0.1: along the flat floor syn0[1, 0] moves slower
    assert abs(points[-1, 1] - 1) < abs(slow[-1, 1] - 1)


def test_at_0_55_each_step_lands_higher(lesson):
    points, trainer = path_of(lesson, 2)
    distance = points[:, 0] - 1
    assert np.allclose(distance[1:] / distance[:-1], -1.2, atol=1e-9)
    first, last = trainer.history.curve[1][0], trainer.history.curve[1][-1]
    assert last > 100 * first
    question = lesson.steps[2].question
    (right,) = [k for k, c in enumerate(question.choices) if c.correct]
    assert "higher" in question.choices[right].text
    assert any("1.2" in c.feedback for c in question.choices if not c.correct)  # a wrong choice's feedback says why


def test_the_edge_of_stability_is_two_over_the_sharpness(lesson):
    doc, _ = lesson.state_at(3)
    edge = 2 / sharpness(doc.dataset, doc.settings, None).value
    assert check_number(lesson.steps[3].question, edge)[0]
    assert edge_of_stability(doc.settings) == pytest.approx(2 / doc.settings.learning_rate)
    below, _ = path_of(lesson, 3, learning_rate=0.49)
    above, _ = path_of(lesson, 3, learning_rate=0.51)
    assert abs(below[-1, 0] - 1) < abs(below[0, 0] - 1) < abs(above[-1, 0] - 1)


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_translations_keep_the_answers(lesson, language):
    texts = read_translation(translation_path(PATH, language), language)
    translated = translate_lesson(lesson, texts)
    for step, original in zip(translated.steps, lesson.steps):
        assert step.question.kind == original.question.kind
        assert step.question.answer == original.question.answer
        assert step.text != original.text
