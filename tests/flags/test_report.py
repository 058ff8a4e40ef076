"""`invigilo admin report` on a real recorded session, rendered by headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from client.admin.report import chromium, make_report, screenshot
from client.errors import InvalidInput
from client.trust import keys
from tests.flags.session import Recorded, record


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    return record(tmp_path_factory.mktemp("recorded"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "client", "admin", "report", *args],
                          capture_output=True, text=True, timeout=180,
                          cwd=Path(__file__).resolve().parents[2], env={**os.environ})


def test_report_tells_the_sessions_story(session: Recorded, tmp_path: Path) -> None:
    result = make_report(session.folder, session.key, tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    review = result["review"]
    found = sorted({f.code for f in review.flags})
    assert found == ["b1", "c2", "c3", "forbidden_app", "m2", "n1"]
    assert not result["problems"] and "Recording verified" in page
    # every camera flag has a still decoded from the recorded video at that moment
    for number, flag in enumerate(review.flags):
        if flag.code in ("c2", "c3"):
            still = tmp_path / "thumbs" / f"flag{number:04d}.jpg"
            assert still.is_file() and still.read_bytes()[:2] == b"\xff\xd8"
            assert re.search(rf"id='{flag.id}'><img src='thumbs/flag{number:04d}.jpg'", page)
    # links open the decrypted video at the flag's moment, and the files are there
    links = re.findall(r"href='(media/webcam/[0-9]+\.webm)#t=([0-9.]+)'", page)
    assert links and all((tmp_path / f).is_file() and 0 <= float(t) <= 4 for f, t in links)
    # the speech flag links to the recorded sound at that moment
    m2 = next(f for f in review.flags if f.code == "m2")
    audio = re.findall(rf"id='{m2.id}'.*?href='(media/audio/[0-9]+\.webm)#t=([0-9.]+)'", page,
                       re.S)
    assert audio and 0 <= float(audio[0][1]) <= 4
    import av

    with av.open(str(tmp_path / audio[0][0])) as played:  # it plays as it is
        samples = sum(f.samples for f in played.decode(audio=0))
    assert 3.5 * 48000 <= samples <= 4.5 * 48000
    assert "media/id/00000000.jpg" in page                      # the check-in photo
    assert "upload_speed" in page and "140 kbit/s" in page      # readiness results
    assert "Discord is running" in page                         # agent event
    assert f">{review.score.value}<" in page and "Marked for review" in page


def test_report_shows_what_a_c2_still_looks_like(session: Recorded, tmp_path: Path) -> None:
    """The c2 still shows the empty scene, the c3 still two people: decoded at the right time."""
    import cv2

    from client.flags.face import TwoRangeDetector

    result = make_report(session.folder, session.key, tmp_path)
    detector = TwoRangeDetector()
    for number, flag in enumerate(result["review"].flags):
        if flag.code in ("c2", "c3"):
            frame = cv2.imread(str(tmp_path / "thumbs" / f"flag{number:04d}.jpg"))
            assert len(detector.detect(frame)) == (0 if flag.code == "c2" else 2)


def test_cli_writes_html_and_pdf_and_a_browser_draws_it(session: Recorded,
                                                        tmp_path: Path) -> None:
    if chromium() is None:
        pytest.skip("Chromium is not installed (./dev test installs it)")
    done = cli(str(session.folder), "--key", str(session.key_path), "--out", str(tmp_path),
               "--pdf")
    assert done.returncode == 0, done.stderr
    assert "Credibility score" in done.stdout and "marked for review" in done.stdout
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000
    png = screenshot(tmp_path / "report.html", tmp_path / "report.png", 1200, 1600)
    import cv2

    image = cv2.imread(str(png))
    assert image is not None and image.shape[:2] == (1600, 1200)
    # the red score ring (#c62828) and the green recorded-stream bars (#7cb342) are drawn
    red = np.all(np.abs(image.astype(int) - (40, 40, 198)) < 30, axis=2).sum()
    green = np.all(np.abs(image.astype(int) - (66, 179, 124)) < 30, axis=2).sum()
    assert red > 500 and green > 500


def test_tampered_session_still_reports_and_says_so(session: Recorded, tmp_path: Path) -> None:
    copy = tmp_path / "session"
    shutil.copytree(session.folder, copy)
    victim = sorted((copy / "webcam").iterdir())[2]
    data = bytearray(victim.read_bytes())
    data[-10] ^= 0xFF
    victim.write_bytes(bytes(data))
    result = make_report(copy, session.key, tmp_path / "out")
    assert result["problems"]
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Recording problems found by verification" in page and "webcam" in page


def test_wrong_key_is_a_plain_error(session: Recorded, tmp_path: Path) -> None:
    keys.generate(tmp_path / "other")
    other = keys.load_recording_private(tmp_path / "other" / "recording.key")
    with pytest.raises(InvalidInput, match="does not open"):
        make_report(session.folder, other, tmp_path / "out")
    done = cli(str(session.folder), "--key", str(tmp_path / "other" / "recording.key"),
               "--out", str(tmp_path / "out2"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "does not open" in done.stderr + done.stdout


def test_threshold_from_the_command_line_and_bad_values_refused(session: Recorded,
                                                                tmp_path: Path) -> None:
    result = make_report(session.folder, session.key, tmp_path, threshold=0)
    assert not result["score"].review  # nothing is below 0
    done = cli(str(session.folder), "--key", str(session.key_path), "--out", str(tmp_path),
               "--threshold", "120")
    assert done.returncode == 2 and "from 0 to 100" in done.stderr


def test_flag_settings_come_from_the_sessions_signed_exam(session: Recorded,
                                                          tmp_path: Path) -> None:
    from client.admin.report import MESSAGES

    signing = session.key_path.parent / "signing.pub"
    trusted = make_report(session.folder, session.key, tmp_path / "a", trust=[signing])
    assert trusted["notes"] == []
    unverified = make_report(session.folder, session.key, tmp_path / "b")
    assert unverified["notes"] == [MESSAGES["exam_unverified"]]
    keys.generate(tmp_path / "stranger")
    refused = make_report(session.folder, session.key, tmp_path / "c",
                          trust=[tmp_path / "stranger" / "signing.pub"])
    assert "did not verify" in refused["notes"][0]
    # same settings in all three (the demo exam keeps the defaults), so the same score
    assert trusted["score"] == unverified["score"] == refused["score"]


def test_hostile_journal_content_is_escaped_and_stays_in_the_report_folder(
        tmp_path: Path) -> None:
    """The journal was written on the candidate's machine: its words and ids are not trusted."""
    import time

    from client.config.practice import practice_exam
    from client.journal import SessionWriter
    from tests.flags import material
    from tests.flags.session import jpeg, webm

    keys.generate(tmp_path / "keys")
    exam, _ = practice_exam(tmp_path / "keys")
    public = keys.load_recording_public(tmp_path / "keys" / "recording.pub")
    writer = SessionWriter.create(tmp_path / "spool", exam=exam.config, recipient=public,
                                  candidate_id="<img src=x onerror=alert(1)>",
                                  streams={"webcam": "video/webm"})
    t0 = time.time() + 1
    face = dict(material.faces())["astronaut"]
    writer.write_segment("webcam", webm([face] * 10), t0, t0 + 1)
    thumb = __import__("base64").b64encode(jpeg(face)).decode()
    writer.event("flag", t=t0, id="../../../escaped", code="c2", phase="start", start=t0,
                 end=None, severity="high'><script>alert(2)</script>",
                 title="<script>alert(3)</script>", evidence={"message": "</td><script>"},
                 thumb=thumb)
    writer.event("flag", t=t0, id="x", code="c3", phase="start", start="soon")  # malformed
    writer.event("agent.finding", t=t0, finding="forbidden_app", action="flag",
                 message="<iframe src=//example.org>")
    writer.flush_events()
    writer.write_segment("events", b'{"t": 1, "kind": "note"}\nnot json\n[1, 2]\n', t0, t0,
                         content_type="application/x-ndjson")
    writer.close()
    out = tmp_path / "report"
    result = make_report(writer.path, keys.load_recording_private(
        tmp_path / "keys" / "recording.key"), out)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<iframe" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(out in p.parents or (tmp_path / "spool") in p.parents
               or (tmp_path / "keys") in p.parents for p in written)
    assert any("could not be read" in p for p in result["problems"])
    assert any("2 event line(s)" in p for p in result["problems"])
