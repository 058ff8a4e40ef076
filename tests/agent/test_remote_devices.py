"""Remote sessions and virtual devices, with a real listening socket and a real PulseAudio."""

from __future__ import annotations

import os
import socket

import pytest

from agent.policy import Policy
from agent.watchers import devices, remote
from agent.watchers.remote import RemoteWatcher


def test_x_forwarding_and_ssh_from_the_environment() -> None:
    found = remote.env_signals({"DISPLAY": "localhost:10.0",
                                "SSH_CONNECTION": "203.0.113.7 50122 192.0.2.1 22"})
    assert [s["signal"] for s in found] == ["x_forwarding", "ssh_login"]
    assert "203.0.113.7" in found[1]["what"]
    assert remote.env_signals({"DISPLAY": ":0"}) == []
    assert remote.env_signals({"DISPLAY": "unix:0"}) == []
    assert remote.env_signals({}) == []


def test_a_listening_vnc_server_is_found() -> None:
    server = socket.socket()
    try:
        for port in range(5900, 5910):
            try:
                server.bind(("127.0.0.1", port))
                break
            except OSError:
                continue
        else:
            pytest.skip("every VNC port is taken on this machine")
        server.listen(1)
        signals = remote.listener_signals(remote.listening())
        mine = [s for s in signals if s["port"] == port]
        assert mine and mine[0]["service"] == "VNC" and mine[0]["address"] == "127.0.0.1"
        assert mine[0]["pid"] in (os.getpid(), None)
        watcher = RemoteWatcher(Policy(remote_session="block"))
        first = [f for f in watcher.poll() if f.evidence.get("port") == port]
        assert first and first[0].action == "block" and "VNC" in first[0].message
        assert [f for f in watcher.poll() if f.evidence.get("port") == port] == []  # once
    finally:
        server.close()


def test_nothing_is_reported_when_remote_sessions_are_allowed() -> None:
    assert RemoteWatcher(Policy(remote_session="allow")).poll() == []


@pytest.mark.needs_audio
def test_the_test_rigs_virtual_microphone_is_seen(pulse) -> None:  # type: ignore[no-untyped-def]
    watcher = devices.DeviceWatcher(Policy(virtual_devices="flag"))
    found = watcher.poll()
    mics = [f for f in found if f.evidence.get("kind") == "microphone"]
    assert mics, "the null-sink monitor microphone was not reported"
    assert mics[0].action == "flag"
    assert "records the computer's own sound" in mics[0].evidence["reason"]
    assert watcher.poll() == []  # reported once
