"""Lessons (``.nnlesson``): a guided path through the playground, step by step.

A lesson is a UTF-8 JSON object::

    {"format": "nn-playground-lesson", "version": 1,
     "title": "One layer learns y = x1", "audience": "first look at a network",
     "steps": [
       {"title": "The table",                       (optional)
        "text": "# Markdown subset\\nPress **Train**.",  (see core.lesson_text)
        "state": {"preset": "notebook-single",       (optional: what to load; see below)
                  "settings": {"iterations": 1000}},
        "visible": ["dataset", "train", "plot"],     (optional: the panels shown; default all)
        "action": {"type": "train"},                 (optional: what the student is asked to do)
        "question": {"type": "choice", "prompt": "...",
                     "choices": [{"text": "...", "correct": true, "feedback": "..."}, ...]},
        "hide": ["outputs", "error"]}]}                (optional: masked until the question is answered)

**state** loads a dataset and settings as a document does (its ``dataset``,
``settings`` and ``trained`` keys have the document format's meaning), either
written out or taken from a ``preset`` whose settings the given ``settings``
keys override. ``start`` is ``"seed"`` (the seed's starting weights, the
default) or ``"weights"`` (the weights in ``trained``, e.g. a worksheet's).
A step without a state keeps the previous step's; the first step must have one.

**visible** names panels from :data:`PANELS`; the others are hidden, and what a hidden
panel would change is kept as it is while the step is on show (:meth:`Step.keeps`, the
experiment's locks): Undo cannot change a table or a setting the student does not see.

**action** ``type`` is one of :data:`ACTIONS`: ``train`` (a Train run finishes),
``step`` (one Step), ``step_n`` (Step N with ``n`` iterations), ``play_to``
(the network reaches ``iteration``), ``edit_cell`` (a cell of the table or a
weight is edited), ``change_setting`` (``setting`` changes, any if omitted).

**question** ``type`` is ``choice`` (``choices``, at least one ``correct``;
each may have ``feedback``), ``number`` (``answer`` and optional
``tolerance``) or ``prediction``: a cell of a quantity of the inspector
(``quantity`` such as ``"l2_delta"``, 1-based ``row`` and ``column`` as the
inspector numbers them, optional ``tolerance``) predicted before the step's
action and checked against the engine (core.lesson_feedback). Each question may
have an ``explanation`` shown once it is answered right.

**hide** names what the window masks (shows as "?", to a screen reader too) while the step's
question is open, so that the step's action does not give its answer away: names from
:data:`HIDE_NAMES` (``outputs``: the network's outputs, in the predictions table, the diagram
and the inspector's output layer; ``error``: the error's numbers, in the status bar, the log,
the error plot's read-out and description, the predictions' |error|, the inspector's title and
output error;
``weights``: the weights' numbers, in the diagram and the inspector's weight matrices) or a
quantity of the inspector that exists in the step's network (``"l2_delta"``, ``"syn1 update"``).
They are shown again once the question is answered right (a prediction: once it is checked,
right or wrong, since the feedback names the engine's number) and whenever the step is left (or
another table is loaded). A prediction question hides its own quantity without
being told (:meth:`Step.hidden`); a step that hides something must ask a question.

Reading is as careful as for documents: a size limit, no ``eval``, and every
problem reported with its place (``steps[2].question.choices``); unknown keys
are reported too, since they are usually typing mistakes.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

from playground.core.files.documents import (FORMAT as DOCUMENT_FORMAT, VERSION as DOCUMENT_VERSION, Document,
                                       DocumentError, document_from_dict, document_to_dict)
from playground.core.data.experiment import Locks
from playground.core.files.fileio import UnreadableText, read_text
from playground.core.files.json_checks import JsonProblem, JsonTextError, check_header, kind_of, load_json, member
from playground.core.limits import (MAX_CHOICES, MAX_LESSON_BYTES, MAX_QUESTION_CHARS, MAX_QUESTION_LINES, MAX_STEPS,
                                    MAX_TEXT_CHARS)
from playground.core.data.presets import PRESETS
from playground.core.lessons.lesson_quantities import HIDE_NAMES, QUANTITY, check_hidden, check_quantity
from playground.core.data.settings import FIELD, Settings
from playground.core.texts import one_per_line, say

FORMAT, VERSION = "nn-playground-lesson", 1
SUFFIX = ".nnlesson"
MAX_REPORTED_PROBLEMS = 10
MAX_TITLE_CHARS = 200  # a lesson's or a step's title: a line or two of the lesson panel

# The panels and controls a step can show; the window maps each name to its widgets.
PANELS = ("dataset", "settings", "train", "reset", "play", "step", "speed", "plot", "diagram", "predictions",
          "log", "decision_map", "inspector", "history")
ACTIONS = ("train", "step", "step_n", "play_to", "edit_cell", "change_setting")
# How a change_setting action names its setting to the student (the key with spaces; l2, beta1, beta2
# and eps are the formulas' own names and stay as they are).
SETTING_NAMES = {"hidden": say("hidden"), "iterations": say("iterations"), "learning_rate": say("learning rate"),
                 "activation": say("activation"), "bias": say("bias"), "seed": say("seed"),
                 "log_every": say("log every"), "output": say("output"), "loss": say("loss"),
                 "optimizer": say("optimizer"), "momentum": say("momentum"), "batch_size": say("batch size")}
QUESTIONS = ("choice", "number", "prediction")
SEED, WEIGHTS = "seed", "weights"


class LessonError(DocumentError):
    """A lesson file that cannot be read; the message names the file, the place and the problem."""


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    kind: str  # one of QUESTIONS
    prompt: str
    choices: tuple[Choice, ...] = ()
    answer: float | None = None  # "number"
    tolerance: float | None = None  # "number" and "prediction" (None: core.lesson_feedback's default)
    quantity: str | None = None  # "prediction": the inspector's name, "l2_delta"
    row: int | None = None  # "prediction": 0-based (the file has them 1-based, as the inspector shows)
    column: int | None = None
    explanation: str = ""


@dataclass(frozen=True)
class Action:
    kind: str  # one of ACTIONS
    n: int | None = None  # step_n: iterations; play_to: the iteration to reach
    setting: str | None = None  # change_setting: which one (None: any)

    def describe(self) -> str:
        """What the student is asked to do, as the lesson panel says it."""
        if self.kind == "train":
            return say("Press Train and let it finish.")
        if self.kind == "step":
            return say("Press Step once.")
        if self.kind == "step_n":
            return say("Press Step N with {n} iterations.", n=self.n)
        if self.kind == "play_to":
            return say("Press Play until iteration {n:,}.", n=self.n) if self.n else say("Press Play.")
        if self.kind == "edit_cell":
            return say("Edit a cell.")
        if self.setting in SETTING_NAMES:
            return say("Change the {setting}.", setting=SETTING_NAMES[self.setting])
        return say("Change the {setting}.", setting=self.setting.replace("_", " ")) if self.setting \
            else say("Change a setting.")


@dataclass(frozen=True)
class Event:
    """Something the student did, as the window reports it to the lesson."""

    kind: str  # "train" (a Train run ended), "step" (Step / Step N ended), "play" (Play paused or ended),
    #            "edit_cell", "setting"
    iteration: int = 0  # the network's iteration afterwards
    count: int = 0  # "step": how many iterations the step did
    setting: str | None = None  # "setting": which one changed


def action_done(action: Action, event: Event) -> bool:
    """True when the event is what the action asked for."""
    if action.kind == "train":
        return event.kind == "train"
    if action.kind == "step":
        return event.kind == "step" and event.count == 1
    if action.kind == "step_n":
        return event.kind == "step" and event.count == action.n
    if action.kind == "play_to":
        return event.kind in ("play", "train", "step") and event.iteration >= (action.n or 1)
    if action.kind == "edit_cell":
        return event.kind == "edit_cell"
    return event.kind == "setting" and action.setting in (None, event.setting)


@dataclass
class Step:
    text: str
    title: str = ""
    state: Document | None = None
    start: str = SEED  # SEED or WEIGHTS (then state.trained holds them)
    visible: tuple[str, ...] | None = None  # None: every panel
    action: Action | None = None
    question: Question | None = None
    hide: tuple[str, ...] = ()  # HIDE_NAMES and inspector quantities, as the file gives them

    def hidden(self) -> tuple[str, ...]:
        """What the window masks while the question is open: ``hide``, and a prediction's own quantity."""
        names = list(self.hide)
        if self.question is not None and self.question.kind == "prediction":
            names.append(self.question.quantity)
        return tuple(dict.fromkeys(names))

    def keeps(self) -> Locks:
        """What the step keeps as it is: what its hidden panels would change (the experiment's locks).

        The table when neither the table nor the decision map (whose clicks add rows) is shown; every
        setting when the settings form is hidden, but the seed while Reset is shown (New seed picks one)
        and the setting a ``change_setting`` action asks for (any, when it names none)."""
        if self.visible is None:
            return Locks()
        shown = set(self.visible)
        settings: set[str] = set()
        if "settings" not in shown:
            settings = set(FIELD) - ({"seed"} if "reset" in shown else set())
            if self.action is not None and self.action.kind == "change_setting":
                settings -= {self.action.setting} if self.action.setting else settings
        return Locks(table=not shown & {"dataset", "decision_map"}, settings=frozenset(settings))


@dataclass
class Lesson:
    title: str
    audience: str = ""
    steps: list[Step] = field(default_factory=list)

    def state_at(self, index: int) -> tuple[Document, str]:
        """The state in force at step ``index`` (its own, or the last one before it) and its start."""
        for step in reversed(self.steps[:index + 1]):
            if step.state is not None:
                return step.state, step.start
        raise ValueError("no step up to here loads a state")


def check_choice(question: Question, index: int) -> tuple[bool, str]:
    """(right?, what to tell the student) for choice ``index`` (0-based)."""
    choice = question.choices[index]
    if choice.correct:
        return True, choice.feedback or question.explanation or say("Right.")
    return False, choice.feedback or say("Not quite: think again.")


def check_number(question: Question, value: float) -> tuple[bool, str]:
    """(right?, what to tell the student) for a typed number."""
    tol = question.tolerance if question.tolerance is not None else max(1e-9, 1e-6 * abs(question.answer))
    if math.isfinite(value) and abs(value - question.answer) <= tol:
        return True, question.explanation or say("Right.")
    return False, say("Not quite: {value:g} is not it. Look again and try once more.", value=value)


# -- reading -----------------------------------------------------------------------------------

_WHAT = {str: say("a string"), bool: say("true or false"), list: say("a list"), dict: say("an object"),
         int: say("a whole number"), float: say("a number")}


def _get(obj: dict, path: str, key: str, expected: type, default: Any = ...) -> Any:
    where, v, found = member(obj, path, key, default)
    if not found:
        return v
    ok = isinstance(v, expected) and (expected is bool or not isinstance(v, bool))
    if expected is float:
        ok = isinstance(v, (int, float)) and not isinstance(v, bool)
        if ok and not abs(v) < 1e300:  # compared before float(v), which overflows for a 400-digit whole number
            raise JsonProblem(where, say("the number is too large"))
        ok = ok and math.isfinite(v)
    if not ok:
        raise JsonProblem(where, say("expected {what}, got {kind}", what=_WHAT[expected], kind=kind_of(v)))
    return float(v) if expected is float else v


def _text(obj: dict, path: str, key: str, required: bool = True, limit: int = MAX_TEXT_CHARS) -> str:
    v = _get(obj, path, key, str, ... if required else "")
    if required and not v.strip():
        raise JsonProblem(f"{path}.{key}" if path else key, say("is empty"))
    if len(v) > limit:
        raise JsonProblem(f"{path}.{key}" if path else key, say("is {n:,} characters long; the limit is {limit:,}",
                                                                n=len(v), limit=limit))
    if "\0" in v:
        raise JsonProblem(f"{path}.{key}" if path else key, say("contains a NUL character"))
    return v


def _question_text(obj: dict, path: str, key: str, required: bool = True) -> str:
    """A question's prompt, choice, feedback or explanation: a few lines of the lesson panel at the most."""
    v = _text(obj, path, key, required, MAX_QUESTION_CHARS)
    lines = len(v.splitlines())
    if lines > MAX_QUESTION_LINES:
        raise JsonProblem(f"{path}.{key}", say("has {n:,} lines; the limit is {limit:,}", n=lines,
                                                limit=MAX_QUESTION_LINES))
    return v


def _object(v: Any, path: str, known: tuple[str, ...]) -> dict:
    if not isinstance(v, dict):
        raise JsonProblem(path, say("expected an object, got {kind}", kind=kind_of(v)))
    unknown = [k for k in v if k not in known]
    if unknown:
        raise JsonProblem(f"{path}.{unknown[0]}", say("unknown key (known keys: {keys})", keys=", ".join(known)))
    return v


def _state(v: Any, path: str, source: str) -> tuple[Document, str]:
    d = _object(v, path, ("preset", "dataset", "settings", "trained", "start"))
    doc: dict[str, Any] = {"format": DOCUMENT_FORMAT, "version": DOCUMENT_VERSION}
    if "preset" in d:
        name = _get(d, path, "preset", str)
        if name not in PRESETS:
            raise JsonProblem(f"{path}.preset", f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}")
        preset = PRESETS[name]
        base = document_to_dict(Document(preset.dataset(), preset.settings))
        doc["dataset"], doc["settings"] = base["dataset"], base["settings"]
    elif "dataset" not in d:
        raise JsonProblem(f"{path}.dataset", say("missing (give a dataset, or a preset to take it from)"))
    if "dataset" in d:
        doc["dataset"] = d["dataset"]
    if "settings" in d:
        settings = _get(d, path, "settings", dict)
        # a document may carry keys a later version adds; a lesson is written by hand: a typo ("learning_rat")
        # would silently keep the preset's value, so every key must be a setting
        _object(settings, f"{path}.settings", tuple(FIELD))
        doc["settings"] = {**doc.get("settings", {}), **settings}
    if d.get("trained") is not None:
        doc["trained"] = d["trained"]
    start = _get(d, path, "start", str, WEIGHTS if doc.get("trained") else SEED)
    if start not in (SEED, WEIGHTS):
        raise JsonProblem(f"{path}.start", f"expected 'seed' or 'weights', got {start!r}")
    if start == WEIGHTS and not doc.get("trained"):
        raise JsonProblem(f"{path}.trained", "missing: start is 'weights' but no weights are given")
    try:
        document = document_from_dict(doc, source=path)
    except DocumentError as e:
        raise JsonProblem(path, str(e).removeprefix(f"{path}: ")) from None
    return document, start


def _action(v: Any, path: str) -> Action:
    d = _object(v, path, ("type", "n", "iteration", "setting"))
    kind = _get(d, path, "type", str)
    if kind not in ACTIONS:
        raise JsonProblem(f"{path}.type", f"unknown action {kind!r}; choose one of {', '.join(ACTIONS)}")
    n = None
    if kind in ("step_n", "play_to"):
        key = "n" if kind == "step_n" else "iteration"
        n = _get(d, path, key, int)
        if not 1 <= n <= 10**9:
            raise JsonProblem(f"{path}.{key}", f"expected 1 to 1,000,000,000, got {n}")
    setting = None
    if kind == "change_setting" and "setting" in d:
        setting = _get(d, path, "setting", str)
        if setting not in Settings().to_dict():
            raise JsonProblem(f"{path}.setting", f"unknown setting {setting!r}; choose one of "
                       f"{', '.join(Settings().to_dict())}")
    return Action(kind, n, setting)


def _question(v: Any, path: str, state: Document | None) -> Question:
    d = _object(v, path, ("type", "prompt", "choices", "answer", "tolerance", "quantity", "row", "column",
                          "explanation"))
    kind = _get(d, path, "type", str)
    if kind not in QUESTIONS:
        raise JsonProblem(f"{path}.type", f"unknown question type {kind!r}; choose one of {', '.join(QUESTIONS)}")
    prompt = _question_text(d, path, "prompt")
    explanation = _question_text(d, path, "explanation", required=False)
    tolerance = _get(d, path, "tolerance", float, None)
    if tolerance is not None and tolerance < 0:
        raise JsonProblem(f"{path}.tolerance", say("must be 0 or more"))
    if kind == "choice":
        items = _get(d, path, "choices", list)
        if len(items) < 2:
            raise JsonProblem(f"{path}.choices", say("expected at least 2 choices, got {n}", n=len(items)))
        if len(items) > MAX_CHOICES:
            raise JsonProblem(f"{path}.choices", say("{n} choices; the limit is {limit}", n=len(items),
                                                     limit=MAX_CHOICES))
        choices = []
        for i, c in enumerate(items):
            cd = _object(c, f"{path}.choices[{i}]", ("text", "correct", "feedback"))
            choices.append(Choice(_question_text(cd, f"{path}.choices[{i}]", "text"),
                                  _get(cd, f"{path}.choices[{i}]", "correct", bool, False),
                                  _question_text(cd, f"{path}.choices[{i}]", "feedback", required=False)))
        if not any(c.correct for c in choices):
            raise JsonProblem(f"{path}.choices", say("no choice is marked correct (the question has no answer)"))
        return Question(kind, prompt, tuple(choices), explanation=explanation)
    if kind == "number":
        if "answer" not in d:
            raise JsonProblem(f"{path}.answer", say("missing (the question has no answer)"))
        return Question(kind, prompt, answer=_get(d, path, "answer", float), tolerance=tolerance,
                        explanation=explanation)
    if "quantity" not in d:
        raise JsonProblem(f"{path}.quantity", "missing (which quantity of the inspector to predict, e.g. \"l2_delta\")")
    quantity = _get(d, path, "quantity", str)
    if not QUANTITY.fullmatch(quantity):
        raise JsonProblem(f"{path}.quantity", f"{quantity!r} is not a quantity of the inspector "
                   "(l1, syn0, l2_error, l2_delta, l1_error, l1_delta, 'syn0 update', y, ...)")
    row, column = _get(d, path, "row", int), _get(d, path, "column", int, 1)
    for key, value in (("row", row), ("column", column)):
        if value < 1:
            raise JsonProblem(f"{path}.{key}", f"rows and columns count from 1, got {value}")
    if state is not None:
        check_quantity(quantity, row, column, state, path)
    return Question(kind, prompt, tolerance=tolerance, quantity=quantity, row=row - 1, column=column - 1,
                    explanation=explanation)


def _hide(d: dict, path: str, state: Document | None) -> tuple[str, ...]:
    """A step's ``hide``: names from HIDE_NAMES or quantities of the inspector in the step's network."""
    names = _get(d, path, "hide", list)
    for i, name in enumerate(names):
        check_hidden(name, f"{path}.hide[{i}]", state)
    return tuple(dict.fromkeys(names))


def _step(v: Any, path: str, state: Document | None, source: str, require_state: bool = True) -> Step:
    d = _object(v, path, ("title", "text", "state", "visible", "action", "question", "hide"))
    text = _text(d, path, "text")
    title = _text(d, path, "title", required=False, limit=MAX_TITLE_CHARS)
    doc, start = (None, SEED)
    if "state" in d:
        doc, start = _state(d["state"], f"{path}.state", source)
        state = doc
    elif state is None and require_state:
        raise JsonProblem(f"{path}.state", say("missing: the first step must load a state (a preset or a dataset)"))
    visible = None
    if "visible" in d:
        names = _get(d, path, "visible", list)
        for i, n in enumerate(names):
            if not isinstance(n, str):
                raise JsonProblem(f"{path}.visible[{i}]", f"expected a panel name, got {kind_of(n)}")
            if n not in PANELS:
                raise JsonProblem(f"{path}.visible[{i}]", f"unknown panel {n!r}; choose from {', '.join(PANELS)}")
        visible = tuple(dict.fromkeys(names))
    action = _action(d["action"], f"{path}.action") if "action" in d else None
    question = _question(d["question"], f"{path}.question", state) if "question" in d else None
    if question is not None and question.kind == "prediction" and (action is None or action.kind not in (
            "step", "step_n", "train", "play_to")):
        raise JsonProblem(f"{path}.action", say("a prediction question needs an action that trains (a Step, Step N, "
                                                 "Train or Play to an iteration): the prediction is checked when it is "
                                                 "done"))
    hide: tuple[str, ...] = ()
    if "hide" in d:
        hide = _hide(d, path, state)
        if hide and question is None:
            raise JsonProblem(f"{path}.hide", say("the step asks no question: nothing would show what it hides again"))
    return Step(text, title, doc, start, visible, action, question, hide)


def lesson_from_dict(d: Any, source: str = "<lesson>") -> Lesson:
    """A validated Lesson from parsed JSON; LessonError lists every problem found with its place."""
    problems: list[str] = []
    try:
        check_header(d, FORMAT, VERSION, say("lesson"), version_word=say("lesson version"),
                     hints=((DOCUMENT_FORMAT, say(" (this is a document: open it with File > Open)")),))
        _object(d, "(top level)", ("format", "version", "title", "audience", "steps"))
        lesson = Lesson(_text(d, "", "title", limit=MAX_TITLE_CHARS),
                        _text(d, "", "audience", required=False, limit=500))
        steps = _get(d, "", "steps", list)
        if not steps:
            raise JsonProblem("steps", say("the lesson has no steps"))
        if len(steps) > MAX_STEPS:
            raise JsonProblem("steps", say("{n} steps; the limit is {limit}", n=len(steps), limit=MAX_STEPS))
    except JsonProblem as e:
        raise LessonError(say("{source}: {problem}", source=source, problem=e.args[0]), source) from None
    state, state_broken = None, False
    for i, s in enumerate(steps):
        try:
            step = _step(s, f"steps[{i}]", state, source, require_state=not state_broken)
            state = step.state or state
            lesson.steps.append(step)
        except JsonProblem as e:
            problems.append(e.args[0])
            # a step whose state is wrong: later steps are not blamed for missing one
            state_broken = state_broken or isinstance(s, dict) and "state" in s
    if problems:
        items = [say("{source}: {problem}", source=source, problem=p) for p in problems[:MAX_REPORTED_PROBLEMS]]
        if len(problems) > MAX_REPORTED_PROBLEMS:
            items.append(say("(and {n} more problems)", n=len(problems) - MAX_REPORTED_PROBLEMS))
        raise LessonError(one_per_line(items), source)
    return lesson


def parse_lesson(text: str, source: str = "<text>") -> Lesson:
    if not text.strip():
        raise LessonError(say("{source}: the file is empty (expected a lesson: a JSON object)", source=source), source)
    try:
        d = load_json(text)
    except JsonTextError as e:
        raise LessonError(say("{source}: {problem}", source=source, problem=e.args[0]), source) from None
    return lesson_from_dict(d, source)


def read_lesson(path: str | os.PathLike) -> Lesson:
    """A lesson from a file; LessonError names the file, the place and the problem.

    Only a regular file of at most MAX_LESSON_BYTES is read (a FIFO or a device is refused without blocking)."""
    name = os.fspath(path)
    try:
        text = read_text(name, MAX_LESSON_BYTES)
    except UnreadableText as e:
        raise LessonError(e.args[0], name) from None
    return parse_lesson(text, name)


__all__ = ["FORMAT", "VERSION", "SUFFIX", "PANELS", "ACTIONS", "QUESTIONS", "HIDE_NAMES", "SEED", "WEIGHTS", "MAX_LESSON_BYTES",
           "MAX_TITLE_CHARS",
           "LessonError", "Lesson", "Step", "Question", "Choice", "Action", "Event", "action_done", "check_choice",
           "check_number", "read_lesson", "parse_lesson", "lesson_from_dict"]
