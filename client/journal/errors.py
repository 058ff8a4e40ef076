"""What can go wrong while writing a session, in words for the candidate and the log.

The sentences are marked for translation (client/i18n.py): the app shows them in the
candidate's language, the log and the command line keep the English.
"""

from __future__ import annotations

from client.errors import UserError
from client.i18n import QT_TRANSLATE_NOOP

TEXT = {
    "finished": QT_TRANSLATE_NOOP("Journal", "session {session} was already finished and handed "
                                  "in"),
    "other_key": QT_TRANSLATE_NOOP("Journal", "this session is sealed to a different institution "
                                   "key"),
    "other_key_fix": QT_TRANSLATE_NOOP("Journal", "continue it with the exam it was started "
                                       "with"),
    "shed": QT_TRANSLATE_NOOP("Journal", "the {stream} recording is paused: the recording folder "
                              "is {fraction:.0%} full"),
    "free_space": QT_TRANSLATE_NOOP("Journal", "free some disk space"),
    "quota": QT_TRANSLATE_NOOP("Journal", "the recording folder has reached its size limit"),
    "disk_full": QT_TRANSLATE_NOOP("Journal", "the disk holding {where} is full"),
    "disk_full_fix": QT_TRANSLATE_NOOP("Journal", "free some disk space; what was already "
                                       "recorded is kept and will be uploaded"),
    "read_only": QT_TRANSLATE_NOOP("Journal", "cannot write to {where}: it is read-only or not "
                                   "yours"),
    "read_only_fix": QT_TRANSLATE_NOOP("Journal", "choose a recording folder you can write to"),
    "cannot_write": QT_TRANSLATE_NOOP("Journal", "cannot write to {where}: {why}"),
    "no_session": QT_TRANSLATE_NOOP("Journal", "{folder} is not a session folder: it has no "
                                    "{name}"),
    "no_session_fix": QT_TRANSLATE_NOOP("Journal", "point to the folder that holds "
                                        "session.json"),
    "unreadable": QT_TRANSLATE_NOOP("Journal", "{path} cannot be read ({why})"),
    "not_session": QT_TRANSLATE_NOOP("Journal", "{path} is not an Invigilo session record"),
    "version": QT_TRANSLATE_NOOP("Journal", "{path} has session format version {found}; this "
                                 "version of Invigilo reads {version}"),
    "update": QT_TRANSLATE_NOOP("Journal", "update Invigilo"),
    "damaged": QT_TRANSLATE_NOOP("Journal", "{path} is damaged and cannot be read"),
}


class JournalError(UserError):
    """A session cannot be written or read as asked."""


class SpoolFull(JournalError):
    """No room for this segment: the quota is reached or the disk itself is full."""

    def __init__(self, message: str) -> None:
        super().__init__(message, TEXT["disk_full_fix"])


class StreamShed(JournalError):
    """This stream is paused to keep room for more important ones."""
