"""The folder transport: the embedded default, and the hand-in path for a site with no network.

Files land as `<folder>/<session id>/<path in session>`, the same layout as a spool, so a folder
filled here (a USB stick) is itself a spool: `invigilo upload --spool STICK --config EXAM` sends
it on to the institution's backend later, with the same checks.

'Confirmed' here means: written to a temporary name, flushed to the device (fsync), renamed,
the directory flushed, then read back and compared by SHA-256. Only then may the spool copy go.
Verified on Linux only; on Windows the directory flush is skipped (NTFS journals the rename).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from client.journal.atomic import write_atomic
from client.upload import errors
from client.upload.items import sha256_file
from client.upload.transport import Attempt


class FolderTransport:
    def __init__(self, folder: Path, *, create: bool = False) -> None:
        """`create`: make the folder if missing (the app's own default hand-in folder); never
        for a folder a person named, which may be an unplugged stick's mount point."""
        self.folder = folder
        self.create = create
        self.name = f"folder {folder}"

    def close(self) -> None:
        pass

    def send(self, attempt: Attempt) -> None:
        if self.create and not self.folder.exists():
            try:
                self.folder.mkdir(parents=True)
            except OSError as exc:
                raise self._error(exc) from None
        if not self.folder.is_dir():
            raise errors.NetworkError(errors.FOLDER_MISSING.format(folder=self.folder))
        target = self.folder / attempt.item.session_id / attempt.item.relpath
        try:
            if not (target.is_file() and sha256_file(target) == attempt.sha256):
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, attempt.data)
            attempt.add_sent(len(attempt.data))
            if sha256_file(target) != attempt.sha256:
                raise errors.ProtocolError(errors.FOLDER_BAD_COPY.format(path=target))
        except OSError as exc:
            raise self._error(exc) from None
        attempt.set_confirmed(len(attempt.data))

    def _error(self, exc: OSError) -> errors.UploadError:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return errors.Rejected(errors.FOLDER_FULL.format(folder=self.folder))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return errors.Rejected(errors.FOLDER_READONLY.format(folder=self.folder))
        if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
            return errors.NetworkError(errors.FOLDER_MISSING.format(folder=self.folder))
        return errors.Rejected(f"{self.folder}: {os.strerror(exc.errno or 0)}")
