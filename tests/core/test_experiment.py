"""The Experiment without Qt: one event per change with old and new, exact undo and redo, tables that
are never changed once handed out, and locks that refuse commands with a sentence."""

import numpy as np
import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from playground.core.data.dataset import INPUT, TARGET, generate
from playground.core.data.experiment import (CELLS, COLUMNS_CHANGED, COLUMNS_INSERTED, COLUMNS_REMOVED, RESET,
                                        ROWS_CHANGED, ROWS_INSERTED, ROWS_REMOVED, CommandHistory, CommandRefused,
                                        Experiment, LessonPosition, Locks, ReplaceExperiment, SetSettings)
from playground.core.data.table_edits import (FillColumn, InsertColumn, InsertRows, Paste, RemoveColumns, RemoveRows,
                                         RenameColumn, SetBlock, SetCells, SetRoles, SetTestRows)
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings


def xor():
    return generate(["a", "b"], ["y"], np.array([0, 1, 1, 0], float))


def listen(experiment):
    """Every change told, as (event name, change)."""
    seen = []
    for name in ("dataset", "settings", "lesson", "locks"):
        getattr(experiment.events, name).connect(lambda change, name=name: seen.append((name, change)))
    return seen


def state(e: Experiment):
    ds = e.dataset
    return list(ds.names), list(ds.roles), ds.values.copy(), ds.test_mask.copy(), e.settings


def same(a, b) -> bool:
    return (a[0] == b[0] and a[1] == b[1] and a[2].shape == b[2].shape and np.array_equal(a[2], b[2])
            and np.array_equal(a[3], b[3]) and a[4] == b[4])


COMMANDS = {
    "set cells": (lambda: SetCells([0, 3], [2, 0], [1.0, 0.5]), [CELLS]),
    "set block": (lambda: SetBlock(1, 0, [[0.5, 0.25], [1, 1]]), [CELLS]),
    "paste growing": (lambda: Paste(3, 2, [[1, 0.5], [0, 1]], [("y2", TARGET)]),
                      [ROWS_INSERTED, COLUMNS_INSERTED, CELLS]),
    "insert rows": (lambda: InsertRows(1, 2, [[1, 1, 1], [0, 0, 0]], [True, False]), [ROWS_INSERTED]),
    "remove rows": (lambda: RemoveRows([0, 2, 3]), [ROWS_REMOVED, ROWS_REMOVED]),
    "test rows": (lambda: SetTestRows([1, 2], True), [ROWS_CHANGED]),
    "insert column": (lambda: InsertColumn(2, "c", INPUT, [1, 2, 3, 4]), [COLUMNS_INSERTED]),
    "remove columns": (lambda: RemoveColumns([0, 1]), [COLUMNS_REMOVED, COLUMNS_REMOVED]),
    "rename": (lambda: RenameColumn(1, "q"), [COLUMNS_CHANGED]),
    "roles": (lambda: SetRoles([0, 1], TARGET), [COLUMNS_CHANGED]),
    "fill": (lambda: FillColumn(2, [1, 0, 0, 1]), [CELLS]),
    "fill new": (lambda: FillColumn(3, [1, 0, 0, 1], ("z", TARGET)), [COLUMNS_INSERTED]),
    "replace": (lambda: ReplaceExperiment(get_preset("majority3").dataset(), get_preset("majority3").settings),
                [RESET]),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_tells_once_and_undo_redo_restore_exactly(name):
    make, kinds = COMMANDS[name]
    e = Experiment(xor())
    history = CommandHistory(e)
    seen = listen(e)
    before, table = state(e), e.dataset
    history.do(make())
    after = state(e)
    assert not same(before, after)
    tables = [c for n, c in seen if n == "dataset"]
    assert len(tables) == 1 and tables[0].old is table and tables[0].new is e.dataset
    assert [s.kind for s in tables[0].steps] == kinds and tables[0].steps[-1].dataset is e.dataset
    seen.clear()
    history.undo()
    assert same(state(e), before) and e.dataset is table  # the very table it started from
    tables = [c for n, c in seen if n == "dataset"]
    assert len(tables) == 1 and tables[0].new is table
    history.redo()
    assert same(state(e), after)


def test_undo_steps_walk_back_through_the_same_tables():
    e = Experiment(xor())
    history = CommandHistory(e)
    history.do(Paste(3, 0, [[1, 1, 1, 1], [0, 0, 0, 0]], [("y2", TARGET)]))
    seen = listen(e)
    history.undo()
    steps = seen[0][1].steps
    assert [s.kind for s in steps] == [CELLS, COLUMNS_REMOVED, ROWS_REMOVED]
    assert [s.dataset.values.shape for s in steps] == [(5, 4), (5, 3), (4, 3)]


def test_a_table_handed_out_is_never_changed_by_later_edits():
    e = Experiment(xor())
    history = CommandHistory(e)
    handed = e.dataset
    kept = handed.values.copy()
    history.do(SetCells([0], [0], [0.75]))
    assert handed.values[0, 0] == 0 and np.array_equal(handed.values, kept)
    with pytest.raises(ValueError):
        handed.values[0, 0] = 1  # read-only: nobody can change it in place either
    assert e.dataset.values[0, 0] == 0.75


@st.composite
def edits(draw):
    """A random command that fits a 4 x 3 table of XOR."""
    kind = draw(st.sampled_from(["cells", "rows", "remove", "column", "test", "roles"]))
    if kind == "cells":
        n = draw(st.integers(1, 5))
        return SetCells(draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)),
                        draw(st.lists(st.integers(0, 2), min_size=n, max_size=n)),
                        draw(st.lists(st.floats(-10, 10), min_size=n, max_size=n)))
    if kind == "rows":
        return InsertRows(draw(st.integers(0, 4)), draw(st.integers(1, 3)))
    if kind == "remove":
        return RemoveRows(draw(st.lists(st.integers(0, 3), min_size=1, max_size=3)))
    if kind == "column":
        return InsertColumn(draw(st.integers(0, 3)), "new", draw(st.sampled_from([INPUT, TARGET])))
    if kind == "test":
        return SetTestRows(draw(st.lists(st.integers(0, 3), max_size=3)), draw(st.booleans()))
    return SetRoles(draw(st.lists(st.integers(0, 2), min_size=1, max_size=3)), draw(st.sampled_from([INPUT, TARGET])))


@hypothesis_settings(max_examples=60, deadline=None)
@given(edits())
def test_any_edit_leaves_the_table_handed_out_before_it_as_it_was(command):
    e = Experiment(xor())
    handed = e.dataset
    names, roles, values, test = list(handed.names), list(handed.roles), handed.values.copy(), handed.test_mask.copy()
    CommandHistory(e).do(command)
    assert handed.names == names and handed.roles == roles
    assert np.array_equal(handed.values, values) and np.array_equal(handed.test_mask, test)
    assert e.dataset is not handed


def test_settings_edits_merge_per_field_and_typing_back_leaves_nothing():
    e = Experiment(xor())
    history = CommandHistory(e)
    seen = listen(e)
    for lr in (0.5, 0.05, 0.055):  # typed digit by digit
        history.do(SetSettings({"learning_rate": lr}))
    history.do(SetSettings({"seed": 7}))
    assert len(history.done) == 2 and [c.old for n, c in seen][:2] == [Settings(), Settings(learning_rate=0.5)]
    assert all(n == "settings" for n, _ in seen) and len(seen) == 4  # one event per change
    history.undo()
    assert e.settings == Settings(learning_rate=0.055)
    history.undo()
    assert e.settings == Settings() and not history.done
    history.redo()
    assert e.settings == Settings(learning_rate=0.055)
    history.do(SetSettings({"seed": 5}))
    history.do(SetSettings({"seed": 1}))  # back to where it was: nothing left to undo for it
    assert len(history.done) == 1


def test_an_unchanged_value_tells_nobody():
    e = Experiment(xor())
    seen = listen(e)
    e.update(settings=Settings(), locks=Locks(), lesson=None)
    assert seen == []
    e.update(lesson=LessonPosition("xor.nnlesson", 2))
    assert [(n, c.old, c.new) for n, c in seen] == [("lesson", None, LessonPosition("xor.nnlesson", 2))]


def test_listeners_see_the_whole_new_state():
    e = Experiment(xor())
    preset = get_preset("majority3")
    told = []
    e.events.dataset.connect(lambda change: told.append(e.settings))
    CommandHistory(e).do(ReplaceExperiment(preset.dataset(), preset.settings))
    assert told == [preset.settings]


def test_locks_refuse_commands_with_a_sentence_and_change_nothing():
    e = Experiment(xor())
    history = CommandHistory(e)
    history.do(SetCells([0], [0], [1.0]))
    e.update(locks=e.locks.with_(running=True))
    before = state(e)
    for command in (SetCells([1], [1], [0.0]), SetSettings({"seed": 3})):
        with pytest.raises(CommandRefused, match="while training"):
            history.do(command)
    with pytest.raises(CommandRefused, match="while training"):
        history.undo()
    assert same(state(e), before) and len(history.done) == 1
    e.update(locks=Locks(table=True, settings={"learning_rate"}))
    assert "keeps the table" in e.refusal(InsertRows(0, 1))
    assert "keeps the learning rate" in e.refusal(SetSettings({"learning_rate": 0.1}))
    assert e.refusal(SetSettings({"seed": 2})) is None
    history.do(SetSettings({"seed": 2}))
    assert e.settings.seed == 2


def test_a_command_that_does_not_fit_changes_nothing():
    e = Experiment(xor())
    seen = listen(e)
    for command in (SetCells([9], [0], 1.0), RemoveRows([7]), InsertRows(9, 1), SetBlock(3, 2, [[1, 1]])):
        with pytest.raises((IndexError, ValueError)):
            CommandHistory(e).do(command)
    assert seen == [] and e.dataset.n_rows == 4
