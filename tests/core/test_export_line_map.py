"""The exported script's line map: for every quantity the inspector shows, the line of the script that assigns it.

"Show in script" opens the script at ``script_with_lines(...).line_of(name)``; these tests read
the script as Python (its syntax tree) and check that the mapped line assigns that name, inside
the training loop for what the loop computes, for every activation, output and loss, optimiser,
bias, depth, batch and L2 setting, and that every quantity of that setting's inspector trace
has its line.
"""

import ast
import itertools

import numpy as np
import pytest

from playground.core.nn import step
from playground.core.nn.activations import ACTIVATIONS
from playground.core.data.dataset import Dataset
from playground.core.explain.export import python_script, script_with_lines
from playground.core.explain.inspection import trace_iteration
from playground.core.nn.losses import PAIRS
from playground.core.nn.network import Network
from playground.core.nn.optimizers import OPTIMIZERS
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings

# one-hot targets fit every output (softmax needs them; sigmoid and linear take them as numbers)
X3 = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0], [0, 0.5]])
Y3 = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]])


def three_classes(test_rows=(4,)) -> Dataset:
    ds = Dataset.from_arrays(X3, Y3, ["x1", "x2"], ["red", "green", "blue"])
    ds.test = np.isin(np.arange(len(X3)), test_rows)  # held-out rows add a predict() with its own l1, l2
    return ds


def assignments(tree: ast.Module) -> tuple[dict[int, str], dict[int, str]]:
    """(line -> name assigned there at the top level, line -> name assigned inside the training loop)."""
    def targets(node) -> list[str]:
        if isinstance(node, ast.Assign):
            found = []
            for t in node.targets:
                found += [e.id for e in (t.elts if isinstance(t, ast.Tuple) else [t]) if isinstance(e, ast.Name)]
            return found
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            return [node.target.id]
        return []

    top = {node.lineno: name for node in tree.body for name in targets(node)}
    loops = [node for node in tree.body if isinstance(node, ast.For)]
    assert len(loops) == 1  # the training loop
    inside = {node.lineno: name for node in ast.walk(loops[0]) for name in targets(node)}
    return top, inside


def check_line_map(dataset: Dataset, settings: Settings) -> None:
    script = script_with_lines(dataset, settings)
    assert script.text == python_script(dataset, settings)  # what File > Export > Python script writes
    text_lines = script.text.splitlines()
    top, inside = assignments(ast.parse(script.text))
    L = len(settings.hidden) + 1
    for name, line in script.lines.items():
        assigned = name.removesuffix(" update")
        where = top if name in {"y"} | {f"syn{k}" for k in range(L)} | {f"b{k}" for k in range(1, L + 1)} else inside
        assert where.get(line) == assigned, (name, line, text_lines[line - 1])
        assert assigned in text_lines[line - 1]
        assert script.line_of(name) == line
    # every quantity of the inspector's trace of this setting has its line
    X, Y, _, _ = dataset.split()
    network = Network.from_settings(settings, X.shape[1], Y.shape[1])
    names = trace_iteration(network, X, Y).names()
    assert set(names) <= set(script.lines), set(names) - set(script.lines)
    # and the loop's quantities are the loop's lines, the bias updates and optimiser states included
    params = [f"syn{k}" for k in range(L)] + ([f"b{k}" for k in range(1, L + 1)] if settings.bias else [])
    slots = {"gd": [], "momentum": ["v"], "adam": ["m", "s"]}[settings.optimizer]
    expected = ({f"l{k}" for k in range(L + 1)} | {f"l{k}_delta" for k in range(1, L + 1)}
                | {f"l{k}_error" for k in range(1, L + 1)} | {f"{p} update" for p in params}
                | {f"{slot}_{p}" for slot in slots for p in params})
    assert {name for name, line in script.lines.items() if line in inside} == expected
    # each of them is the one description's line of code (core/step.py), the inspector's line too
    for line in step.lines(step.StepSpec.from_settings(settings, n_rows=len(X)), step.SCRIPT):
        name = line.quantity.replace(f"syn{line.layer}", line.param) if line.param else line.quantity
        assert text_lines[script.line_of(name) - 1] == "    " + line.code


ACTIVATION_NAMES = sorted(ACTIVATIONS)
RULES = [(output, loss, optimizer) for (output, loss) in sorted(PAIRS) for optimizer in OPTIMIZERS]


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
@pytest.mark.parametrize("output, loss, optimizer", RULES)
def test_every_mapped_line_assigns_its_quantity_and_every_traced_quantity_has_one(activation, output, loss,
                                                                                 optimizer):
    dataset = three_classes()
    for hidden, bias, batch_size, l2 in itertools.product([(), (3,), (3, 2)], [False, True], [None, 2], [0.0, 0.01]):
        settings = Settings(hidden=hidden, iterations=5, log_every=2, activation=activation, output=output, loss=loss,
                            optimizer=optimizer, bias=bias, batch_size=batch_size, l2=l2, learning_rate=0.5)
        check_line_map(dataset, settings)


def test_the_notebook_presets_lines():
    preset = get_preset("notebook")
    script = script_with_lines(preset.dataset(), preset.settings)
    text = script.text.splitlines()
    assert text[script.line_of("l1") - 1] == "    l1 = nonlin(np.dot(l0, syn0))"
    assert text[script.line_of("l2_delta") - 1] == "    l2_delta = l2_error * nonlin(l2, deriv=True)"
    assert text[script.line_of("syn1 update") - 1] == "    syn1 += l1.T.dot(l2_delta)"
    assert text[script.line_of("syn0 update") - 1] == "    syn0 += l0.T.dot(l1_delta)"
    assert text[script.line_of("syn0") - 1] == "syn0 = 2*np.random.random((3,4)) - 1"
    assert script.line_of("l1") < script.line_of("l2") < script.line_of("l2_error") < script.line_of("l1_delta")
    with pytest.raises(KeyError, match="b1 update"):
        script.line_of("b1 update")  # no bias in the notebook
    with pytest.raises(KeyError, match="m_syn0"):
        script.line_of("m_syn0")  # nor Adam


def test_the_held_out_rows_predict_function_does_not_take_the_loops_lines():
    dataset = three_classes(test_rows=(1, 4))
    settings = Settings(hidden=(3,), iterations=5, log_every=2, output="softmax", loss="cross-entropy", bias=True)
    script = script_with_lines(dataset, settings)
    assert "def predict(rows):" in script.text
    text = script.text.splitlines()
    predict = text.index("def predict(rows):") + 1
    loop = text.index("for j in range(5):") + 1
    assert predict < loop < script.line_of("l0") < script.line_of("l1") < script.line_of("l2")
    assert text[script.line_of("l1") - 1] == "    l1 = nonlin(np.dot(l0, syn0) + b1)"
