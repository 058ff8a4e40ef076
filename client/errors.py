"""Errors that reach a person.

Every failure a candidate, an IT person or an institution admin can cause or fix is raised as a
`UserError` with a message in plain words and, where there is one, what to do about it. The command
line prints these without a traceback; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem explained in words a person can act on."""

    exit_code = 2

    def __init__(self, message: str, remedy: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.remedy = remedy

    def __str__(self) -> str:
        if self.remedy:
            return f"{self.message}\n  What to do: {self.remedy}"
        return self.message


class InvalidInput(UserError):
    """A file or value given to us is wrong (bad config, bad key, bad session)."""

    exit_code = 1
