"""Exams handed to the running app by the system rather than on the command line.

On macOS a clicked invigilo:// link or a double-clicked .invigilo file never reaches argv: the
system starts the app (or finds it running) and sends a QFileOpenEvent to the application
object. This filter turns each into the same "open this" the command line gives. An event can
arrive before the window exists (at launch the link comes right after the start), so requests
wait until a handler is set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QFileOpenEvent

Handler = Callable[[str], None]


def requested(event: QFileOpenEvent) -> str | None:
    """The link or file path an open event asks for (None for anything else)."""
    url = event.url()
    if url.scheme() == "invigilo":
        # Exactly as sent (percent-encoding kept): the loader parses the link itself.
        return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    if url.isLocalFile():
        return url.toLocalFile()
    return event.file() or None


class FileOpenFilter(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: list[str] = []
        self._handler: Handler | None = None

    def set_handler(self, handler: Handler | None) -> None:
        """Who opens exams from now on (None: keep them until someone does)."""
        self._handler = handler
        if handler is None:
            return
        waiting, self.pending = self.pending, []
        for where in waiting:
            handler(where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        where = requested(event)
        if where:
            if self._handler is None:
                self.pending.append(where)
            else:
                self._handler(where)
        return True


def install(app: QObject) -> FileOpenFilter:
    """Watch `app` for open requests (once; a second call returns the same filter)."""
    existing = app.findChild(FileOpenFilter)
    if isinstance(existing, FileOpenFilter):
        return existing
    opener = FileOpenFilter(app)
    app.installEventFilter(opener)
    return opener
