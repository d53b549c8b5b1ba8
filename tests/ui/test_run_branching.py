"""The run's tree of runs (playground.core.training.run_branching, the window's Run forwarding to its session): a new learning rate after training is a branch of the run on
show, Undo's select finds the parent again, and a document's tree is shown only when it trained what is shown.
(Driven further through the window in tests/ui/test_run_branches.py.)"""

from PySide6.QtCore import Qt

from playground.core.training.run_tree import RunTree
from playground.core.training.run_branching import Branching

TIMEOUT = 60_000


def train_then_branch(qtbot, w):
    """Train the notebook 1,000 iterations, then set the learning rate to 0.5 (a branch that has not trained)."""
    w.controls.iterations_spin.setValue(1000)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(w.train_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"
    w.controls.lr_spin.setValue(0.5)


def test_a_new_learning_rate_branches_and_select_returns_to_the_parent(qtbot, window):
    w = window
    assert isinstance(w.run.session, Branching)
    train_then_branch(qtbot, w)
    parent, branch = w.run.path()
    assert branch.parent == parent.id and branch.branched_at == 1000
    assert w.run.change_text(branch) == "learning rate 1 → 0.5"
    assert w.run.root_id.endswith(f"/{parent.id}")  # both drawn as one path
    assert w.run.select(parent.id)
    assert w.run.record_id == parent.id and len(w.run.path()) == 1 and w.run.iteration == 1000


def test_a_documents_tree_is_shown_only_for_what_it_trained(qtbot, window):
    w = window
    train_then_branch(qtbot, w)
    tree, dataset, settings = w.run.runs(), w.dataset(), w.settings()
    assert len(tree) == 2
    w.run.use_tree(RunTree())  # a new document: nothing on show, the runs are its own
    assert w.run.path() == [] and w.run.root_id is None
    assert not w.run.open_tree(tree, dataset, settings.with_(seed=settings.seed + 1))
    assert w.run.tree is tree and w.run.record_id is None  # kept, not shown: another seed is on show
    first_root = f"{w.run.trees_used}/"
    assert w.run.open_tree(tree, dataset, settings)
    assert w.run.record_id == tree.current.id and w.run.iteration == 1000
    assert not w.run.root_id.startswith(first_root)  # a reopened tree's runs are named apart from before
