"""The candidate's proof of hand-in: what the backend confirmed, per session.

Each confirmed file has a line in the session's receipts.jsonl (path, SHA-256, size, time,
backend), written and flushed to disk before the local copy may go. The summary's digest is the
SHA-256 over those lines' path, hash and size, sorted: a short code a candidate can quote and an
institution can recompute from what it received.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from client.journal.spool import read_receipts
from client.upload.items import scan_session


@dataclass(frozen=True)
class HandIn:
    session_id: str
    files: int
    bytes: int
    pending_files: int
    finished: bool
    digest: str  # hex SHA-256 over the sorted receipts

    @property
    def complete(self) -> bool:
        return self.finished and self.pending_files == 0


def hand_in(session: Path) -> HandIn:
    receipts = read_receipts(session)
    lines = sorted(f"{r.path} {r.sha256} {r.size}\n" for r in receipts.values())
    scan = scan_session(session)
    return HandIn(scan.session_id, len(receipts), sum(r.size for r in receipts.values()),
                  len(scan.pending), scan.finished,
                  hashlib.sha256("".join(lines).encode()).hexdigest())
