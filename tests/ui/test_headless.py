"""`invigilo practice` without a display: a sealed session the institution's side can open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from client.journal import SessionMeta, list_sessions
from client.ui import resume


def run_practice(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["INVIGILO_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run([sys.executable, "-m", "client.cli", "practice", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_without_a_display_practice_runs_headless_and_says_so(tmp_path: Path) -> None:
    out = run_practice(tmp_path, "--seconds", "1.5")
    assert out.returncode == 0, out.stderr
    assert "No display was found" in out.stderr
    assert "hash chain intact" in out.stdout
    spool = tmp_path / "data" / "spool"
    (session,) = list_sessions(spool)
    assert SessionMeta.load(session).finished is not None
    assert resume.load(spool) is None  # handed in: nothing to continue next time
    decrypted = tmp_path / "data" / "practice-decrypted" / session.name
    events = [json.loads(line) for line in (decrypted / "events.jsonl").read_text().splitlines()]
    kinds = [e["kind"] for e in events]
    assert kinds[0] == "session_started" and kinds[-1] == "session_finished"
    assert "consent" in kinds and kinds.count("heartbeat") >= 1
    assert str(decrypted / "events.jsonl") in out.stdout


def test_headless_flag_and_its_own_output_folder(tmp_path: Path) -> None:
    out = run_practice(tmp_path, "--headless", "--seconds", "1", "--out", str(tmp_path / "o"))
    assert out.returncode == 0, out.stderr
    assert "No display" not in out.stderr
    assert (tmp_path / "o" / "events.jsonl").is_file()


def test_bad_length_is_a_clear_error(tmp_path: Path) -> None:
    out = run_practice(tmp_path, "--headless", "--seconds", "0")
    assert out.returncode == 2
    assert "--seconds must be more than 0" in out.stderr
    assert "Traceback" not in out.stderr


def test_the_app_without_a_display_explains(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "client.cli"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2
    assert "No display was found" in out.stderr and "practice --headless" in out.stderr
