"""The practice run without a display: the same journal, keys and checks a real exam uses.

For a server, a terminal over SSH, or a machine whose display is missing: it shows a first-time
user (or an IT person) that the chain works end to end on this computer: a signed demo exam,
a short sealed session, then the institution's side, verifying and decrypting it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from client import __version__
from client.journal import decrypt_session
from client.trust import keys
from client.ui.session import ExamSession, open_practice
from client.ui.state import Phase

# Plain strings in one place (this runs without Qt, so without Qt's translator).
STEPS = {
    "keys": "1. Practice keys are ready in {keys}. They only ever sign the practice exam.",
    "exam": "2. Opened the practice exam \"{title}\" (signed by {signer}).",
    "session": "3. Recording a short practice session (events only, about {seconds:g} s)...",
    "sealed": "   Sealed session {session} in {folder}: nothing in it can be read without the "
              "institution's recording key.",
    "verify": "4. Checked it as the institution would: {segments} segments, hash chain intact.",
    "problem": "4. The check found problems:\n   {problems}",
    "decrypt": "5. Decrypted it with the practice recording key into {out}",
    "events": "   Open {events} to read what was recorded.",
    "done": "Practice finished: this computer can record, seal and hand in an exam.",
}


@dataclass(frozen=True)
class PracticeResult:
    session: Path
    decrypted: Path
    ok: bool
    segments: int


def run_headless(spool: Path, *, seconds: float = 5.0, keys_dir: Path | None = None,
                 out: Path | None = None, say: Callable[[str], None] = print) -> PracticeResult:
    opened = open_practice(keys_dir)
    assert opened.practice_keys is not None
    say(STEPS["keys"].format(keys=opened.practice_keys))
    say(STEPS["exam"].format(title=opened.exam.config.exam.title, signer=opened.exam.signer))
    session = ExamSession(opened, spool, candidate_id="practice")
    writer = session.begin()
    say(STEPS["session"].format(seconds=seconds))
    session.event("consent", accepted=True, mode="headless", app_version=__version__)
    session.state.change(Phase.RUNNING, reason="headless practice", by="app")
    began = time.monotonic()
    while (elapsed := time.monotonic() - began) < seconds:
        session.event("heartbeat", elapsed=round(elapsed, 2))
        time.sleep(min(1.0, max(0.0, seconds - elapsed)))
    session.finish()
    say(STEPS["sealed"].format(session=writer.session_id, folder=writer.path))
    private = keys.load_recording_private(opened.practice_keys / "recording.key")
    target = out or spool.parent / "practice-decrypted" / writer.session_id
    report, _ = decrypt_session(writer.path, private, target)
    segments = sum(s.segments for s in report.streams.values())
    if report.ok:
        say(STEPS["verify"].format(segments=segments))
    else:
        say(STEPS["problem"].format(problems="\n   ".join(report.problems)))
    say(STEPS["decrypt"].format(out=target))
    say(STEPS["events"].format(events=target / "events.jsonl"))
    # A practice session is handed in by definition: nothing leaves the computer.
    session.state.change(Phase.HANDED_IN, reason="practice", by="app")
    if report.ok:
        say(STEPS["done"])
    return PracticeResult(writer.path, target, report.ok, segments)
