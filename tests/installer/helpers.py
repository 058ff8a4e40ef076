"""Real inputs for the installer tests: institution keys, signed exams and PNG logos."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

from client.paths import resource
from client.trust import keys, signed_config


def institution(folder: Path) -> Path:
    """Keys made exactly as 'invigilo admin keygen' makes them; returns the keys folder."""
    keys.generate(folder)
    return folder


def signed_exam(key_dir: Path, out: Path, *, not_after: str | None = None) -> Path:
    """The demo exam signed with key_dir's signing.key, optionally with another closing time."""
    toml = resource("demo-exam.toml").read_text(encoding="utf-8")
    if not_after:
        toml = re.sub(r"^not_after = .*$", f"not_after = {not_after}", toml, count=1, flags=re.M)
        toml = re.sub(r"^not_before = .*$", "not_before = 2001-01-01T00:00:00Z", toml, count=1,
                      flags=re.M)
    key = keys.load_signing_private(key_dir / "signing.key")
    out.write_bytes(signed_config.sign(toml.encode(), key))
    return out


def png(width: int, height: int, *, colour: int = 6, depth: int = 8,
        pixel: bytes | None = None) -> bytes:
    """A complete PNG of one colour, written from the specification (filter 0 on every line)."""
    samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    row = (pixel or bytes(range(1, samples * depth // 8 + 1))) * width if depth >= 8 else \
        b"\x55" * ((width * samples * depth + 7) // 8)
    raw = b"".join(b"\x00" + row for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    palette = chunk(b"PLTE", b"\x00\x00\x00\xff\xff\xff") if colour == 3 else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + palette
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
