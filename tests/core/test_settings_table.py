"""The settings table ``core.settings.FIELDS`` drives everything: the CLI's options, the documents' members, the
JSON Schema and the README's table (the window's form: tests/ui/test_settings_form.py).

A made-up setting, put in a test-only copy of FIELDS, appears in each of them with no other edit.
"""

import json
from pathlib import Path

import pytest

from playground import cli
from playground.core.files import schemas
from playground.core.data import settings as settings_module
from playground.core.files import settings_table
from playground.core.data.dataset import DataError
from playground.core.files.documents import Document, format_document, parse_document, read_document, write_document
from playground.core.data.presets import get_preset
from playground.core.data.settings import FIELD, FIELDS, Field, Settings
from playground.core.texts import say

ROOT = Path(__file__).resolve().parents[2]


def made_up_field(**changes) -> Field:
    """A setting no part of the app knows: a dropout rate, beyond the notebook."""
    values = dict(name="dropout", label="dropout rate", kind=float, low=0.0, high=1.0, open_high=True, default=0.0,
                  step=0.05, metavar="P", title=say("Dropout"),
                  help=say("The share of hidden units left out of each update."))
    values.update(changes)
    return Field(**values)


@pytest.fixture
def with_dropout(monkeypatch):
    """FIELDS with the made-up setting after the others (every consumer reads FIELDS when it needs it)."""
    monkeypatch.setattr(settings_module, "FIELDS", (*FIELDS, made_up_field()))


def test_the_readme_table_is_the_one_fields_makes():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_table.with_readme_table(text) == text, (
        "the README's settings table is out of date: python -m playground.core.files.settings_table --update")
    for f in FIELDS:  # every setting has its row, with its option
        assert f"| `{f.name}` |" in text and f"`{f.flag}" in text


def test_the_published_schema_holds_the_settings_fields_makes():
    path = schemas.schema_path("document")
    text = path.read_text(encoding="utf-8")
    assert settings_table.with_settings_schema(text) == text, (
        "document.schema.json's settings are out of date: python -m playground.core.files.settings_table --update")
    published = json.loads(text)["$defs"]["settings"]
    assert published == settings_table.settings_schema() == schemas.schema("document")["$defs"]["settings"]
    assert list(published["properties"]) == [f.name for f in FIELDS]
    assert published["properties"]["eps"] == {**published["properties"]["eps"], "type": "number",
                                              "exclusiveMinimum": 0, "exclusiveMaximum": 1}
    assert published["properties"]["batch_size"]["type"] == ["integer", "null"]


def test_settings_are_made_from_fields():
    assert Settings().to_dict() == {f.name: list(f.default) if f.kind is tuple else f.default for f in FIELDS}
    s = Settings(seed=7)
    assert s.with_(learning_rate=0.5) == Settings(seed=7, learning_rate=0.5) and s.seed == 7
    assert hash(s) == hash(Settings(seed=7)) and s != Settings()
    with pytest.raises(TypeError, match="colour"):
        Settings(colour="red")
    with pytest.raises(AttributeError):
        s.seed = 3


def test_a_made_up_setting_is_a_setting_with_its_default_and_range(with_dropout):
    assert Settings().dropout == 0.0 and Settings(dropout=0.25).dropout == 0.25
    assert FIELD["dropout"].label == "dropout rate"
    assert Settings(dropout=1.0).problems() == ["dropout rate must be at least 0 and below 1, got 1"]
    # beyond the notebook: the Advanced section opens for it and a document keeps it (version 2)
    assert Settings().is_notebook_rule and not Settings(dropout=0.25).is_notebook_rule


def test_a_made_up_setting_is_an_option_of_the_command_line(with_dropout, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["train", "--help"])
    assert done.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--dropout P The share of hidden units left out of each update. At least 0 and below 1; default 0." \
        in help_text
    args = cli.build_parser("train").parse_args(["--dropout", "0.25", "--iterations", "10"])
    dataset, settings = cli.load_experiment(args)
    assert settings.dropout == 0.25 and settings.iterations == 10
    assert cli.main(["train", "--dropout", "1.5"]) == 2  # its range is checked as every other's
    assert "dropout rate must be at least 0 and below 1, got 1.5" in capsys.readouterr().err
    assert cli.main(["train", "--dropout", "٣"]) == 2  # and its number read as every other number
    assert "--dropout" in capsys.readouterr().err


def test_a_made_up_setting_is_saved_and_reopened_with_its_value(with_dropout, tmp_path):
    preset = get_preset("xor")
    path = tmp_path / "dropout.nnp"
    write_document(path, Document(preset.dataset(), preset.settings.with_(dropout=0.25)))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["settings"]["dropout"] == 0.25
    assert read_document(path).settings == preset.settings.with_(dropout=0.25)
    # at its default it is left out of a version 1 document (the notebook's rule), and read back as the default
    text = format_document(Document(preset.dataset(), preset.settings))
    assert json.loads(text)["version"] == 1 and "dropout" not in json.loads(text)["settings"]
    assert parse_document(text).settings.dropout == 0.0


def test_a_made_up_setting_is_in_the_schema_the_reader_checks(with_dropout):
    entry = schemas.schema("document")["$defs"]["settings"]["properties"]["dropout"]
    assert {k: v for k, v in entry.items() if k != "description"} == {"type": "number", "minimum": 0,
                                                                       "exclusiveMaximum": 1}
    assert entry["description"].startswith("(version 2) The share of hidden units left out of each update.")
    preset = get_preset("xor")
    d = json.loads(format_document(Document(preset.dataset(), preset.settings.with_(dropout=0.25))))
    d["settings"]["dropout"] = "half"
    with pytest.raises(DataError, match=r"settings\.dropout: expected a number, got a string"):
        parse_document(json.dumps(d))
    d["settings"]["dropout"] = 1
    with pytest.raises(DataError, match=r"settings\.dropout: dropout rate must be at least 0 and below 1, got 1"):
        parse_document(json.dumps(d))
    assert "| `dropout` | Advanced: Dropout | `--dropout P` | at least 0 and below 1 | 0 |" in settings_table.readme_table()


def test_the_table_command_prints_the_readme_table():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "playground.core.files.settings_table", "--readme-table"], capture_output=True,
                       text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert r.stdout.strip() in readme and r.stdout.count("\n| `") == len(FIELDS)
    bad = subprocess.run([sys.executable, "-m", "playground.core.files.settings_table", "--nonsense"], capture_output=True,
                         text=True, timeout=120, cwd=ROOT)
    assert bad.returncode == 2 and "usage" in bad.stderr


def test_hidden_layers_may_be_written_with_dashes_as_the_atlas_writes_them():
    from playground.core.data.settings import parse_hidden

    assert parse_hidden("3-1") == parse_hidden("3,1") == (3, 1) and parse_hidden(" 4 - 3 - 2 ") == (4, 3, 2)
    # every input read before is read the same
    assert parse_hidden("4, 3") == (4, 3) and parse_hidden("4 3") == (4, 3) and parse_hidden("4,") == (4,)
    assert parse_hidden("0") == () and parse_hidden("8") == (8,)
    for bad, words in (("2--3", "dash with no layer size"), ("-2", "dash with no layer size"),
                       ("2-", "dash with no layer size"), ("3-1,2", "not both"), ("3-0", "0 units"),
                       ("3-x", "not a whole number")):
        with pytest.raises(ValueError, match=words):
            parse_hidden(bad)
