"""A writer process for the crash test: records until it is killed, reporting each durable write.

Usage: python -m tests.journal.crash_writer SPOOL KEYS_DIR
Creates the session on first run, continues it on later runs, and prints `W <stream> <seq>` only
after write_segment has returned (the segment is durable on disk).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from client.journal import SessionWriter, list_sessions
from client.trust import keys
from tests.journal.helpers import payload


def size_for(seq: int) -> int:
    return 1000 + (seq * 7919) % 50_000


def main() -> None:
    spool, keys_dir = Path(sys.argv[1]), Path(sys.argv[2])
    public = keys.load_recording_public(keys_dir / "recording.pub")
    existing = list_sessions(spool)
    if existing:
        writer = SessionWriter.resume(existing[0], recipient=public)
    else:
        from client.config.practice import practice_exam

        exam = practice_exam(keys_dir)[0]
        writer = SessionWriter.create(spool, exam=exam.config, recipient=public,
                                      streams={"webcam": "video/webm"})
    print(f"ready {writer.epoch}", flush=True)
    state = writer._stream("webcam", None)
    while True:
        seq = state.next_seq
        t = time.time()
        writer.write_segment("webcam", payload(writer.epoch, seq, size_for(seq)), t, t + 0.01)
        print(f"W webcam {seq}", flush=True)
        writer.event("tick", seq=seq)
        if seq % 5 == 0:
            writer.flush_events()


if __name__ == "__main__":
    main()
