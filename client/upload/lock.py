"""One uploader per spool: the app and `invigilo upload` must not send the same files twice.

An OS file lock on `<spool>/.upload.lock` (fcntl on Linux and macOS, msvcrt on Windows): the
operating system releases it when the process dies, so a crash never leaves the spool locked.
Verified on Linux only; the Windows branch follows msvcrt's documented non-blocking lock.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from client.i18n import QT_TRANSLATE_NOOP

NAME = ".upload.lock"
HELD = QT_TRANSLATE_NOOP("Upload", "another Invigilo is already uploading {spool}; waiting for "
                         "it to finish")  # shown on the hand-in page (client/i18n.py)


class SpoolLock:
    def __init__(self, spool: Path) -> None:
        self.path = spool / NAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True if this process now holds the lock (or already did); never blocks."""
        if self._handle is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 (held open while locked)
        except OSError:
            return True  # a read-only spool (a stick being read): nothing to guard against
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                _unlock(handle)
            handle.close()


if os.name == "nt":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
