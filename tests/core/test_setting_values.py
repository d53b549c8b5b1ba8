"""Setting values at the edges of what a number can be, everywhere a setting comes from (found by an attack):
a JSON whole number too large for a float, values finer than the 15 decimals a setting keeps, and messages
that never round a rejected value onto the limit it broke."""

import json
import os
import subprocess
import sys

import pytest

from playground.core.data.dataset import DataError
from playground.core.data.settings import DECIMALS, FIELD, FIELDS, shown_number
from playground.core.files.documents import read_any

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DECIMAL_FIELDS = [f.name for f in FIELDS if f.kind is float]


def document(tmp_path, settings_text: str):
    path = tmp_path / "doc.nnp"
    path.write_text('{"format": "nn-playground", "version": 2, "dataset": {"columns": [{"name": "a", "role": '
                    '"input"}, {"name": "y", "role": "target"}], "rows": [[0, 0], [1, 1]]}, "settings": {'
                    + settings_text + '}}', encoding="utf-8")
    return path


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("name", DECIMAL_FIELDS)
@pytest.mark.parametrize("sign", ["", "-"])
def test_a_whole_number_too_large_for_a_float_is_refused_with_its_place(tmp_path, name, sign):
    path = document(tmp_path, f'"{name}": {sign}1{"0" * 400}')
    with pytest.raises(DataError) as e:
        read_any(str(path))
    assert f"settings.{name}" in str(e.value) and "401 digits" in str(e.value)


def test_the_command_line_says_so_in_one_line(tmp_path):
    path = document(tmp_path, '"learning_rate": 1' + "0" * 400)
    r = run_cli("train", str(path))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "settings.learning_rate" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("name,value", [("eps", 1e-20), ("l2", 1e-300), ("beta2", 1e-300)])
def test_a_value_finer_than_a_setting_keeps_is_refused_by_the_file_the_cli_and_a_lesson_alike(tmp_path, name, value):
    assert FIELD[name].problem(value) and str(DECIMALS) in FIELD[name].problem(value)
    with pytest.raises(DataError) as e:
        read_any(str(document(tmp_path, f'"optimizer": "adam", "{name}": {value!r}')))
    assert f"settings.{name}" in str(e.value)
    lesson = tmp_path / "t.nnlesson"
    lesson.write_text(json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [
        {"text": "x", "state": {"preset": "xor", "settings": {"optimizer": "adam", name: value}}}]}), encoding="utf-8")
    r = run_cli("lesson", "check", str(lesson))
    assert r.returncode == 2 and f"settings.{name}" in r.stderr and "more decimals" in r.stderr, r.stderr
    assert FIELD[name].problem(10.0 ** -DECIMALS) is None  # the finest value a setting keeps is fine


def test_messages_never_round_a_rejected_value_onto_its_limit():
    assert "100000.0000001" in FIELD["learning_rate"].problem(100000.0000001)
    assert FIELD["l2"].problem(1000.0000000001) and "1000.0000000001" in FIELD["l2"].problem(1000.0000000001)
    assert shown_number(0.5) == "0.5" and shown_number(60000) == "60,000" and shown_number(-10 ** 400).startswith("-")


def test_batch_size_none_on_the_command_line_takes_a_documents_batch_size_back_to_all_rows(tmp_path):
    path = document(tmp_path, '"batch_size": 1, "iterations": 200, "log_every": 100')
    batched = run_cli("train", str(path))
    all_rows = run_cli("train", str(path), "--batch-size", "none")
    path.write_text(path.read_text(encoding="utf-8").replace('"batch_size": 1, ', ""), encoding="utf-8")
    plain = run_cli("train", str(path))
    assert batched.returncode == all_rows.returncode == plain.returncode == 0, all_rows.stderr
    assert all_rows.stdout == plain.stdout != batched.stdout
    assert "none" in run_cli("train", "--help").stdout
