"""The GNU build-id of an ELF executable: a hash the linker stores in a note.

A renamed or moved copy of a binary keeps its build-id, so a deny rule written against one release
of a tool still finds it under any name. Reads only the headers and note segments (a few KiB), so
it is cheap enough to run for every new process.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

PT_NOTE = 4
NT_GNU_BUILD_ID = 3
_MAX_NOTE = 1 << 16


def build_id(stream: BinaryIO) -> str | None:
    """Hex build-id, or None when the file is not ELF or has no build-id note."""
    head = stream.read(64)
    if len(head) < 52 or head[:4] != b"\x7fELF":
        return None
    cls, data = head[4], head[5]
    if cls not in (1, 2) or data not in (1, 2) or len(head) < (64 if cls == 2 else 52):
        return None
    end = "<" if data == 1 else ">"
    if cls == 2:
        phoff, = struct.unpack_from(end + "Q", head, 32)
        phentsize, phnum = struct.unpack_from(end + "HH", head, 54)
    else:
        phoff, = struct.unpack_from(end + "I", head, 28)
        phentsize, phnum = struct.unpack_from(end + "HH", head, 42)
    if phnum == 0 or phnum > 512 or phentsize < (56 if cls == 2 else 32):
        return None
    stream.seek(phoff)
    table = stream.read(phentsize * phnum)
    for i in range(phnum):
        entry = table[i * phentsize:(i + 1) * phentsize]
        if len(entry) < phentsize:
            return None
        ptype, = struct.unpack_from(end + "I", entry, 0)
        if ptype != PT_NOTE:
            continue
        if cls == 2:
            offset, = struct.unpack_from(end + "Q", entry, 8)
            size, = struct.unpack_from(end + "Q", entry, 32)
        else:
            offset, = struct.unpack_from(end + "I", entry, 4)
            size, = struct.unpack_from(end + "I", entry, 16)
        stream.seek(offset)
        found = _scan_notes(stream.read(min(size, _MAX_NOTE)), end)
        if found:
            return found
    return None


def _scan_notes(notes: bytes, end: str) -> str | None:
    pos = 0
    while pos + 12 <= len(notes):
        namesz, descsz, ntype = struct.unpack_from(end + "III", notes, pos)
        pos += 12
        name = notes[pos:pos + namesz]
        pos += (namesz + 3) & ~3
        desc = notes[pos:pos + descsz]
        pos += (descsz + 3) & ~3
        if ntype == NT_GNU_BUILD_ID and name.rstrip(b"\0") == b"GNU" and len(desc) == descsz:
            return desc.hex() if desc else None
    return None
