"""The helper's messages: their size at iteration ~10 and ~10 million, and what the window pays for them.

    python benchmarks/messages.py [--iterations 60000] [--preset notebook]

Runs the preset's training in this process as the helper runs it (remote.Session, one report
every 1/30 s) twice: from the seed (the first reports are at iteration ~10 and up), and from a
run reopened at iteration 10,000,000 (its curve thinned as the helper keeps it, its Error: lines).
For each it prints, for the protocol now (Progress deltas) and the one before (a whole
Snapshot each report, the curve of up to 2,048 points with its loss and test errors):

  bytes   max and mean pickled bytes a message, and all the bytes the run sent;
  relay   the window's cost per report: unpickling, plus (now) rebuilding the whole Snapshot
          with the mirror (core.progress.RunMirror), in microseconds, and the ratio old / new.

The first report of a run is printed on its own too (the largest backlog of the run). The UI
thread's cost is the same in both: it receives the same whole Snapshot, rebuilt in the relay thread.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import time

import numpy as np

from playground.core.files.documents import Trained
from playground.core.data.presets import get_preset
from playground.core.training.progress import RunMirror
from playground.core.helper.remote import Session
from playground.core.training.run import Job
from playground.core.training.training import Trainer


def reopened(preset, at: int) -> Trained:
    """A run saved at iteration ``at``: weights of a short run, a thinned curve and its Error: lines."""
    ds, s = preset.dataset(), preset.settings
    part = Trainer.from_settings(ds, s)
    part.run(1000)
    stride = 1
    while at / stride > 2048:
        stride *= 2
    its = np.arange(0, at, stride)
    logged = np.arange(0, at, s.log_every)
    return Trained(at, part.network.weights, None, its, np.linspace(0.5, 0.01, len(its)), logged,
                   np.linspace(0.5, 0.01, len(logged)))


def measure(preset, iterations: int, start: Trained | None) -> dict:
    ds, s = preset.dataset(), preset.settings
    begin = 0 if start is None else start.iterations_done
    job = Job(ds, s, begin + iterations, start=start)
    new, old = Session(job), Session(job)
    mirror = RunMirror(job)
    sizes = {"new": [], "old": []}
    relay = {"new": [], "old": []}
    first = {}

    def report(status=None, message=""):
        blobs = [pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL) for m in new.report(1, status, message)]
        t0 = time.perf_counter()
        for blob in blobs:
            mirror.apply(pickle.loads(blob))
        mirror.take()
        relay["new"].append(time.perf_counter() - t0)
        sizes["new"].extend(len(b) for b in blobs)
        # the old format: the same state, whole, once a report
        old.trainer = new.trainer
        blob = pickle.dumps(old.snapshot(status, message), protocol=pickle.HIGHEST_PROTOCOL)
        t0 = time.perf_counter()
        pickle.loads(blob)
        relay["old"].append(time.perf_counter() - t0)
        sizes["old"].append(len(blob))
        if not first:
            first.update(iteration=new.trainer.iteration, new=max(len(b) for b in blobs), old=len(blob))

    result = new.trainer.run(begin + iterations, on_progress=lambda _t: report())
    report(result.status, result.message)
    return {"sizes": sizes, "relay": relay, "first": first, "reports": len(relay["new"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=60_000)
    parser.add_argument("--preset", default="notebook")
    args = parser.parse_args()
    preset = get_preset(args.preset)
    for label, start in (("from iteration 0", None), ("from iteration 10,000,000", reopened(preset, 10**7))):
        r = measure(preset, args.iterations, start)
        print(f"{args.preset}, {args.iterations:,} iterations {label}: {r['reports']} reports")
        print(f"  first report (iteration {r['first']['iteration']:,}): new {r['first']['new']:,} B a message, "
              f"old {r['first']['old']:,} B")
        for kind in ("new", "old"):
            sz = r["sizes"][kind]
            print(f"  {kind}: {len(sz):5d} messages, max {max(sz):7,} B, mean {statistics.mean(sz):9,.0f} B, "
                  f"total {sum(sz):11,} B; relay {statistics.median(r['relay'][kind]) * 1e6:7.1f} us a report "
                  f"(median)")
        ratio = statistics.median(r["relay"]["old"]) / statistics.median(r["relay"]["new"])
        print(f"  relay cost old / new: {ratio:.2f}; bytes a report old / new: "
              f"{sum(r['sizes']['old']) / sum(r['sizes']['new']):.1f}")


if __name__ == "__main__":
    main()
