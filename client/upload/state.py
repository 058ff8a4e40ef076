"""Per-session upload state that must outlive the process: where each upload lives on the server.

A tus upload is resumed after a restart by asking the server (HEAD) how much of it it holds; for
that the upload's URL must survive a crash. It is kept in `upload-state.json` in the session
folder, written atomically, keyed by the file's path and bound to the file's hash (an upload of an
older session.json is never continued with newer bytes).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path
from typing import Any

from client.journal.atomic import temp_path

FILENAME = "upload-state.json"


class SessionState:
    def __init__(self, session: Path) -> None:
        self.path = session / FILENAME
        self._lock = threading.Lock()
        self._data: dict[str, dict[str, Any]] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._data = {k: v for k, v in loaded.items() if isinstance(v, dict)}

    def get(self, relpath: str, sha256: str) -> dict[str, Any] | None:
        with self._lock:
            record = self._data.get(relpath)
        if record is None or record.get("sha256") != sha256:
            return None
        return dict(record)

    def stale(self, relpath: str, sha256: str) -> dict[str, Any] | None:
        """A record for an older version of the file (to clean up on the server), if any."""
        with self._lock:
            record = self._data.get(relpath)
        return dict(record) if record is not None and record.get("sha256") != sha256 else None

    def put(self, relpath: str, record: dict[str, Any]) -> None:
        with self._lock:
            self._data[relpath] = dict(record)
            self._save()

    def drop(self, relpath: str) -> None:
        with self._lock:
            if self._data.pop(relpath, None) is not None:
                self._save()

    def _save(self) -> None:
        """Replace the file by rename, without fsync: after a power cut the old or the new state
        is there (or none), and any of them costs at most a re-send, never data. An fsync per
        file would cost more than the upload itself on an old laptop's disk."""
        tmp = temp_path(self.path)
        with contextlib.suppress(OSError):
            tmp.write_text(json.dumps(self._data, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
