"""`invigilo agent` as IT staff and the client run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def invigilo(args: list[str], tmp_path: Path, stdin: str = "",
             timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INVIGILO_DATA_DIR": str(tmp_path / "data"),
           "INVIGILO_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "client.cli", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_report_lists_a_running_forbidden_app_without_closing_it(tmp_path: Path) -> None:
    obs = tmp_path / "obs"
    shutil.copy(shutil.which("sleep") or "/bin/sleep", obs)
    proc = subprocess.Popen([str(obs), "60"])
    try:
        done = invigilo(["agent", "--practice", "--report", "--seconds", "2.5", "--json"],
                        tmp_path)
        findings = [json.loads(line) for line in done.stdout.splitlines()]
        mine = [f for f in findings if f["evidence"].get("pid") == proc.pid]
        assert mine, (done.stdout, done.stderr)
        assert mine[0]["kind"] == "forbidden_app" and mine[0]["action"] == "block"
        assert done.returncode == 1, done.stderr  # something would block the exam
        assert proc.poll() is None  # report mode never closes anything
        notices = [f for f in findings if f["kind"] == "agent_notice"]
        assert any("DISPLAY is not set" in f["message"] for f in notices)
    finally:
        proc.kill()
        proc.wait()


def test_report_in_words(tmp_path: Path) -> None:
    done = invigilo(["agent", "--practice", "--report", "--seconds", "0.5"], tmp_path)
    assert done.stdout.startswith("Watching this computer for 0.5 s with the 'moderate' rules")
    assert done.returncode in (0, 1)


@pytest.mark.parametrize(("args", "stdin", "says"), [
    (["agent"], "", "say which exam's rules to apply"),
    (["agent", "--connect", "/nonexistent/socket"], "", "without its session secret"),
    (["agent", "--config", "missing.invigilo", "--report"], "", "does not exist"),
])
def test_clear_errors(tmp_path: Path, args: list[str], stdin: str, says: str) -> None:
    done = invigilo(args, tmp_path, stdin)
    assert done.returncode != 0
    assert says in done.stderr and "Traceback" not in done.stderr
