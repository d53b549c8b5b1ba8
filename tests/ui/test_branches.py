"""A branch's change and a run's label in the interface language (playground.ui.run.branches); the record keeps the
English words of playground.core.training.branch_rules."""

from playground.core.training import branch_rules as rules
from playground.core.data.settings import Settings
from playground.ui.run.branches import branched_text, run_label, shown_part, weight_change


def test_each_part_of_a_change_is_shown_as_the_record_says_it(qapp):
    s = Settings()
    parts = rules.settings_parts(s, s.with_(learning_rate=2.0, bias=True))
    parts += rules.settings_parts(s, s.with_(learning_rate=2.0, bias=True, seed=5))
    parts += [rules.ChangePart("row 5 added", rules.ROW_ADDED, (5,)), rules.ChangePart("2 rows edited",
                                                                                      rules.ROWS_EDITED, (2,))]
    assert [shown_part(p) for p in parts] == [p.english for p in parts]  # the tests' interface is English


def test_a_typed_weight_is_named_one_based(qapp):
    english, local = weight_change("syn0", 0, 1, 2.0)
    assert english == "weight syn0[1, 2] = 2" and local == english


def test_a_branch_and_a_run_are_labelled_as_the_legend_shows_them(qapp):
    assert branched_text(30000, "learning rate 1 → 2") == "branched at 30,000: learning rate 1 → 2"
    s = Settings(hidden=(4, 3), bias=True, seed=7)
    assert run_label(s, "xor") == rules.english_label(s, "xor") == "xor · hidden 4,3 · lr 1 · sigmoid · bias · seed 7"
