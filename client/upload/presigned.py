"""Presigned PUT: one object per segment in any object store (S3, GCS, Azure) behind a small
institution endpoint that hands out a signed URL per file. Contract: docs/UPLOAD.md.

Why not S3 multipart: its parts are at least 5 MiB, minutes of recording at 150 kbit/s; a
segment is a few tens of kB and useful on its own, so one PUT per segment commits progress at
every segment. A PUT cut midway is sent again whole (segments are small).

The endpoint gets the file's size, SHA-256 and MD5 so it can bind them into the signature (S3
`Content-MD5`, `x-amz-checksum-sha256`): the store itself then refuses altered bytes. It may also
answer that it already holds the object (after a client crash between PUT and receipt).
Verified against the contract's reference server in tests/servers/presign on Linux.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

import httpx

from client.upload import errors
from client.upload.http import Sockets, classify, raise_for_status, read_limited, safe_url
from client.upload.ratelimit import paced
from client.upload.transport import Attempt

HEADER_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}")
HEADER_VALUE = re.compile(r"[\x20-\x7e]{0,4096}")
NOT_JSON = "the URL service's answer is not the JSON the contract asks for"
NO_URL = "the URL service gave no usable upload address"
BAD_METHOD = "the URL service asked for method {method!r}; only PUT is used"
BAD_HEADERS = "the URL service asked for headers that are not valid HTTP headers"


def _bad(detail: str) -> errors.ProtocolError:
    return errors.ProtocolError(errors.MALFORMED.format(detail=detail))


def parse_grant(body: bytes) -> dict[str, Any]:
    """Check the endpoint's answer: {"url", "method"?, "headers"?} or {"stored": true}."""
    try:
        grant = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise _bad(NOT_JSON) from None
    if not isinstance(grant, dict):
        raise _bad(NOT_JSON)
    if grant.get("stored") is True:
        return {"stored": True}
    url = grant.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise _bad(NO_URL)
    method = grant.get("method", "PUT")
    if method != "PUT":
        raise _bad(BAD_METHOD.format(method=str(method)[:20]))
    headers = grant.get("headers", {})
    if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and HEADER_NAME.fullmatch(k)
            and HEADER_VALUE.fullmatch(v) for k, v in headers.items()):
        raise _bad(BAD_HEADERS)
    return {"url": url, "headers": headers}


class PresignedTransport:
    def __init__(self, client: httpx.Client, endpoint: str, *, timeout: float = 30.0) -> None:
        self.client = client
        self.endpoint = endpoint
        self.timeout = timeout
        self.sockets = Sockets()
        self.name = f"presigned {safe_url(endpoint)}"

    def close(self) -> None:
        self.sockets.shutdown()  # wakes a request blocked on a silent server
        self.client.close()

    def _exchange(self, method: str, url: str, headers: dict[str, str],
                  body: object) -> tuple[httpx.Response, bytes]:
        try:
            with self.client.stream(method, url, headers=headers,
                                    content=body,  # type: ignore[arg-type]
                                    extensions={"trace": self.sockets.trace}) as response:
                return response, read_limited(response)
        except httpx.HTTPError as exc:
            raise classify(exc, self.timeout) from None
        except httpx.InvalidURL:
            raise errors.ProtocolError(errors.MALFORMED.format(detail=errors.BAD_URL)) from None

    def grant(self, attempt: Attempt) -> dict[str, Any]:
        item = attempt.item
        request = json.dumps({
            "session": item.session_id, "filename": item.relpath, "size": len(attempt.data),
            "sha256": attempt.sha256,
            "md5": base64.b64encode(hashlib.md5(attempt.data).digest()).decode(),
        }, separators=(",", ":")).encode()
        response, body = self._exchange("POST", self.endpoint,
                                        {"Content-Type": "application/json"}, request)
        raise_for_status(response, f"an upload address for {item.relpath}")
        return parse_grant(body)

    def put(self, attempt: Attempt, grant: dict[str, Any]) -> None:
        headers = dict(grant["headers"]) | {"Content-Length": str(len(attempt.data))}
        body = paced(attempt.data, attempt.cap, attempt.stop, attempt.add_sent, errors.Stopped)
        response, _ = self._exchange("PUT", grant["url"], headers, body)
        if response.status_code in (400, 403):  # expired or refused signature: a new URL helps
            raise errors.UploadLost(errors.REFUSED.format(what=attempt.item.relpath,
                                                          status=response.status_code))
        raise_for_status(response, attempt.item.relpath)

    def send(self, attempt: Attempt) -> None:
        for tries in (1, 2):
            grant = self.grant(attempt)
            if not grant.get("stored"):
                try:
                    self.put(attempt, grant)
                except errors.UploadLost as exc:
                    if tries == 2:
                        raise errors.Rejected(exc.message) from None
                    continue
            attempt.set_confirmed(len(attempt.data))
            return
