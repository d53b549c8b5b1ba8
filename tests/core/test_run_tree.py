"""RunTree: branching keeps every run; the path, its curve and its Error: lines; bounded; JSON round trip."""

import json

import numpy as np
import pytest

from playground.core.data.dataset import DataError
from playground.core.limits import MAX_KEPT_RUNS
from playground.core.data.presets import get_preset
from playground.core.training.run_record import Checkpoint, Series, trainer_from
from playground.core.training.run_tree import THIN_CHECKPOINTS, THIN_CURVE_POINTS, RunTree


def train(tree, until, timeline=True):
    """Train the current run from its start to ``until`` (as the window's Run does) and record it in the tree."""
    record = tree.current
    trainer = trainer_from(record.dataset, record.settings, record.start, keep_timeline=timeline)
    trainer.run(until)
    h = trainer.history
    states = () if trainer.timeline is None else tuple(Checkpoint.from_snapshot(s) for s in trainer.timeline)
    tree.update(record.with_progress(last=Checkpoint.from_network(trainer.network), curve=Series.of_history(h),
                                     logged=Series.of_history(h, logged=True), checkpoints=states,
                                     state="finished"))
    return trainer


def notebook_tree():
    p = get_preset("notebook")
    tree = RunTree()
    tree.add_root(p.dataset(), p.settings.with_(log_every=100))
    return tree


def test_a_branch_keeps_its_parent_and_the_path_joins_their_curves_and_lines():
    tree = notebook_tree()
    calls = []
    tree.subscribe(lambda: calls.append(1))
    train(tree, 1000)
    root = tree.current
    at = root.checkpoints[[c.iteration for c in root.checkpoints].index(400)]
    child = tree.branch(at, root.dataset, root.settings.with_(learning_rate=2.0), "learning rate 1 → 2")
    assert tree.current is child and child.parent == root.id and child.branched_at == 400
    assert child.dataset is root.dataset  # the same table is shared, not copied
    train(tree, 900)
    assert [r.id for r in tree.path()] == [root.id, child.id] and tree.parent() == tree.get(root.id)
    assert tree.children(root.id) == [tree.current]
    logged = tree.path_logged()
    assert logged.iterations.tolist() == list(range(0, 900, 100))
    # up to the branch: the parent's own lines; from it on: the child's (another learning rate)
    assert np.array_equal(logged.errors[:4], root.logged.errors[:4])
    assert not np.array_equal(logged.errors[4:], root.logged.errors[4:9])
    curve = tree.path_curve()
    assert np.all(np.diff(curve.iterations) > 0) and curve.iterations[-1] == 899
    # Undo: the parent again, with its own curve
    assert tree.select(root.id) is tree.current and tree.path_logged() == root.logged
    assert len(tree) == 2 and calls  # every change told the listeners


def test_a_branch_only_starts_from_a_state_the_current_run_passed_through():
    tree = notebook_tree()
    train(tree, 500)
    root = tree.current
    foreign = get_preset("notebook")
    other = trainer_from(foreign.dataset(), foreign.settings.with_(seed=2), None)
    other.run(200)
    with pytest.raises(ValueError, match="not a state"):
        tree.branch(Checkpoint.from_network(other.network), root.dataset, root.settings, "x")
    beyond = trainer_from(root.dataset, root.settings, None)
    beyond.run(800)  # the same run, but further than the current one went
    with pytest.raises(ValueError, match="not a state"):
        tree.branch(Checkpoint.from_network(beyond.network), root.dataset, root.settings, "x")
    assert len(tree) == 1
    for at in (root.start_checkpoint(), root.checkpoints[3], root.last):
        tree.select(root.id)
        assert tree.branch(at, root.dataset, root.settings, "again").branched_at == at.iteration


def test_find_gives_the_run_of_an_experiment_and_start():
    tree = notebook_tree()
    train(tree, 300)
    root = tree.current
    child = tree.branch(root.last, root.dataset, root.settings.with_(learning_rate=0.5), "learning rate 1 → 0.5")
    assert tree.find(root.dataset, root.settings.with_(iterations=5), 0) is tree.get(root.id)
    assert tree.find(root.dataset, root.settings.with_(learning_rate=0.5), 300) is child
    assert tree.find(root.dataset, root.settings.with_(learning_rate=0.5), 0) is None


def test_past_max_runs_the_oldest_branches_off_the_path_thin_and_the_path_never_does():
    tree = notebook_tree()
    train(tree, 3000)
    root = tree.current
    assert len(root.checkpoints) > THIN_CHECKPOINTS
    for k in range(RunTree.MAX_RUNS + 5):  # siblings, each trained: the oldest are off the path
        tree.select(root.id)
        tree.branch(root.checkpoints[k % len(root.checkpoints)], root.dataset,
                    root.settings.with_(learning_rate=1 + k / 10), f"learning rate {1 + k / 10}")
        train(tree, 3000)
    runs = list(tree)
    path = {r.id for r in tree.path()}
    assert tree.get(root.id).checkpoints == root.checkpoints  # on the path: whole
    thinned = [r for r in runs[1:6] if r.id not in path]
    assert thinned and all(len(r.checkpoints) <= THIN_CHECKPOINTS and len(r.curve) <= THIN_CURVE_POINTS
                           for r in thinned)
    assert len(runs[-1].checkpoints) > THIN_CHECKPOINTS  # the newest stay whole
    assert all(r.logged == tree.get(r.id).logged for r in runs)  # the Error: lines always stay


def test_past_max_kept_runs_the_oldest_leaves_go(monkeypatch):
    tree = notebook_tree()
    train(tree, 20, timeline=False)
    root = tree.current
    for k in range(MAX_KEPT_RUNS + 3):
        tree.select(root.id)
        tree.branch(root.last, root.dataset, root.settings.with_(seed=k + 2), "seed")
    assert len(tree) == MAX_KEPT_RUNS and root.id in tree and tree.current.id == f"r{MAX_KEPT_RUNS + 4}"
    assert all(r.parent is None or r.parent in tree for r in tree)


def test_the_tree_reads_back_from_its_json_exactly():
    tree = notebook_tree()
    train(tree, 600)
    root = tree.current
    edited = root.dataset.copy()
    edited.values[0, -1] = 1.0
    tree.branch(root.checkpoints[2], edited, root.settings, "row 1 edited")
    train(tree, 700)
    tree.select(root.id)
    tree.branch(root.last, root.dataset, root.settings.with_(optimizer="adam"), "optimizer gd → adam")
    train(tree, 800)
    data = json.loads(json.dumps(tree.to_json(), allow_nan=False))
    assert "dataset" not in data["runs"][2] and "dataset" in data["runs"][1]  # a table is written when it changed
    again = RunTree.from_json(data)
    assert [r.to_json() for r in again] == [r.to_json() for r in tree]
    assert again.current.id == tree.current.id and again.path_logged() == tree.path_logged()
    assert again.get("r2").dataset == edited and again.get("r3").dataset is again.get("r1").dataset


def tree_json():
    tree = notebook_tree()
    train(tree, 300)
    root = tree.current
    tree.branch(root.checkpoints[1], root.dataset, root.settings.with_(learning_rate=3.0), "learning rate 1 → 3")
    train(tree, 400)
    tree.branch(tree.current.last, root.dataset, root.settings.with_(learning_rate=0.5), "learning rate 3 → 0.5")
    return json.loads(json.dumps(tree.to_json(), allow_nan=False))


@pytest.mark.parametrize("change, place, words", [
    (lambda d: d["runs"][0].update(parent="r3"), "runs.runs[0].parent", "cycle"),
    (lambda d: d["runs"][1].update(parent="r1x"), "runs.runs[1].parent", "no run 'r1x'"),
    (lambda d: d["runs"][1].update(id="r1"), "runs.runs[1].id", "appears twice"),
    (lambda d: d["runs"][2].update(parent="r1", start=d["runs"][1]["last"]), "runs.runs[2].branched_at",
     "outside its parent's iterations"),
    (lambda d: d.update(current="r9"), "runs.current", "no run 'r9'"),
    (lambda d: d["runs"][1]["start"]["weights"][0][0].__setitem__(0, float("nan")), "runs.runs[1].start.weights[0][0][0]",
     "not a finite number"),
])
def test_a_broken_tree_is_refused_naming_the_place(change, place, words):
    d = tree_json()
    change(d)
    with pytest.raises(DataError) as refused:
        RunTree.from_json(d)
    assert str(refused.value).startswith(place + ":") and words in str(refused.value), str(refused.value)


def test_a_typed_weight_branches_at_the_state_it_was_typed_into():
    tree = notebook_tree()
    train(tree, 500)
    root = tree.current
    weights = [w.copy() for w in root.last.weights]
    weights[1][2, 0] = 2.0
    typed = Checkpoint(500, weights, None, None)
    with pytest.raises(ValueError, match="not a state"):  # the typed state itself was never passed through
        tree.branch(typed, root.dataset, root.settings, "weight W2[2,0] = 2")
    with pytest.raises(ValueError, match="cannot start at iteration"):
        tree.branch(root.last, root.dataset, root.settings, "x", start=Checkpoint(499, weights, None, None))
    child = tree.branch(root.last, root.dataset, root.settings, "weight W2[2,0] = 2", start=typed)
    assert child.start == typed and child.branched_at == 500 and child.parent == root.id
    trainer = train(tree, 700)
    assert trainer.history.logged[0].tolist() == [500, 600]  # the child's own lines, from the typed weights
    assert tree.path_logged().iterations.tolist() == [0, 100, 200, 300, 400, 500, 600]
    again = RunTree.from_json(json.loads(json.dumps(tree.to_json())))
    assert again.current.start == typed
