"""`invigilo admin report`: the review report of one session (HTML, and PDF on request).

    invigilo admin report SESSION_DIR --key DIR/recording.key --out DIR [--pdf]

Verifies the session, decrypts its media into DIR/media (playable as-is), takes a still at every
flag, and writes DIR/report.html: score, timeline, flags with pictures and links that open the
video at that moment, check-in photos, readiness results, agent events. A session that does not
verify still gets a report, with the problems at the top, because a reviewer needs to see what
survived; nothing in the report hides a problem.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from client.config.schema import Flags
from client.errors import InvalidInput, UserError

MESSAGES = {
    "wrong_key": "this recording key does not open the session",
    "wrong_key_fix": "use the recording.key that belongs to the recording.pub this exam used",
    "out_is_file": "{out} is a file; the report needs a folder",
    "no_browser": "a PDF needs Chromium, which is not installed on this computer",
    "no_browser_fix": "install chromium (or set INVIGILO_CHROMIUM to a Chrome/Chromium "
                      "program), or leave out --pdf and print the HTML page from a browser",
    "pdf_failed": "Chromium could not print the report to PDF: {why}",
    "exam_unverified": "the session's exam file was not verified (pass --trust signing.pub); "
                       "its flag settings were used as written",
    "exam_refused": "the session's exam file did not verify ({why}); default flag settings "
                    "were used",
    "written": "Report written: {path}",
    "bad_threshold": "the review threshold must be a whole number from 0 to 100, not {value!r}",
    "score": "Credibility score {score} (review threshold {threshold}){review}",
    "review": ", marked for review",
    "problems": "Found {n} problem(s); they are listed at the top of the report.",
    "malformed": "{n} flag event(s) could not be read and are left out of the report",
    "unreadable": "{n} event line(s) are not readable events and are left out of the report",
}

UNREADABLE = "\x00unreadable"  # marks an event line that is not an event (never a real kind)
THUMB_STREAMS = {  # where the picture for a flag comes from, best first
    "c": ("webcam", "screen"), "m": ("webcam", "screen"), "n": ("webcam", "screen"),
}
SCREEN_FIRST = ("screen", "webcam")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from client.admin.session_args import add_session_arguments

    add_session_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder for the report")
    parser.add_argument("--pdf", action="store_true", help="also print report.pdf (Chromium)")
    parser.add_argument("--trust", type=Path, action="append", default=[],
                        help="the institution's signing.pub, to verify the session's exam file "
                             "(its flag settings and review threshold)")
    parser.add_argument("--threshold", type=_threshold, metavar="0-100",
                        help="review threshold, overriding the exam's")


def _threshold(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(MESSAGES["bad_threshold"].format(value=text))
    return value


def run(args: argparse.Namespace) -> int:
    from client.admin.session_args import recording_key

    result = make_report(args.session, recording_key(args), args.out, pdf=args.pdf,
                         trust=args.trust, threshold=args.threshold)
    for note in result["notes"]:
        print(note)
    print(MESSAGES["written"].format(path=result["html"]))
    if result.get("pdf"):
        print(MESSAGES["written"].format(path=result["pdf"]))
    score = result["score"]
    print(MESSAGES["score"].format(score=score.value, threshold=score.threshold,
                                   review=MESSAGES["review"] if score.review else ""))
    if result["problems"]:
        print(MESSAGES["problems"].format(n=len(result["problems"])))
        return 1
    return 0


def make_report(session: Path, key: Any, out: Path, *, pdf: bool = False,
                trust: list[Path] | None = None, threshold: int | None = None) -> dict[str, Any]:
    from client.flags.report_html import render
    from client.flags.review import build
    from client.flags.score import malformed
    from client.journal import SessionReader, verify

    if out.exists() and not out.is_dir():
        raise InvalidInput(MESSAGES["out_is_file"].format(out=out))
    checked = verify(session, key)
    if any(MESSAGES["wrong_key"] in p for p in checked.problems):
        raise InvalidInput(MESSAGES["wrong_key"], MESSAGES["wrong_key_fix"])
    reader = SessionReader(session, key)
    out.mkdir(parents=True, exist_ok=True)
    segments, events = _decrypt(reader, out)
    config, notes = _flag_config(session, trust or [])
    if threshold is not None:
        config = Flags(config.strictness, config.kinds, threshold, config.weights)
    problems = list(checked.problems)
    unreadable = sum(1 for e in events if e.get("kind") == UNREADABLE)
    events = [e for e in events if e.get("kind") != UNREADABLE]
    if unreadable:
        problems.append(MESSAGES["unreadable"].format(n=unreadable))
    if malformed(events):
        problems.append(MESSAGES["malformed"].format(n=malformed(events)))
    review = build(segments, events, config, problems)
    links = _flag_links(review, events, out)
    photos = [str(r.file) for r in segments.get("id", [])
              if r.file is not None and r.content_type.startswith("image/")]
    meta = json.loads((session / "session.json").read_text(encoding="utf-8"))
    html_path = out / "report.html"
    html_path.write_text(render(review, meta, links, photos), encoding="utf-8")
    result: dict[str, Any] = {"html": html_path, "score": review.score, "notes": notes,
                              "problems": problems, "review": review}
    if pdf:
        result["pdf"] = print_pdf(html_path, out / "report.pdf")
    return result


def _decrypt(reader: Any, out: Path) -> tuple[dict[str, list[Any]], list[dict[str, Any]]]:
    """Write every media segment that authenticates into out/media; collect the events."""
    from client.flags.review import SegmentRef
    from client.journal.decrypt import extension

    segments: dict[str, list[SegmentRef]] = {}
    events: list[dict[str, Any]] = []
    for stream in reader.streams():
        refs: list[SegmentRef] = []
        for seg in reader.segments(stream, skip_damaged=True):
            if stream == "events":
                events += _event_lines(seg.payload)
                continue
            rel: Path | None = None
            if seg.payload:
                rel = Path("media") / stream / f"{seg.seq:08d}{extension(seg.content_type)}"
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                (out / rel).write_bytes(seg.payload)
            refs.append(SegmentRef(stream, seg.seq, seg.start, seg.end, seg.content_type, rel))
        if stream != "events":
            segments[stream] = refs
    events.sort(key=lambda e: float(e.get("t", 0)))
    return segments, events


def _event_lines(payload: bytes) -> list[dict[str, Any]]:
    """Each JSON line that is an event object with a time; anything else becomes a marker the
    report counts, rather than a crash."""
    out: list[dict[str, Any]] = []
    for line in payload.splitlines():
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError:
            event = None
        if isinstance(event, dict) and isinstance(event.get("t"), int | float):
            out.append(event)
        else:
            out.append({"kind": UNREADABLE, "t": 0.0})
    return out


def _flag_config(session: Path, trust: list[Path]) -> tuple[Flags, list[str]]:
    """The exam's flag settings from the exam file the session recorded, verified if we can."""
    from client.config.loader import parse_toml, trust_anchors
    from client.trust import signed_config

    source = session / "exam.invigilo"
    if not source.is_file():
        return Flags(), []
    data = source.read_bytes()
    try:
        if trust:
            signed = signed_config.verify(data, trust_anchors(trust))
            return parse_toml(signed.config_bytes).flags, []
        _, config_bytes, _ = signed_config.parse(data)
        return parse_toml(config_bytes).flags, [MESSAGES["exam_unverified"]]
    except UserError as exc:
        return Flags(), [MESSAGES["exam_refused"].format(why=exc)]


def _flag_links(review: Any, events: list[dict[str, Any]], out: Path) -> dict[str, Any]:
    from client.flags.frames import frame_at, save_jpeg
    from client.flags.report_html import MEDIA_STREAMS, FlagLinks

    thumbs_by_id = {str(e.get("id")): e["thumb"] for e in events
                    if e.get("kind") == "flag" and isinstance(e.get("thumb"), str)}
    links: dict[str, FlagLinks] = {}
    for number, flag in enumerate(review.flags):
        # File names never come from the journal: a candidate's machine wrote it.
        name = f"flag{number:04d}"
        at = flag.start + min(1.0, max(0.0, flag.end - flag.start) / 2)
        media = []
        for stream in MEDIA_STREAMS:
            ref = review.segment_at(stream, at)
            if ref is not None:
                offset = max(0.0, at - ref.start)
                media.append((stream, f"{ref.file.as_posix()}#t={offset:.1f}"))
        thumb = _still(review, flag, at, out / "thumbs" / f"{name}.jpg", frame_at, save_jpeg)
        if thumb is None and flag.id in thumbs_by_id:
            thumb = _embedded(thumbs_by_id[flag.id], out / "thumbs" / f"{name}-event.jpg")
        links[flag.id] = FlagLinks(thumb, media)
    return links


def _still(review: Any, flag: Any, at: float, target: Path, frame_at: Any,
           save_jpeg: Any) -> str | None:
    order = THUMB_STREAMS.get(flag.code[:1], SCREEN_FIRST) if len(flag.code) == 2 \
        else SCREEN_FIRST
    if flag.code == "s1":
        order = SCREEN_FIRST
    for stream in order:
        ref = review.segment_at(stream, at)
        if ref is None or not ref.content_type.startswith("video/"):
            continue
        frame = frame_at(target.parent.parent / ref.file, max(0.0, at - ref.start))
        if frame is not None:
            save_jpeg(frame, target)
            return f"thumbs/{target.name}"
    return None


def _embedded(b64: str, target: Path) -> str | None:
    try:
        data = base64.b64decode(b64, validate=True)
    except ValueError:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return f"thumbs/{target.name}"


# ---------------------------------------------------------------------------- PDF
def chromium() -> str | None:
    wanted = os.environ.get("INVIGILO_CHROMIUM")
    if wanted:
        return wanted
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def headless_args(profile: Path) -> list[str]:
    """Flags for a quiet, offline, throwaway Chromium (no sandbox: it may run as root in CI)."""
    return ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}"]


def run_chromium(extra: list[str], page: Path, timeout: float = 120) -> None:
    program = chromium()
    if program is None:
        raise UserError(MESSAGES["no_browser"], MESSAGES["no_browser_fix"])
    with tempfile.TemporaryDirectory(prefix="invigilo-chromium-") as profile:
        done = subprocess.run([program, *headless_args(Path(profile)), *extra,
                               page.resolve().as_uri()], capture_output=True, text=True,
                              timeout=timeout, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise UserError(MESSAGES["pdf_failed"].format(why=tail[0]))


def print_pdf(page: Path, target: Path) -> Path:
    run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={target.resolve()}"], page)
    if not target.is_file() or target.stat().st_size == 0:
        raise UserError(MESSAGES["pdf_failed"].format(why="no file was written"))
    return target


def screenshot(page: Path, target: Path, width: int = 1200, height: int = 1800) -> Path:
    """A PNG of the page as Chromium draws it (used by the tests to look at the report)."""
    run_chromium([f"--window-size={width},{height}", f"--screenshot={target.resolve()}"], page)
    return target
