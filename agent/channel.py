"""The local channel between the client and the agent: framing, versioned messages, mutual auth.

Transport: a Unix domain socket in a private (0700) folder on Linux and macOS, a named pipe on
Windows; both through `multiprocessing.connection`, which gives one interface over the two and
message framing. Only `send_bytes`/`recv_bytes` are used, never pickle: a message is one JSON
object with a protocol version `v` and a `type`.

Authentication: the client makes a random per-session secret and hands it to the agent on the
agent's standard input (not the command line, which other users can read; not the environment,
which is inherited by everything the agent might start). Then a challenge-response both ways:
each side proves knowledge of the secret with HMAC-SHA256 over both sides' fresh nonces, so a peer
without the secret is refused and a recorded exchange cannot be replayed.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sys
import tempfile
import threading
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

PROTOCOL_VERSION = 1
MAX_MESSAGE = 256 * 1024
HEARTBEAT_SECONDS = 0.5
PEER_TIMEOUT_SECONDS = 2.0  # silence after which the peer counts as dead (limit: 3 s)
HANDSHAKE_SECONDS = 3.0


class ChannelError(Exception):
    """The peer is gone, refused, or spoke something we do not understand."""


class Refused(ChannelError):
    """The peer could not prove it holds the session secret."""


def new_secret() -> bytes:
    return secrets.token_bytes(32)


def new_address() -> tuple[str, str | None]:
    """(address, private folder to remove afterwards or None)."""
    if sys.platform == "win32":
        return rf"\\.\pipe\invigilo-agent-{secrets.token_hex(8)}", None
    folder = tempfile.mkdtemp(prefix="invigilo-agent-")
    os.chmod(folder, 0o700)
    return str(Path(folder) / "channel"), folder


def family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


def proof(secret: bytes, role: str, first: bytes, second: bytes) -> str:
    return hmac.new(secret, role.encode() + b"|" + first + second, hashlib.sha256).hexdigest()


class Channel:
    """One authenticated connection; `send` is thread-safe, `recv` is for one reader thread."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._send_lock = threading.Lock()
        self.closed = False

    def send(self, kind: str, **fields: Any) -> None:
        data = json.dumps({"v": PROTOCOL_VERSION, "type": kind, **fields},
                          separators=(",", ":"), default=str).encode()
        if len(data) > MAX_MESSAGE:
            raise ChannelError(f"message {kind} too large ({len(data)} bytes)")
        with self._send_lock:
            try:
                self.conn.send_bytes(data)
            except (OSError, EOFError, ValueError) as exc:
                self.closed = True
                raise ChannelError(f"the other side is gone ({exc})") from None

    def recv(self, timeout: float | None) -> dict[str, Any] | None:
        """The next message, or None when nothing came within `timeout` seconds."""
        try:
            if timeout is not None and not self.conn.poll(timeout):
                return None
            data = self.conn.recv_bytes(MAX_MESSAGE)
        except (OSError, EOFError, ValueError) as exc:
            self.closed = True
            raise ChannelError(f"the other side is gone ({type(exc).__name__})") from None
        return decode(data)

    def expect(self, kind: str, timeout: float) -> dict[str, Any]:
        message = self.recv(timeout)
        if message is None:
            raise ChannelError(f"no '{kind}' message within {timeout:g} s")
        if message.get("type") == "refused":
            raise Refused(str(message.get("reason", "refused")))
        if message.get("type") != kind:
            raise ChannelError(f"expected '{kind}', got '{message.get('type')}'")
        return message

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(OSError):
            self.conn.close()


def decode(data: bytes) -> dict[str, Any]:
    try:
        message = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ChannelError("the other side sent something that is not a JSON message") from None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise ChannelError("the other side sent a message without a type")
    version = message.get("v")
    if version != PROTOCOL_VERSION:
        raise ChannelError(f"the other side speaks protocol version {version!r}; "
                           f"this one speaks {PROTOCOL_VERSION}")
    return message


def listen(address: str) -> Listener:
    return Listener(address, family=family(), backlog=4)


def accept_authenticated(conn: Connection, secret: bytes, welcome: dict[str, Any]) -> Channel:
    """Server side (the client app): challenge the peer, check its proof, prove ourselves."""
    chan = Channel(conn)
    ours = secrets.token_bytes(16)
    chan.send("challenge", nonce=ours.hex())
    hello = chan.expect("hello", HANDSHAKE_SECONDS)
    try:
        theirs = bytes.fromhex(str(hello.get("nonce", "")))
    except ValueError:
        theirs = b""
    good = proof(secret, "agent", ours, theirs)
    if len(theirs) != 16 or not hmac.compare_digest(good, str(hello.get("proof", ""))):
        with contextlib.suppress(ChannelError):
            chan.send("refused", reason="authentication failed")
        chan.close()
        raise Refused("the peer does not know the session secret")
    chan.send("welcome", proof=proof(secret, "client", theirs, ours), **welcome)
    return chan


def connect_authenticated(address: str, secret: bytes, hello: dict[str, Any]) -> tuple[
        Channel, dict[str, Any]]:
    """Agent side: answer the challenge and check the server's proof; returns the welcome."""
    chan = Channel(Client(address, family=family()))
    try:
        challenge = chan.expect("challenge", HANDSHAKE_SECONDS)
        theirs = bytes.fromhex(str(challenge.get("nonce", "")))
        ours = secrets.token_bytes(16)
        chan.send("hello", nonce=ours.hex(), proof=proof(secret, "agent", theirs, ours), **hello)
        welcome = chan.expect("welcome", HANDSHAKE_SECONDS)
        if not hmac.compare_digest(proof(secret, "client", ours, theirs),
                                   str(welcome.get("proof", ""))):
            raise Refused("the other side does not know the session secret")
    except (ChannelError, ValueError):
        chan.close()
        raise
    return chan, welcome


def poke(address: str) -> None:
    """Connect and hang up at once: wakes a listener blocked in accept() so it can stop."""
    with contextlib.suppress(OSError, EOFError):
        Client(address, family=family()).close()
