"""The fleet report: many machines' JSON in, one self-contained HTML page and a CSV out."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from client.checks import fleet, report
from client.checks.result import CheckResult

ROOT = Path(__file__).resolve().parents[2]


def write_report(folder: Path, name: str, host: str, results: list[CheckResult], *,
                 label: str = "", created: str = "2026-05-01T08:00:00+00:00") -> Path:
    import datetime as dt

    doc = report.build(results, exam={"id": "bio-101", "title": "Biology", "signer": "x"},
                       label=label, duration_s=4.2, created=dt.datetime.fromisoformat(created))
    doc["machine"]["hostname"] = host
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc))
    return path


def ok(check_id: str) -> CheckResult:
    return CheckResult(check_id, "pass", "fine", "fine", "All good.")


def sample(folder: Path) -> None:
    write_report(folder, "lab1/pc-01.json", "PC-01", [ok("os"), ok("cpu"), ok("camera")])
    write_report(folder, "lab1/pc-02.json", "PC-02", [
        ok("os"),
        CheckResult("cpu", "fail", "no AVX", "AVX (2011 or newer)",
                    "The processor is too old: it lacks AVX.", "Use a newer computer."),
        CheckResult("camera", "fail", "cannot open", "320x240",
                    "Zoom is using the camera.", "Quit Zoom: it is using your camera.")],
        label="Room 4 <seat 2>")
    write_report(folder, "lab2/pc-03.json", "PC-03", [
        ok("os"), ok("cpu"),
        CheckResult("camera", "warn", "320x240 at 7 fps", "10 fps", "Slow camera.", "More light.")])
    # an older report of PC-03 is superseded by the newer one
    write_report(folder, "old/pc-03.json", "PC-03", [
        CheckResult("os", "fail", "old", "new", "Old.", "Update.")],
        created="2026-04-01T08:00:00+00:00")
    (folder / "lab2" / "broken.json").write_text("{not json")
    (folder / "lab2" / "other.json").write_text(json.dumps({"format": "something-else"}))


def test_html_page(tmp_path):
    sample(tmp_path)
    data = fleet.load(tmp_path)
    assert [fleet.machine_name(d) for d in data.machines] == [
        "PC-02 (Room 4 <seat 2>)", "PC-03", "PC-01"]
    assert data.superseded == 1 and len(data.unreadable) == 2
    page = fleet.to_html(data)
    assert "Quit Zoom: it is using your camera." in page
    assert "Room 4 &lt;seat 2&gt;" in page and "<seat 2>" not in page
    assert "broken.json" in page and "not an invigilo check report" in page
    # self-contained: no external scripts, styles, images or fonts
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    # the "what fails most" table puts the camera first (1 failing, 1 warning)
    most = page.split("What fails most")[1].split("All machines")[0]
    assert most.index("Camera") < most.index("Processor generation")


def test_csv(tmp_path):
    sample(tmp_path)
    rows = list(csv.DictReader(io.StringIO(fleet.to_csv(fleet.load(tmp_path)))))
    assert len(rows) == 9
    zoom = next(r for r in rows if r["hostname"] == "PC-02" and r["check"] == "camera")
    assert (zoom["status"], zoom["remedy"]) == ("fail", "Quit Zoom: it is using your camera.")
    assert zoom["label"] == "Room 4 <seat 2>"


def test_command(tmp_path):
    sample(tmp_path / "in")
    out = subprocess.run([sys.executable, "-m", "client", "check-report", str(tmp_path / "in"),
                          "--out", str(tmp_path / "r.html"), "--csv", str(tmp_path / "r.csv")],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "3 machine(s)" in out.stdout and "2 unreadable" in out.stdout
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")
    assert (tmp_path / "r.csv").read_text().startswith("machine,")


def test_empty_folder_exits_2(tmp_path):
    out = subprocess.run([sys.executable, "-m", "client", "check-report", str(tmp_path),
                          "--out", str(tmp_path / "r.html")],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "no check reports" in out.stderr
    assert not (tmp_path / "r.html").exists()


def test_parse_rejects_bad_shapes():
    good = report.build([ok("os")], exam=None, duration_s=1.0)
    assert report.parse(json.loads(json.dumps(good))) == good
    for broken in ({**good, "version": 99}, {**good, "checks": [{"id": "os"}]},
                   {**good, "overall": "great"}, [], {**good, "machine": {}}):
        try:
            report.parse(broken)
        except report.ReportError as exc:
            assert str(exc)
        else:
            raise AssertionError(f"accepted {broken!r}")


def test_documented_schema_matches_the_code():
    doc = (ROOT / "docs" / "CHECK-JSON.md").read_text()
    example = json.loads(doc.split("```json")[1].split("```")[0])
    assert report.parse(example) == example
    from client.checks import registry

    for check_id in registry.CHECKS:
        assert f"| `{check_id}` |" in doc, check_id
    real = report.build([CheckResult("os", "pass", "x", "y", "z")], exam=None, duration_s=1)
    for key in real:
        assert f"| `{key}` |" in doc, key


TEXTS = st.text() | st.sampled_from(["<script>alert(1)</script>", "a & b \"q\" 'x'",
                                     "</td></tr><img src=//evil>"])


@given(TEXTS, TEXTS, st.sampled_from(["pass", "warn", "fail", "skipped", "error"]))
@settings(max_examples=60, deadline=None)
def test_any_text_round_trips_and_never_becomes_markup(message, remedy, status):
    import html as html_mod
    import tempfile

    result = CheckResult("camera", status, message, "x", message, remedy)
    doc = json.loads(json.dumps(report.build([result], exam=None, label=message,
                                             duration_s=0.1)))
    assert report.parse(doc) == doc
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "m.json").write_text(json.dumps(doc))
        page = fleet.to_html(fleet.load(Path(tmp)))
    assert page.count("<script") == 1 and "<img" not in page
    if status in ("fail", "warn", "error") and message:
        assert html_mod.escape(message, quote=True) in page


def test_sorting_in_a_real_browser(tmp_path):
    """Click the Machine heading in headless Chromium and read the row order back."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (./dev test installs it)")
    sample(tmp_path / "in")
    page = fleet.to_html(fleet.load(tmp_path / "in"))
    probe = ("<script>var h=document.querySelector('#machines th');h.click();var a=order();"
             "h.click();document.title=a+'|'+order();function order(){return Array.from("
             "document.querySelectorAll('#machines tbody tr')).map(function(r){"
             "return r.cells[0].textContent.split(' ')[0]}).join(',')}</script></body>")
    target = tmp_path / "page.html"
    target.write_text(page.replace("</body>", probe))
    out = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                          f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          target.as_uri()], capture_output=True, text=True, timeout=60)
    title = re.search(r"<title>([^<]*)</title>", out.stdout)
    assert title is not None, out.stderr[-500:]
    assert title.group(1) == "PC-01,PC-02,PC-03|PC-03,PC-02,PC-01"
