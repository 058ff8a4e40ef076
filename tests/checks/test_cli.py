"""`invigilo check` as IT runs it: a real process, exit codes, table, JSON and --out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from client import paths
from client.checks import report
from client.trust import keys, signed_config
from tests.checks.sink import sink_server

ROOT = Path(__file__).resolve().parents[2]


def invigilo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "client", "check", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})


def signed_exam(folder: Path, extra: str) -> tuple[Path, Path]:
    key_paths = keys.generate(folder / "keys")
    source = paths.resource("demo-exam.toml").read_text()
    source = source.replace("[requirements]\n", "[requirements]\n" + extra + "\n")
    envelope = signed_config.sign(source.encode(), keys.load_signing_private(
        key_paths["signing.key"]))
    exam = folder / "exam.invigilo"
    exam.write_bytes(envelope)
    return exam, key_paths["signing.pub"]


def test_table_and_exit_0(tmp_path):
    out = invigilo("--only", "os,arch,cpu", "--spool", str(tmp_path))
    assert out.returncode in (0, 1), out.stderr
    assert "Operating system" in out.stdout and "Check" in out.stdout
    assert "\033[" not in out.stdout  # no colour when not on a terminal


def test_json_and_out_file(tmp_path):
    target = tmp_path / "reports" / "lab-12.json"
    out = invigilo("--only", "disk,cores", "--json", "--out", str(target), "--label", "Lab 12",
                   "--spool", str(tmp_path))
    printed = report.parse(json.loads(out.stdout))
    saved = report.parse(json.loads(target.read_text()))
    assert printed["checks"] == saved["checks"]
    assert [c["id"] for c in saved["checks"]] == ["cores", "disk"]
    assert saved["machine"]["label"] == "Lab 12"
    assert out.returncode == saved["exit_code"]


def test_signed_config_requirements_apply(tmp_path):
    exam, pub = signed_exam(tmp_path, "min_memory_mb = 1000000")
    out = invigilo("--config", str(exam), "--trust", str(pub), "--only", "memory", "--json")
    assert out.returncode == 1, out.stderr
    doc = json.loads(out.stdout)
    assert doc["exam"]["id"] == "practice"
    assert doc["checks"][0]["status"] == "fail"
    assert "1000000 MB" in doc["checks"][0]["required"]


def test_untrusted_config_cannot_run(tmp_path):
    exam, _ = signed_exam(tmp_path, "")
    out = invigilo("--config", str(exam), "--only", "os",
                   env={"INVIGILO_CONFIG_DIR": str(tmp_path / "cfg")})
    assert out.returncode == 2
    assert "could not be used" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("args", [["--only", "os,warp_drive"], ["--mic-seconds", "0"],
                                  ["--config", "/nonexistent/exam.invigilo"]])
def test_bad_input_exits_2_without_traceback(args):
    out = invigilo(*args)
    assert out.returncode == 2, out
    assert out.stderr.strip() and "Traceback" not in out.stderr


def test_network_check_from_the_command_line():
    with sink_server() as sink:
        out = invigilo("--only", "latency,bandwidth,clock", "--net-url", sink.url(), "--json")
    doc = json.loads(out.stdout)
    assert out.returncode == 0, doc
    assert [c["status"] for c in doc["checks"]] == ["pass", "pass", "pass"]


def test_list():
    out = invigilo("--list")
    assert out.returncode == 0 and "bandwidth" in out.stdout and "forbidden_apps" in out.stdout


def test_output_survives_a_console_without_unicode(tmp_path):
    out = subprocess.run([sys.executable, "-m", "client", "check", "--only", "camera",
                          "--camera", str(tmp_path / "missing.avi")], cwd=ROOT,
                         capture_output=True, timeout=60,
                         env={**os.environ, "PYTHONIOENCODING": "cp1252", "NO_COLOR": "1"})
    assert out.returncode == 1, out.stderr
    assert b"Camera" in out.stdout and b"Traceback" not in out.stderr
