"""The one small interface every backend speaks, and the choice of backend from the config.

A transport gets one whole file (segments are small: seconds of media) and returns only when the
backend has confirmed every byte of it, or raises an `UploadError` saying why not. It may keep
what it needs to resume (a tus upload URL) in the session's `SessionState`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from client.config.schema import Backend
from client.errors import InvalidInput
from client.upload.items import Item
from client.upload.ratelimit import RateCap
from client.upload.state import SessionState

NEEDS_URL = "the exam's upload settings name the {transport} transport but no backend.url"
BAD_URL = "the exam's backend.url {url!r} is not an http:// or https:// address"


@dataclass
class Attempt:
    """One try at one file: its bytes, and the live counters the scheduler shows and judges."""

    item: Item
    data: bytes
    sha256: str
    state: SessionState
    cap: RateCap
    stop: threading.Event
    sent: int = 0  # body bytes handed to the network in this attempt
    confirmed: int = 0  # bytes the server says it holds
    on_progress: Callable[[Attempt], None] | None = field(default=None, repr=False)

    def add_sent(self, n: int) -> None:
        self.sent += n
        if self.on_progress:
            self.on_progress(self)

    def set_confirmed(self, n: int) -> None:
        self.confirmed = n
        if self.on_progress:
            self.on_progress(self)


class Transport(Protocol):
    name: str  # what receipts record as the backend: no secrets in it

    def send(self, attempt: Attempt) -> None:
        """Return once the backend holds every byte of `attempt.data`; raise otherwise."""

    def close(self) -> None: ...


def make_transport(backend: Backend, *, base_dir: Path | None = None,
                   timeout: float = 30.0, connect_timeout: float = 5.0) -> Transport:
    """The transport a config's backend section asks for. Relative folders are under base_dir."""
    if backend.transport == "folder":
        from client.upload.folder import FolderTransport

        folder = Path(backend.folder).expanduser()
        embedded = not folder.is_absolute() and base_dir is not None
        if embedded and base_dir is not None:
            folder = base_dir / folder
        return FolderTransport(folder, create=embedded)
    url = backend.url.strip()
    if not url:
        raise InvalidInput(NEEDS_URL.format(transport=backend.transport),
                           "ask the institution for a corrected exam file")
    if not url.startswith(("https://", "http://")):
        raise InvalidInput(BAD_URL.format(url=url))
    from client.upload.http import make_client

    token = backend.auth.token if backend.auth.kind == "bearer" else ""
    client = make_client(backend_url=url, token=token, ca_pem=backend.ca_pem,
                         pins=list(backend.pin_sha256), timeout=timeout,
                         connect_timeout=connect_timeout)
    if backend.transport == "tus":
        from client.upload.tus import TusTransport

        return TusTransport(client, url, timeout=timeout)
    from client.upload.presigned import PresignedTransport

    return PresignedTransport(client, url, timeout=timeout)
