"""Training settings: the network's shape and the knobs of the training loop, described once in ``FIELDS``.

``FIELDS`` is the one table of settings: ``Settings`` (immutable, one attribute per entry), the window's
settings form, the command line's options, the documents' members, the JSON Schema's entries and the
README's settings table are all made from it, each reading it when it needs it. Adding a setting is one
more ``Field`` here plus its maths; tests/core/test_settings_table.py puts a made-up one in a copy of the
table and finds it everywhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import FrozenInstanceError, dataclass
from typing import Any

from playground.core.nn.activations import ACTIVATIONS
from playground.core.nn.losses import LOSSES, OUTPUTS, pair_problem, target_problems
from playground.core.number_text import is_digits
from playground.core.nn.optimizers import OPTIMIZERS
from playground.core.texts import say

MAX_HIDDEN_UNITS = 256
MAX_HIDDEN_LAYERS = 8
MAX_ITERATIONS = 10**9
MAX_LOGGED_POINTS = 100_000
MAX_SEED = 2**31 - 1  # what the window's seed box (a Qt int) can show
MIN_LEARNING_RATE, MAX_LEARNING_RATE = 1e-12, 1e5
# Upper ends of two settings that had none: the window's fields show these at the most (a Qt spin box
# holds a 32-bit int, so a bigger number could not even be shown), and a batch larger than the table
# is all of its rows anyway.
MAX_BATCH_SIZE = 1_000_000
MAX_L2 = 1000.0


NOTEBOOK, ADVANCED = "notebook", "advanced"  # the groups: the notebook's knobs, and those beyond it


DECIMALS = 15  # the decimals a setting keeps (the settings form's number fields hold this many)


def shown_number(value) -> str:
    """A number in a message: short, yet never rounded onto a limit it broke (100000.0000001, not 100000);
    a whole number too large for a float by its count of digits. Made with ``say``: the window writes it
    with its language's decimal comma and thousands separator (5.000 in German, where 5,000 is five)."""
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return say("{n:,}", n=value) if abs(value) < 10 ** 16 else say("{n:g}", n=float(value))
        short = f"{value:g}"
        return say("{n:g}", n=value) if float(short) == value else say("{n}", n=float(value))
    except OverflowError:
        digits = len(str(abs(value)))
        return say("-a number of {n:,} digits", n=digits) if value < 0 else say("a number of {n:,} digits", n=digits)


@dataclass(frozen=True)
class Field:
    """One setting, the single description every part of the app is made from.

    Its name in ``Settings`` and in documents, its range (the reader, the CLI and the window all check
    settings with :meth:`Settings.problems`, which goes through ``FIELDS``: a value outside the range
    is refused with the field named, never clamped), its default, and what people read about it: the
    settings form builds one widget per field from its kind, range, choices, ``title``, ``help`` and
    ``group`` (``playground.ui.experiment.controls``); the command line one option (``playground.cli_parser``);
    the documents read and write it (``playground.core.files.json_values``); the JSON Schema's entry and the
    README's settings table are generated from it (``playground.core.files.settings_table``). A new setting
    is one more entry here, plus its maths (tests/core/test_settings_table.py adds a made-up one).

    ``title``, ``spoken`` and ``help`` are made with ``say``, so the window shows them translated
    (their context is "Core"); the headless CLI, the schema and the README use them in English.
    """

    name: str
    label: str  # as the messages name it ("learning rate must be ...")
    kind: type  # int, float, bool, str; tuple for the hidden layer sizes
    low: float | None = None
    high: float | None = None  # None: no upper end
    choices: tuple[str, ...] = ()
    open_low: bool = False  # the range excludes ``low`` itself
    open_high: bool = False  # the range excludes ``high`` itself
    optional: bool = False  # None is allowed (batch_size: all rows)
    default: Any = None
    group: str = ADVANCED  # NOTEBOOK: the form's first rows and a version 1 document's settings
    title: str = ""  # the form's label (& marks the Alt+letter; a check box's own text)
    help: str = ""  # the form's tooltip, and the CLI's, the schema's and the README's description
    spoken: str | None = None  # the screen reader's name when the title is too short to say it
    none_text: str | None = None  # an optional field's word for None ("all rows")
    option: str | None = None  # the command line's flag; default --name with dashes
    metavar: str | None = None  # the command line's name of the value
    step: float | None = None  # a spin box's single step
    grouped: bool = False  # show thousands separators (big whole numbers)
    beside: str | None = None  # the form shows it on this other setting's row
    shown_when: tuple[str, tuple[str, ...]] | None = None  # (setting, values): used only then (the form hides it)

    @property
    def flag(self) -> str:
        """The command line's option for this setting (``--lr``, ``--batch-size``)."""
        return self.option or "--" + self.name.replace("_", "-")

    @property
    def version(self) -> int:
        """The document version that introduced it: 1 for the notebook's settings, 2 for those beyond."""
        return 1 if self.group == NOTEBOOK else 2

    def in_use(self, settings: "Settings") -> bool:
        """False when the setting does not matter for these settings (momentum's mu under plain gd)."""
        return self.shown_when is None or getattr(settings, self.shown_when[0]) in self.shown_when[1]

    def range_text(self) -> str:
        """The allowed values in words, as the README, the schema and the CLI's help say them."""
        if self.kind is tuple:
            return f"at most {MAX_HIDDEN_LAYERS} layers of {self.low:g} to {self.high:g} units; 0 for none"
        if self.choices:
            return ", ".join(self.choices)
        if self.kind is bool:
            return "on or off"
        if self.kind is int:
            text = f"at least {self.low:,}" if self.high is None else f"{self.low:,} to {self.high:,}"
        else:
            text = self._range().replace("between ", "").replace(" and ", " to ", 1) if not (
                self.open_low or self.open_high) else self._range()
        return text + (f", or none: {self.none_text}" if self.optional and self.none_text else "")

    def default_text(self) -> str:
        """The default as the command line would write it."""
        value = self.default
        if value is None:
            return str(self.none_text or "none")
        if self.kind is tuple:
            return format_hidden(value)
        if self.kind is bool:
            return "on" if value else "off"
        return f"{value:g}" if isinstance(value, float) else str(value)

    def _range(self) -> str:
        """The allowed numbers in words, for messages (made with ``say``: translated in the window)."""
        if self.high is not None and not (self.open_low or self.open_high):
            return say("between {low:g} and {high:g}", low=self.low, high=self.high)
        low = say("above {low:g}", low=self.low) if self.open_low else say("at least {low:g}", low=self.low)
        if self.high is None:
            return low
        if self.open_high:
            return say("{low} and below {high:g}", low=low, high=self.high)
        return say("{low} and at most {high:g}", low=low, high=self.high)

    def problem(self, value) -> str | None:
        """Why ``value`` is not allowed for this field, or None."""
        if value is None and self.optional:
            return None
        if self.kind is tuple:
            if len(value) > MAX_HIDDEN_LAYERS:
                return say("at most {most} hidden layers, got {n}", most=MAX_HIDDEN_LAYERS, n=len(value))
            bad = [(i, h) for i, h in enumerate(value) if not self.low <= h <= self.high]
            if bad:
                i, h = bad[0]
                return say("hidden layer {i} has {n} units; use {low} to {high}", i=i + 1, n=h, low=self.low,
                           high=self.high)
            return None
        if self.choices:
            return None if value in self.choices else say("unknown {label} {value}; choose one of {choices}",
                                                          label=self.label, value=repr(value),
                                                          choices=", ".join(self.choices))
        if self.kind is bool:
            return None if isinstance(value, bool) else say("{label}: expected true or false, got {value}",
                                                            label=self.label, value=repr(value))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or self.kind is int and not isinstance(
                value, int):
            if self.kind is int:
                return say("{label} must be a whole number, got {value}", label=self.label, value=repr(value))
            return say("{label} must be a number, got {value}", label=self.label, value=repr(value))
        # a JSON whole number may be too large for a float (10**400): finite, and compared exactly below
        if self.kind is float and isinstance(value, float) and not math.isfinite(value):
            return say("{label} must be a finite number, got {value}", label=self.label, value=value)
        low_ok = value > self.low if self.open_low else value >= self.low
        high_ok = self.high is None or (value < self.high if self.open_high else value <= self.high)
        if low_ok and high_ok:
            if isinstance(value, float) and value != 0 and not math.isclose(round(value, DECIMALS), value,
                                                                             rel_tol=1e-9):
                # the form keeps DECIMALS decimals: the file, the command line and the window agree on it
                zero = self.low < 0 or (self.low == 0 and not self.open_low)
                if zero:
                    return say("{label} {value} has more decimals than a setting keeps ({decimals}); use 0 or at "
                               "least {least:g}", label=self.label, value=shown_number(value), decimals=DECIMALS,
                               least=10.0 ** -DECIMALS)
                return say("{label} {value} has more decimals than a setting keeps ({decimals}); use at least "
                           "{least:g}", label=self.label, value=shown_number(value), decimals=DECIMALS,
                           least=10.0 ** -DECIMALS)
            return None
        if self.kind is int:
            if self.high is None:
                return say("{label} must be at least {low:,}, got {value}", label=self.label, low=self.low,
                           value=shown_number(value))
            return say("{label} must be between {low:,} and {high:,}, got {value}", label=self.label, low=self.low,
                       high=self.high, value=shown_number(value))
        if self.high is not None and not (self.open_low or self.open_high):  # its own words in some languages
            return say("{label} must be between {low:g} and {high:g}, got {value}", label=self.label, low=self.low,
                       high=self.high, value=shown_number(value))
        return say("{label} must be {range}, got {value}", label=self.label, range=self._range(),
                   value=shown_number(value))


_ADAM = ("optimizer", ("adam",))
FIELDS = (
    Field("hidden", say("hidden layers"), tuple, 1, MAX_HIDDEN_UNITS, default=(4,), group=NOTEBOOK,
          title=say("Hidden &units"), spoken=say("Hidden units"), metavar="4,3",
          help=say("The sizes of the hidden layers, separated by commas: 4 is one layer of 4 units, 4,3 two "
                   "layers. 0 = no hidden layer: the inputs connect straight to the output, like the notebook's "
                   "first example.")),
    Field("iterations", say("iterations"), int, 1, MAX_ITERATIONS, default=60000, group=NOTEBOOK, step=1000, grouped=True,
          title=say("&Iterations"), metavar="N",
          help=say("How many times the network sees the whole table and adjusts its weights.")),
    Field("learning_rate", say("learning rate"), float, MIN_LEARNING_RATE, MAX_LEARNING_RATE, default=1.0,
          group=NOTEBOOK, step=0.1, option="--lr", metavar="X", title=say("Lear&ning rate"),
          help=say("Learning rate: how big each weight change is. The notebook uses 1. Too big and the units "
                   "saturate; too small and learning is slow.")),
    Field("activation", say("activation"), str, choices=tuple(ACTIVATIONS), default="sigmoid", group=NOTEBOOK,
          title=say("&Activation"), spoken=say("Hidden activation"),  # a combo box is otherwise named by its choice
          help=say("The function each hidden unit applies to its input. The output uses the sigmoid (0 to 1) "
                   "unless Advanced chooses another.")),
    Field("bias", say("bias"), bool, default=False, group=NOTEBOOK, title=say("&Bias"),
          help=say("Give every unit an extra weight from a constant 1, so it can shift its threshold. The "
                   "notebook has none: its third input column is always 1.")),
    Field("seed", say("seed"), int, 0, MAX_SEED, default=1, group=NOTEBOOK, title=say("&Seed"), metavar="S",
          help=say("The random seed of the starting weights. The same seed always gives the same start, so runs "
                   "can be repeated exactly.")),
    Field("log_every", say("log interval"), int, 1, MAX_ITERATIONS, default=10000, group=NOTEBOOK, grouped=True,
          title=say("Lo&g every"), metavar="N",
          help=say("Write the error to the log every this many iterations (the notebook prints every 10,000).")),
    # beyond the notebook (playground.core.nn.rules); the defaults are the notebook's rule
    Field("output", say("output"), str, choices=OUTPUTS, default="sigmoid", title=say("Output"),
          spoken=say("Output layer"),
          help=say("The output layer: sigmoid (0 to 1, the notebook's), softmax (one probability per target "
                   "column, for classes) or linear (any number).")),
    Field("loss", say("loss"), str, choices=LOSSES, default="notebook", beside="output", title=say("Loss"),
          help=say("What the network learns to make small. notebook: 0.5*sum((y - out)^2) through the sigmoid's "
                   "slope; cross-entropy: delta = y - out, so a unit that is sure and wrong still learns fast; "
                   "squared: for linear.")),
    Field("l2", say("L2 weight decay"), float, 0.0, MAX_L2, default=0.0, step=0.001, metavar="LAMBDA",
          title=say("L2 decay"), spoken=say("L2 weight decay"),
          help=say("L2 weight decay: every update also pulls each weight towards 0 by lr * L2 * weight. "
                   "0 = none (the notebook).")),
    Field("optimizer", say("optimizer"), str, choices=tuple(OPTIMIZERS), default="gd", title=say("Optimizer"),
          help=say("gd: the notebook's step. momentum: v = mu*v + direction, step lr*v. adam: steps scaled by "
                   "running averages of each gradient and its square.")),
    Field("momentum", say("momentum"), float, 0.0, 1.0, open_high=True, default=0.9, step=0.05, metavar="MU",
          shown_when=("optimizer", ("momentum",)), title=say("mu"), spoken=say("Momentum"),
          help=say("Momentum mu: how much of the last step is kept (0.9 keeps 90%).")),
    Field("beta1", say("beta1"), float, 0.0, 1.0, open_high=True, default=0.9, shown_when=_ADAM, title=say("beta1"),
          help=say("Adam's beta1: the decay of the running average of each gradient.")),
    Field("beta2", say("beta2"), float, 0.0, 1.0, open_high=True, default=0.999, shown_when=_ADAM, title=say("beta2"),
          help=say("Adam's beta2: the decay of the running average of each gradient's square.")),
    Field("eps", say("eps"), float, 0.0, 1.0, open_low=True, open_high=True, default=1e-8, shown_when=_ADAM,
          title=say("eps"),
          help=say("Adam's eps: added to the square root in the step's denominator, so it never divides by 0.")),
    Field("batch_size", say("batch size"), int, 1, MAX_BATCH_SIZE, optional=True, default=None, beside="l2", metavar="B",
          title=say("Batch"), spoken=say("Batch size"), none_text=say("all rows"),
          help=say("Rows per update. All rows = the notebook's full batch; fewer: each epoch shuffles the "
                   "training rows and updates once per batch.")),
)


class _FieldsByName(Mapping):
    """``FIELDS`` by name, read at call time: a test that puts another table in ``FIELDS`` is seen here too."""

    def __init__(self) -> None:
        self._of: tuple = ()
        self._by_name: dict[str, Field] = {}

    def _table(self) -> dict[str, Field]:
        if self._of is not FIELDS:
            self._of, self._by_name = FIELDS, {f.name: f for f in FIELDS}
        return self._by_name

    def __getitem__(self, name: str) -> Field:
        return self._table()[name]

    def __iter__(self):
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

    def __contains__(self, name: object) -> bool:
        return name in self._table()


FIELD: Mapping[str, Field] = _FieldsByName()


class Settings:
    """The training settings: one attribute per entry of ``FIELDS`` (``settings.learning_rate``), immutable.

    ``Settings(seed=2)`` takes every setting not given from its field's default; an unknown name is a
    TypeError. They compare, hash and print by their values, like the frozen dataclass they were; they
    are made from ``FIELDS`` when created, so a new setting needs no edit here.
    """

    def __init__(self, **values: Any) -> None:
        table = FIELD
        for name in values:
            if name not in table:
                raise TypeError(f"Settings() got an unexpected keyword argument {name!r}")
        own = self.__dict__
        for f in FIELDS:
            own[f.name] = values[f.name] if f.name in values else f.default

    def __getattr__(self, name: str):
        # only for a setting added to FIELDS after these settings were made: it has its default
        f = FIELD.get(name) if not name.startswith("__") else None
        if f is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return f.default

    def __setattr__(self, name: str, value) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def values(self) -> tuple:
        """The value of every setting, in the order of FIELDS."""
        return tuple(getattr(self, f.name) for f in FIELDS)

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        return type(other) is Settings and self.values() == other.values()

    def __hash__(self) -> int:
        return hash(self.values())

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in FIELDS) + ")"

    def field_problems(self) -> list[str]:
        """Values outside their field's range (each message names the field)."""
        return [p for p in (f.problem(getattr(self, f.name)) for f in FIELDS) if p]

    def problems(self) -> list[str]:
        """What is wrong with these settings, one sentence each; empty when fine."""
        out = self.field_problems()  # each field's own range, from FIELDS
        if out:
            return out
        # the rules between fields
        if -(-self.iterations // self.log_every) > MAX_LOGGED_POINTS:  # logged at 0, N, 2N, ...
            out.append(say("logging every {every} of {n:,} iterations would log more than {most:,} lines; log less "
                           "often", every=self.log_every, n=self.iterations, most=MAX_LOGGED_POINTS))
        why = pair_problem(self.output, self.loss)
        if why:
            out.append(why)
        return out

    def data_problems(self, Y) -> list[str]:
        """Why these training targets (rows x target columns) do not fit the output layer."""
        return target_problems(self.output, Y)

    @property
    def is_notebook_rule(self) -> bool:
        """True when the learning rule is the notebook's: every setting beyond it that is in use (momentum's
        mu only under momentum, Adam's betas only under Adam) has its default."""
        return all(getattr(self, f.name) == f.default for f in FIELDS if f.group != NOTEBOOK and f.in_use(self))

    def same_run(self, other: "Settings") -> bool:
        """True when the two differ at most in the number of iterations (one run can go on to either)."""
        # field by field: the window asks this on every keystroke, and building two Settings each time
        # was a good part of the 8 built per keystroke (issue 22)
        return all(getattr(self, f.name) == getattr(other, f.name) for f in FIELDS if f.name != "iterations")

    def with_(self, **changes) -> "Settings":
        """These settings with ``changes`` (an unknown name is a TypeError)."""
        return Settings(**{**{f.name: getattr(self, f.name) for f in FIELDS}, **changes})

    def to_dict(self) -> dict:
        """Every setting by name, as JSON writes it (the hidden sizes as a list)."""
        return {f.name: list(v) if f.kind is tuple else v for f, v in zip(FIELDS, self.values())}


def experiment_problems(dataset, settings: Settings) -> list[str]:
    """Everything that stops these settings training on this table, one sentence each (empty: it can train).

    The settings' own problems, the table's (targets outside [0, 1] only for a linear output may
    stay), and whether the training rows' targets fit the output (softmax: one-hot rows)."""
    out = settings.problems()
    out += [p.describe(dataset.names) for p in dataset.problems(output=settings.output)]
    if not out:
        out += settings.data_problems(dataset.split()[1])
    return out


def parse_hidden(text: str) -> tuple[int, ...]:
    """'4' -> (4,), '4,3' -> (4, 3), '0' -> () (no hidden layer). Raises ValueError with the reason.

    Nothing at all ('', ',') is refused rather than read as "no hidden layer": that is written 0.
    '4-3' is '4,3' too (as the atlas writes two layers, so an atlas value can be given to train); with
    dashes every size is written: '4--3', '-4' and '4-' are refused, and so is '4-3,2' (which separator?).
    Two commas with nothing between ('4,,3') are refused too, as the atlas refuses them.
    """
    text = text.strip()
    if text == "0":
        return ()
    if "-" in text:
        parts = [p.strip() for p in text.split("-")]
        if "," in text:
            raise ValueError(say("{text}: separate the layers with commas (4,3) or with dashes (4-3), not both",
                                 text=repr(text)))
        if any(not p for p in parts):
            raise ValueError(say("{text} has a dash with no layer size on one side; write e.g. 4-3 for two layers "
                                 "of 4 and 3 units", text=repr(text)))
    else:
        if re.search(r",\s*,", text):  # as the atlas: "4,,3" is a slip (a size left out?), not the layers 4 and 3
            raise ValueError(say("{text} has an empty layer size between two commas; write e.g. 4,3 for two layers "
                                 "of 4 and 3 units", text=repr(text)))
        parts = [p.strip() for p in text.replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise ValueError(say("no layer sizes given; write e.g. 4 or 4,3, or 0 for no hidden layer"))
    sizes = []
    for i, p in enumerate(parts):
        if not is_digits(p):  # ASCII digits only: '²'.isdigit() is true, and int() reads '٣'
            raise ValueError(say("hidden layer {i}: {text} is not a whole number", i=i + 1, text=repr(p)))
        n = int(p)
        if not 1 <= n <= MAX_HIDDEN_UNITS:
            raise ValueError(say("hidden layer {i}: {n} units; use 1 to {most}", i=i + 1, n=n, most=MAX_HIDDEN_UNITS))
        sizes.append(n)
    if len(sizes) > MAX_HIDDEN_LAYERS:
        raise ValueError(say("at most {most} hidden layers", most=MAX_HIDDEN_LAYERS))
    return tuple(sizes)


def format_hidden(hidden: tuple[int, ...]) -> str:
    return ",".join(str(h) for h in hidden) if hidden else "0"


__all__ = ["Settings", "Field", "FIELDS", "FIELD", "NOTEBOOK", "ADVANCED", "experiment_problems", "parse_hidden", "format_hidden"]
