"""What can go wrong while writing a session, in words for the candidate and the log."""

from __future__ import annotations

from client.errors import UserError


class JournalError(UserError):
    """A session cannot be written or read as asked."""


class SpoolFull(JournalError):
    """No room for this segment: the quota is reached or the disk itself is full."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "free some disk space; what was already recorded is kept "
                                  "and will be uploaded")


class StreamShed(JournalError):
    """This stream is paused to keep room for more important ones."""
