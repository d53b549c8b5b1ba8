"""Both ends of the deltas of :mod:`playground.core.training.run`: what a helper sends, and how the window rebuilds it.

The helper's :class:`ProgressSender` remembers what the window has of a training run (the
Error: lines and weight snapshots sent, the iterations of the curve points sent) and turns
the run's state into :class:`~playground.core.training.run.Progress` messages that carry only the
rest, each within ``MESSAGE_BYTES`` (the module docstring of :mod:`playground.core.training.run` says
in which order and why). The window's :class:`RunMirror` applies them and gives the whole
:class:`~playground.core.training.run.Snapshot` the Run has always received. :class:`StudySender` and
:class:`StudyMirror` do the same for a study's recorded columns.

Both sides run the same code on the same numbers, so the mirror is exact: the tests compare
it with the helper's own history.
"""

from __future__ import annotations

import pickle
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING

import numpy as np

from playground.core.training.history import CurveMirror, ErrorHistory
from playground.core.training.run import MESSAGE_BYTES, Job, Progress, Snapshot, StudyDelta, measure, table_rows
from playground.core.training.timeline import PackedSnapshots, layout_of

if TYPE_CHECKING:
    from playground.core.files.documents import Trained
    from playground.core.training.study import Study, StudyProgress
    from playground.core.training.training import Trainer

LINE_BYTES = 16  # an Error: line in the (m, 2) float64 array
POINT_BYTES = 8  # a number of a curve point: (k, 4) float64 with held-out rows, (k, 3) without
ARRAY_BYTES = 120  # what an array costs beside its numbers (class, shape, dtype: about 100 pickled)


def pickled_size(message) -> int:
    """The bytes ``multiprocessing`` sends for a message (its pickle, without the 4-byte length)."""
    return len(ForkingPickler.dumps(message))


def pickled_int_width(n: int) -> int:
    """Which of pickle's encodings an integer takes (1, 2 or 4 bytes, else as many as it needs): messages
    whose integers share theirs pickle to the same size."""
    n = int(n)
    if 0 <= n < 65536:
        return 0 if n < 256 else 1
    return 2 if -2**31 <= n < 2**31 else 3 + len(pickle.encode_long(n))


def restore_history(history: ErrorHistory, saved: Trained) -> None:
    """Load a reopened run's curve and Error: lines into ``history`` (the helper's, and the mirror's seed)."""
    its = saved.history_iterations
    stride = int(its[1] - its[0]) if len(its) > 1 else 1
    history.restore((its, saved.history_errors, saved.history_losses, saved.history_tests),
                    (saved.logged_iterations, saved.logged_errors, saved.logged_losses, saved.logged_tests), stride)


def coarse_first(iterations: np.ndarray, first: int | None = None) -> np.ndarray:
    """Indices of ``iterations`` (sorted, distinct) in sending order: the last first, then by the largest
    power of two dividing the iteration (0 is the coarsest), newest first among equals. ``first``: only
    the first so many of that order (a report that sends a message while 1,500 points wait sorts only
    the candidates for its ~80)."""
    if len(iterations) == 0:
        return np.zeros(0, dtype=np.intp)
    its = iterations.astype(np.int64)
    last = len(its) - 1
    level = np.where(its == 0, np.int64(1) << 62, its & -its)  # the lowest set bit: 2**(trailing zeros)
    rest = np.arange(last)  # every index but the last's
    if first is not None and first - 1 < last:
        if first <= 1:
            return np.array([last], dtype=np.intp)[:max(first, 0)]
        # the candidates: every point at least as coarse as the (first-1)-th coarsest; all the points of its
        # level are in, so their order among themselves (newest first) is the full order's
        threshold = np.partition(level[:last], last - (first - 1))[last - (first - 1)]
        rest = np.flatnonzero(level[:last] >= threshold)
    order = rest[np.lexsort((-its[rest], -level[rest]))]
    out = np.concatenate([[last], order]).astype(np.intp)
    return out if first is None else out[:first]


def _within(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in ``sorted_set`` (sorted, distinct): ``np.isin``, faster on sorted input."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[pos] == values


class ProgressSender:
    """The helper's side of one training session: builds the Progress messages of a report."""

    def __init__(self, trainer: Trainer, dataset, lines_known: int = 0) -> None:
        self.trainer = trainer
        self.dataset = dataset
        self.has_test = trainer.X_test is not None and len(trainer.X_test) > 0
        self.lines_sent = lines_known  # Error: lines the window has (a reopened run's are known)
        self.timeline_sent = 0  # the seq of the last weight snapshot sent
        self.have = trainer.history.curve[0]  # the curve iterations the window has (a reopened run's)
        self.rows = table_rows(dataset)  # the table's arrays, measured at every report
        self._packings: dict = {}  # what packed weight snapshots cost a message, by their layout
        self._bases: dict = {}  # a running report's empty messages' sizes, by the bytes of their integers
        self.cache_sizes = True  # False: those sizes are pickled at every report (tests compare the two)
        self.payloads: list = []  # the last report's messages, pickled (see report)

    def report(self, job_id: int, status: str | None = None, message: str = "", hint: str | None = None,
               *, final: bool = False) -> list[Progress]:
        """The messages of one report: one while the run goes on (more while Error: lines are due: none is
        left for later), or, when ``final``, as many as everything still missing needs, the last with
        ``status``."""
        t = self.trainer
        state = t.network.get_state()
        outputs, output_error = measure(t.network, self.dataset, self.rows)
        lines = np.array(t.history.logged_since(self.lines_sent), dtype=float).reshape(-1, 2)
        entries = t.timeline.since(self.timeline_sent) if t.timeline is not None else []
        its, errors = t.history.curve
        have = self.have[_within(self.have, its)]  # what the window keeps (the helper's stride drops the rest there too)
        known = int(np.searchsorted(its, have[-1], side="right")) if len(have) else 0
        # Once the window has caught up it has every point up to its last one, and only the tail is new (most
        # reports): no search of the whole curve, 2,048 points, 30 times a second.
        missing = np.arange(known, len(its)) if len(have) == known else np.flatnonzero(~_within(its, have))
        # While the run goes on, a report sends what its messages hold (one, more while lines are due): only
        # so many points are sorted out of the missing ones; the final report sends them all.
        messages = 2 + len(lines) * LINE_BYTES // max(MESSAGE_BYTES // 4, 1)
        order = missing[coarse_first(its[missing], None if final else messages * MESSAGE_BYTES // (3 * POINT_BYTES))]
        columns = [its[order].astype(float), errors[order], t.history.curve_loss[order]]
        if self.has_test:  # without held-out rows the test errors are all NaN: the mirror knows, not sent
            columns.append(t.history.curve_test[order])
        table = np.column_stack(columns)  # the due points, in sending order
        timeline_stride = self._stride()

        packing = self._packing(entries[0]) if entries else (0, 0)

        def build(line_rows, points, chunk, n_logged: int, last: bool) -> Progress:
            chunk = PackedSnapshots.pack(chunk) if chunk else []
            if not last:  # the state is the same all through a report: its last message carries it
                return Progress(job_id, t.iteration, None, None, None, None, None, line_rows, n_logged,
                                points, t.history.stride, self.has_test, chunk, timeline_stride)
            return Progress(job_id, t.iteration, state["weights"], state["biases"], state["optimizer"] or None,
                            outputs, output_error, line_rows, n_logged, points, t.history.stride,
                            self.has_test, chunk, timeline_stride, status, message, hint)

        # The budget: a message without the state may fill MESSAGE_BYTES; the last of a report, with the
        # state, what the state leaves of it, and at least half of that (a big network's weights alone
        # are over the budget: its last message is the state and about 1 KB of what is new).
        fresh = final or status is not None or bool(message or hint)  # texts of its own: sizes not cached
        room_more, base_last = self._base_sizes(build, job_id, fresh)
        room_last = max(MESSAGE_BYTES - base_last, room_more // 2)
        out: list[Progress] = []
        self.payloads = []  # each message's pickle as multiprocessing sends it (made once, to check its size)
        sent_points: list[np.ndarray] = []
        n_line, n_entry, n_point = 0, 0, 0

        def more_after(lines_now: int, entries_now: int, points_now: int) -> bool:
            """Is anything due left after these? (While running only lines are due all; at the end all is.)"""
            return n_line + lines_now < len(lines) or (final and (n_entry + entries_now < len(entries)
                                                                  or n_point + points_now < len(order)))

        def size(fill) -> tuple[int, int, int]:
            line_rows, chunk, points = fill
            return 0 if line_rows is None else len(line_rows), len(chunk), 0 if points is None else len(points)

        while True:
            due = (lines[n_line:], entries[n_entry:], table[n_point:])
            fill = self._fill(room_last, *due, packing)
            stateless = more_after(*size(fill))
            if stateless:  # not the last message: no state, a larger room (the state follows, if need be alone)
                fill = self._fill(room_more, *due, packing)
            line_rows, chunk, points = fill
            while True:  # the estimate is checked: fewer points while the message is over its budget
                lines_now, entries_now, points_now = size((line_rows, chunk, points))
                last = not stateless and not more_after(lines_now, entries_now, points_now)
                progress = build(line_rows, points, chunk, self.lines_sent + lines_now, last)
                payload = ForkingPickler.dumps(progress)
                excess = len(payload) - (base_last + room_last if last else MESSAGE_BYTES) + 1
                if excess <= 0:
                    break
                if points_now > 1:  # fewer points, else fewer snapshots, else fewer lines; one of each stays
                    points = points[:max(1, points_now - (excess // (POINT_BYTES * points.shape[1]) + 1))]
                elif entries_now > 1:
                    chunk = chunk[:-1]
                elif lines_now > 1:
                    line_rows = line_rows[:max(1, lines_now - (excess // LINE_BYTES + 1))]
                else:
                    break
            out.append(progress)
            self.payloads.append(payload)
            n_line, n_entry, n_point = n_line + lines_now, n_entry + entries_now, n_point + points_now
            self.lines_sent += lines_now
            if chunk:
                self.timeline_sent = chunk[-1].seq
            if points is not None:
                sent_points.append(points[:, 0].astype(np.int64))
            if last:
                break
        self.have = np.sort(np.concatenate([have, *sent_points]))  # what the window has now
        return out

    def _base_sizes(self, build, job_id: int, fresh: bool) -> tuple[int, int]:
        """The pickled bytes of a report's messages without anything new: (room of a message without the
        state, size of the last one, with it). While the run goes on they change only with the bytes its
        integers take (:func:`pickled_int_width`), so they are pickled once for each; a final report's
        texts are new each time. Each message is pickled to check its size anyway (that pickle is what is sent)."""
        t = self.trainer
        widths = map(pickled_int_width, (job_id, t.iteration, self.lines_sent, t.history.stride, self._stride()))
        key = None if fresh or not self.cache_sizes else tuple(widths)
        sizes = self._bases.get(key)
        if sizes is None:
            room_more = max(MESSAGE_BYTES - pickled_size(build(None, None, [], self.lines_sent, False)), 0)
            sizes = room_more, pickled_size(build(None, None, [], self.lines_sent, True))
            if key is not None:
                self._bases[key] = sizes
        return sizes

    def _stride(self) -> int:
        return self.trainer.timeline.stride if self.trainer.timeline is not None else 1

    def _packing(self, entry) -> tuple[int, int]:
        """What weight snapshots like ``entry`` cost a message, packed (:class:`PackedSnapshots`): (bytes of
        the packing itself, bytes a snapshot); measured once a layout (a run's snapshots share theirs)."""
        layout = layout_of(entry)
        if layout not in self._packings:
            one = PackedSnapshots.pack([entry])
            each = 8 * (1 + int(one.values.size))  # its iteration and its numbers
            self._packings[layout] = (pickled_size(one) - each, each)
        return self._packings[layout]

    @staticmethod
    def _fill(room: int, lines: np.ndarray, entries: list, table: np.ndarray, packing: tuple[int, int]):
        """What of the due lines, snapshots and points one message takes in ``room`` bytes: half the room
        for lines, half of the rest for snapshots (packed, of one layout), the rest for points; at least
        one of each that is due."""
        line_rows = None
        if len(lines):
            n = max(1, (room // 2 - ARRAY_BYTES) // LINE_BYTES)
            line_rows = lines[:n]
            room -= ARRAY_BYTES + LINE_BYTES * len(line_rows)
        chunk: list = []
        if entries:
            base, each = packing
            n = max(1, (max(room // 2, 0) - base) // each)
            layout = layout_of(entries[0])
            for entry in entries[:n]:
                if chunk and layout_of(entry) != layout:  # a new layout starts the next message
                    break
                chunk.append(entry)
            room -= base + each * len(chunk)
        points = None
        if len(table):
            k = max(1, (room - ARRAY_BYTES) // (POINT_BYTES * table.shape[1]))
            points = table[:k]
        return line_rows, chunk, points


class RunMirror:
    """The window's side of one training session: applies Progress messages, gives whole Snapshots.

    ``take`` returns the run now, with the Error: lines and weight snapshots that came since the
    previous ``take`` (as the Run expects them: each once)."""

    def __init__(self, job: Job) -> None:
        self.curve = CurveMirror()
        self.n_logged = 0
        if job.start is not None:  # the window has the reopened run's curve and lines already
            history = ErrorHistory(job.settings.log_every)
            restore_history(history, job.start)
            self.curve.seed(history)
            self.n_logged = history.n_logged
        self._latest: Progress | None = None
        self._lines: list[tuple[int, float]] = []
        self._timeline: list = []

    def apply(self, p: Progress) -> None:
        """One message (in order)."""
        self.curve.merge(p.points, p.curve_stride)
        if p.lines is not None:
            self._lines.extend(zip(p.lines[:, 0].astype(np.int64).tolist(), p.lines[:, 1].tolist()))
        self.n_logged = p.n_logged
        self._timeline.extend(p.timeline)
        self._latest = p

    def take(self) -> Snapshot | None:
        """The run as the messages applied so far tell it, or None while the last one applied is not the last
        of its report (the report's state comes with its last message; what came waits for it)."""
        p = self._latest
        if p is None or p.weights is None:
            return None
        lines, self._lines = self._lines, []
        timeline, self._timeline = self._timeline, []
        c = self.curve
        return Snapshot(p.iteration, p.weights, p.biases, p.outputs, c.curve, lines, self.n_logged, timeline,
                        p.timeline_stride, p.status, p.message, p.hint, p.output_error, c.curve_loss,
                        c.curve_test if p.has_test else None, p.optimizer)


class StudySender:
    """The helper's side of a study: the recorded columns not sent yet."""

    def __init__(self) -> None:
        self.sent = 0

    def delta(self, job_id: int, study: Study, final: bool = False) -> StudyDelta:
        p = study.progress(final)
        new_its, new_errs = p.recorded_iterations[self.sent:], p.recorded_errors[:, self.sent:]
        self.sent = len(p.recorded_iterations)
        return StudyDelta(job_id, p.iteration, p.iterations, p.seeds, new_its, new_errs, p.diverged_at,
                          p.final_errors, p.target_error, p.status)


class StudyMirror:
    """The window's side of a study: appends the columns, gives whole StudyProgress."""

    def __init__(self) -> None:
        self._its = np.zeros(0, dtype=np.int64)
        self._errs: np.ndarray | None = None
        self._latest: StudyDelta | None = None

    def apply(self, d: StudyDelta) -> None:
        self._its = np.concatenate([self._its, d.new_iterations])
        self._errs = d.new_errors if self._errs is None else np.concatenate([self._errs, d.new_errors], axis=1)
        self._latest = d

    def take(self) -> StudyProgress | None:
        from playground.core.training.study import StudyProgress

        d = self._latest
        if d is None:
            return None
        return StudyProgress(d.iteration, d.iterations, d.seeds, self._its.copy(), self._errs.copy(),
                             d.diverged_at, d.final_errors, d.target_error, d.status)
