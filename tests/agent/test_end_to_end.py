"""The whole path on real parts: the app's link starts the real agent, a forbidden program is
started and terminated, the agent is killed and restarted, and all of it lands in a real,
sealed session journal that the institution's key decrypts."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from agent import messages
from agent.policy import Policy
from client.agent_link import AgentLink, journal_sink
from client.config.practice import practice_exam
from client.i18n import Text
from client.journal import SessionWriter, decrypt_session
from client.trust import keys

pytestmark = pytest.mark.slow


def test_forbidden_app_terminated_and_agent_death_recorded_in_the_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVIGILO_DATA_DIR", str(tmp_path / "data"))
    exam, _ = practice_exam()
    keys.generate(tmp_path / "keys")
    writer = SessionWriter.create(
        tmp_path / "spool", exam=exam.config, streams={},
        recipient=keys.load_recording_public(tmp_path / "keys" / "recording.pub"))
    name = f"remote-tool-{os.urandom(4).hex()}"  # only this test's copy can be terminated
    policy = Policy(level="strict", forbidden_process_action="terminate",
                    deny_apps=(name,), default_deny_list=False, virtual_machine="allow",
                    remote_session="allow", extra_displays="allow", clipboard="allow",
                    shortcuts="allow", synthetic_input="allow", focus="allow",
                    capture_hidden_windows="allow", virtual_devices="allow")
    sink = journal_sink(writer)
    seen: list[tuple[float, str, dict]] = []  # type: ignore[type-arg]

    def on_event(kind: str, fields: dict) -> None:  # type: ignore[type-arg]
        seen.append((time.monotonic(), kind, fields))
        sink(kind, fields)

    def wait_for(kind: str, after: float, limit: float) -> tuple[float, dict]:  # type: ignore[type-arg]
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            for at, k, f in list(seen):
                if k == kind and at >= after:
                    return at, f
            time.sleep(0.02)
        raise AssertionError(f"no {kind}: {[k for _, k, _ in seen]}")

    link = AgentLink(policy, on_event, restart=True)
    link.start()
    forbidden = tmp_path / name
    shutil.copy(shutil.which("sleep") or "/bin/sleep", forbidden)
    try:
        time.sleep(0.5)  # let the agent take its first look at what already runs
        started_at = time.monotonic()
        proc = subprocess.Popen([str(forbidden), "60"])
        found_at, finding = wait_for("agent.finding", started_at, 2.0)
        assert found_at - started_at < 1.0
        assert finding["kind"] == "forbidden_app" and finding["evidence"]["terminated"] is True
        # the message crossed the channel translatable (client/i18n.py), still the English
        said = finding["message"]
        assert isinstance(said, Text) and "i18n" not in finding
        assert said.parts[0].template == messages.APP_SEEN.template  # type: ignore[attr-defined]
        assert said == f"{name} is running (process '{name}', recognised by its name). " \
                       "The exam's rules do not allow it, so it was closed."
        assert proc.wait(2) is not None
        assert link.process is not None
        killed_at = time.monotonic()
        os.kill(link.process.pid, signal.SIGKILL)
        lost_at, _ = wait_for("agent.lost", killed_at, 3.0)
        assert lost_at - killed_at < 3.0
        wait_for("agent.started", lost_at, 10.0)
    finally:
        link.stop()
        writer.close()
    report, _ = decrypt_session(writer.path, keys.load_recording_private(
        tmp_path / "keys" / "recording.key"), tmp_path / "plain")
    assert report.ok
    events = [json.loads(line) for line in
              (tmp_path / "plain" / "events.jsonl").read_text().splitlines()]
    kinds = [e["kind"] for e in events]
    assert kinds.count("agent.started") == 2
    assert "agent.lost" in kinds and "agent.restarting" in kinds and "agent.stopped" in kinds
    journaled = next(e for e in events if e["kind"] == "agent.finding")
    assert journaled["finding"] == "forbidden_app"
    assert journaled["evidence"]["rule"] == f"exam:{name}"
    assert journaled["message"] == said and "i18n" not in journaled  # the journal: English
