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

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from client.errors import InvalidInput
from client.journal.meta import FILENAME as SESSION_RECORD
from client.journal.meta import SessionMeta
from client.journal.spool import RECEIPTS, Receipt, segment_files, stream_names

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


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class SessionCache:
    """What a scan learnt about one session that stays true until the files change.

    The uploader looks at the spool after every file it sends; on a two-hour session that is
    thousands of looks, so receipts.jsonl (append-only) is read incrementally and the records'
    hashes and session.json's content are reused while their size and mtime stay the same.
    """

    def __init__(self) -> None:
        self.receipts: dict[str, Receipt] = {}
        self.receipts_read = 0
        self.hashes: dict[str, tuple[tuple[int, int], str]] = {}
        self.meta: tuple[tuple[int, int] | None, SessionMeta | None, str | None] = (None, None,
                                                                                  None)

    def load_receipts(self, session: Path) -> dict[str, Receipt]:
        path = session / RECEIPTS
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size < self.receipts_read:  # replaced: start over
                    self.receipts, self.receipts_read = {}, 0
                handle.seek(self.receipts_read)
                chunk = handle.read()
        except FileNotFoundError:
            return self.receipts
        complete = chunk[:chunk.rfind(b"\n") + 1]  # a torn last line is read next time
        self.receipts_read += len(complete)
        for line in complete.splitlines():
            with contextlib.suppress(ValueError, TypeError):
                item = Receipt(**json.loads(line))
                self.receipts[item.path] = item
        return self.receipts

    def record_hash(self, path: Path) -> str | None:
        key = _stat_key(path)
        if key is None:
            return None
        known = self.hashes.get(path.name)
        if known is None or known[0] != key:
            known = (key, sha256_file(path))
            self.hashes[path.name] = known
        return known[1]

    def load_meta(self, session: Path) -> tuple[SessionMeta | None, str | None]:
        key = _stat_key(session / SESSION_RECORD)
        if key is None or key != self.meta[0]:
            try:
                self.meta = (key, SessionMeta.load(session), None)
            except InvalidInput as exc:
                self.meta = (key, None, exc.message)
        return self.meta[1], self.meta[2]


def scan_session(session: Path, cache: SessionCache | None = None) -> SessionScan:
    """Pending files of one session; never raises for a damaged session (reports it instead)."""
    cache = cache or SessionCache()
    meta, problem = cache.load_meta(session)
    if meta is not None:
        scan = SessionScan(session, meta.session_id, bool(meta.finished))
        created = meta.created
    else:
        scan = SessionScan(session, session.name, False, problem=problem)
        created = "~"  # sorts after any ISO date
    receipts = cache.load_receipts(session)
    for rank, name in enumerate(RECORDS):
        path = session / name
        current = cache.record_hash(path)
        key = _stat_key(path)
        if current is None or key is None:
            continue
        size = key[1]
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
