"""What the step editor shows for the lesson format's keywords: a name in the interface language, never the key.

The file keeps the keys (``step_n``, ``decision_map``, ``learning_rate``, ``l2_delta``); the editor's combo boxes
and check boxes show these names and hold the key as the item's data. Settings are named as the settings form
names them (``setting_fields.field_name``), quantities as the backprop inspector shows them (the notebook's names,
``l2_delta``, ``syn0 update`` in the interface language), each after a few words saying what it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from playground.core.data.settings import FIELD
from playground.core.files.documents import Document
from playground.ui.experiment.setting_fields import field_name

CONTEXT = "StepDialog"
NO_ACTION, NO_QUESTION, ANY_SETTING = "", "", ""  # the item data of "no action", "no question", "any setting"

ACTION_NAMES = {
    "train": QT_TRANSLATE_NOOP("StepDialog", "Train (a whole run)"),
    "step": QT_TRANSLATE_NOOP("StepDialog", "Step once"),
    "step_n": QT_TRANSLATE_NOOP("StepDialog", "Step N iterations"),
    "play_to": QT_TRANSLATE_NOOP("StepDialog", "Play to an iteration"),
    "edit_cell": QT_TRANSLATE_NOOP("StepDialog", "Edit a cell or a weight"),
    "change_setting": QT_TRANSLATE_NOOP("StepDialog", "Change a setting"),
}
QUESTION_NAMES = {
    "choice": QT_TRANSLATE_NOOP("StepDialog", "Multiple choice"),
    "number": QT_TRANSLATE_NOOP("StepDialog", "Type a number"),
    "prediction": QT_TRANSLATE_NOOP("StepDialog", "Predict a value of the inspector"),
}
PANEL_NAMES = {
    "dataset": QT_TRANSLATE_NOOP("StepDialog", "Table"),
    "settings": QT_TRANSLATE_NOOP("StepDialog", "Settings"),
    "train": QT_TRANSLATE_NOOP("StepDialog", "Train and Stop"),
    "reset": QT_TRANSLATE_NOOP("StepDialog", "Reset"),
    "play": QT_TRANSLATE_NOOP("StepDialog", "Play"),
    "step": QT_TRANSLATE_NOOP("StepDialog", "Step and Step N"),
    "speed": QT_TRANSLATE_NOOP("StepDialog", "Speed"),
    "plot": QT_TRANSLATE_NOOP("StepDialog", "Error plot"),
    "diagram": QT_TRANSLATE_NOOP("StepDialog", "Network diagram"),
    "predictions": QT_TRANSLATE_NOOP("StepDialog", "Predictions"),
    "log": QT_TRANSLATE_NOOP("StepDialog", "Log"),
    "decision_map": QT_TRANSLATE_NOOP("StepDialog", "Decision map"),
    "inspector": QT_TRANSLATE_NOOP("StepDialog", "Backprop inspector"),
    "history": QT_TRANSLATE_NOOP("StepDialog", "History"),
}


def tr(text: str) -> str:
    """A text already marked for the translators (QT_TRANSLATE_NOOP) in the editor's context."""
    return QCoreApplication.translate(CONTEXT, text)


def action_name(key: str) -> str:
    return tr(ACTION_NAMES[key]) if key else QCoreApplication.translate("StepDialog", "No action")


def question_name(key: str) -> str:
    return tr(QUESTION_NAMES[key]) if key else QCoreApplication.translate("StepDialog", "No question")


def panel_name(key: str) -> str:
    return tr(PANEL_NAMES[key])


def setting_name(key: str) -> str:
    """A setting as the settings form names it; Adam's knobs (named by their formula symbols) say whose they are."""
    if not key:
        return QCoreApplication.translate("StepDialog", "Any setting")
    name = field_name(FIELD[key])
    return name if name != key else QCoreApplication.translate("StepDialog", "{name} (Adam)").format(name=name)


def inspector_name(key: str) -> str:
    """A quantity's name as the inspector shows it ("syn0 update" in the interface language)."""
    if key.endswith(" update"):
        return QCoreApplication.translate("QuantityCard", "{name} update").format(name=key.removesuffix(" update"))
    return key


def layer_sizes(state: Document | None) -> list[int]:
    """The network's layer sizes in ``state`` (the notebook's 3-4-1 when no state is known)."""
    if state is None:
        return [3, 4, 1]
    return [len(state.dataset.input_columns), *state.settings.hidden, len(state.dataset.target_columns)]


def quantity_keys(state: Document | None) -> list[str]:
    """The quantities a prediction can ask for in the state's network, in the inspector's order."""
    L = len(layer_sizes(state)) - 1
    keys = ["l0"]
    for k in range(L):
        keys += [f"syn{k}", f"l{k + 1}"]
    keys += ["y"]
    for k in range(L, 0, -1):
        keys += [f"l{k}_error", f"l{k}_delta"]
    keys += [f"syn{k} update" for k in range(L - 1, -1, -1)]
    return keys


def quantity_name(key: str, state: Document | None) -> str:
    """What the quantity is, then its name in the inspector: "Output delta (l2_delta)"."""
    translate = QCoreApplication.translate
    L = len(layer_sizes(state)) - 1
    base = key.removesuffix(" update")
    kind = "update" if key.endswith(" update") else base.split("_")[1] if "_" in base else base.rstrip("0123456789")
    k = int(base.removeprefix("syn").removeprefix("l").split("_")[0]) if base != "y" else L
    if kind == "y":
        what = translate("StepDialog", "Targets")
    elif kind in ("syn", "update") and k >= L or k > L:
        what = translate("StepDialog", "Not in this network")
    elif kind == "syn":
        what = translate("StepDialog", "Weights from layer {k} to layer {next}").format(k=k, next=k + 1)
    elif kind == "update":
        what = translate("StepDialog", "Change of the weights from layer {k} to layer {next}").format(k=k, next=k + 1)
    elif kind == "error":
        what = (translate("StepDialog", "Output error") if k == L
                else translate("StepDialog", "Error of hidden layer {k}").format(k=k))
    elif kind == "delta":
        what = (translate("StepDialog", "Output delta") if k == L
                else translate("StepDialog", "Delta of hidden layer {k}").format(k=k))
    elif k == 0:
        what = translate("StepDialog", "Inputs")
    else:
        what = (translate("StepDialog", "Outputs") if k == L
                else translate("StepDialog", "Outputs of hidden layer {k}").format(k=k))
    return translate("StepDialog", "{what} ({name})").format(what=what, name=inspector_name(key))


__all__ = ["NO_ACTION", "NO_QUESTION", "ANY_SETTING", "action_name", "question_name", "panel_name", "setting_name",
           "inspector_name", "quantity_keys", "quantity_name", "layer_sizes"]
