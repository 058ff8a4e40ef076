"""Qt's ICU data (libicudata, 32 MB) cut down to what Qt asks ICU for, in the app's languages.

Qt Core calls ICU for three things only (its imports from libicuuc/libicui18n say so): text
converters for named legacy encodings (ucnv_*), collation for locale-aware sorting (ucol_*), and
time zone IDs and display names (ucal_*). Its break iterators, unit, currency, language and
region display names, transliterators, number spell-out, character names, StringPrep and spoof
data are never used, and of the per-locale data only the languages the app ships (plus English
and the root locale every lookup falls back to) can show. A locale left out falls back to root,
as ICU does for any locale it has no data for.

The table-driven converters (*.cnv: Windows and IBM code pages, Shift_JIS, GB18030, EUC, ...)
go too. Qt reaches them only when it is handed bytes in such an encoding and told to decode
them (PySide6 does not even offer Python a way to); this app gives Qt Unicode strings only, and
UTF-8/16/32, Latin-1 and the other algorithmic converters are ICU code, not data, so they stay.

libicudata.so holds one symbol, `icudt<NN>_dat`: an ICU "common data" package (a table of
contents naming each item, then the items, each self-contained and 16-byte aligned). This reads
that package, keeps the wanted items in their sorted order, and links a new library exporting the
same symbol under the same file name.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

from installer import elf

# Whole data trees Qt never reads.
UNUSED_TREES = frozenset({"brkitr", "unit", "curr", "lang", "translit", "rbnf"})
# Top-level data Qt never reaches: legacy code page tables, character names, StringPrep profiles,
# the spoof checker's confusables.
UNUSED_SUFFIXES = (".cnv", ".spp", ".cfu")
UNUSED_FILES = frozenset({"unames.icu"})
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
_NOT_LOCALES = frozenset({"res_index.res", "pool.res"})
PAD = b"\xaa"  # what ICU's own packager fills gaps with


class IcuDataError(Exception):
    pass


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common data package (little-endian)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = []
    for index in range(count):
        name_at, data_at = struct.unpack_from("<II", data, header_size + 4 + 8 * index)
        start = header_size + name_at
        entries.append((data[start:data.index(b"\0", start)].decode("ascii"),
                        header_size + data_at))
    items = []
    for index, (name, start) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < len(entries) else len(data)
        items.append((name, data[start:end]))
    return data[:header_size], items


def _pad(size: int) -> int:
    return -size % 16


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package bytes for `items` (kept in the given, sorted, order)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = toc_size + len(names)
    first += _pad(len(header) + first)
    toc, name_at, data_at = [struct.pack("<I", len(items))], toc_size, first
    for name, blob in items:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        data_at += len(blob) + _pad(len(blob))
    body = b"".join(toc) + names
    body += PAD * (first - len(body))
    for _, blob in items:
        body += blob + PAD * _pad(len(blob))
    return header + body


def keep_item(name: str, languages: set[str]) -> bool:
    """Whether the item `icudtNNl/[tree/]file` stays, for the app in `languages`."""
    parts = name.split("/")[1:]
    tree, file = (parts[0], parts[-1]) if len(parts) > 1 else ("", parts[-1])
    if tree in UNUSED_TREES or file in UNUSED_FILES or file.endswith(UNUSED_SUFFIXES):
        return False
    match = _LOCALE.match(file)
    if file in _NOT_LOCALES or match is None:
        return True  # root.res, pool.res, time zone rules, collation base data, converter names
    return match.group(1) in languages


def trim(library: Path, languages: set[str], cc: str) -> int:
    """Replace `library` (a libicudata) with one holding only the wanted items; bytes saved."""
    defined, _ = elf.symbols(library)
    symbol = next((s for s in defined.values() if re.fullmatch(r"icudt\d+_dat", s.name)), None)
    if symbol is None:
        raise IcuDataError(f"{library.name} exports no icudt*_dat")
    raw = library.read_bytes()
    offset = _file_offset(library, symbol.name)
    header, items = read_package(raw[offset:offset + symbol.size])
    kept = [(name, blob) for name, blob in items if keep_item(name, languages)]
    package = write_package(header, kept)
    with tempfile.TemporaryDirectory() as temp:
        (Path(temp) / "icu.dat").write_bytes(package)
        source = Path(temp) / "data.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol.name}\n\t.type {symbol.name}, @object\n\t.balign 16\n"
            f"{symbol.name}:\n\t.incbin \"{Path(temp) / 'icu.dat'}\"\n"
            f"\t.size {symbol.name}, . - {symbol.name}\n"
            "\t.section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
        built = Path(temp) / library.name
        subprocess.run([cc, "-shared", "-nostdlib", "-s", "-o", str(built), str(source),
                        f"-Wl,-soname,{elf.dynamic(library).soname or library.name}"],
                       check=True, capture_output=True, text=True)
        saved = library.stat().st_size - built.stat().st_size
        library.write_bytes(built.read_bytes())
    return saved


def _file_offset(library: Path, name: str) -> int:
    """Where symbol `name`'s bytes start in the file (its address, less its section's)."""
    out = subprocess.run([elf.readelf(), "-sW", "-SW", str(library)], capture_output=True,
                         text=True, check=True).stdout
    value = None
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[-1] == name and fields[0].endswith(":"):
            value, section = int(fields[1], 16), int(fields[6])
            break
    if value is None:
        raise IcuDataError(f"{name} not found in {library.name}")
    for line in out.splitlines():
        match = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match and int(match.group(1)) == section:
            return value - int(match.group(2), 16) + int(match.group(3), 16)
    raise IcuDataError(f"no section {section} in {library.name}")
