"""`invigilo upload` as a real process: hand-in to a folder (a USB stick), the institution sending
that folder on to its tus server, an offline run that keeps everything, and the session's own exam
choosing the backend. The reassembled sessions pass `invigilo admin verify`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from client import paths
from client.trust import keys, signed_config
from tests.servers.tus_server import TusServer
from tests.upload.conftest import Institution, record_session, snapshot

ROOT = Path(__file__).resolve().parents[2]


def invigilo(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "client", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def environment(tmp_path: Path, inst: Institution) -> dict[str, str]:
    env = dict(os.environ)
    env["INVIGILO_DATA_DIR"] = str(tmp_path / "data")
    env["INVIGILO_CONFIG_DIR"] = str(tmp_path / "config")
    env["INVIGILO_TRUST"] = str(inst.keys_dir / "signing.pub")
    return env


def tus_exam(tmp_path: Path, inst: Institution, url: str) -> Path:
    """The demo exam with a tus backend, signed by the institution."""
    source = paths.resource("demo-exam.toml").read_text()
    head, _, rest = source.partition("[backend]")
    rest = rest.split("\n[", 1)[1]
    toml = (f'{head}[backend]\ntransport = "tus"\nurl = "{url}"\nrate_limit_kbps = 0\n\n['
            f"{rest}")
    envelope = signed_config.sign(toml.encode(), keys.load_signing_private(
        inst.keys_dir / "signing.key"))
    path = tmp_path / "tus-exam.invigilo"
    path.write_bytes(envelope)
    return path


def admin_verify(session: Path, inst: Institution, env: dict[str, str]) -> None:
    result = invigilo("admin", "verify", session, "--key", inst.keys_dir / "recording.key",
                      env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "INTACT" in result.stdout


def test_usb_hand_in_then_institution_uploads_it(tmp_path: Path, institution: Institution,
                                                 tus: TusServer) -> None:
    env = environment(tmp_path, institution)
    spool, stick = tmp_path / "spool", tmp_path / "stick"
    stick.mkdir()
    writer = record_session(spool, institution, segments=2)
    expected = snapshot(writer.path)
    result = invigilo("upload", "--spool", spool, "--to-folder", stick, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Everything is confirmed" in result.stdout and "complete" in result.stdout
    assert not list(writer.path.rglob("*.seg"))  # handed in: the spool's copies are gone
    assert snapshot(stick / writer.session_id) == expected
    admin_verify(stick / writer.session_id, institution, env)
    # at the institution: the stick is a spool; send it on to the tus server
    exam = tus_exam(tmp_path, institution, tus.url)
    result = invigilo("upload", "--spool", stick, "--config", exam, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    received = tus.reassemble(tmp_path / "server")[writer.session_id]
    assert snapshot(received) == expected
    admin_verify(received, institution, env)


def test_offline_run_says_so_and_keeps_everything(tmp_path: Path,
                                                  institution: Institution) -> None:
    env = environment(tmp_path, institution)
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    exam = tus_exam(tmp_path, institution, f"http://127.0.0.1:{port}/files")
    result = invigilo("upload", "--spool", tmp_path / "spool", "--config", exam,
                      "--give-up-after", "2", env=env)
    assert result.returncode == 1
    assert "Not finished" in result.stdout and "connection refused" in result.stdout
    assert "Traceback" not in result.stderr
    assert snapshot(writer.path) == expected


def test_session_exam_chooses_the_backend(tmp_path: Path, institution: Institution) -> None:
    env = environment(tmp_path, institution)
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    result = invigilo("upload", "--spool", tmp_path / "spool", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    # the demo exam's backend: the folder 'hand-in' beside the user's data
    assert snapshot(tmp_path / "data" / "hand-in" / writer.session_id) == expected


def test_untrusted_session_exam_is_skipped_not_uploaded(tmp_path: Path,
                                                        institution: Institution) -> None:
    env = environment(tmp_path, institution)
    env["INVIGILO_TRUST"] = str(tmp_path / "nothing.pub")
    writer = record_session(tmp_path / "spool", institution, segments=1)
    result = invigilo("upload", "--spool", tmp_path / "spool", env=env)
    assert result.returncode == 1
    assert f"Skipped session {writer.session_id}" in result.stdout
    assert not (tmp_path / "data" / "hand-in").exists()


def test_refuses_a_spool_the_app_is_uploading(tmp_path: Path, institution: Institution) -> None:
    from client.upload.lock import SpoolLock

    env = environment(tmp_path, institution)
    record_session(tmp_path / "spool", institution, segments=1)
    app = SpoolLock(tmp_path / "spool")
    assert app.acquire()
    try:
        result = invigilo("upload", "--spool", tmp_path / "spool", env=env)
    finally:
        app.release()
    assert result.returncode == 1
    assert "is uploading" in result.stderr and "Traceback" not in result.stderr
