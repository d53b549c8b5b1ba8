"""A file-reading helper that stops (SIGSTOP) itself in the middle of sending the document back.

Used by tests/ui/test_file_loader.py in place of ``core.documents.send_document`` as the helper process's target
(so this module is imported in the helper). The helper reads the file with the real ``send_document``; only its
end of the pipe is replaced by :class:`StopsMidMessage`, which writes the message as ``Connection.send`` does
(4-byte length, then the pickle) but stops its own process after the first ``FIRST_BYTES``, then, when continued,
writes the rest. The stop so lands mid-message every time, however fast the window reads: a watcher that stops
the helper when the pipe becomes readable races a reader that drains it at once (measured: the stop landed
after up to 80 % of a 4 MB message had passed).
"""

import os
import signal
import struct

from multiprocessing.reduction import ForkingPickler

from playground.core.files.documents import send_document

FIRST_BYTES = 2**16  # what comes before the stop: the pipe's buffer, full


class StopsMidMessage:
    """The helper's end of the pipe: sends one message like ``Connection.send``, stopping itself part-way."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def send(self, obj) -> None:
        data = bytes(ForkingPickler.dumps(obj))
        assert FIRST_BYTES < len(data) <= 0x7FFFFFFF, len(data)
        frame = struct.pack("!i", len(data)) + data  # Connection's framing for a message under 2 GB
        self.write(frame[:FIRST_BYTES])
        os.kill(os.getpid(), signal.SIGSTOP)  # until someone continues it (or kills it)
        self.write(frame[FIRST_BYTES:])

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.conn.fileno(), view):]

    def close(self) -> None:
        self.conn.close()


def send_document_stopping_mid_message(conn, path: str) -> None:
    """The helper's target: ``send_document``, whose message stops after its first FIRST_BYTES."""
    send_document(StopsMidMessage(conn), path)
