"""Reading a run record's JSON (playground.core.training.run_record_json): exact for a record the app wrote, and a wrong
member is refused with its place and the rule it broke, never a traceback."""

import json

import pytest

from playground.core.files.json_values import JsonProblem
from playground.core.data.presets import get_preset
from playground.core.training.run_record import Checkpoint, RunRecord, Series
from playground.core.training.run_record_json import checkpoint_from_json, record_from_json
from playground.core.training.training import Trainer


@pytest.fixture(scope="module")
def written():
    """A notebook run of 200 iterations as the app writes it (JSON text, read back as a file holds it)."""
    p = get_preset("notebook")
    settings, dataset = p.settings.with_(log_every=50), p.dataset()
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(200)
    h = trainer.history
    record = RunRecord("r1", dataset, settings, None, Checkpoint.from_network(trainer.network),
                       Series.of_history(h), Series.of_history(h, logged=True), (), "finished")
    return record, json.loads(json.dumps(record.to_json(), allow_nan=False))


def test_a_written_record_reads_back_exactly(written):
    record, data = written
    again = record_from_json(data)
    assert again == record and again.last.weights[0].tobytes() == record.last.weights[0].tobytes()


@pytest.mark.parametrize("member, value, place", [
    ("id", "", "run.id"),
    ("state", "exploded", "run.state"),
    ("branched_at", 5, "run.branched_at"),
    ("change", "x" * 201, "run.change"),
])
def test_a_wrong_member_is_refused_naming_its_place(written, member, value, place):
    _, data = written
    with pytest.raises(JsonProblem) as refused:
        record_from_json({**data, member: value})
    assert place in str(refused.value)


def test_a_state_of_the_wrong_shape_is_refused(written):
    record, data = written
    last = data["last"]
    sizes = [3, 4, 1]  # the notebook's layers
    assert checkpoint_from_json(last, "run.last", sizes, False, "gd") == record.last
    with pytest.raises(JsonProblem, match="run.last"):
        checkpoint_from_json(last, "run.last", [3, 5, 1], False, "gd")
