"""Journal throughput and verify time, each beside its reference measured in the same run.

    .venv/bin/python benchmarks/journal.py

1. Sealing + spooling (SessionWriter.write_segment: AEAD, header, temp file, fsync, rename,
   directory fsync) in MB/s, beside the raw ChaCha20-Poly1305 throughput of the same library on
   the same segment sizes. Targets: ratio >= 0.5 and >= 100 MB/s. A recording writes ~20 KB/s.
   Two more references show where the time goes: sealing alone in memory (header, AEAD, chain
   hash) against the raw AEAD, and spooling against the disk's own floor for durable writes (the
   same bytes written temp-fsync-rename-dirfsync with no cryptography at all).
2. Verify time of a 3-hour session at the default profile's rates (webcam 55, screen 25,
   audio 16 kbit/s in 10 s segments, an events segment every 5 s). Target: < 5 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from client.config.practice import practice_exam
from client.journal import SessionWriter, verify
from client.journal import format as fmt
from client.journal.atomic import write_atomic
from client.trust import keys

MB = 1_000_000


def raw_aead(segment: int, total: int) -> float:
    aead = ChaCha20Poly1305(os.urandom(32))
    data = os.urandom(segment)
    count = total // segment
    start = time.perf_counter()
    for seq in range(count):
        aead.encrypt(seq.to_bytes(12, "big"), data, b"header" * 14)
    return count * segment / (time.perf_counter() - start) / MB


def sealed_in_memory(segment: int, total: int) -> float:
    key, data, prev = os.urandom(32), os.urandom(segment), fmt.ZERO_HASH
    count = total // segment
    start = time.perf_counter()
    for seq in range(count):
        header = fmt.Header(bytes(16), 0, "webcam", seq, seq, seq + 1, prev, segment, "video/webm")
        prev = fmt.file_hash(fmt.seal(header, data, key))
    return count * segment / (time.perf_counter() - start) / MB


def durable_floor(folder: Path, segment: int, total: int) -> float:
    folder.mkdir(parents=True)
    data = os.urandom(segment + 120)
    count = total // segment
    start = time.perf_counter()
    for seq in range(count):
        write_atomic(folder / f"{seq:08d}.seg", data)
    return count * segment / (time.perf_counter() - start) / MB


def spooled(folder: Path, public: keys.RecordingPublicKey, exam: object, segment: int,
            total: int) -> float:
    writer = SessionWriter.create(folder, exam=exam, recipient=public, quota_bytes=10 * total)
    data = os.urandom(segment)
    count = total // segment
    start = time.perf_counter()
    for seq in range(count):
        writer.write_segment("webcam", data, seq, seq + 1, content_type="video/webm")
    elapsed = time.perf_counter() - start
    writer.close()
    return count * segment / elapsed / MB


def three_hour_session(folder: Path, public: keys.RecordingPublicKey, exam: object) -> Path:
    writer = SessionWriter.create(folder, exam=exam, recipient=public)
    rates = {"webcam": 55_000, "screen": 25_000, "audio": 16_000}  # bits per second
    blobs = {s: os.urandom(r * 10 // 8) for s, r in rates.items()}
    for i in range(3 * 3600 // 10):
        t = 1_800_000_000 + i * 10
        for stream, blob in blobs.items():
            writer.write_segment(stream, blob, t, t + 10, content_type="video/webm")
        for half in (0, 5):
            writer.event("tick", t=t + half, n=i)
        writer.flush_events()
    writer.close()
    return writer.path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total-mb", type=int, default=128)
    args = parser.parse_args()
    total = args.total_mb * MB
    with tempfile.TemporaryDirectory(prefix="invigilo-bench-", dir=Path.cwd()) as tmp:
        root = Path(tmp)
        exam, keys_dir = practice_exam(root / "keys")
        public = keys.load_recording_public(keys_dir / "recording.pub")
        private = keys.load_recording_private(keys_dir / "recording.key")
        print("MB/s by segment size    spooled  raw AEAD ratio | sealed only  ratio | "
              "disk floor  ratio")
        for segment in (64 * 1024, 256 * 1024, 1024 * 1024):
            ours = spooled(root / f"spool-{segment}", public, exam.config, segment, total)
            raw = raw_aead(segment, total)
            sealed = sealed_in_memory(segment, total)
            floor = durable_floor(root / f"floor-{segment}", segment, total)
            print(f"  {segment // 1024:>5} KiB            {ours:7.1f}  {raw:8.1f} "
                  f"{ours / raw:5.2f} | "
                  f"{sealed:8.1f}   {sealed / raw:5.2f} | {floor:8.1f}   {ours / floor:5.2f}")
        print("  targets: spooled >= 100 MB/s and spooled/raw AEAD >= 0.5")
        session = three_hour_session(root / "three-hours", public, exam.config)
        size = sum(p.stat().st_size for p in session.rglob("*") if p.is_file())
        start = time.perf_counter()
        report = verify(session, private)
        seconds = time.perf_counter() - start
        segments = sum(s.segments for s in report.streams.values())
        print(f"verify a 3-hour session ({segments} segments, {size / MB:.0f} MB): "
              f"{seconds:.2f} s   target < 5 s   {'ok' if seconds < 5 and report.ok else 'MISSED'}")


if __name__ == "__main__":
    main()
