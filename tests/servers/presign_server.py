"""A reference server for the presigned-PUT contract (docs/UPLOAD.md), stdlib only.

It plays both parts an institution would deploy: the small URL endpoint (`POST /presign`, bearer
token) and an object store that accepts only correctly signed, unexpired PUTs whose body matches
the signed Content-MD5, like S3 does with a presigned URL. Why not a full S3 emulator (moto): it
would bring AWS's SDK (boto3, botocore) and a mock-AWS framework into the test
environment to exercise the same contract, and the client never speaks S3 itself: it only follows
the URL and headers the endpoint gives, which this server checks the way S3 does.
Objects can be put on another host name (`object_host="localhost"`) to check that the bearer
token never follows the upload to another host.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import ssl
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class PresignServer:
    def __init__(self, store: Path, *, token: str = "", object_host: str = "127.0.0.1",
                 url_lifetime_s: float = 300.0, tls: ssl.SSLContext | None = None) -> None:
        self.store = store
        self.token = token
        self.object_host = object_host
        self.url_lifetime_s = url_lifetime_s
        self.secret = os.urandom(16)
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                server.handle_presign(self)

            def do_PUT(self) -> None:
                server.handle_put(self)

        store.mkdir(parents=True, exist_ok=True)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.scheme = "https" if tls else "http"
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/presign"

    def __enter__(self) -> PresignServer:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ---------------------------------------------------------------- helpers
    def _sign(self, path: str, expires: int, md5: str) -> str:
        message = f"PUT\n{path}\n{expires}\n{md5}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def _record(self, handler: BaseHTTPRequestHandler) -> bytes:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self.lock:
            self.requests.append((handler.command, handler.path, headers))
        length = int(handler.headers.get("Content-Length") or 0)
        return handler.rfile.read(length) if length else b""

    @staticmethod
    def _answer(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"",
                ctype: str = "application/json") -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def object_path(self, session: str, filename: str) -> Path:
        return self.store / session / filename

    # ---------------------------------------------------------------- routes
    def handle_presign(self, handler: BaseHTTPRequestHandler) -> None:
        body = self._record(handler)
        if self.token and handler.headers.get("Authorization") != f"Bearer {self.token}":
            return self._answer(handler, 401, b'{"error":"unauthorized"}')
        try:
            ask = json.loads(body)
            session, filename = str(ask["session"]), str(ask["filename"])
            sha, md5 = str(ask["sha256"]), str(ask["md5"])
            if ".." in filename.split("/") or not session.isalnum():
                raise ValueError(filename)
        except (ValueError, KeyError, TypeError):
            return self._answer(handler, 400, b'{"error":"bad request"}')
        existing = self.object_path(session, filename)
        if existing.is_file() and hashlib.sha256(existing.read_bytes()).hexdigest() == sha:
            return self._answer(handler, 200, b'{"stored":true}')
        path = f"/objects/{session}/{urllib.parse.quote(filename)}"
        expires = int(time.time() + self.url_lifetime_s)
        query = urllib.parse.urlencode({"expires": expires, "sig": self._sign(path, expires, md5)})
        url = f"{self.scheme}://{self.object_host}:{self.port}{path}?{query}"
        grant = {"url": url, "method": "PUT", "headers": {"Content-MD5": md5}}
        self._answer(handler, 200, json.dumps(grant).encode())

    def handle_put(self, handler: BaseHTTPRequestHandler) -> None:
        body = self._record(handler)
        parts = urllib.parse.urlsplit(handler.path)
        query = dict(urllib.parse.parse_qsl(parts.query))
        md5 = handler.headers.get("Content-MD5", "")
        try:
            expires = int(query.get("expires", "0"))
        except ValueError:
            expires = 0
        good = hmac.compare_digest(query.get("sig", ""), self._sign(parts.path, expires, md5))
        if not good or expires < time.time():
            return self._answer(handler, 403, b"<Error>AccessDenied</Error>", "application/xml")
        if base64.b64encode(hashlib.md5(body).digest()).decode() != md5:
            return self._answer(handler, 400, b"<Error>BadDigest</Error>", "application/xml")
        segments = urllib.parse.unquote(parts.path).split("/")[2:]
        target = self.store.joinpath(*segments)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.part")
        tmp.write_bytes(body)
        tmp.replace(target)
        handler.send_response(200)
        handler.send_header("ETag", f'"{hashlib.md5(body).hexdigest()}"')
        handler.send_header("Content-Length", "0")
        handler.end_headers()
