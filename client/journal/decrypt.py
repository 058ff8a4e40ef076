"""Writing a verified session out as plain files a reviewer can open."""

from __future__ import annotations

import shutil
from pathlib import Path

from client.errors import InvalidInput
from client.journal.reader import SessionReader, VerifyReport, verify
from client.trust.keys import RecordingPrivateKey

EXTENSIONS = {
    "video/webm": ".webm", "audio/webm": ".webm", "video/mp4": ".mp4", "audio/mp4": ".m4a",
    "audio/ogg": ".ogg", "image/jpeg": ".jpg", "image/png": ".png", "application/json": ".json",
    "application/x-ndjson": ".jsonl",
}


def extension(content_type: str) -> str:
    return EXTENSIONS.get(content_type.split(";")[0].strip(), ".bin")


def decrypt_session(folder: Path, key: RecordingPrivateKey, out: Path, *,
                    allow_problems: bool = False) -> tuple[VerifyReport, dict[str, list[Path]]]:
    """Verify, then write `out/<stream>/<seq>.<ext>` and `out/events.jsonl`."""
    report = verify(folder, key)
    if not report.ok and not allow_problems:
        raise InvalidInput("the session did not verify, so it was not decrypted:\n  "
                           + "\n  ".join(report.problems),
                           "use --force to decrypt what does verify, for investigation")
    reader = SessionReader(folder, key)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(folder / "session.json", out / "session.json")
    written: dict[str, list[Path]] = {}
    for stream in reader.streams():
        written[stream] = _write_stream(reader, stream, out)
    return report, written


def _write_stream(reader: SessionReader, stream: str, out: Path) -> list[Path]:
    files: list[Path] = []
    if stream == "events":
        target = out / "events.jsonl"
        with open(target, "wb") as handle:
            for segment in reader.segments(stream, skip_damaged=True):
                handle.write(segment.payload)
        return [target]
    folder = out / stream
    folder.mkdir(exist_ok=True)
    for segment in reader.segments(stream, skip_damaged=True):
        if not segment.payload:
            continue  # an end marker carries no media
        target = folder / f"{segment.seq:08d}{extension(segment.content_type)}"
        target.write_bytes(segment.payload)
        files.append(target)
    return files
