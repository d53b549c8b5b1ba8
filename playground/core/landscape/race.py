"""A race from the same start: several branches that differ in one choice, trained from exactly the same weights.

A :class:`RaceStart` is an exact state to start from: a run's checkpoint at some iteration (its start, a
History entry, its last state), or the untrained start of an experiment (the seed's weights). A
:class:`Race` names one setting that differs (``field``: the learning rate, the optimiser, the batch size
or the hidden activation) and its values, and trains one branch per value for ``iterations`` iterations.
Each branch is an ordinary Trainer made by :func:`~playground.core.training.run_record.trainer_from` from
the start's checkpoint under its own settings (``dataclasses.replace`` of the start's settings through
``Settings.with_``), so it is bit for bit the run ``nn-playground train`` (the headless ``RunSession``) makes
from the same saved weights; with unchanged settings it is the unbranched run itself (the batch order and
Adam's bias correction depend on the iteration alone). The optimiser's memory (momentum's v, Adam's m and
s) goes with the start only to a branch of the same optimiser, as a branch of the run tree does
(:func:`~playground.core.training.branch_rules.for_settings`).

:class:`RaceRunner` advances the branches in turns of a fixed number of iterations each (fixed, not timed:
where a turn ends decides where a weight snapshot of the History is taken, so a race run twice gives equal
records), which the helper process (:mod:`playground.core.landscape.race_job`) and :meth:`Race.run` share.
Each branch's result is a :class:`RaceResult`: its ``RunRecord`` with the run tree's provenance (``parent``,
``branched_at``, ``change`` in the tree's English words), its final error and the first recorded iteration
whose error reached the target. :func:`adopt` puts a branch into a ``RunTree`` as a branch of its parent.

Every branch trains in its own Trainer (learning rates alone could share a NetworkStack; one Trainer each
keeps every choice on one path, and a race is a few networks).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from playground.core.data.dataset import Dataset
from playground.core.data.settings import FIELD, Settings, experiment_problems
from playground.core.nn.network import Network
from playground.core.training import branch_rules
from playground.core.training.run_book import RunBook
from playground.core.training.run_record import Checkpoint, RunRecord, trainer_from
from playground.core.training.run_tree import RunTree
from playground.core.training.training import DIVERGED, DONE, STOPPED, Trainer

RACE_FIELDS = ("optimizer", "learning_rate", "batch_size", "activation")  # the choices a race may differ in
DEFAULT_VALUES = {"optimizer": ("gd", "momentum", "adam"), "learning_rate": (0.1, 0.5, 2.0),
                  "batch_size": (None, 2, 1), "activation": ("sigmoid", "tanh", "relu")}
DEFAULT_TARGET = 0.05
MAX_BRANCHES = 6
TURN_WORK = 60_000  # multiply-adds of one branch's turn (rows x weights x iterations): ~5 ms on this machine


def parse_values(field: str, text: str) -> tuple:
    """The values typed for ``field`` ("0.1, 0.5, 2" or "gd, momentum, adam"; "all" for every row of a batch);
    ValueError with a plain English message for anything else."""
    if field not in RACE_FIELDS:
        raise ValueError(f"a race differs in one of {', '.join(RACE_FIELDS)}, not {field!r}")
    f = FIELD[field]
    out = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        if f.kind is str:
            value: Any = part.lower()
        elif field == "batch_size" and part.lower() in ("all", "none", "-"):
            value = None
        else:
            try:
                value = f.kind(float(part)) if f.kind is float else int(part)
            except ValueError:
                raise ValueError(f"{part!r} is not a {f.label}") from None
        problem = None if value is None else f.problem(value)
        if problem:
            raise ValueError(problem)
        if value in out:
            raise ValueError(f"{part} is given twice")
        out.append(value)
    if not 2 <= len(out) <= MAX_BRANCHES:
        raise ValueError(f"give 2 to {MAX_BRANCHES} values, separated by commas")
    return tuple(out)


def values_text(values: Sequence[Any]) -> str:
    """The values as parse_values reads them back."""
    return ", ".join("all" if v is None else f"{v:g}" if isinstance(v, float) else str(v) for v in values)


@dataclass(frozen=True, eq=False)
class RaceStart:
    """The exact state a race starts from, with the experiment it belongs to and the run it came from."""

    dataset: Dataset
    settings: Settings
    checkpoint: Checkpoint
    parent: str | None = None  # the run of the tree it came from (None: the untrained start of an experiment)

    @classmethod
    def untrained(cls, dataset: Dataset, settings: Settings) -> "RaceStart":
        """The seed's starting weights (iteration 0)."""
        net = Network.from_settings(settings, len(dataset.input_columns), len(dataset.target_columns))
        return cls(dataset, settings, Checkpoint.from_network(net))

    @classmethod
    def of_record(cls, record: RunRecord, iteration: int | None = None) -> "RaceStart":
        """A run's state at ``iteration`` (None: its latest), one it kept (its start, a History checkpoint,
        its last); ValueError for another iteration."""
        state = record.last or record.start_checkpoint() if iteration is None else \
            branch_rules.state_of(record, iteration)
        if state is None and iteration == 0 and record.start is None:
            state = record.start_checkpoint()
        if state is None:
            raise ValueError(f"run {record.id} kept no state at iteration {iteration:,}")
        return cls(record.dataset, record.settings, state, record.id)

    @property
    def iteration(self) -> int:
        return self.checkpoint.iteration


@dataclass(frozen=True)
class RaceResult:
    """One branch after the race: its record (with provenance), its final error, when it reached the target."""

    record: RunRecord
    final_error: float  # mean |Y - output| of its last weights on the training rows (NaN when diverged)
    reached_at: int | None  # the first recorded iteration whose error was at most the target, else None
    status: str  # DONE, STOPPED or DIVERGED (core.training.training)


@dataclass(frozen=True, eq=False)
class Race:
    """Branches from ``start`` that differ in ``field`` (one per value), each trained ``iterations`` more."""

    start: RaceStart
    field: str
    values: tuple
    iterations: int
    target_error: float = DEFAULT_TARGET

    def problems(self) -> list[str]:
        """What keeps this race from running (plain English), or nothing."""
        out = []
        if self.field not in RACE_FIELDS:
            out.append(f"a race differs in one of {', '.join(RACE_FIELDS)}, not {self.field!r}")
            return out
        if not 1 <= len(self.values) <= MAX_BRANCHES:
            out.append(f"a race has 1 to {MAX_BRANCHES} branches, not {len(self.values)}")
        if not 1 <= self.iterations <= FIELD["iterations"].high:
            out.append(f"iterations must be between 1 and {FIELD['iterations'].high:,}")
        if not (self.target_error > 0 and math.isfinite(self.target_error)):
            out.append("the target error must be a positive number")
        for s in self.all_settings() if not out else ():
            out += [p for p in experiment_problems(self.start.dataset, s) if p not in out]
        return out

    @property
    def until(self) -> int:
        """The iteration every branch trains to."""
        return self.start.iteration + self.iterations

    def settings_of(self, i: int) -> Settings:
        """Branch i's settings: the start's with the one choice changed."""
        return self.start.settings.with_(**{self.field: self.values[i]})

    def all_settings(self) -> list[Settings]:
        return [self.settings_of(i) for i in range(len(self.values))]

    def start_of(self, i: int) -> Checkpoint:
        """Branch i's exact start: the start's state, without the optimiser's memory under another optimiser."""
        return branch_rules.for_settings(self.start.checkpoint, self.start.settings, self.settings_of(i))

    def change_of(self, i: int) -> str:
        """What branch i changed, in the run tree's English words ("learning rate 1 → 0.5", "nothing changed")."""
        parts = branch_rules.settings_parts(self.start.settings, self.settings_of(i))
        return ", ".join(p.english for p in parts)

    def record_of(self, i: int) -> RunRecord:
        """Branch i before it trains: its start, settings and provenance (id "race<i+1>" until a tree adopts it)."""
        return RunRecord(f"race{i + 1}", self.start.dataset, self.settings_of(i), self.start_of(i), None,
                         parent=self.start.parent, branched_at=self.start.iteration, change=self.change_of(i))

    def run(self, should_stop: Callable[[], bool] | None = None,
            on_turn: Callable[["RaceRunner"], None] | None = None) -> list[RaceResult]:
        """Train every branch to ``until`` here (the tests' and a script's way; the window uses the helper)."""
        runner = RaceRunner(self)
        while not runner.done:
            if should_stop is not None and should_stop():
                runner.stop()
                break
            runner.turn()
            if on_turn is not None:
                on_turn(runner)
        return runner.results()


def turn_iterations(dataset: Dataset, settings: Settings) -> int:
    """Iterations a branch does in one turn: about TURN_WORK multiply-adds, fixed by the network and table."""
    sizes = [len(dataset.input_columns), *settings.hidden, len(dataset.target_columns)]
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    rows = max(1, dataset.n_rows if settings.batch_size is None else min(settings.batch_size, dataset.n_rows))
    return max(1, min(10_000, TURN_WORK // max(1, rows * weights)))


class RaceRunner:
    """The branches of a race as Trainers, advanced in turns (see the module docstring)."""

    def __init__(self, race: Race) -> None:
        problems = race.problems()
        if problems:
            raise ValueError("; ".join(problems))
        self.race = race
        self.trainers: list[Trainer] = [trainer_from(race.start.dataset, race.settings_of(i), race.start_of(i),
                                                     keep_timeline=True) for i in range(len(race.values))]
        self.status: list[str | None] = [None] * len(self.trainers)  # None while a branch still trains
        self.messages: list[str] = [""] * len(self.trainers)
        self._turn = turn_iterations(race.start.dataset, race.start.settings)

    @property
    def done(self) -> bool:
        return all(s is not None for s in self.status)

    def turn(self) -> None:
        """Every branch still training does one more turn (its iterations end on a multiple of the turn)."""
        until = self.race.until
        for i, trainer in enumerate(self.trainers):
            if self.status[i] is not None:
                continue
            end = min(until, (trainer.iteration // self._turn + 1) * self._turn)
            result = trainer.run(end)
            if result.status == DIVERGED:
                self.status[i], self.messages[i] = DIVERGED, result.message
            elif trainer.iteration >= until:
                self.status[i] = DONE

    def stop(self) -> None:
        """The race was stopped: the branches still training keep what they did."""
        self.status = [STOPPED if s is None else s for s in self.status]

    def result(self, i: int) -> RaceResult:
        trainer, status = self.trainers[i], self.status[i] or STOPPED
        record = RunBook(self.race.record_of(i)).apply_trainer(trainer, status)
        error = trainer.final_error() if status != DIVERGED else math.nan
        return RaceResult(record, error, reached_at(record, self.race.target_error), status)

    def results(self) -> list[RaceResult]:
        return [self.result(i) for i in range(len(self.trainers))]


def reached_at(record: RunRecord, target: float) -> int | None:
    """The first iteration of the record's curve whose error is at most ``target``, else None."""
    hits = (record.curve.errors <= target).nonzero()[0]
    return int(record.curve.iterations[hits[0]]) if len(hits) else None


def adopt(tree: RunTree, record: RunRecord) -> RunRecord:
    """Put a race's branch into ``tree`` as a branch of the run it started from (the run tree's own ``branch``
    at the state with the branch's weights, then its progress) and make it current: the record as the tree
    keeps it (a new id). A race from an untrained start becomes a root. ValueError when no run on the parent's
    path kept that state (the parent is gone from the tree)."""
    start = record.start_checkpoint()
    if record.parent is None:
        child = tree.add_root(record.dataset, record.settings, record.start, change=record.change)
    else:
        if record.parent not in tree:
            raise ValueError(f"run {record.parent} is no longer in this tree")
        found = [(r, c) for r in tree.path(record.parent) for c in (r.start_checkpoint(), *r.states())
                 if c.iteration == start.iteration and branch_rules.same_weights(c, start)]
        if not found:
            raise ValueError(f"no run of this tree kept the state at iteration {start.iteration:,}")
        owner, at = found[-1]  # the latest run on the path (a History entry before a branch is its ancestor's)
        tree.select(owner.id)
        child = tree.branch(at, record.dataset, record.settings, record.change, start=record.start)
    kept = replace(record, id=child.id, parent=child.parent, dataset=child.dataset)
    tree.update(kept)
    return kept


__all__ = ["Race", "RaceStart", "RaceResult", "RaceRunner", "RACE_FIELDS", "DEFAULT_VALUES", "DEFAULT_TARGET",
           "parse_values", "values_text", "adopt", "reached_at"]
