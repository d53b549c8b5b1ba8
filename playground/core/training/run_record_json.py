"""Reading a RunRecord and its Checkpoints from JSON (core/run_record.py ``from_json``/``parse``), checking
every place: a problem raises ``JsonProblem`` naming it (``run.last.weights[1]: expected 4 items, got 3``)."""

from __future__ import annotations

from typing import Any

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.files.json_checks import JsonProblem, kind_of
from playground.core.files.json_values import array, dataset_from_json, get_member, number, settings_from_json
from playground.core.nn.network import layer_sizes
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.training.run_record import MAX_CHECKPOINTS, STATES, Checkpoint, RunRecord, Series, check_unicode
from playground.core.data.settings import MAX_ITERATIONS
from playground.core.texts import say


def checkpoint_from_json(data: Any, where: str, sizes: list[int], bias: bool, optimizer: str) -> Checkpoint:
    """A Checkpoint for a network of layer ``sizes`` (with or without ``bias``) trained by ``optimizer``;
    raises JsonProblem naming the place."""
    done = number(get_member(data, where, "iteration", int), f"{where}.iteration", int)
    if done > MAX_ITERATIONS:
        raise JsonProblem(f"{where}.iteration", say("{done:,} is more than the {limit:,} iterations the app can "
                                                    "train", done=done, limit=MAX_ITERATIONS))
    shapes = list(zip(sizes[:-1], sizes[1:]))
    weights = get_member(data, where, "weights", list)
    if len(weights) != len(shapes):
        raise JsonProblem(f"{where}.weights", say("expected {n} weight matrices for layer sizes {sizes}, got {got}",
                                                  n=len(shapes), sizes=sizes, got=len(weights)))
    weights = [array(w, f"{where}.weights[{k}]", shape) for k, (w, shape) in enumerate(zip(weights, shapes))]
    raw = data.get("biases")
    if (raw is not None) != bias:
        raise JsonProblem(f"{where}.biases", say("the settings have bias on but there are no biases") if bias else
                          say("the settings have bias off but there are biases"))
    biases = None
    if raw is not None:
        raw = get_member(data, where, "biases", list)
        if len(raw) != len(shapes):
            raise JsonProblem(f"{where}.biases", say("expected {n} bias vectors, got {got}", n=len(shapes),
                                                     got=len(raw)))
        biases = [array(b, f"{where}.biases[{k}]", (sizes[k + 1],)) for k, b in enumerate(raw)]
    state = get_member(data, where, "optimizer", dict, {})
    slots = OptimizerSpec(optimizer).slots()
    for slot in state:
        if slot not in slots:
            raise JsonProblem(f"{where}.optimizer.{slot}", say("the {optimizer} optimizer keeps no state {slot!r}",
                                                               optimizer=optimizer, slot=slot))
    params = shapes + ([(n,) for n in sizes[1:]] if bias else [])
    opt: dict[str, list[np.ndarray]] = {}
    for slot in slots:
        arrays = state.get(slot)
        if arrays is None:  # a state saved without it starts from zero, as Network.set_state does
            continue
        if not isinstance(arrays, list) or len(arrays) != len(params):
            raise JsonProblem(f"{where}.optimizer.{slot}", say("expected a list of {n} arrays", n=len(params)))
        opt[slot] = [array(x, f"{where}.optimizer.{slot}[{i}]", shape) for i, (x, shape) in
                     enumerate(zip(arrays, params))]
    if opt and len(opt) != len(slots):
        missing = next(s for s in slots if s not in opt)
        raise JsonProblem(f"{where}.optimizer", say("the {optimizer} optimizer needs {slots}; {slot!r} is missing",
                                                    optimizer=optimizer, slots=" and ".join(map(repr, slots)),
                                                    slot=missing))
    for i, s in enumerate(opt.get("s", [])):
        if s.size and s.min() < 0:
            raise JsonProblem(f"{where}.optimizer.s[{i}]", say(
                "Adam's running average of squared gradients cannot be negative, got {value:g}",
                value=float(s.min())))
    return Checkpoint(done, weights, biases, opt or None)


def record_from_json(data: Any, where: str = "run", dataset: Dataset | None = None) -> RunRecord:
    """A RunRecord from its JSON (``RunRecord.parse``); raises JsonProblem naming the place. ``dataset``: the
    table when the JSON leaves it out (a tree's run on its parent's table)."""
    if not isinstance(data, dict):
        raise JsonProblem(where, say("expected an object, got {kind}", kind=kind_of(data)))
    run_id = get_member(data, where, "id", str)
    if not 1 <= len(run_id) <= 40:
        raise JsonProblem(f"{where}.id", say("expected 1 to 40 characters, got {n}", n=len(run_id)))
    check_unicode(run_id, f"{where}.id")
    settings = settings_from_json(get_member(data, where, "settings", dict), where=f"{where}.settings")
    if data.get("dataset") is not None or dataset is None:
        dataset = dataset_from_json(get_member(data, where, "dataset", dict), output=settings.output,
                                    where=f"{where}.dataset")
    sizes = layer_sizes(len(dataset.input_columns), settings.hidden, len(dataset.target_columns))

    def state(raw: Any, place: str) -> Checkpoint:
        return Checkpoint.from_json(raw, place, sizes, settings.bias, settings.optimizer)

    start = None if data.get("start") is None else state(get_member(data, where, "start", dict), f"{where}.start")
    last = None if data.get("last") is None else state(get_member(data, where, "last", dict), f"{where}.last")
    first = 0 if start is None else start.iteration
    if last is not None and last.iteration < first:
        raise JsonProblem(f"{where}.last.iteration", say("{got:,} is before the run's start ({start:,})",
                                                         got=last.iteration, start=first))
    end = first if last is None else last.iteration
    raw = get_member(data, where, "checkpoints", list, [])
    if len(raw) > MAX_CHECKPOINTS:
        raise JsonProblem(f"{where}.checkpoints", say("{n:,} items; the limit is {limit:,}", n=len(raw),
                                                      limit=MAX_CHECKPOINTS))
    checkpoints = tuple(state(c, f"{where}.checkpoints[{i}]") for i, c in enumerate(raw))
    its = [c.iteration for c in checkpoints]
    for i, it in enumerate(its):
        if not first <= it <= end or i and it <= its[i - 1]:
            raise JsonProblem(f"{where}.checkpoints[{i}].iteration", say(
                "{got:,} is not after the one before and between the run's start ({start:,}) and its last "
                "state ({end:,})", got=it, start=first, end=end))
    series = {}
    for name in ("curve", "logged"):
        s = Series.from_json(get_member(data, where, name, dict, {}), f"{where}.{name}")
        if len(s) and (s.iterations[0] < first or s.iterations[-1] >= max(end, first + 1)):
            raise JsonProblem(f"{where}.{name}.iterations", say(
                "iteration {got:,} is outside the run (from {start:,} to before {end:,})",
                got=int(s.iterations[0] if s.iterations[0] < first else s.iterations[-1]), start=first, end=end))
        series[name] = s
    run_state = get_member(data, where, "state", str, "idle")
    if run_state not in STATES:
        raise JsonProblem(f"{where}.state", say("expected one of {states}, got {got!r}", states=", ".join(STATES),
                                                got=run_state[:40]))
    parent = None if data.get("parent") is None else get_member(data, where, "parent", str)
    branched_at = number(get_member(data, where, "branched_at", int, first), f"{where}.branched_at", int)
    if branched_at != first:
        raise JsonProblem(f"{where}.branched_at", say("{got:,} is not the run's start iteration ({start:,})",
                                                      got=branched_at, start=first))
    change = check_unicode(get_member(data, where, "change", str, ""), f"{where}.change")
    if len(change) > 200:
        raise JsonProblem(f"{where}.change", say("{n:,} characters; the limit is {limit}", n=len(change),
                                                 limit=200))
    return RunRecord(run_id, dataset, settings, start, last, series["curve"], series["logged"], checkpoints,
                     run_state, parent, branched_at, change)


def check_sharpness(data: Any, where: str = "sharpness") -> dict:
    """``train --sharpness --json``'s optional ``sharpness`` member (core/landscape/sharpness.py) after its schema
    check: parallel lists, increasing iterations; raises JsonProblem naming the place."""
    its = get_member(data, where, "iterations", list)
    for name in ("values", "errors", "converged"):
        got = get_member(data, where, name, list, its)
        if len(got) != len(its):
            raise JsonProblem(f"{where}.{name}", say("expected {n} items, got {got}", n=len(its), got=len(got)))
    if any(b <= a for a, b in zip(its, its[1:])):
        raise JsonProblem(f"{where}.iterations", say("the iteration numbers must increase"))
    return data


__all__ = ["checkpoint_from_json", "record_from_json", "check_sharpness"]
