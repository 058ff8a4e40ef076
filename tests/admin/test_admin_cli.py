"""The institution's tools end to end, as separate processes, the way an admin runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from client.paths import resource

ROOT = Path(__file__).resolve().parents[2]


def invigilo(*args: str | Path,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "client", *map(str, args)], cwd=ROOT, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.fixture(scope="module")
def institution(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("institution")
    (root / "pass").write_text("correct horse battery staple\n")
    made = invigilo("admin", "keygen", "--out", root / "keys", "--pq",
                    "--passphrase-file", root / "pass")
    assert made.returncode == 0, made.stderr
    assert oct((root / "keys" / "recording.key").stat().st_mode)[-3:] == "600"
    signed = invigilo("admin", "sign", resource("demo-exam.toml"), "--key",
                      root / "keys" / "signing.key", "--passphrase-file", root / "pass",
                      "--recording-pub", root / "keys" / "recording.pub",
                      "--out", root / "exam.invigilo")
    assert signed.returncode == 0, signed.stdout + signed.stderr
    return root


def test_inspect_says_valid_or_invalid_with_the_reason(institution: Path) -> None:
    trust = institution / "keys" / "signing.pub"
    valid = invigilo("admin", "inspect", institution / "exam.invigilo", "--trust", trust)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "VALID" in valid.stdout and "recording_key" in valid.stdout
    expired = invigilo("admin", "inspect", institution / "exam.invigilo", "--trust", trust,
                       "--at", "2100-01-01T00:00:00+00:00")
    assert expired.returncode == 1 and "closed on" in expired.stdout
    altered = institution / "altered.invigilo"
    envelope = json.loads((institution / "exam.invigilo").read_text())
    envelope["signature"] = envelope["signature"][:-4] + "AAA="
    altered.write_text(json.dumps(envelope))
    bad = invigilo("admin", "inspect", altered, "--trust", trust)
    assert bad.returncode == 1 and "altered" in bad.stdout


def test_wrong_passphrase_is_a_plain_error(institution: Path, tmp_path: Path) -> None:
    (tmp_path / "wrong").write_text("nope\n")
    result = invigilo("admin", "sign", resource("demo-exam.toml"), "--key",
                      institution / "keys" / "signing.key", "--passphrase-file",
                      tmp_path / "wrong", "--out", tmp_path / "x.invigilo")
    assert result.returncode == 1
    assert "passphrase does not open" in result.stderr
    assert "Traceback" not in result.stderr


def test_record_verify_decrypt_and_detect_tampering(institution: Path, tmp_path: Path) -> None:
    keys = institution / "keys"
    recorded = invigilo("record", "--config", institution / "exam.invigilo", "--trust",
                        keys / "signing.pub", "--spool", tmp_path / "spool", "--seconds", "2",
                        "--no-camera", "--no-screen", "--no-audio", "--json")
    assert recorded.returncode == 0, recorded.stderr
    session = Path(json.loads(recorded.stdout)["session_dir"])
    key_args = ("--key", keys / "recording.key", "--passphrase-file", institution / "pass")

    verified = invigilo("admin", "verify", session, *key_args)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "INTACT" in verified.stdout

    out = tmp_path / "plain"
    decrypted = invigilo("admin", "decrypt", session, *key_args, "--out", out)
    assert decrypted.returncode == 0, decrypted.stdout + decrypted.stderr
    kinds = [json.loads(line)["kind"] for line in (out / "events.jsonl").read_text().splitlines()]
    assert kinds[0] == "session_started" and kinds[-1] == "session_finished"
    assert "heartbeat" in kinds

    segment = next((session / "events").glob("*.seg"))
    data = bytearray(segment.read_bytes())
    data[-1] ^= 0x01
    segment.write_bytes(bytes(data))
    broken = invigilo("admin", "verify", session, *key_args, "--json")
    assert broken.returncode == 1
    assert any(segment.name in p for p in json.loads(broken.stdout)["problems"])
    refused = invigilo("admin", "decrypt", session, *key_args, "--out", tmp_path / "again")
    assert refused.returncode == 1 and "did not verify" in refused.stderr


def test_unknown_command_and_missing_files_are_explained(tmp_path: Path) -> None:
    unknown = invigilo("frobnicate")
    assert unknown.returncode == 2 and "unknown command" in unknown.stderr
    missing = invigilo("admin", "verify", tmp_path, "--key", tmp_path / "none.key")
    assert missing.returncode == 1
    assert "does not exist" in missing.stderr and "Traceback" not in missing.stderr
