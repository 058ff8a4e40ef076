"""The client's side of the lockdown agent: start it, prove who we are, hear from it, notice when
it dies, and start it again when the exam's policy says so. No Qt here.

Every happening is handed to `on_event(kind, fields)`; the app writes them to the session journal
(`journal_sink(writer)` does exactly that) and shows findings to the candidate. Kinds:
`agent.started`, `agent.finding`, `agent.lost`, `agent.restarting`, `agent.refused_peer`,
`agent.gave_up`, `agent.stopped`.

Death is noticed three ways, whichever is first: the channel closes (the OS closes a dead
process's socket at once), the agent's process has exited, or no message for 2 s (a hung or
stopped agent). All three are well within the 3 s the design allows.

A finding's message and remedy arrive as English and, under `i18n`, as the templates and values
they were made from (agent/findings.py). `finding_fields` turns them back into translatable
texts (client/i18n.py) that are still that English, so the journal keeps the English and the app
shows them in the candidate's language.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import cache
from typing import Any

from agent import channel, messages
from agent.policy import Policy
from client.errors import UserError
from client.i18n import from_data

OnEvent = Callable[[str, dict[str, Any]], None]
START_TIMEOUT_SECONDS = 15.0
MAX_RESTARTS = 5

NOT_STARTED = "the lockdown agent did not start"
NOT_STARTED_FIX = ("restart the computer and try again; if it keeps happening, run "
                   "'invigilo agent --practice --report' and send the output to your institution")


def journal_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """An event's fields as the journal stores them: a finding's own `kind` (forbidden_app, ...)
    is stored as `finding`, so it cannot clash with the event's kind (`agent.finding`)."""
    return {("finding" if key == "kind" else key): value for key, value in fields.items()}


def journal_sink(writer: Any) -> OnEvent:
    """Route agent events into a `client.journal.SessionWriter`'s events stream."""
    def write(kind: str, fields: dict[str, Any]) -> None:
        writer.event(kind, **journal_fields(fields))
    return write


@cache
def _agent_texts() -> frozenset[tuple[str, str]]:
    return messages.catalogue()


def finding_fields(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding as the agent sent it, with message and remedy translatable again where the
    agent sent their templates (`i18n`) and they rebuild to the very English it sent; anything
    else (an older agent, a template this app does not know) stays the English as sent."""
    fields = dict(finding)
    texts = fields.pop("i18n", None)
    if not isinstance(texts, dict):
        return fields
    for name in ("message", "remedy"):
        if name not in texts or not isinstance(fields.get(name), str):
            continue
        try:
            text = from_data(texts[name], _agent_texts())
        except ValueError:
            continue
        if text == fields[name]:
            fields[name] = text
    return fields


def agent_command(address: str, log: str | None) -> list[str]:
    """How to start the agent: the frozen app's own executable, or this Python."""
    if getattr(sys, "frozen", False):
        base = [sys.executable, "agent"]
    else:
        base = [sys.executable, "-m", "client.cli", "agent"]
    return base + ["--connect", address] + (["--log", log] if log else [])


class AgentLink:
    def __init__(self, policy: Policy, on_event: OnEvent, *, exam_pid: int | None = None,
                 restart: bool | None = None, log_path: str | None = None,
                 command: Callable[[str, str | None], list[str]] = agent_command) -> None:
        self.policy = policy
        self.on_event = on_event
        self.exam_pid = exam_pid if exam_pid is not None else os.getpid()
        self.restart = policy.restart_agent if restart is None else restart
        self.log_path = log_path
        self.command = command
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self._secret = channel.new_secret()
        self._address, self._folder = channel.new_address()
        self._listener = channel.listen(self._address)
        self._lock = threading.Lock()
        self._chan: channel.Channel | None = None
        self._connected = threading.Event()
        self._stopping = False
        self._accepter = threading.Thread(target=self._accept_loop, name="agent accept",
                                          daemon=True)

    @property
    def address(self) -> str:
        return self._address

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    # --- life cycle ------------------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Start the agent and wait until it has authenticated."""
        self._accepter.start()
        self._spawn()
        assert self.process is not None
        if not self._wait_connected(self.process, timeout):
            code = self.process.poll()
            self.stop()
            raise UserError(f"{NOT_STARTED} (exit code {code})" if code is not None
                            else NOT_STARTED, NOT_STARTED_FIX)

    def _wait_connected(self, proc: subprocess.Popen[bytes], timeout: float) -> bool:
        """Wait for the agent's 'ready'; give up early if its process has already exited."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self._stopping:
            if self._connected.wait(0.1):
                return True
            if proc.poll() is not None:
                return self._connected.wait(0.2)  # its last words may still be in flight
        return self._connected.is_set()

    def stop(self) -> None:
        """Ask the agent to stop (it undoes its changes), then make sure it has."""
        self._stopping = True
        chan = self._chan
        if chan is not None:
            with contextlib.suppress(channel.ChannelError):
                chan.send("stop")
        proc = self.process
        if proc is not None:
            try:
                proc.wait(3)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(3)
        channel.poke(self._address)  # wake the accept loop so it sees we are stopping
        self._listener.close()
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)
        if chan is not None:
            chan.close()
        self._emit("agent.stopped", {"pid": proc.pid if proc else None,
                                     "exit_code": proc.returncode if proc else None})

    def _spawn(self) -> None:
        flags = 0x08000000 if sys.platform == "win32" else 0  # CREATE_NO_WINDOW
        proc = subprocess.Popen(self.command(self._address, self.log_path),
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                creationflags=flags)
        assert proc.stdin is not None
        proc.stdin.write(self._secret.hex().encode() + b"\n")
        proc.stdin.close()
        self.process = proc

    # --- accepting and serving ---------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping:
            try:
                conn = self._listener.accept()
            except OSError:
                return
            if self._stopping:
                conn.close()
                return
            # Each handshake on its own thread: a silent peer cannot hold up the real agent.
            threading.Thread(target=self._handshake, args=(conn,), name="agent handshake",
                             daemon=True).start()

    def _handshake(self, conn: Any) -> None:
        welcome = {"policy": self.policy.as_dict(), "exam_pid": self.exam_pid}
        try:
            chan = channel.accept_authenticated(conn, self._secret, welcome)
        except channel.Refused as exc:
            self._emit("agent.refused_peer", {"reason": str(exc)})
            return
        except (channel.ChannelError, OSError) as exc:
            conn.close()
            if not self._stopping:
                self._emit("agent.refused_peer", {"reason": str(exc)})
            return
        with self._lock:
            if self._chan is not None and not self._chan.closed:
                chan.close()
                self._emit("agent.refused_peer", {"reason": "an agent is already connected"})
                return
            self._chan = chan
        self._serve(chan)

    def _serve(self, chan: channel.Channel) -> None:
        proc = self.process
        last_heard = time.monotonic()
        next_beat = 0.0
        reason = ""
        while not self._stopping:
            now = time.monotonic()
            try:
                if now >= next_beat:
                    chan.send("heartbeat", t=time.time())
                    next_beat = now + channel.HEARTBEAT_SECONDS
                message = chan.recv(0.1)
            except channel.ChannelError as exc:
                reason = f"the channel closed ({exc})"
                break
            if message is not None:
                last_heard = time.monotonic()
                if message["type"] == "bye":
                    reason = "the agent said goodbye"
                    break
                self._handle(message)
            elif time.monotonic() - last_heard > channel.PEER_TIMEOUT_SECONDS:
                reason = f"no heartbeat for {channel.PEER_TIMEOUT_SECONDS:g} s"
                break
            if proc is not None and proc.poll() is not None:
                reason = f"the agent process exited (code {proc.returncode})"
                break
        chan.close()
        if self._stopping:
            return
        self._lost(reason, time.monotonic() - last_heard)

    def _handle(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "finding" and isinstance(message.get("finding"), dict):
            self._emit("agent.finding", finding_fields(message["finding"]))
        elif kind == "ready":
            self._connected.set()
            self._emit("agent.started", {"pid": message.get("pid"),
                                         "watchers": message.get("watchers", []),
                                         "restarts": self.restarts})

    def _lost(self, reason: str, silent_for: float) -> None:
        proc = self.process
        if proc is not None and proc.poll() is None:
            proc.kill()  # hung: make sure it cannot come back half-alive
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(2)
        self._connected.clear()
        with self._lock:
            self._chan = None
        self._emit("agent.lost", {"reason": reason, "pid": proc.pid if proc else None,
                                  "exit_code": proc.returncode if proc else None,
                                  "silent_for_s": round(silent_for, 3)})
        if not self.restart or self._stopping:
            return
        if self.restarts >= MAX_RESTARTS:
            self._emit("agent.gave_up", {"restarts": self.restarts})
            return
        self.restarts += 1
        self._emit("agent.restarting", {"attempt": self.restarts})
        time.sleep(min(0.2 * self.restarts, 1.0))
        if self._stopping:
            return
        self._spawn()
        proc = self.process
        assert proc is not None
        if not self._wait_connected(proc, START_TIMEOUT_SECONDS) and not self._stopping:
            # A restarted agent that never connects is lost as well, and tried again.
            self._lost(f"the restarted agent did not connect (exit code {proc.poll()})", 0.0)

    def _emit(self, kind: str, fields: dict[str, Any]) -> None:
        try:
            self.on_event(kind, fields)
        except Exception as exc:  # a failing consumer must not kill the link
            print(f"invigilo: agent event {kind} not recorded: {exc}", file=sys.stderr)
