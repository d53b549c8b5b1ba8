"""A run's legend says what ran: exact iterations (never a rounded '9.99k'), and the optimiser, batch and L2."""

from PySide6.QtCore import QLocale

from playground.core.data.presets import get_preset
from playground.ui.run.branches import run_label
from playground.ui.views.error_legend import legend_iterations


def test_iterations_are_short_only_when_that_is_exact():
    assert legend_iterations(60_000) == "60k"
    assert legend_iterations(1_500) == QLocale().toString(1_500)
    assert legend_iterations(10_000_000) == "10M"
    assert legend_iterations(500) == "500"
    assert legend_iterations(9_990) == QLocale().toString(9_990)
    assert legend_iterations(59_968) == QLocale().toString(59_968)  # not '60k'


def test_the_label_names_what_differs_from_the_notebooks_rule():
    plain = get_preset("notebook").settings
    assert run_label(plain) == "hidden 4 · lr 1 · sigmoid · no bias · seed 1"  # the notebook's run: as before
    label = run_label(plain.with_(optimizer="adam", batch_size=2, l2=0.001))
    assert label == "hidden 4 · lr 1 · sigmoid · no bias · seed 1 · adam · batch 2 · L2 0.001"

