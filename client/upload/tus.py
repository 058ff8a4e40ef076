"""tus 1.0 (tus.io): core, creation, creation-with-upload, expiration, termination.

One upload per file. Small files (every normal segment) go in a single POST with the body
(creation-with-upload) when the server offers it: one round trip and about 400 bytes of headers
per segment. If such a POST is cut after bytes went out, that file is retried as POST (empty)
then PATCH, so that a link that keeps dropping still makes progress: after a cut the client asks
the server (HEAD) how much it holds and sends only the rest. The upload URL is kept in the
session's upload state, so this works across a restart of the client or of the server.

Answers are checked, not trusted: an offset that is not a number, goes backwards, or exceeds what
was sent is a clear error (and that upload is dropped and begun again later), never a crash and
never a reason to delete anything locally. 404/410 (expired or forgotten upload) start the file
over. Verified against @tus/server 2.4 with @tus/file-store 2.1 on Linux.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import logging
import urllib.parse

import httpx

from client.upload import errors
from client.upload.backoff import DIGITS
from client.upload.http import Sockets, classify, raise_for_status, read_limited, safe_url
from client.upload.ratelimit import paced
from client.upload.transport import Attempt

log = logging.getLogger("invigilo.upload")

TUS_VERSION = "1.0.0"
OCTETS = "application/offset+octet-stream"
WITH_UPLOAD_MAX = 256 * 1024  # larger files: POST, then PATCH (resumable from the first byte)
MAX_CONFLICTS = 3

MISSING_LOCATION = "it created an upload but did not say where (no Location)"
BAD_LOCATION = "it named an upload address that is not http(s)"
BAD_OFFSET = "its Upload-Offset {value!r} is not a byte count"
BEYOND = "it claims {offset} bytes of a {size}-byte file"
BEYOND_SENT = "it claims {offset} bytes after we sent up to byte {sent}"
BACKWARDS = "its offset went back from {before} to {after} during one request"
WRONG_LENGTH = "it holds an upload of {length} bytes where ours has {size}"
NOT_TUS = "the upload server does not speak tus {version} (it offers {offered!r})"
NO_PROGRESS = "it accepts our data but its offset does not move"
CONFLICTS = "the server and the client keep disagreeing about the upload offset"


def _offset(value: str | None) -> int:
    if value is None or not DIGITS.fullmatch(value.strip()) or len(value.strip()) > 18:
        raise errors.ProtocolError(errors.MALFORMED.format(detail=BAD_OFFSET.format(value=value)))
    return int(value.strip())


def _expires(value: str | None) -> float | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.timestamp()


def metadata(pairs: dict[str, str]) -> str:
    return ",".join(f"{key} {base64.b64encode(value.encode()).decode()}"
                    for key, value in pairs.items())


def digest_b64(sha256_hex: str) -> str:
    """The SHA-256 as base64 of its 32 bytes (as tus's checksum extension writes digests): it
    rides in every creation request, and 44 characters cost less uplink than 64."""
    return base64.b64encode(bytes.fromhex(sha256_hex)).decode()


class _Conflict(Exception):
    pass


class TusTransport:
    def __init__(self, client: httpx.Client, endpoint: str, *, timeout: float = 30.0) -> None:
        self.client = client
        self.endpoint = endpoint
        self.timeout = timeout
        self.sockets = Sockets()
        self.name = f"tus {safe_url(endpoint)}"
        self._extensions: set[str] | None = None
        self._max_size: int | None = None
        self._plain_create: set[tuple[str, str]] = set()

    def close(self) -> None:
        self.sockets.shutdown()  # wakes a request blocked on a silent server
        self.client.close()

    # ------------------------------------------------------------------ HTTP
    def _exchange(self, method: str, url: str, what: str, headers: dict[str, str],
                  body: object = None) -> httpx.Response:
        try:
            with self.client.stream(method, url, headers=headers,
                                    content=body,  # type: ignore[arg-type]
                                    extensions={"trace": self.sockets.trace}) as response:
                read_limited(response)
            return response
        except httpx.HTTPError as exc:
            raise classify(exc, self.timeout) from None
        except httpx.InvalidURL:
            raise errors.ProtocolError(errors.MALFORMED.format(detail=errors.BAD_URL)) from None

    def _body(self, attempt: Attempt, start: int) -> object:
        return paced(attempt.data[start:], attempt.cap, attempt.stop, attempt.add_sent,
                     errors.Stopped)

    # ------------------------------------------------------------- protocol
    def discover(self) -> set[str]:
        """The server's tus extensions (OPTIONS), asked once per transport."""
        if self._extensions is not None:
            return self._extensions
        response = self._exchange("OPTIONS", self.endpoint, "the capability query", {})
        found = {"creation"}
        if response.status_code in (200, 204):
            offered = response.headers.get("tus-version", TUS_VERSION)
            if TUS_VERSION not in [v.strip() for v in offered.split(",")]:
                raise errors.Rejected(NOT_TUS.format(version=TUS_VERSION, offered=offered))
            found |= {e.strip() for e in response.headers.get("tus-extension", "").split(",")
                      if e.strip()}
            size = response.headers.get("tus-max-size", "")
            self._max_size = int(size) if DIGITS.fullmatch(size) else None
        elif response.status_code == 429 or response.status_code >= 500:
            raise_for_status(response, "the capability query")
        self._extensions = found
        return found

    def head(self, url: str, size: int) -> int:
        response = self._exchange("HEAD", url, "the upload", {"Tus-Resumable": TUS_VERSION})
        raise_for_status(response, "the upload")
        offset = _offset(response.headers.get("upload-offset"))
        length = response.headers.get("upload-length")
        if length is not None and length.strip() != str(size):
            raise errors.ProtocolError(errors.MALFORMED.format(
                detail=WRONG_LENGTH.format(length=length.strip()[:20], size=size)))
        if offset > size:
            raise errors.ProtocolError(errors.MALFORMED.format(
                detail=BEYOND.format(offset=offset, size=size)))
        return offset

    def create(self, attempt: Attempt, with_body: bool) -> tuple[str, int | None]:
        item, size = attempt.item, len(attempt.data)
        what = f"{item.relpath} of session {item.session_id}"
        if self._max_size is not None and size > self._max_size:
            raise errors.Rejected(errors.TOO_LARGE.format(what=what))
        headers = {
            "Tus-Resumable": TUS_VERSION,
            "Upload-Length": str(size),
            "Upload-Metadata": metadata({"filename": item.relpath, "session": item.session_id,
                                         "sha256": digest_b64(attempt.sha256)}),
        }
        body = None
        if with_body and size:
            headers |= {"Content-Type": OCTETS, "Content-Length": str(size)}
            body = self._body(attempt, 0)
        response = self._exchange("POST", self.endpoint, what, headers, body)
        if response.status_code != 201:
            raise_for_status(response, what)
            raise errors.ProtocolError(errors.MALFORMED.format(
                detail=f"creation answered HTTP {response.status_code}, not 201"))
        location = response.headers.get("location")
        if not location:
            raise errors.ProtocolError(errors.MALFORMED.format(detail=MISSING_LOCATION))
        url = urllib.parse.urljoin(self.endpoint, location.strip())
        if not url.startswith(("http://", "https://")):
            raise errors.ProtocolError(errors.MALFORMED.format(detail=BAD_LOCATION))
        offset: int | None = None
        if body is not None or "upload-offset" in response.headers:
            offset = _offset(response.headers.get("upload-offset"))
            if offset > size:
                self.terminate(url)
                raise errors.ProtocolError(errors.MALFORMED.format(
                    detail=BEYOND.format(offset=offset, size=size)))
        elif not size:
            offset = 0
        if offset != size:  # only an unfinished upload needs finding again after a restart
            attempt.state.put(item.relpath, {
                "sha256": attempt.sha256, "url": url, "size": size,
                "expires": _expires(response.headers.get("upload-expires")),
            })
        return url, offset

    def patch(self, attempt: Attempt, url: str, offset: int) -> int:
        size = len(attempt.data)
        headers = {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(offset),
                   "Content-Type": OCTETS, "Content-Length": str(size - offset)}
        response = self._exchange("PATCH", url, attempt.item.relpath, headers,
                                  self._body(attempt, offset))
        if response.status_code == 409:
            raise _Conflict()
        raise_for_status(response, attempt.item.relpath)
        after = _offset(response.headers.get("upload-offset"))
        if after > size:
            raise errors.ProtocolError(errors.MALFORMED.format(
                detail=BEYOND_SENT.format(offset=after, sent=size)))
        if after < offset:
            raise errors.ProtocolError(errors.MALFORMED.format(
                detail=BACKWARDS.format(before=offset, after=after)))
        expires = _expires(response.headers.get("upload-expires"))
        if expires is not None:
            record = attempt.state.get(attempt.item.relpath, attempt.sha256)
            if record is not None:
                attempt.state.put(attempt.item.relpath, record | {"expires": expires})
        return after

    def terminate(self, url: str) -> None:
        """Free an upload we will never finish (termination extension); best effort."""
        if "termination" not in (self._extensions or set()):
            return
        try:
            self._exchange("DELETE", url, "an abandoned upload", {"Tus-Resumable": TUS_VERSION})
        except errors.UploadError as exc:
            log.info("could not delete an abandoned upload at %s: %s", safe_url(url), exc)

    def _abandon(self, attempt: Attempt, url: str) -> None:
        attempt.state.drop(attempt.item.relpath)
        self.terminate(url)

    # ---------------------------------------------------------------- driver
    def send(self, attempt: Attempt) -> None:
        extensions = self.discover()
        relpath = attempt.item.relpath
        stale = attempt.state.stale(relpath, attempt.sha256)
        if stale is not None:  # an upload of an older version of this file (session.json)
            self._abandon(attempt, str(stale.get("url", "")))
        try:
            self._send(attempt, extensions)
        except errors.UploadLost:
            attempt.state.drop(relpath)
            self._send(attempt, extensions)  # once more from the start, in this attempt

    def _resume_offset(self, attempt: Attempt) -> tuple[str, int] | None:
        record = attempt.state.get(attempt.item.relpath, attempt.sha256)
        if record is None or not isinstance(record.get("url"), str):
            return None
        expires = record.get("expires")
        now = dt.datetime.now(dt.UTC).timestamp()
        if isinstance(expires, (int, float)) and expires <= now:
            attempt.state.drop(attempt.item.relpath)
            return None
        try:
            return record["url"], self.head(record["url"], len(attempt.data))
        except errors.UploadLost:
            attempt.state.drop(attempt.item.relpath)
            return None
        except errors.ProtocolError:
            self._abandon(attempt, record["url"])
            raise

    def _send(self, attempt: Attempt, extensions: set[str]) -> None:
        size = len(attempt.data)
        key = (attempt.item.session_id, attempt.item.relpath)
        resumed = self._resume_offset(attempt)
        if resumed is None:
            with_body = ("creation-with-upload" in extensions and size <= WITH_UPLOAD_MAX
                         and key not in self._plain_create)
            try:
                url, offset = self.create(attempt, with_body)
            except errors.NetworkError:
                if with_body and attempt.sent:
                    self._plain_create.add(key)  # the link cuts: go resumable for this file
                raise
            if offset is None:
                offset = self.head(url, size)
        else:
            url, offset = resumed
        attempt.set_confirmed(offset)
        conflicts = stuck = 0
        while offset < size:
            try:
                new = self.patch(attempt, url, offset)
            except _Conflict:
                conflicts += 1
                if conflicts > MAX_CONFLICTS:
                    raise errors.ProtocolError(errors.MALFORMED.format(detail=CONFLICTS)) from None
                new = self.head(url, size)
            except errors.ProtocolError:
                self._abandon(attempt, url)
                raise
            stuck = stuck + 1 if new <= offset else 0
            if stuck > MAX_CONFLICTS:
                raise errors.ProtocolError(errors.MALFORMED.format(detail=NO_PROGRESS))
            offset = new
            attempt.set_confirmed(offset)
        self._plain_create.discard(key)
