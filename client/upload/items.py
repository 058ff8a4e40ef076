"""What is still to be sent from a spool, and in which order.

Order: each session's record (session.json, then exam.invigilo) first, then its events, then
audio, webcam, screen, then any other stream; across sessions the same class goes together, older
sessions first, and within a stream by sequence number. A reviewer can thus read who sat what and
what happened before the heavy media arrive, and a thin link spends itself on the most useful
bytes first.

A segment is pending while it has no receipt. session.json and exam.invigilo are never deleted
(the writer and the candidate's proof of hand-in need them): they are pending whenever their
current bytes differ from the last receipt (session.json gains an epoch on each reopening and a
`finished` time when closed).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from client.errors import InvalidInput
from client.journal.meta import FILENAME as SESSION_RECORD
from client.journal.meta import SessionMeta
from client.journal.spool import read_receipts, segment_files, stream_names

EXAM_RECORD = "exam.invigilo"
RECORDS = (SESSION_RECORD, EXAM_RECORD)
STREAM_ORDER = ("events", "id", "audio", "webcam", "screen")


@dataclass(frozen=True)
class Item:
    """One file to send: `relpath` is relative to the session folder, with '/' separators."""

    session: Path
    session_id: str
    relpath: str
    size: int
    rank: tuple[int, str, int]

    @property
    def path(self) -> Path:
        return self.session / self.relpath

    @property
    def is_segment(self) -> bool:
        return self.relpath not in RECORDS


@dataclass
class SessionScan:
    session: Path
    session_id: str
    finished: bool
    pending: list[Item] = field(default_factory=list)
    # segments already confirmed but still on disk (crash between receipt and delete, or kept)
    confirmed_present: list[tuple[Item, str]] = field(default_factory=list)
    newest: set[str] = field(default_factory=set)  # newest segment of each stream
    problem: str | None = None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def stream_rank(stream: str) -> int:
    return 2 + (STREAM_ORDER.index(stream) if stream in STREAM_ORDER else len(STREAM_ORDER))


def scan_session(session: Path) -> SessionScan:
    """Pending files of one session; never raises for a damaged session (reports it instead)."""
    try:
        meta = SessionMeta.load(session)
        scan = SessionScan(session, meta.session_id, bool(meta.finished))
        created = meta.created
    except InvalidInput as exc:
        scan = SessionScan(session, session.name, False, problem=exc.message)
        created = "~"  # sorts after any ISO date
    receipts = read_receipts(session)
    for rank, name in enumerate(RECORDS):
        path = session / name
        try:
            size = path.stat().st_size
            current = sha256_file(path)
        except OSError:
            continue
        receipt = receipts.get(name)
        if receipt is None or receipt.sha256 != current:
            scan.pending.append(Item(session, scan.session_id, name, size, (rank, created, 0)))
    for stream in stream_names(session):
        files = segment_files(session, stream)
        if files:
            scan.newest.add(f"{stream}/{files[-1][1].name}")
        for seq, path in files:
            relpath = f"{stream}/{path.name}"
            try:
                size = path.stat().st_size
            except OSError:
                continue  # deleted meanwhile
            order = (stream_rank(stream), created, seq)
            item = Item(session, scan.session_id, relpath, size, order)
            receipt = receipts.get(relpath)
            if receipt is None:
                scan.pending.append(item)
            else:
                scan.confirmed_present.append((item, receipt.sha256))
    return scan


def in_order(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda item: item.rank)
