"""Opening the largest files the limits accept, against reading the same bytes, measured in the same run.

    python benchmarks/open_limits.py

Writes (to a temp folder) a CSV and a document of MAX_ROWS rows x 17 full-precision columns, and a
document with the largest network (8 hidden layers of 256) and MAX_HISTORY_POINTS logged errors, then
prints for each: the time to open it with ``read_any`` and the peak memory it took (tracemalloc),
and the ratio of the open time to the baseline in the same run: ``json.loads`` of the document's text
(for the CSV: ``csv.reader`` over the text), the least any reader must do. Aim (README "Limits"):
every accepted file opens in at most 1 s and 500 MB on the 2-core test machine. Also shows that a
file of 7.5 million rows (30 MB, under the size limit) is refused without being parsed.

For each document it also prints the open time with the JSON Schema check (playground.core.files.schemas)
over the time without it (the check replaced by nothing), and the one-time cost of importing
jsonschema and building the validator, which a process pays at its first document. The last line
shows why the readers leave the items of the bulk arrays to their vectorised checks: the published
schema checked item by item on the largest table, against its open time.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import time
import tracemalloc

import numpy as np

from playground.core.files import schemas
from playground.core.data.dataset import Dataset
from playground.core.files.documents import (MAX_HISTORY_POINTS, MAX_ROWS, Document, DocumentError, Trained, format_csv,
                                       format_document, read_any)
from playground.core.data.settings import Settings


def measure(fn):
    """(seconds, peak bytes): timed alone, then run again under tracemalloc (which slows it) for the memory."""
    t = time.perf_counter()
    fn()
    seconds = time.perf_counter() - t
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def schema_ratio(path: str, repeats: int = 5) -> tuple[float, float]:
    """(seconds with the schema check, seconds without it) to open ``path``: the best of ``repeats`` each,
    alternating, so a busy machine slows both alike."""
    times: dict[bool, list[float]] = {True: [], False: []}
    check = schemas.check
    try:
        for _ in range(repeats):
            for on in (True, False):
                schemas.check = check if on else (lambda *args, **kw: None)
                t = time.perf_counter()
                read_any(path)
                times[on].append(time.perf_counter() - t)
    finally:
        schemas.check = check
    return min(times[True]), min(times[False])


def main() -> None:
    rng = np.random.default_rng(0)
    names = [f"x{i}" for i in range(16)] + ["y"]
    values = rng.random((MAX_ROWS, 17))
    table = Dataset(names, ["input"] * 16 + ["target"], values)
    sizes = [16] + [256] * 8 + [1]
    weights = [rng.random((a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    its = np.arange(MAX_HISTORY_POINTS)
    trained = Trained(MAX_HISTORY_POINTS, weights, None, its[:2048], rng.random(2048), its, rng.random(its.size))
    big_net = Document(Dataset(names, table.roles, values[:16]),
                       Settings(hidden=(256,) * 8, iterations=MAX_HISTORY_POINTS, log_every=1), trained)
    t = time.perf_counter()
    schemas.validator("document")  # jsonschema imported, the schema read and the validator built: once a process
    print(f"schema check: import and build once {time.perf_counter() - t:.3f} s")
    with tempfile.TemporaryDirectory() as folder:
        files = {"table.csv": format_csv(table), "table.nnp": format_document(Document(table, Settings())),
                 "big-network.nnp": format_document(big_net)}
        opened = {}
        for name, text in files.items():
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            if name.endswith(".csv"):
                base, _ = measure(lambda: list(csv.reader(io.StringIO(text))))
            else:
                base, _ = measure(lambda: json.loads(text))
            seconds, peak = measure(lambda: read_any(path))
            print(f"{name:16} {len(text) / 2**20:5.1f} MB  open {seconds:5.2f} s  peak {peak / 2**20:6.0f} MB  "
                  f"ratio to the baseline ({base:.2f} s) {seconds / base:4.1f}")
            if name.endswith(".nnp"):
                with_, without = schema_ratio(path)
                opened[name] = with_
                print(f"{'':16} schema check: open with {with_:5.2f} s, without {without:5.2f} s, "
                      f"ratio {with_ / without:4.2f} (best of 5 each, alternating)")
        t = time.perf_counter()
        schemas.validator("document", full=True).validate(json.loads(files["table.nnp"]))
        full = time.perf_counter() - t
        print(f"table.nnp: the published schema item by item {full:5.2f} s, "
              f"{full / opened['table.nnp']:4.1f} x the open time; hence the readers' variant")
        huge = os.path.join(folder, "rows7m.csv")  # as many rows as fit the size limit
        with open(huge, "w") as f:
            f.write("a,y\n" + "0,1\n" * 7_500_000)
        t = time.perf_counter()
        try:
            read_any(huge)
        except DocumentError as e:
            print(f"rows7m.csv: refused in {time.perf_counter() - t:.2f} s: {e}")


if __name__ == "__main__":
    main()
