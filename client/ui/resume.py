"""What the app remembers between runs so a crash mid-exam continues the same session.

The session folder itself is sealed (the candidate's machine cannot read its events), so the app
keeps a small plain note beside the spool: which session it was running, in which phase, and
when the exam started. Written atomically on every phase change; removed once handed in.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from client.journal.atomic import write_atomic
from client.journal.meta import SessionMeta

NOTE = "app-session.json"


@dataclass(frozen=True)
class Note:
    session: str          # folder name inside the spool
    exam_id: str
    phase: str            # client.ui.state.Phase value
    started_at: float | None
    practice: bool

    def folder(self, spool: Path) -> Path:
        return spool / self.session


def note_path(spool: Path) -> Path:
    return spool / NOTE


def save(spool: Path, note: Note) -> None:
    spool.mkdir(parents=True, exist_ok=True)
    write_atomic(note_path(spool), json.dumps(asdict(note), indent=1).encode())


def clear(spool: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        note_path(spool).unlink()


def load(spool: Path) -> Note | None:
    """The note of an interrupted session still worth continuing, or None."""
    try:
        data = json.loads(note_path(spool).read_bytes())
        note = Note(**data)
    except (OSError, ValueError, TypeError):  # none, or a spool that cannot be read: the
        return None                            # consent page says so when it is used
    folder = note.folder(spool)
    if not (folder / "session.json").is_file():
        return None
    try:
        meta = SessionMeta.load(folder)
    except Exception:  # a damaged session.json: nothing to continue, the uploader reports it
        return None
    if meta.finished is not None and note.phase not in ("ended",):
        return None
    return note
