"""The uploader: one background thread that drains a spool through one transport.

It is what the app runs (no Qt here): `Uploader(spool, backend, on_progress=...)`, `.start()`,
`.stop()`, `.status()`, `.wake()` (the recorder may call it after writing a segment; the spool is
also polled every second, since a segment appears atomically by rename). Nothing waits on it: the
recorder keeps writing whatever the network does, and `status()` only copies counters.

One file at a time, in the order of items.py, through one rate cap. A file's receipt is written
(fsync) as soon as the backend confirmed every byte, and only then is the segment deleted. The
newest segment of each stream of a session still being recorded stays on disk until the session
is finished, so a writer continuing the session always finds its chain's tail (its receipt holds
the hash as well).

Failures: no link or a cut connection, and 'busy' answers (429, 5xx), hold everything back with
capped, jittered backoff (Retry-After honoured); a refusal or a nonsensical answer about one file
puts that file aside for a while (slow backoff) and the others go on.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from client.config.schema import Backend
from client.i18n import QT_TRANSLATE_NOOP
from client.journal.spool import add_receipt, list_sessions
from client.upload import backoff, errors
from client.upload.items import (
    Item,
    SessionCache,
    SessionScan,
    in_order,
    scan_session,
    sha256_file,
)
from client.upload.lock import HELD, SpoolLock
from client.upload.ratelimit import RateCap
from client.upload.state import SessionState
from client.upload.transport import Attempt, Transport, make_transport

log = logging.getLogger("invigilo.upload")

POLL_S = 1.0
GRACE_S = 1.0  # how long stop() lets a request finish before cutting it
PROGRESS_EVERY_S = 0.2
INTERNAL = QT_TRANSLATE_NOOP("Upload", "the uploader hit an unexpected problem ({kind}); it "
                             "keeps trying")  # shown on the hand-in page (client/i18n.py)


@dataclass(frozen=True)
class UploadStatus:
    running: bool = False
    online: bool | None = None  # None until the first answer (or failure)
    idle: bool = False  # the last look at the spool found nothing to send now
    pending_files: int = 0
    pending_bytes: int = 0
    confirmed_files: int = 0  # since start
    confirmed_bytes: int = 0
    current: str | None = None  # "<session>/<path>" being sent
    current_sent: int = 0
    current_size: int = 0
    last_error: str | None = None  # plain words; None after the next success
    retry_at: float | None = None  # time.monotonic() of the next attempt while backing off
    problems: dict[str, str] = field(default_factory=dict)  # file -> why it is put aside
    sessions: int = 0
    receipts: int = 0  # files confirmed in total (receipts on disk) in the sessions watched


ProgressCallback = Callable[[UploadStatus], None]


class Uploader:
    def __init__(self, spool: Path, backend: Backend | None = None, *,
                 transport: Transport | None = None,
                 on_progress: ProgressCallback | None = None,
                 delete_confirmed: bool = True, poll_s: float = POLL_S,
                 sessions: Collection[str] | None = None, base_dir: Path | None = None,
                 rate_kbps: int | None = None, timeout: float = 30.0,
                 network_cap_s: float = backoff.NETWORK_CAP_S) -> None:
        if transport is None:
            if backend is None:
                raise ValueError("an Uploader needs a backend config or a transport")
            if base_dir is None:  # a relative hand-in folder lives beside the user's spool
                from client import paths

                base_dir = paths.user_data_dir()
            transport = make_transport(backend, base_dir=base_dir, timeout=timeout)
        self.spool = spool
        self.transport = transport
        self.on_progress = on_progress
        self.delete_confirmed = delete_confirmed
        self.poll_s = poll_s
        self.sessions = set(sessions) if sessions is not None else None
        kbps = rate_kbps if rate_kbps is not None else (backend.rate_limit_kbps if backend else 0)
        self.cap = RateCap(kbps)
        self.network_cap_s = network_cap_s
        self._status = UploadStatus()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._states: dict[Path, SessionState] = {}
        self._caches: dict[Path, SessionCache] = {}
        self._deferred: dict[str, tuple[float, int]] = {}  # file -> (until, failures)
        self._best: dict[str, int] = {}  # file -> most bytes the server ever confirmed
        self._best_at_failure: dict[str, int] = {}
        self._last_progress = 0.0

    # ---------------------------------------------------------------- control
    def start(self) -> None:
        if self._thread is not None:
            if self._stop.is_set():
                raise RuntimeError("this Uploader was stopped; make a new one")
            return
        self._set(running=True)
        self._thread = threading.Thread(target=self._run, name="uploader", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop the thread; True once it has. An upload in flight is cut (the server keeps what
        it got, so the next run resumes it). An Uploader runs once: make a new one to go on."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(min(timeout, GRACE_S))
            self.transport.close()  # cuts a request blocked on a slow or silent server
            thread.join(max(0.0, timeout - GRACE_S))
            if thread.is_alive():
                return False
        else:
            self.transport.close()
        self._set(running=False, current=None)
        return True

    def wake(self) -> None:
        """Look at the spool now (a new segment was written); does not cut a backoff short."""
        self._wake.set()

    def status(self) -> UploadStatus:
        with self._lock:
            return self._status

    # ------------------------------------------------------------- internals
    def _set(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
            status = self._status
        now = time.monotonic()
        if self.on_progress and ("current_sent" not in changes or len(changes) > 1
                                 or now - self._last_progress >= PROGRESS_EVERY_S):
            self._last_progress = now
            try:
                self.on_progress(status)
            except Exception:  # a broken listener must not stop the uploads
                log.exception("upload progress listener failed")

    def _sleep(self, seconds: float, wakeable: bool) -> None:
        if seconds <= 0:
            return
        if wakeable:
            self._wake.wait(seconds)
            self._wake.clear()
        else:
            self._stop.wait(seconds)

    def _state(self, session: Path) -> SessionState:
        if session not in self._states:
            self._states[session] = SessionState(session)
        return self._states[session]

    def _scan(self) -> list[SessionScan]:
        scans = []
        for session in list_sessions(self.spool):
            if self.sessions is not None and session.name not in self.sessions:
                continue
            cache = self._caches.setdefault(session, SessionCache())
            with contextlib.suppress(OSError):  # a session deleted under us
                scans.append(scan_session(session, cache))
        return scans

    def _may_delete(self, scan: SessionScan, item: Item) -> bool:
        return (self.delete_confirmed and item.is_segment
                and (scan.finished or item.relpath not in scan.newest))

    def _cleanup(self, scans: list[SessionScan]) -> None:
        """Delete segments confirmed earlier but still present (a crash after the receipt)."""
        for scan in scans:
            for item, sha in scan.confirmed_present:
                if self._may_delete(scan, item):
                    with contextlib.suppress(OSError):
                        if sha256_file(item.path) == sha:
                            item.path.unlink()

    def _run(self) -> None:
        failures = 0
        lock = SpoolLock(self.spool)
        while not self._stop.is_set():
            if not lock.acquire():
                self._set(idle=True, last_error=HELD.format(spool=str(self.spool)))
                self._sleep(self.poll_s * 5, wakeable=False)
                continue
            try:
                failures = self._step(failures)
            except errors.Stopped:
                break
            except Exception as exc:  # never let the thread die; say so and go on
                log.exception("uploader step failed")
                self._set(last_error=INTERNAL.format(kind=type(exc).__name__))
                self._sleep(self.network_cap_s, wakeable=False)
        lock.release()
        self._set(current=None)

    def _step(self, failures: int) -> int:
        scans = self._scan()
        self._cleanup(scans)
        now = time.monotonic()
        pending = in_order([item for scan in scans for item in scan.pending])
        ready = [item for item in pending if self._deferred.get(_key(item), (0.0, 0))[0] <= now]
        receipts = sum(len(self._caches[scan.session].receipts) for scan in scans)
        self._set(pending_files=len(pending), pending_bytes=sum(i.size for i in pending),
                  idle=not ready, sessions=len(scans), retry_at=None, receipts=receipts)
        if not ready:
            waits = [until - now for until, _ in self._deferred.values() if until > now]
            self._sleep(min([self.poll_s, *waits]), wakeable=True)
            return failures
        item = ready[0]
        scan = next(s for s in scans if s.session == item.session)
        try:
            self._send(scan, item)
        except errors.UploadError as exc:
            return self._failed(item, exc, failures)
        except FileNotFoundError:
            return failures  # vanished between the scan and the read
        except OSError as exc:  # unreadable (permissions, a failing disk): set it aside, go on
            detail = exc.strerror or type(exc).__name__
            return self._failed(item, errors.Rejected(
                errors.UNREADABLE.format(path=item.relpath, detail=detail)), failures)
        return 0

    def _send(self, scan: SessionScan, item: Item) -> None:
        data = item.path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        key = _key(item)
        self._set(current=key, current_sent=0, current_size=len(data))
        attempt = Attempt(item, data, sha, self._state(item.session), self.cap, self._stop,
                          on_progress=self._on_attempt)
        try:
            self.transport.send(attempt)
        finally:
            self._best[key] = max(self._best.get(key, 0), attempt.confirmed)
        try:
            add_receipt(item.session, item.relpath, sha, len(data), self.transport.name)
        except OSError as exc:  # disk full: the file stays (and is sent again), never lost
            raise errors.Rejected(errors.NO_RECEIPT.format(
                path=item.relpath, detail=exc.strerror or type(exc).__name__)) from None
        self._state(item.session).drop(item.relpath)
        if self._may_delete(scan, item):
            with contextlib.suppress(OSError):
                item.path.unlink()
        self._deferred.pop(key, None)
        self._best.pop(key, None)
        self._best_at_failure.pop(key, None)
        status = self.status()
        problems = {k: v for k, v in status.problems.items() if k != key}
        self._set(online=True, last_error=None, current=None, current_sent=0, problems=problems,
                  confirmed_files=status.confirmed_files + 1,
                  confirmed_bytes=status.confirmed_bytes + len(data))

    def _on_attempt(self, attempt: Attempt) -> None:
        sent = max(attempt.sent, attempt.confirmed)
        if attempt.sent and self.status().online is not True:
            # a body is pulled only once the connection is up and the headers are out
            self._set(current_sent=sent, online=True)
        else:
            self._set(current_sent=sent)

    def _failed(self, item: Item, exc: errors.UploadError, failures: int) -> int:
        key = _key(item)
        progressed = self._best.get(key, 0) > self._best_at_failure.get(key, 0)
        self._best_at_failure[key] = self._best.get(key, 0)
        failures = 1 if progressed else failures + 1
        log.info("upload of %s failed: %s", key, exc.message)
        if isinstance(exc, (errors.NetworkError, errors.ServerBusy, errors.UploadLost)):
            wait = backoff.delay(failures, self.network_cap_s)
            if exc.retry_after is not None:
                wait = exc.retry_after
            self._set(online=not isinstance(exc, errors.NetworkError), last_error=exc.message,
                      current=None, retry_at=time.monotonic() + wait)
            self._sleep(wait, wakeable=False)
            return failures
        # ProtocolError, Rejected: put this file aside, go on with the others
        _, count = self._deferred.get(key, (0.0, 0))
        wait = max(1.0, backoff.delay(count + 1, backoff.SLOW_CAP_S))
        if exc.retry_after is not None:
            wait = max(wait, exc.retry_after)
        self._deferred[key] = (time.monotonic() + wait, count + 1)
        problems = dict(self.status().problems) | {key: exc.message}
        self._set(online=True, last_error=exc.message, current=None, problems=problems)
        return failures


def _key(item: Item) -> str:
    return f"{item.session_id}/{item.relpath}"
