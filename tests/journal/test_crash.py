"""A writer killed with SIGKILL at random moments never leaves a spool that cannot be continued."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from client.journal import SessionReader, SessionWriter, list_sessions, verify
from client.journal.spool import segment_files
from tests.journal.crash_writer import size_for
from tests.journal.helpers import Keys, payload

KILLS = 50
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(spool: Path, keys_dir: Path, rng: random.Random) -> set[int]:
    """Start the writer, kill it at a random moment; return the seqs it reported durable."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.journal.crash_writer", str(spool),
                             str(keys_dir)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.startswith("ready"), first
    time.sleep(rng.uniform(0.0, 0.15))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return {int(line.split()[2]) for line in out.splitlines() if line.startswith("W ")}


def test_fifty_kills_lose_at_most_the_segment_in_flight(tmp_path: Path) -> None:
    keys = Keys(tmp_path / "keys")
    spool = tmp_path / "spool"
    rng = random.Random(20261122)
    confirmed: set[int] = set()
    for _ in range(KILLS):
        confirmed |= run_and_kill(spool, keys.folder, rng)
        (session,) = list_sessions(spool)
        on_disk = {seq for seq, _ in segment_files(session, "webcam")}
        assert confirmed <= on_disk, f"lost durable segments {sorted(confirmed - on_disk)}"
        assert on_disk == set(range(len(on_disk))), "a gap appeared in the stream"
    assert len(confirmed) > KILLS  # the kills landed while writing, not before it started

    writer = SessionWriter.resume(session, recipient=keys.public)
    writer.close()
    report = verify(session, keys.private)
    assert report.ok, report.problems
    assert report.streams["webcam"].final

    reader = SessionReader(session, keys.private)
    for segment in reader.segments("webcam"):
        if segment.payload:
            assert segment.payload == payload(segment.epoch, segment.seq, size_for(segment.seq))
    resumed = [e for e in reader.events() if e["kind"] == "session_resumed"]
    assert len(resumed) == KILLS  # every restart is on the record
