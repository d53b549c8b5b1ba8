"""What a branch of the run tree is called, and which state a branch may go on from (playground.ui.branches)."""

from dataclasses import replace

import numpy as np

from playground.core.dataset import Dataset
from playground.core.network import Network
from playground.core.run_record import MAX_CHECKPOINTS, Checkpoint
from playground.core.settings import Settings
from playground.ui import branches

XOR = Dataset(["a", "b", "y"], ["input", "input", "target"], [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]])


def point(iteration: int, value: float = 0.5, optimizer=None) -> Checkpoint:
    return Checkpoint(iteration, (np.full((2, 4), value), np.full((4, 1), value)), None, optimizer)


def test_a_settings_change_is_named_by_its_fields(qapp):
    s = Settings()
    assert branches.settings_change(s, replace(s, learning_rate=2.0))[0] == "learning rate 1 → 2"
    assert branches.settings_change(s, replace(s, learning_rate=2.0, bias=True))[0] == \
        "learning rate 1 → 2; bias off → on"
    assert branches.settings_change(s, replace(s, learning_rate=2.0, bias=True, seed=5))[0] == "settings changed"
    assert branches.settings_change(s, replace(s, iterations=5))[0] == "nothing changed"  # Iterations is no branch


def test_a_table_change_names_the_row(qapp):
    added = Dataset(XOR.names, XOR.roles, np.vstack([XOR.values, [[0.5, 0.5, 1]]]))
    assert branches.table_change(XOR, added)[0] == "row 5 added"
    one = XOR.values.copy()
    one[2, 2] = 0
    assert branches.table_change(XOR, Dataset(XOR.names, XOR.roles, one))[0] == "row 3 edited"
    one[0, 0] = 1
    assert branches.table_change(XOR, Dataset(XOR.names, XOR.roles, one))[0] == "2 rows edited"
    renamed = Dataset(["a", "c", "y"], XOR.roles, XOR.values)
    assert branches.table_change(XOR, renamed)[0] == "table edited"


def test_a_typed_weight_is_named_one_based(qapp):
    english, local = branches.weight_change("syn0", 0, 1, 2.0)
    assert english == "weight syn0[1, 2] = 2" and local == english  # the tests' interface is English


def test_only_the_same_layer_sizes_bias_and_seed_fit():
    s = Settings(hidden=(4,))
    assert branches.fits(XOR, s, XOR, replace(s, learning_rate=0.1, optimizer="adam"))
    assert not branches.fits(XOR, s, XOR, replace(s, seed=2))
    assert not branches.fits(XOR, s, XOR, replace(s, hidden=(3,)))
    wider = Dataset(["a", "b", "c", "y"], ["input"] * 3 + ["target"], np.zeros((4, 4)))
    assert not branches.fits(XOR, s, wider, s)


def test_the_optimizers_memory_goes_on_only_under_the_same_optimizer():
    momentum = {"v": [np.zeros((2, 4)), np.zeros((4, 1))]}
    p = point(10, optimizer=momentum)
    s = Settings(optimizer="momentum")
    assert branches.for_settings(p, s, replace(s, learning_rate=0.1)) is p
    assert branches.for_settings(p, s, replace(s, optimizer="gd")).optimizer is None


def test_a_checkpoint_is_exact_and_finite_or_not():
    net = Network([2, 4, 1], seed=3)
    a, b = branches.checkpoint(net, 7), branches.checkpoint(net, 7)
    assert branches.same_weights(a, b) and not branches.same_weights(a, branches.checkpoint(net, 8))
    assert branches.finite(a) and not branches.finite(point(1, np.nan))


def test_bounded_keeps_the_latest_and_at_most_the_limit():
    many = [point(i) for i in range(3 * MAX_CHECKPOINTS + 1)]
    kept = branches.bounded(many)
    assert len(kept) <= MAX_CHECKPOINTS and kept[-1] is many[-1] and kept[0] is many[0]
    assert [p.iteration for p in kept] == sorted(p.iteration for p in kept)
    few = many[:5]
    assert branches.bounded(few) == few
