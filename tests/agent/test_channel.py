"""The client-agent channel with real processes: auth both ways, heartbeats, death within 3 s."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Client
from pathlib import Path
from typing import Any

import pytest

from agent import channel
from agent.policy import Policy
from client.agent_link import AgentLink
from client.errors import UserError


class Events:
    def __init__(self) -> None:
        self.items: list[tuple[float, str, dict[str, Any]]] = []
        self.cond = threading.Condition()

    def __call__(self, kind: str, fields: dict[str, Any]) -> None:
        with self.cond:
            self.items.append((time.monotonic(), kind, fields))
            self.cond.notify_all()

    def wait(self, kind: str, timeout: float, after: float = 0.0) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for at, k, f in self.items:
                    if k == kind and at >= after:
                        return at, f
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {kind} within {timeout} s: "
                                         f"{[k for _, k, _ in self.items]}")
                self.cond.wait(left)


@pytest.fixture()
def quiet_policy() -> Policy:
    """Only the cheap watchers: these tests are about the channel."""
    return Policy(level="none", forbidden_process_action="off", virtual_machine="allow",
                  remote_session="allow", extra_displays="allow", clipboard="allow",
                  shortcuts="allow", synthetic_input="allow", focus="allow",
                  capture_hidden_windows="allow", virtual_devices="allow")


def test_killed_agent_is_noticed_within_3_seconds_and_restarted(quiet_policy: Policy,
                                                                tmp_path: Path) -> None:
    events = Events()
    link = AgentLink(quiet_policy, events, restart=True, log_path=str(tmp_path / "agent.log"))
    link.start()
    try:
        _, started = events.wait("agent.started", 5)
        first = link.process
        assert first is not None and started["pid"] == first.pid
        killed_at = time.monotonic()
        os.kill(first.pid, signal.SIGKILL)
        lost_at, lost = events.wait("agent.lost", 3.0, after=killed_at)
        assert lost_at - killed_at < 3.0
        assert lost["pid"] == first.pid
        _, again = events.wait("agent.started", 10, after=lost_at)
        assert again["pid"] != first.pid and again["restarts"] == 1
    finally:
        link.stop()
    events.wait("agent.stopped", 1)


def test_a_hung_agent_is_noticed_by_its_silence(quiet_policy: Policy) -> None:
    events = Events()
    link = AgentLink(quiet_policy, events, restart=False)
    link.start()
    try:
        assert link.process is not None
        stopped_at = time.monotonic()
        os.kill(link.process.pid, signal.SIGSTOP)  # alive but silent
        lost_at, lost = events.wait("agent.lost", 3.0, after=stopped_at)
        assert lost_at - stopped_at < 3.0
        assert "heartbeat" in lost["reason"]
    finally:
        link.stop()


def test_a_peer_without_the_secret_is_refused(quiet_policy: Policy) -> None:
    events = Events()
    link = AgentLink(quiet_policy, events, restart=False)
    link.start()
    try:
        with pytest.raises(channel.Refused):
            channel.connect_authenticated(link.address, b"x" * 32, {"role": "agent"})
        _, refused = events.wait("agent.refused_peer", 3)
        assert "secret" in refused["reason"]
        assert link.connected  # the real agent is unaffected
    finally:
        link.stop()


def test_the_agent_refuses_a_server_that_cannot_prove_the_secret(tmp_path: Path) -> None:
    address, folder = channel.new_address()
    listener = channel.listen(address)
    log = tmp_path / "agent.log"
    agent = subprocess.Popen([sys.executable, "-m", "client.cli", "agent", "--connect", address,
                              "--log", str(log)], stdin=subprocess.PIPE)
    assert agent.stdin is not None
    agent.stdin.write(os.urandom(32).hex().encode() + b"\n")
    agent.stdin.close()
    try:
        conn = listener.accept()
        # An impostor server: it has a different secret, so its proof is wrong.
        chan = channel.Channel(conn)
        chan.send("challenge", nonce=os.urandom(16).hex())
        hello = chan.expect("hello", 5)
        chan.send("welcome", proof="00" * 32, policy={}, exam_pid=None)
        assert hello["role"] == "agent"
        assert agent.wait(5) == 4  # EXIT_REFUSED
        lines = [json.loads(x) for x in log.read_text().splitlines()]
        assert lines[-1]["event"] == "client_refused"
    finally:
        listener.close()
        if agent.poll() is None:
            agent.kill()
        if folder:
            import shutil
            shutil.rmtree(folder, ignore_errors=True)


def test_the_agent_notices_a_silent_client_within_3_seconds(tmp_path: Path,
                                                            quiet_policy: Policy) -> None:
    secret = channel.new_secret()
    address, folder = channel.new_address()
    listener = channel.listen(address)
    log = tmp_path / "agent.log"
    agent = subprocess.Popen([sys.executable, "-m", "client.cli", "agent", "--connect", address,
                              "--log", str(log)], stdin=subprocess.PIPE)
    assert agent.stdin is not None
    agent.stdin.write(secret.hex().encode() + b"\n")
    agent.stdin.close()
    try:
        chan = channel.accept_authenticated(listener.accept(), secret,
                                            {"policy": quiet_policy.as_dict(), "exam_pid": None})
        silent_from = time.time()  # we never send anything from here on: a frozen client
        first = chan.recv(2.0)
        assert first is not None and first["type"] == "heartbeat"  # the agent beats at once
        assert agent.wait(10) == 3  # EXIT_CLIENT_LOST
        last = [json.loads(x) for x in log.read_text().splitlines()][-1]
        assert last["event"] == "client_lost" and "heartbeat" in last["reason"]
        assert last["at"] - silent_from < 3.0  # noticed (and logged) within 3 s
    finally:
        listener.close()
        if agent.poll() is None:
            agent.kill()
        if folder:
            import shutil
            shutil.rmtree(folder, ignore_errors=True)


def test_messages_are_versioned() -> None:
    with pytest.raises(channel.ChannelError, match="version"):
        channel.decode(b'{"v": 2, "type": "finding"}')
    with pytest.raises(channel.ChannelError):
        channel.decode(b"\x80not json")
    assert channel.decode(b'{"v": 1, "type": "heartbeat"}')["type"] == "heartbeat"


def test_an_agent_that_cannot_start_is_a_clear_error(quiet_policy: Policy) -> None:
    events = Events()
    link = AgentLink(quiet_policy, events, restart=False,
                     command=lambda address, log: [sys.executable, "-c", "raise SystemExit(9)"])
    with pytest.raises(UserError, match="did not start"):
        link.start(timeout=3)


def test_a_silent_peer_does_not_hold_up_the_agent(quiet_policy: Policy) -> None:
    events = Events()
    link = AgentLink(quiet_policy, events, restart=False)
    squatters = []
    try:
        # Connect before the agent and say nothing, the way a hostile local program might.
        squatters = [Client(link.address, family=channel.family()) for _ in range(3)]
        started = time.monotonic()
        link.start(timeout=8)
        # Handled one after another, the three would cost 3 x 3 s of handshake timeouts first.
        assert time.monotonic() - started < 6.0
    finally:
        for conn in squatters:
            conn.close()
        link.stop()


def test_oversized_evidence_is_cut_not_lost() -> None:
    from agent.findings import Finding
    from agent.service import EVIDENCE_LIMIT, fit
    big = Finding("capture_hidden_window", "flag", "m", "", {"rows": ["x" * 100] * 5000})
    small = fit(big.as_dict())
    assert small["evidence"]["truncated"] is True and small["message"] == "m"
    assert len(json.dumps(small)) < channel.MAX_MESSAGE
    assert len(small["evidence"]["start"]) == EVIDENCE_LIMIT
    ordinary = Finding("shortcut", "flag", "m", "", {"combo": "Alt+Tab"}).as_dict()
    assert fit(ordinary) == ordinary


def test_an_agent_that_keeps_failing_is_given_up_on(quiet_policy: Policy) -> None:
    from client import agent_link
    from client.agent_link import agent_command
    runs: list[int] = []

    def command(address: str, log: str | None) -> list[str]:
        runs.append(1)
        if len(runs) == 1:
            return agent_command(address, log)
        return [sys.executable, "-c", "raise SystemExit(7)"]  # every restart fails at once

    events = Events()
    link = AgentLink(quiet_policy, events, restart=True, command=command)
    link.start()
    try:
        assert link.process is not None
        killed_at = time.monotonic()
        os.kill(link.process.pid, signal.SIGKILL)
        _, gave_up = events.wait("agent.gave_up", 15, after=killed_at)
        assert gave_up["restarts"] == agent_link.MAX_RESTARTS
        lost = [f for _, k, f in events.items if k == "agent.lost"]
        assert len(lost) == agent_link.MAX_RESTARTS + 1
        assert "did not connect (exit code 7)" in lost[-1]["reason"]
    finally:
        link.stop()
