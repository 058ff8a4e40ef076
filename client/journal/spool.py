"""The spool on disk: sessions, their segments, and what the backend has confirmed.

Layout of one session folder:

    session.json            plain record (see meta.py)
    exam.invigilo           the signed exam it ran (optional)
    <stream>/<seq:08d>.seg  sealed segments
    receipts.jsonl          one line per segment the backend confirmed, appended by the uploader

A confirmed segment may be deleted locally; its receipt keeps its hash so that a writer continuing
the session still chains to it, and so that the candidate keeps proof of hand-in.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from client.journal import format as fmt
from client.journal.meta import FILENAME, now_iso

SEGMENT_FILE = re.compile(r"(\d{8})\.seg")
RECEIPTS = "receipts.jsonl"


def segment_name(seq: int) -> str:
    return f"{seq:08d}.seg"


@dataclass(frozen=True)
class Receipt:
    path: str  # relative to the session folder, with '/' separators
    sha256: str
    size: int
    confirmed: str
    backend: str


def list_sessions(spool: Path) -> list[Path]:
    """Session folders in the spool, oldest first."""
    if not spool.is_dir():
        return []
    found = [p for p in spool.iterdir() if (p / FILENAME).is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def stream_names(session: Path) -> list[str]:
    return sorted(p.name for p in session.iterdir()
                  if p.is_dir() and fmt.STREAM_NAME.fullmatch(p.name))


def segment_files(session: Path, stream: str) -> list[tuple[int, Path]]:
    folder = session / stream
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = SEGMENT_FILE.fullmatch(entry.name)
        if match:
            found.append((int(match.group(1)), entry))
    return sorted(found)


def read_receipts(session: Path) -> dict[str, Receipt]:
    receipts: dict[str, Receipt] = {}
    path = session / RECEIPTS
    try:
        lines = path.read_text().splitlines()
    except FileNotFoundError:
        return receipts
    for line in lines:
        with contextlib.suppress(ValueError, TypeError):  # a torn last line after a crash
            item = Receipt(**json.loads(line))
            receipts[item.path] = item
    return receipts


def add_receipt(session: Path, relpath: str, sha256: str, size: int, backend: str) -> Receipt:
    """Record that the backend confirmed every byte of one file; durable before returning."""
    receipt = Receipt(relpath, sha256, size, now_iso(), backend)
    line = json.dumps(receipt.__dict__, separators=(",", ":")) + "\n"
    with open(session / RECEIPTS, "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    return receipt


def _newest_on_disk(session: Path, stream: str) -> tuple[int, bytes]:
    # The uploader may delete a confirmed segment between listing and reading; its receipt
    # (written before the delete) then speaks for it, so read the list again.
    while True:
        files = segment_files(session, stream)
        if not files:
            return -1, fmt.ZERO_HASH
        seq, path = files[-1]
        try:
            return seq, fmt.file_hash(path.read_bytes())
        except FileNotFoundError:
            continue


def stream_tail(session: Path, stream: str) -> tuple[int, bytes]:
    """Next sequence number of a stream and the hash its next segment must name."""
    last_seq, last_hash = _newest_on_disk(session, stream)
    for relpath, receipt in read_receipts(session).items():
        parts = relpath.split("/")
        match = SEGMENT_FILE.fullmatch(parts[-1]) if len(parts) == 2 else None
        if match and parts[0] == stream and int(match.group(1)) > last_seq:
            last_seq, last_hash = int(match.group(1)), bytes.fromhex(receipt.sha256)
    return last_seq + 1, last_hash
