"""The session's tree of runs: editing after training branches instead of erasing, Undo finds the branch again.

:class:`Branching` is the part of :class:`~playground.core.training.run_session.RunSession` that keeps every run in a
:class:`~playground.core.training.run_tree.RunTree` (``tree``) and shows one branch at a time with its
path. It is a mixin of the session (the same object, its own state), kept apart so each module stays
readable:

* :meth:`~Branching.follow`: the table or the settings changed. Back to the experiment of the
  branch before (Undo) or of one made from here (Redo): that branch again, with its curve, Error:
  lines and History. Another change the weights still fit (the same layer sizes, bias and seed):
  a branch from the state on show (the live network, or the History entry looked at); edits made
  before the branch trains join it. Anything else: the untrained network (the runs stay).
* :meth:`~Branching.put_weights`: typed weights; after training, a branch starting from them.
* :meth:`~Branching.select`: a record of the tree (Undo and Redo of a typed weight).

The record on show is written back into the tree (``_sync``) when a job ends and before the tree
changes or is saved, never per snapshot.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from playground.core.training import branch_rules as branches
from playground.core.data.dataset import Dataset
from playground.core.nn.network import Network
from playground.core.training.run import Snapshot, measure
from playground.core.training.run_record import Checkpoint, RunRecord
from playground.core.training.run_states import DIVERGED_STATE, FINISHED, PAUSED, PLAY, RUNNING, table_key
from playground.core.training.run_tree import RunTree
from playground.core.data.settings import Settings, experiment_problems
from playground.core.training.timeline import WeightTimeline
from playground.core.training.training import DIVERGED, DONE

if TYPE_CHECKING:
    from playground.core.files.documents import Trained


class Branching:
    """The session's runs as a tree (see the module docstring); mixed into
    :class:`~playground.core.training.run_session.RunSession`."""

    def path(self) -> list[RunRecord]:
        """The records from the root to the one on show (empty for a network not trained yet)."""
        return self.tree.path(self.record_id) if self.record_id is not None else []

    @property
    def root_id(self) -> str | None:
        """The root of the branch on show (and which tree): runs of one root are drawn as one path."""
        path = self.path()
        return f"{self.trees_used}/{path[0].id}" if path else None

    def change_text(self, record: RunRecord) -> str:
        """A branch's change in the interface language (a reopened one's as saved)."""
        return self.change_texts.get(record.id) or self.wording.saved_change(record.change)

    def runs(self) -> RunTree:
        """The tree with the run on show written into it (what a document saves)."""
        self._sync()
        return self.tree

    def use_tree(self, tree: RunTree) -> None:
        """Keep the runs of another document from now on (a new or opened document; the one on show is
        not in it until it trains)."""
        if self.running:
            return
        self._tell_end()  # a job's end still untold is told first (RunSession.on_finished)
        self._sync()
        self.tree = tree
        self.trees_used += 1
        self.change_texts = {}
        self.record_id = None
        self._anchor = None

    def open_tree(self, tree: RunTree, dataset: Dataset, settings: Settings, table_name: str = "") -> bool:
        """A document's tree of runs: its current run is shown (Play goes on from it) when it trained the
        table and settings on show; False when the window shows something else (the runs are kept)."""
        if self.running:
            return False
        self.use_tree(tree)
        current = tree.current
        if current is None or not branches.same_experiment(current, dataset, settings):
            return False
        self._show_record(current, table_name, saved=True)
        return True

    def follow(self, dataset: Dataset, settings: Settings | None, table_name: str = "",
               branch: bool = True) -> bool:
        """The table or the settings changed (an edit, its Undo or Redo): show the run that fits.

        Back to the experiment of the branch before (Undo) or of a branch made from here (Redo): that
        branch, with its curve. Another change the weights still fit: a new branch from the state on
        show (edits before it trains make one branch). Otherwise (other layer sizes, another seed, a
        problem, or ``branch`` False: a preset loaded): the untrained network, the runs staying in the
        tree."""
        if self.running:
            return False
        self._tell_end()  # a job's end still untold is told first (RunSession.on_finished)
        self._sync()
        if branch and self.record_id is not None and settings is not None and branches.same_experiment(
                self.tree.get(self.record_id), dataset, settings):
            return True  # nothing changed for the run on show (the second event of one replace, Undo's echo)
        if self.record_id is not None:
            point = self._point_on_show()
            anchor = (self.record_id, point, branch and branches.finite(point))  # diverged: start again
        else:
            anchor = self._anchor
        ok = settings is not None and not experiment_problems(dataset, settings)
        if anchor is not None and anchor[0] not in self.tree:
            anchor = None  # a run the tree no longer keeps (its bound)
        if anchor is None or not ok:
            shown = self.show(dataset, settings, table_name)
            self._anchor = anchor
            return shown
        rec, point, may_branch = self.tree.get(anchor[0]), anchor[1], anchor[2]
        left = self.record_id is None
        if branch:
            found = self._find(rec, point, dataset, settings, left=left)
        else:  # a preset: only its Undo finds a run again, the one shown before it
            found = rec if left and branches.same_experiment(rec, dataset, settings) else None
        if found is not None:
            self._select(found, table_name)
            return True
        if not (branch and may_branch) or not branches.fits(rec.dataset, rec.settings, dataset, settings):
            shown = self.show(dataset, settings, table_name)
            self._anchor = (anchor[0], anchor[1], False)
            return shown
        parent = self.tree.get(rec.parent) if rec.parent is not None else None
        if not branches.progressed(rec) and (parent is not None or rec.start is not None or rec.last is not None):
            # a branch that has not trained yet: this edit joins the edits that made it
            english, local = ("", "") if parent is None else self.wording.describe(
                parent, dataset, settings, (rec.change, self.change_text(rec)))
            start = None if rec.start is None else branches.for_settings(rec.start, rec.settings, settings)
            record = replace(rec, dataset=dataset.copy(), settings=settings, start=start, change=english)
            self.tree.update(record)
            self.change_texts[rec.id] = local
            self._show_record(record, table_name)
            return True
        english, local = self.wording.describe(rec, dataset, settings)
        self._branch(rec, point, dataset, settings, english, local, table_name)
        return True

    def put_weights(self, saved: Trained, change: tuple[str, str], table_name: str = "") -> bool:
        """Show typed weights at the iteration on show: a branch of a run that has trained (an untrained
        network, or another iteration: a run of its own, as a reopened one)."""
        if self.running or self.network is None or self.dataset is None:
            return False
        self._tell_end()  # a job's end still untold is told first (RunSession.on_finished)
        self._sync()
        rec = self.tree.get(self.record_id) if self.record_id is not None else None
        if rec is None or self.looking_back() or saved.iterations_done != self.iteration:
            return self.restore(self.dataset, self.settings, saved, table_name)
        live = self._point_on_show()
        point = Checkpoint(saved.iterations_done, tuple(np.array(w, dtype=float) for w in saved.weights),
                           None if saved.biases is None else tuple(
                               np.array(b, dtype=float).reshape(1, -1) for b in saved.biases),
                           live.optimizer)
        parent = self.tree.get(rec.parent) if rec.parent is not None else None
        if parent is not None and self._find(rec, live, rec.dataset, rec.settings, weights=point) is parent:
            self._select(parent, table_name)  # typed back to the weights of the branch before
            return True
        if not branches.progressed(rec):
            record = replace(rec, start=point, last=None)
            if rec.parent is not None and not rec.change.startswith("weight") and change[0]:
                change = (f"{rec.change}; {change[0]}", f"{self.change_text(rec)}; {change[1]}")
            record = replace(record, change=change[0])
            self.tree.update(record)
            self.change_texts[rec.id] = change[1]
            self._show_record(record, table_name)
            return True
        self._branch(rec, live, rec.dataset, rec.settings, change[0], change[1], table_name, start=point)
        return True

    def select(self, run_id: str, table_name: str = "") -> bool:
        """Show a run of the tree again (Undo back to the branch before, Redo to the one after)."""
        if self.running:
            return False
        self._tell_end()  # a job's end still untold is told first (RunSession.on_finished)
        self._sync()
        self._select(self.tree.get(run_id), table_name)
        return True

    # ------------------------------------------------------------------ the tree
    def _tell_end(self) -> None:
        """Tell a job's end still waiting for its turn (RunSession's; nothing here)."""

    def _sync(self) -> None:
        """Write the live state of the run on show into its record (its curve, lines, History, state)."""
        if self.record_id is None or self.network is None or self._booked:
            return  # (booked: a Trainer's own bookkeeping wrote it, with more than the live state holds)
        rec = self.tree.get(self.record_id)
        start = self.branch_start
        last = self.last
        same = last is not None and len(last.curve[0]) == len(self.curve[0])
        curve = branches.series(*self.curve, last.curve_loss if same else None,
                                last.curve_test if same else None).since(start)
        logged = np.array(self.logged, dtype=float).reshape(-1, 2)
        lines = branches.series(logged[:, 0], logged[:, 1]).since(start)
        own = branches.bounded([self.checkpoint_of(e) for e in self.history() if e.iteration >= start])
        point = branches.checkpoint(self.network, self.iteration)
        progressed = self.iteration > rec.start_iteration or len(curve) or len(lines)
        state = {RUNNING: PAUSED}.get(self.state, self.state)
        self.tree.update(replace(rec, last=point if progressed else rec.last, curve=curve, logged=lines,
                                 checkpoints=tuple(own), state=state))

    def set_timeline(self, timeline: WeightTimeline) -> None:
        """The helper's History mirror from now on (a new job, a record shown)."""
        self.timeline = timeline
        self._made = {}

    def checkpoint_of(self, entry) -> Checkpoint:
        """A History entry as an exact Checkpoint (a timeline's snapshot is converted once: a job's end
        writes the record again, and copying every snapshot each time would grow with the History)."""
        if isinstance(entry, Checkpoint):
            return entry
        made = self._made.get(entry.seq)
        if made is None or made.iteration != entry.iteration:
            made = self._made[entry.seq] = Checkpoint.from_snapshot(entry)
        return made

    def _point_on_show(self) -> Checkpoint:
        """The exact state on show: the History entry looked at, or the live network."""
        if self._look_back is not None:
            entry = self.history()[self._look_back]
            return self.checkpoint_of(entry)
        return branches.checkpoint(self.network, self.iteration)

    def _find(self, rec: RunRecord, point: Checkpoint, dataset: Dataset, settings: Settings,
              weights: Checkpoint | None = None, left: bool = False) -> RunRecord | None:
        """The branch with this experiment next to ``rec`` (itself when ``left``, its parent, a branch
        made from ``point``), whose start has these weights (None: the parent's own)."""
        if left and branches.same_experiment(rec, dataset, settings):
            return rec
        parent = self.tree.get(rec.parent) if rec.parent is not None else None
        if parent is not None and branches.same_experiment(parent, dataset, settings):
            at = branches.state_of(parent, rec.branched_at)
            mine = weights if weights is not None else rec.start
            if at is None or mine is None or branches.same_weights(at, mine):
                return parent
        for child in reversed(self.tree.children(rec.id)):
            if child.branched_at == point.iteration and branches.same_experiment(child, dataset, settings) \
                    and (child.start is None or branches.same_weights(child.start, point)):
                return child
        return None

    def _branch(self, rec: RunRecord, point: Checkpoint, dataset: Dataset, settings: Settings, english: str,
                local: str, table_name: str, start: Checkpoint | None = None) -> None:
        """A new branch from ``point`` (a state ``rec``'s path passed through), shown."""
        owner = rec
        for ancestor in self.tree.path(rec.id):  # a History entry before the branch on show: its ancestor's
            if ancestor.start_iteration <= point.iteration:
                owner = ancestor
        self.tree.select(owner.id)
        try:
            child = self.tree.branch(point, dataset, settings, english)
        except ValueError:  # not a state the run kept (cannot happen from the History or the live end)
            self.show(dataset, settings, table_name)
            return
        begin = branches.for_settings(start if start is not None else point, owner.settings, settings)
        if child.start is None or not branches.same_weights(child.start, begin) \
                or (child.start.optimizer is None) != (begin.optimizer is None):
            child = replace(child, start=begin)
            self.tree.update(child)
        self.change_texts[child.id] = local
        self._show_record(child, table_name)

    def _select(self, rec: RunRecord, table_name: str) -> None:
        self.tree.select(rec.id)
        self._show_record(rec, table_name)

    def _show_record(self, rec: RunRecord, table_name: str = "", saved: bool = False) -> None:
        """Show a record of the tree with its path: every view re-reads the Run (``saved``: as reopened)."""
        curve, logged, entries = branches.path_series(self.tree.path(rec.id))
        point = rec.last if rec.last is not None else rec.start
        dataset, settings = rec.dataset, rec.settings
        if self.settings is not None and settings.same_run(self.settings):
            settings = self.settings  # the form's Iterations
        self.dataset, self.settings = dataset, settings
        self.network = Network.from_settings(settings, len(dataset.input_columns), len(dataset.target_columns))
        if point is not None and point.weights:
            self.network.set_state(point.weights, point.biases, point.optimizer)
            self.network.t = point.iteration
        self.iteration = self.network.t
        self.curve = (curve.iterations, curve.errors)
        self.logged = list(zip(logged.iterations.tolist(), logged.errors.tolist()))
        if not entries or entries[-1].iteration < self.iteration:
            entries.append(branches.checkpoint(self.network, self.iteration))
        self._before = entries
        self.set_timeline(WeightTimeline.for_sizes(self.network.sizes, self.network.has_bias))
        self.record_id = rec.id
        self.branch_start = rec.start_iteration
        self._anchor = None
        self._booked = False
        self._session = False
        self._look_back = None
        diverged = rec.state == DIVERGED_STATE or not self.network.is_finite()
        live = branches.checkpoint(self.network, self.iteration)
        self._saved = None if diverged else branches.go_on_from(live, curve, logged)
        self.outputs, error = measure(self.network, dataset)
        has_test = bool(dataset.test_mask.any())
        status = DIVERGED if diverged else None if saved else DONE
        self.last = Snapshot(self.iteration, self.network.weights, self.network.biases, self.outputs, self.curve,
                             list(self.logged), len(self.logged), status=status, output_error=error,
                             curve_loss=curve.losses, curve_test=curve.tests if has_test else None,
                             optimizer=live.optimizer)
        self.label = self.wording.label(settings, table_name)
        self.table_name = table_name
        self.group = table_key(dataset)
        self.row = min(self.row, max(dataset.n_rows - 1, 0))
        self.kind = PLAY
        finished = rec.state == FINISHED and branches.progressed(rec)
        state = DIVERGED_STATE if diverged else FINISHED if finished or saved else PAUSED
        self.state = state  # the views re-read everything on reset: one stateChanged after it
        self.events.reset()
        self.events.state_changed(state)
        self.events.changed(self.last)
        self.events.shown_changed()

