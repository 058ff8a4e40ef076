"""Recording tests: an institution's keys, signed exam files with chosen recording settings,
and the real `invigilo record` / `invigilo admin decrypt` commands run as processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from client import paths
from client.cli import main as invigilo

ROOT = Path(__file__).resolve().parents[2]
VTEST = Path("/usr/share/doc/opencv-doc/examples/data/vtest.avi")  # Debian opencv-doc


def webcam_clip() -> Path:
    if not VTEST.exists():
        pytest.fail("the test webcam clip is missing: install Debian's opencv-doc (./dev test)")
    return VTEST


@pytest.fixture(scope="session")
def institution(tmp_path_factory: pytest.TempPathFactory) -> Path:
    keys = tmp_path_factory.mktemp("institution")
    assert invigilo(["admin", "keygen", "--out", str(keys)]) == 0
    return keys


def with_recording(toml: str, changes: dict[str, dict[str, Any]]) -> str:
    """The demo exam with some [recording.*] values changed, e.g. {"screen": {"fps": 5}}."""
    for section, values in changes.items():
        header = "[recording]" if section == "recording" else f"[recording.{section}]"
        start = toml.index(header) + len(header)
        end = toml.find("\n[", start)
        end = len(toml) if end < 0 else end
        body = toml[start:end]
        for key, value in values.items():
            line = f"{key} = {json.dumps(value)}"
            pattern = re.compile(rf"^{key} = .*$", re.M)
            body = pattern.sub(line, body) if pattern.search(body) else body + line + "\n"
        toml = toml[:start] + body + toml[end:]
    return toml


@pytest.fixture
def exam_file(institution: Path, tmp_path: Path) -> Callable[..., Path]:
    def make(changes: dict[str, dict[str, Any]] | None = None, name: str = "exam") -> Path:
        source = with_recording(paths.resource("demo-exam.toml").read_text(), changes or {})
        toml = tmp_path / f"{name}.toml"
        toml.write_text(source)
        out = tmp_path / f"{name}.invigilo"
        assert invigilo(["admin", "sign", str(toml), "--key", str(institution / "signing.key"),
                         "--recording-pub", str(institution / "recording.pub"),
                         "--out", str(out)]) == 0
        return out
    return make


def record(exam: Path, institution: Path, spool: Path, seconds: float, *extra: str,
           env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `invigilo record ... --json` as its own process; returns its JSON answer."""
    cmd = [sys.executable, "-m", "client", "record", "--config", str(exam), "--trust",
           str(institution / "signing.pub"), "--spool", str(spool), "--seconds", str(seconds),
           "--json", *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 120, cwd=ROOT,
                          env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def decrypt(session: Path, institution: Path, out: Path) -> None:
    assert invigilo(["admin", "decrypt", str(session), "--key",
                     str(institution / "recording.key"), "--out", str(out)]) == 0
