"""Reading a session back with the institution's key: verify every segment, then decrypt.

Verification names each problem the way a reviewer needs to hear it: which segment is missing,
altered, out of order, duplicated, from another session, or whether a stream was cut off before its
end marker. A session is intact only if there is no problem at all.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from client.journal import format as fmt
from client.journal import keywrap
from client.journal.meta import SessionMeta
from client.journal.spool import SEGMENT_FILE, segment_files, stream_names
from client.trust.keys import RecordingPrivateKey


@dataclass(frozen=True)
class Segment:
    stream: str
    seq: int
    epoch: int
    start: float
    end: float
    final: bool
    content_type: str
    payload: bytes
    path: Path


@dataclass
class StreamSummary:
    segments: int = 0
    payload_bytes: int = 0
    file_bytes: int = 0
    start: float | None = None
    end: float | None = None
    final: bool = False

    @property
    def duration(self) -> float:
        return 0.0 if self.start is None or self.end is None else self.end - self.start


@dataclass
class VerifyReport:
    session_id: str
    problems: list[str] = field(default_factory=list)
    streams: dict[str, StreamSummary] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class SessionReader:
    """A session opened with the recording key. Epoch keys are unsealed once, lazily."""

    def __init__(self, folder: Path, key: RecordingPrivateKey) -> None:
        self.path = folder
        self.meta = SessionMeta.load(folder)
        self._key = key
        self._epoch_keys: dict[int, bytes] = {}
        self._stream_keys: dict[tuple[int, str], bytes] = {}

    def epoch_key(self, epoch: int) -> bytes:
        if epoch not in self._epoch_keys:
            entries = [e for e in self.meta.epochs if e.epoch == epoch]
            if not entries:
                raise KeyError(f"epoch {epoch} is not in session.json")
            self._epoch_keys[epoch] = keywrap.open_key(
                base64.b64decode(entries[0].sealed_key), self._key, self.meta.session_bytes, epoch)
        return self._epoch_keys[epoch]

    def stream_key(self, header: fmt.Header) -> bytes:
        slot = (header.epoch, header.stream)
        if slot not in self._stream_keys:
            self._stream_keys[slot] = fmt.stream_key(self.epoch_key(header.epoch),
                                                     self.meta.session_bytes, header.stream)
        return self._stream_keys[slot]

    def streams(self) -> list[str]:
        return stream_names(self.path)

    def segments(self, stream: str, *, skip_damaged: bool = False) -> Iterator[Segment]:
        """Decrypted segments of a stream in order.

        Raises on the first segment that fails, unless `skip_damaged`, which passes over what
        does not authenticate (for investigating a session that did not verify).
        """
        for seq, path in segment_files(self.path, stream):
            try:
                header, payload = fmt.open_segment(path.read_bytes(), self.stream_key)
                if (header.seq != seq or header.stream != stream
                        or header.session_id != self.meta.session_bytes):
                    raise fmt.FormatError(f"{stream}/{path.name} is out of place")
            except (fmt.FormatError, fmt.SegmentAuthError, KeyError, keywrap.KeyUnwrapError):
                if skip_damaged:
                    continue
                raise
            yield Segment(stream, seq, header.epoch, header.start_us / 1e6, header.end_us / 1e6,
                          header.final, header.content_type, payload, path)

    def events(self) -> Iterator[dict[str, object]]:
        for segment in self.segments("events"):
            for line in segment.payload.splitlines():
                if line.strip():
                    yield json.loads(line)


def check_unlock(reader: SessionReader, report: VerifyReport) -> bool:
    if not reader.meta.epochs:
        report.problems.append("session.json lists no key epochs: nothing can be decrypted")
        return False
    try:
        reader.epoch_key(reader.meta.epochs[0].epoch)
    except keywrap.KeyUnwrapError:
        report.problems.append("this recording key does not open the session (wrong key, or "
                               "session.json altered)")
        return False
    return True


def verify(folder: Path, key: RecordingPrivateKey) -> VerifyReport:
    reader = SessionReader(folder, key)
    report = VerifyReport(reader.meta.session_id)
    if not check_unlock(reader, report):
        return report
    for stream in reader.streams():
        report.streams[stream] = _verify_stream(reader, stream, report.problems)
    if "events" not in report.streams:
        report.problems.append("events: the stream is missing entirely")
    return report


def _verify_stream(reader: SessionReader, stream: str, problems: list[str]) -> StreamSummary:
    summary = StreamSummary()
    folder = reader.path / stream
    for entry in sorted(folder.iterdir()):
        if not SEGMENT_FILE.fullmatch(entry.name) and not entry.name.startswith("."):
            problems.append(f"{stream}/{entry.name}: a file that is not a segment of this session")
    previous: tuple[int, bytes] | None = None
    seen: dict[int, str] = {}
    ended_at: int | None = None
    for seq, path in segment_files(reader.path, stream):
        name = f"{stream}/{path.name}"
        data = path.read_bytes()
        header = _check_segment(reader, stream, seq, name, data, problems)
        if previous is not None and seq != previous[0] + 1:
            missing = range(previous[0] + 1, seq)
            problems.append(f"{stream}: missing segment(s) {_ranges(missing)}")
        if previous is None and seq != 0:
            problems.append(f"{stream}: missing segment(s) {_ranges(range(0, seq))}")
        if header is not None:
            if header.seq in seen and header.seq != seq:
                problems.append(f"{name}: duplicate of {seen[header.seq]}")
            seen.setdefault(header.seq, name)
            expected = fmt.ZERO_HASH if seq == 0 else (
                previous[1] if previous and previous[0] == seq - 1 else None)
            if expected is not None and header.prev_hash != expected:
                problems.append(f"{name}: does not follow segment {seq - 1} (reordered, replaced "
                                f"or from another recording)")
            if ended_at is not None:
                problems.append(f"{name}: comes after the stream's end marker (segment {ended_at})")
            if header.final and ended_at is None:
                ended_at = seq
            _count(summary, header, len(data))
        previous = (seq, fmt.file_hash(data))
    if previous is not None and ended_at is None:
        problems.append(f"{stream}: cut off after segment {previous[0]} (no end marker)")
    summary.final = ended_at is not None
    return summary


def _check_segment(reader: SessionReader, stream: str, seq: int, name: str, data: bytes,
                   problems: list[str]) -> fmt.Header | None:
    try:
        header, _length = fmt.Header.decode(data)
    except fmt.FormatError as exc:
        problems.append(f"{name}: damaged ({exc})")
        return None
    if header.session_id != reader.meta.session_bytes:
        problems.append(f"{name}: belongs to another session ({header.session_id.hex()})")
        return None
    if header.stream != stream:
        problems.append(f"{name}: belongs to stream '{header.stream}', not '{stream}'")
        return None
    if header.seq != seq:
        problems.append(f"{name}: holds segment {header.seq} (renamed or reordered)")
    try:
        fmt.open_segment(data, reader.stream_key)
    except KeyError as exc:
        problems.append(f"{name}: {exc.args[0]}")
        return None
    except (fmt.FormatError, fmt.SegmentAuthError, keywrap.KeyUnwrapError) as exc:
        problems.append(f"{name}: altered or damaged ({exc})")
        return None
    return header


def _count(summary: StreamSummary, header: fmt.Header, size: int) -> None:
    summary.segments += 1
    summary.payload_bytes += header.payload_len
    summary.file_bytes += size
    start, end = header.start_us / 1e6, header.end_us / 1e6
    if header.payload_len:
        summary.start = start if summary.start is None else min(summary.start, start)
        summary.end = end if summary.end is None else max(summary.end, end)


def _ranges(numbers: range) -> str:
    return str(numbers.start) if len(numbers) == 1 else f"{numbers.start}-{numbers[-1]}"
