"""What can go wrong with one upload attempt, sorted by what the scheduler should do about it.

Every message here is in plain words for a candidate or IT person and never carries a token, a
signed URL's query string or a password: they reach the status line, the log and the CLI.
"""

from __future__ import annotations


class UploadError(Exception):
    """One attempt failed; `retry_after` is the server's own wish (Retry-After) when it gave one."""

    permanent = False  # True: retrying soon will not help (wrong token, file refused, full disk)

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class NetworkError(UploadError):
    """No usable link: refused, unreachable, timed out, cut mid-request. Retried quickly."""


class ServerBusy(UploadError):
    """The server said 'later' (429, 5xx). Retried with backoff, honouring Retry-After."""


class ProtocolError(UploadError):
    """The server's answer is malformed, contradictory or far too large. Retried slowly."""


class Rejected(UploadError):
    """The server refused this file or our credentials. Retried slowly; the CLI gives up."""

    permanent = True


class UploadLost(UploadError):
    """The server no longer knows an upload (expired or forgotten): start it again."""


class Stopped(Exception):
    """The uploader is stopping; the attempt was abandoned on purpose."""


# Messages (one place, so they can be translated together).
OFFLINE = "cannot reach the upload server ({detail})"
TIMED_OUT = "the upload server stopped answering (no data for {seconds:.0f} s)"
CUT = "the connection to the upload server was cut"
TLS_UNTRUSTED = ("the upload server's certificate is not trusted ({detail}); nothing was sent "
                 "to it")
PIN_MISMATCH = ("the upload server's key is not the one the exam file names (pinned key); "
                "nothing was sent to it")
BUSY = "the upload server is busy (HTTP {status}); trying again later"
AUTH = "the upload server refused our credentials (HTTP {status})"
REFUSED = "the upload server refused {what} (HTTP {status})"
TOO_LARGE = "the upload server refused {what}: it is larger than the server accepts"
MALFORMED = "the upload server gave an answer that makes no sense: {detail}"
BAD_URL = "it named an address that is not a valid URL"
NO_RECEIPT = ("the server has {path}, but its receipt cannot be written ({detail}); the file is "
              "kept and will be sent again")
UNREADABLE = "{path} cannot be read ({detail}); it stays where it is"
HUGE = "the upload server's answer is far larger than expected; ignored"
REDIRECT = "the upload server redirected to {where}; uploads are never redirected"
FOLDER_MISSING = "the hand-in folder {folder} is not there (unplugged or not mounted?)"
FOLDER_FULL = "the hand-in folder {folder} is full"
FOLDER_READONLY = "the hand-in folder {folder} cannot be written (read-only or not yours)"
FOLDER_BAD_COPY = "the copy in the hand-in folder does not read back identical ({path})"
