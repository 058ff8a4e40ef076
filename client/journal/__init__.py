"""The session journal: sealed, chained, crash-safe segments on disk (format: docs/FORMAT.md)."""

from client.journal.decrypt import decrypt_session
from client.journal.errors import JournalError, SpoolFull, StreamShed
from client.journal.meta import SessionMeta
from client.journal.reader import Segment, SessionReader, VerifyReport, verify
from client.journal.spool import add_receipt, list_sessions, read_receipts, segment_files
from client.journal.writer import SegmentInfo, SessionWriter

__all__ = [
    "JournalError",
    "Segment",
    "SegmentInfo",
    "SessionMeta",
    "SessionReader",
    "SessionWriter",
    "SpoolFull",
    "StreamShed",
    "VerifyReport",
    "add_receipt",
    "decrypt_session",
    "list_sessions",
    "read_receipts",
    "read_session",
    "segment_files",
    "verify",
]


def read_session(folder, key):  # type: ignore[no-untyped-def]
    """A session opened for reading with the institution's recording key."""
    return SessionReader(folder, key)
