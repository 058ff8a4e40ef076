"""What can go wrong with one upload attempt, sorted by what the scheduler should do about it.

Every message here is in plain words for a candidate or IT person and never carries a token, a
signed URL's query string or a password: they reach the status line, the log and the CLI.
"""

from __future__ import annotations

from client.i18n import QT_TRANSLATE_NOOP


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


# Messages (one place, so they can be translated together): marked for translation
# (client/i18n.py), so the hand-in page shows them in the candidate's language while the log
# and the command line keep the English.
OFFLINE = QT_TRANSLATE_NOOP("Upload", "cannot reach the upload server ({detail})")
TIMED_OUT = QT_TRANSLATE_NOOP("Upload", "the upload server stopped answering (no data for "
                              "{seconds:.0f} s)")
CUT = QT_TRANSLATE_NOOP("Upload", "the connection to the upload server was cut")
TLS_UNTRUSTED = QT_TRANSLATE_NOOP("Upload", "the upload server's certificate is not trusted "
                                  "({detail}); nothing was sent to it")
PIN_MISMATCH = QT_TRANSLATE_NOOP("Upload", "the upload server's key is not the one the exam file "
                                 "names (pinned key); nothing was sent to it")
BUSY = QT_TRANSLATE_NOOP("Upload", "the upload server is busy (HTTP {status}); trying again later")
AUTH = QT_TRANSLATE_NOOP("Upload", "the upload server refused our credentials (HTTP {status})")
REFUSED = QT_TRANSLATE_NOOP("Upload", "the upload server refused {what} (HTTP {status})")
TOO_LARGE = QT_TRANSLATE_NOOP("Upload", "the upload server refused {what}: it is larger than the "
                              "server accepts")
MALFORMED = QT_TRANSLATE_NOOP("Upload", "the upload server gave an answer that makes no sense: "
                              "{detail}")
BAD_URL = QT_TRANSLATE_NOOP("Upload", "it named an address that is not a valid URL")
NO_RECEIPT = QT_TRANSLATE_NOOP("Upload", "the server has {path}, but its receipt cannot be "
                               "written ({detail}); the file is kept and will be sent again")
UNREADABLE = QT_TRANSLATE_NOOP("Upload", "{path} cannot be read ({detail}); it stays where it is")
HUGE = QT_TRANSLATE_NOOP("Upload", "the upload server's answer is far larger than expected; "
                         "ignored")
REDIRECT = QT_TRANSLATE_NOOP("Upload", "the upload server redirected to {where}; uploads are "
                             "never redirected")
FOLDER_MISSING = QT_TRANSLATE_NOOP("Upload", "the hand-in folder {folder} is not there "
                                   "(unplugged or not mounted?)")
FOLDER_FULL = QT_TRANSLATE_NOOP("Upload", "the hand-in folder {folder} is full")
FOLDER_READONLY = QT_TRANSLATE_NOOP("Upload", "the hand-in folder {folder} cannot be written "
                                    "(read-only or not yours)")
FOLDER_BAD_COPY = QT_TRANSLATE_NOOP("Upload", "the copy in the hand-in folder does not read back "
                                    "identical ({path})")
# The details of OFFLINE and MALFORMED that are ours (an OS or server text is shown as it is).
CONNECTION_REFUSED = QT_TRANSLATE_NOOP("Upload", "connection refused")
NAME_NOT_FOUND = QT_TRANSLATE_NOOP("Upload", "name not found")
NO_CONNECTION = QT_TRANSLATE_NOOP("Upload", "no connection")
NOT_HTTP = QT_TRANSLATE_NOOP("Upload", "not valid HTTP")
