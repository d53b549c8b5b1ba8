"""The hints after a run: each said only when it is true of the run's own rule.

The learning-rate hint: said when lr x (rows of one update) is large and the run went badly,
never otherwise; with Adam, when lr itself is large. The saturation warning and the plateau
hint's saturation sentence: only where the output's slope a*(1-a) scales the updates (the
notebook's loss), never for a linear or cross-entropy output.
"""

import os
import subprocess
import sys

import numpy as np
import pytest

from playground.core.data.dataset import generate
from playground.core.data.expression import fill_target
from playground.core.data.held_out import held_out_mask
from playground.core.explain.hints import learning_rate_hint, nice_below, run_learning_rate_hint
from playground.core.data.presets import NOTEBOOK, PRESETS, get_preset
from playground.core.helper.remote import Session
from playground.core.training.run import Job
from playground.core.training.training import Trainer, plateau_hint, saturation_warning

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def twelve_inputs():
    names = [chr(ord("a") + i) for i in range(12)]
    ds = generate(names, ["y"])
    ds.values[:, -1] = fill_target("a and b or c", ds)
    return ds


def trained(ds, settings, iterations):
    trainer = Trainer.from_settings(ds, settings.with_(iterations=iterations))
    trainer.run(iterations)
    return trainer


def curve_of(ds, settings, iterations):
    return trained(ds, settings, iterations).history.curve[1]


def window_hint(ds, settings):
    """The hint the window shows after a run: the helper's Session, as it trains and reports."""
    session = Session(Job(ds, settings, settings.iterations))
    result = session.trainer.run(settings.iterations)
    return session.snapshot(result.status, result.message).hint


def cli(*args):
    """`nn-playground ARGS` as a subprocess: (exit code, stderr)."""
    done = subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={**os.environ, "PYTHONWARNINGS": "error"})
    return done.returncode, done.stderr


def csv_of(ds, path) -> str:
    path.write_text(",".join(ds.names) + "\n" + "\n".join(",".join(f"{v:g}" for v in row) for row in ds.values)
                    + "\n", encoding="utf-8")
    return str(path)


def test_4096_rows_with_the_notebooks_rate_get_a_hint_and_the_proposed_rate_learns():
    ds = twelve_inputs()
    hint = learning_rate_hint(curve_of(ds, NOTEBOOK, 300), 1.0, ds.n_rows)
    assert hint is not None and "4,096 rows" in hint and "Try a learning rate of 0.005" in hint
    # the proposed rate learns the same table (the maths is unchanged: only the rate differs)
    errors = curve_of(ds, NOTEBOOK.with_(learning_rate=0.005), 300)
    assert errors[-1] < 0.05 and learning_rate_hint(errors, 0.005, ds.n_rows) is None


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_no_preset_gets_the_hint(name):
    preset = PRESETS[name]
    trainer = trained(preset.dataset(), preset.settings, min(preset.settings.iterations, 3000))
    assert run_learning_rate_hint(trainer) is None


def test_the_hint_needs_both_a_large_step_and_a_bad_curve():
    falling = 0.5 * np.exp(-np.linspace(0, 5, 100))
    rising = np.concatenate([falling[:20], np.full(80, 0.6)])
    swinging = 0.2 + 0.05 * (-1.0) ** np.arange(100)
    assert learning_rate_hint(falling, 1.0, 4096) is None  # large step, but it learns
    assert learning_rate_hint(rising, 1.0, 16) is None  # bad curve, small step
    assert "rose" in learning_rate_hint(rising, 1.0, 4096)
    assert "swings" in learning_rate_hint(swinging, 1.0, 4096)
    assert learning_rate_hint(np.array([np.nan, np.nan]), 1.0, 4096) is None


@pytest.mark.parametrize("value, nice", [(0.0078, 0.005), (0.031, 0.02), (0.5, 0.5), (1.0, 1.0), (3.9, 2.0)])
def test_nice_below(value, nice):
    assert nice_below(value) == pytest.approx(nice)


# -- the rows of one update: held-out rows are not in it; a mini-batch is all of it ----------------

def test_held_out_rows_are_not_counted_in_the_window_and_on_the_command_line(tmp_path):
    """4,096 rows, half held out: each update sums 2,048 rows, so the hint names 2,048 and proposes
    32 / 2,048 -> 0.01 (it said 4,096 rows and 0.005)."""
    ds = twelve_inputs()
    held = ds.copy()
    held.test = held_out_mask(0.5, ds.n_rows, NOTEBOOK.seed)
    hint = window_hint(held, NOTEBOOK.with_(iterations=300, log_every=100))
    assert hint is not None and "too large for 2,048 rows" in hint and "Try a learning rate of 0.01." in hint
    code, err = cli("train", csv_of(ds, tmp_path / "twelve.csv"), "--iterations", "300", "--test-fraction", "0.5")
    assert code == 0
    assert "hint:" in err and "too large for 2,048 rows" in err and "Try a learning rate of 0.01." in err


def test_a_small_mini_batch_gets_no_hint_for_the_tables_rows(tmp_path):
    """Batches of 16 rows at lr 1: each update sums 16 rows, a step of 16, not the table's 4,096."""
    ds = twelve_inputs()
    settings = NOTEBOOK.with_(iterations=300, log_every=100, batch_size=16)
    assert window_hint(ds, settings) is None
    code, err = cli("train", csv_of(ds, tmp_path / "twelve.csv"), "--iterations", "300", "--batch-size", "16")
    assert code == 0 and "hint:" not in err and "4,096" not in err


def test_a_large_mini_batch_gets_the_hint_for_its_own_rows():
    ds = twelve_inputs()
    hint = window_hint(ds, NOTEBOOK.with_(iterations=300, log_every=100, batch_size=512))
    assert hint is not None and "mini-batches of 512 rows" in hint and "Try a learning rate of 0.05." in hint
    assert "4,096" not in hint


def test_adam_gets_a_hint_about_its_rate_not_about_rows():
    """Adam moves each weight about lr per update whatever the rows: 'one step per row' is not true of it."""
    preset = get_preset("three-classes")
    hint = window_hint(preset.dataset(), preset.settings.with_(learning_rate=1000))
    assert hint is not None and "too large for Adam" in hint and "per row" not in hint
    assert "Try a learning rate of 0.01." in hint


# -- outputs stuck at 0 or 1: only where the output's slope scales the updates -----------------------

def test_a_linear_output_never_hears_its_outputs_are_stuck_at_0_or_1(tmp_path):
    csv = tmp_path / "line.csv"
    csv.write_text("x,y\n0,3\n1,5\n2,7\n3,9\n", encoding="utf-8")
    code, err = cli("train", str(csv), "--output", "linear", "--lr", "0.01", "--iterations", "50", "--bias")
    assert code == 0 and "stuck at 0 or 1" not in err and "saturate" not in err


def test_a_softmax_with_cross_entropy_never_hears_it_stopped_learning():
    """Cross-entropy's delta is Y - a: outputs at 0 or 1 still learn, so the warning would not be true."""
    preset = get_preset("three-classes")
    trainer = trained(preset.dataset(), preset.settings.with_(learning_rate=1000), 3000)
    assert saturation_warning(trainer) is None


def test_the_notebooks_loss_still_warns_and_proposes_a_smaller_rate():
    """lr 1 on batches of 1,024 rows throws the sigmoid outputs to 0 or 1; the rate proposed is smaller
    than the one used (it proposed 1, the rate in use)."""
    trainer = trained(twelve_inputs(), NOTEBOOK.with_(log_every=100, batch_size=1024), 300)
    warning = saturation_warning(trainer)
    assert warning is not None and "stuck at 0 or 1" in warning
    assert warning.endswith("such as 0.02")


def test_the_plateau_hint_blames_saturation_only_where_the_outputs_saturated():
    stuck = NOTEBOOK.with_(learning_rate=1000, log_every=100, hidden=())
    notebook = plateau_hint(trained(get_preset("notebook").dataset(), stuck, 2000))
    assert notebook is not None and "saturate at 0 or 1" in notebook and "such as 5." in notebook
    # cross-entropy at lr 50: the error freezes at 0.5, but its delta Y - a has no slope to vanish
    preset = get_preset("xor-perceptron")
    cross_entropy = plateau_hint(trained(preset.dataset(), preset.settings.with_(learning_rate=50,
                                                                                 loss="cross-entropy"), 3000))
    assert cross_entropy is not None and "stuck at 0.5" in cross_entropy and "saturate" not in cross_entropy


def test_the_plateau_hint_proposes_a_bias_only_when_it_is_off():
    preset = get_preset("xor-perceptron")  # bias on, no hidden layer: the error stays near 0.5
    on = plateau_hint(trained(preset.dataset(), preset.settings, 3000))
    off = plateau_hint(trained(preset.dataset(), preset.settings.with_(bias=False), 3000))
    assert on is not None and "bias" not in on
    assert off is not None and "turning bias on" in off
