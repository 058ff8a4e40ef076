"""Uploader figures against the issue's targets, each beside a reference measured in this run.

    .venv/bin/python benchmarks/upload.py [--link-kbps 4000] [--minutes 2] [--outage 30]
                                          [--trials 3]

Real parts: the official tus server (@tus/server + @tus/file-store) on 127.0.0.1, the test TCP
proxy between it and the client (throttling the uplink, refusing connections for an outage,
counting bytes on the wire), and sessions written by the journal with realistic segment sizes
(default config: webcam 55 kbit/s, screen 25, audio 16, 10 s segments, events every 5 s).

1. Drain throughput, rate cap off, over a link throttled to --link-kbps, beside one plain httpx
   upload of the same bytes as a single tus POST through the same link (target ratio >= 0.9).
2. Protocol overhead: bytes on the wire beyond the files' own bytes, per segment (target <= 2 %
   of the uplink; the downlink, server-chosen headers, is shown beside it).
3. Seconds from link restored to first byte sent after an outage of --outage s (target <= 5 s;
   --outage 600 for the full 10 minutes), and the backoff schedule's worst wait after any number
   of failed attempts (the cap, which bounds the figure whatever the outage length).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from client.config.practice import practice_exam  # noqa: E402
from client.config.schema import Backend  # noqa: E402
from client.journal import SessionWriter  # noqa: E402
from client.trust import keys  # noqa: E402
from client.upload import Uploader, backoff  # noqa: E402
from tests.servers import tus_server  # noqa: E402
from tests.servers.tus_server import TusServer  # noqa: E402
from tests.support.netproxy import NetProxy  # noqa: E402

RATES_KBPS = {"webcam": 55, "screen": 25, "audio": 16}
SEGMENT_S = 10


def record(spool: Path, keys_dir: Path, minutes: float, seed: int = 0) -> tuple[Path, int, int]:
    """A finished session of `minutes` at the default bitrates; (folder, files, bytes)."""
    exam, _ = practice_exam(keys_dir)
    writer = SessionWriter.create(spool, exam=exam.config,
                                  recipient=keys.load_recording_public(keys_dir / "recording.pub"),
                                  streams={s: "video/webm" for s in RATES_KBPS},
                                  exam_source=exam.source)
    rng = random.Random(seed)
    for n in range(int(minutes * 60 / SEGMENT_S)):
        for stream, kbps in RATES_KBPS.items():
            size = int(kbps * 1000 / 8 * SEGMENT_S * rng.uniform(0.8, 1.2))
            writer.write_segment(stream, rng.randbytes(size), n * SEGMENT_S, (n + 1) * SEGMENT_S)
        for half in range(2):
            writer.event("gaze", t=n * SEGMENT_S + half * 5, score=rng.random())
            writer.flush_events()
    writer.close()
    files = [p for p in writer.path.rglob("*") if p.is_file() and p.name != "upload-state.json"]
    return writer.path, len(files), sum(p.stat().st_size for p in files)


def drain(spool: Path, url: str, timeout: float = 3600) -> float:
    uploader = Uploader(spool, Backend(transport="tus", url=url, rate_limit_kbps=0))
    started = time.monotonic()
    uploader.start()
    while not (uploader.status().idle and uploader.status().pending_files == 0):
        if time.monotonic() - started > timeout:
            raise SystemExit(f"drain did not finish: {uploader.status()}")
        time.sleep(0.01)
    elapsed = time.monotonic() - started
    uploader.stop()
    return elapsed


def plain_upload(url: str, data: bytes) -> float:
    """The reference: the same bytes as one tus creation-with-upload POST, plain httpx."""
    started = time.monotonic()
    with httpx.Client(timeout=None) as client:
        answer = client.post(url, content=data, headers={
            "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
            "Content-Type": "application/offset+octet-stream"})
    assert answer.status_code == 201 and answer.headers["upload-offset"] == str(len(data))
    return time.monotonic() - started


def throughput(work: Path, keys_dir: Path, args: argparse.Namespace) -> None:
    session, files, size = record(work / "spool-a", keys_dir, args.minutes)
    blob = b"".join(p.read_bytes() for p in sorted(session.rglob("*")) if p.is_file())
    with TusServer(work / "tus-a") as tus, NetProxy(("127.0.0.1", tus.port)) as proxy:
        proxy.throttle(up_kbps=args.link_kbps)
        ref = plain_upload(proxy.url("/files"), blob[:size])
        ours = drain(work / "spool-a", proxy.url("/files"))
    print(f"1. drain throughput, cap off, {args.link_kbps} kbit/s link, {files} files, "
          f"{size / 1e6:.2f} MB")
    print(f"   uploader       {size * 8 / ours / 1000:8.0f} kbit/s  ({ours:.2f} s)")
    print(f"   plain httpx    {size * 8 / ref / 1000:8.0f} kbit/s  ({ref:.2f} s)  reference")
    print(f"   ratio          {ref / ours:8.3f}          target >= 0.9")


def reconnect(work: Path, keys_dir: Path, args: argparse.Namespace) -> None:
    waits = []
    for trial in range(args.trials):
        spool = work / f"spool-b{trial}"
        record(spool, keys_dir, 0.2, seed=trial)
        with TusServer(work / f"tus-b{trial}") as tus, \
                NetProxy(("127.0.0.1", tus.port)) as proxy:
            proxy.refuse()
            uploader = Uploader(spool, Backend(transport="tus", url=proxy.url("/files"),
                                               rate_limit_kbps=0))
            uploader.start()
            time.sleep(args.outage)
            assert proxy.stats.bytes_up == 0
            proxy.passthrough()
            restored = time.monotonic()
            while proxy.stats.bytes_up == 0:
                time.sleep(0.005)
            waits.append(time.monotonic() - restored)
            uploader.stop()
    # the schedule after as many failures as `outage` allows at the fastest pace, and far beyond
    rng = random.Random(0)
    worst = max(backoff.delay(n, rng=rng) for n in range(1, 100_000))
    print(f"3. link restored after {args.outage:.0f} s offline -> first byte sent "
          f"({args.trials} trials)")
    print(f"   measured       max {max(waits):.2f} s, median {statistics.median(waits):.2f} s"
          f"          target <= 5 s")
    print(f"   schedule       worst wait over 100000 failed attempts {worst:.2f} s "
          f"(cap {backoff.NETWORK_CAP_S:.1f} s, plus one connect)")


def overhead(work: Path, keys_dir: Path, args: argparse.Namespace) -> None:
    session, files, size = record(work / "spool-c", keys_dir, args.minutes, seed=7)
    segments = len(list(session.rglob("*.seg")))
    with TusServer(work / "tus-c") as tus, NetProxy(("127.0.0.1", tus.port)) as proxy:
        drain(work / "spool-c", proxy.url("/files"))
        up, down = proxy.stats.bytes_up, proxy.stats.bytes_down
    extra = up - size
    print(f"2. protocol overhead, {files} files ({segments} segments), {size / 1e6:.2f} MB")
    print(f"   uplink         {extra / files:6.0f} B per file, {extra / size:6.2%} of the bytes"
          f"   target <= 2 %")
    print(f"   downlink       {down / files:6.0f} B per file (server's answers; not the scarce "
          f"direction)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--link-kbps", type=float, default=4000)
    parser.add_argument("--minutes", type=float, default=2)
    parser.add_argument("--outage", type=float, default=30)
    parser.add_argument("--trials", type=int, default=3)
    args = parser.parse_args()
    why = tus_server.available()
    if why:
        raise SystemExit(f"cannot run: {why}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        keys_dir = work / "keys"
        keys.generate(keys_dir)
        throughput(work, keys_dir, args)
        overhead(work, keys_dir, args)
        reconnect(work, keys_dir, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
