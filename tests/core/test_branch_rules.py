"""The rules of branching a run (playground.core.training.branch_rules): what a change is called in the record, and which
state a branch may go on from."""

import numpy as np

from playground.core.training import branch_rules as rules
from playground.core.data.dataset import Dataset
from playground.core.nn.network import Network
from playground.core.training.run_record import MAX_CHECKPOINTS, Checkpoint
from playground.core.data.settings import Settings

XOR = Dataset(["a", "b", "y"], ["input", "input", "target"], [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]])


def point(iteration: int, value: float = 0.5, optimizer=None) -> Checkpoint:
    return Checkpoint(iteration, (np.full((2, 4), value), np.full((4, 1), value)), None, optimizer)


def english(parts) -> list[str]:
    return [p.english for p in parts]


def test_a_settings_change_is_named_by_its_fields():
    s = Settings()
    assert english(rules.settings_parts(s, s.with_(learning_rate=2.0))) == ["learning rate 1 → 2"]
    assert english(rules.settings_parts(s, s.with_(learning_rate=2.0, bias=True))) == \
        ["learning rate 1 → 2", "bias off → on"]
    assert english(rules.settings_parts(s, s.with_(learning_rate=2.0, bias=True, seed=5))) == ["settings changed"]
    assert english(rules.settings_parts(s, s.with_(iterations=5))) == ["nothing changed"]  # Iterations: no branch


def test_a_table_change_names_the_row():
    added = Dataset(XOR.names, XOR.roles, np.vstack([XOR.values, [[0.5, 0.5, 1]]]))
    assert rules.table_part(XOR, added).english == "row 5 added"
    one = XOR.values.copy()
    one[2, 2] = 0
    assert rules.table_part(XOR, Dataset(XOR.names, XOR.roles, one)).english == "row 3 edited"
    one[0, 0] = 1
    assert rules.table_part(XOR, Dataset(XOR.names, XOR.roles, one)).english == "2 rows edited"
    assert rules.table_part(XOR, Dataset(["a", "c", "y"], XOR.roles, XOR.values)).english == "table edited"


def test_only_the_same_layer_sizes_bias_and_seed_fit():
    s = Settings(hidden=(4,))
    assert rules.fits(XOR, s, XOR, s.with_(learning_rate=0.1, optimizer="adam"))
    assert not rules.fits(XOR, s, XOR, s.with_(seed=2))
    assert not rules.fits(XOR, s, XOR, s.with_(hidden=(3,)))
    wider = Dataset(["a", "b", "c", "y"], ["input"] * 3 + ["target"], np.zeros((4, 4)))
    assert not rules.fits(XOR, s, wider, s)


def test_the_optimizers_memory_goes_on_only_under_the_same_optimizer():
    p = point(10, optimizer={"v": [np.zeros((2, 4)), np.zeros((4, 1))]})
    s = Settings(optimizer="momentum")
    assert rules.for_settings(p, s, s.with_(learning_rate=0.1)) is p
    assert rules.for_settings(p, s, s.with_(optimizer="gd")).optimizer is None


def test_a_checkpoint_is_exact_and_finite_or_not():
    net = Network([2, 4, 1], seed=3)
    a, b = rules.checkpoint(net, 7), rules.checkpoint(net, 7)
    assert rules.same_weights(a, b) and not rules.same_weights(a, rules.checkpoint(net, 8))
    assert rules.finite(a) and not rules.finite(point(1, np.nan))


def test_bounded_keeps_the_latest_and_at_most_the_limit():
    many = [point(i) for i in range(3 * MAX_CHECKPOINTS + 1)]
    kept = rules.bounded(many)
    assert len(kept) <= MAX_CHECKPOINTS and kept[-1] is many[-1] and kept[0] is many[0]
    assert [p.iteration for p in kept] == sorted(p.iteration for p in kept)
    assert rules.bounded(many[:5]) == many[:5]
