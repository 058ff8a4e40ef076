"""Just enough of a shared library's dynamic section to slim a Linux bundle safely.

Read with binutils' `readelf` (the build already needs binutils for `strip`): which libraries a file
links against (DT_NEEDED) and which dynamic symbols it defines and imports, with their versions.
A library can only be replaced or shared when everything that links it finds each symbol it imports
under the same name and version; these answers are what the slimming steps check that against.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_SONAME = re.compile(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]")
_RPATH = re.compile(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]")
# "  12: 0000000000001234    42 FUNC    GLOBAL DEFAULT   14 name@@VERSION"
_SYMBOL = re.compile(r"^\s*\d+:\s+[0-9a-f]+\s+(\d+|0x[0-9a-f]+)\s+(\w+)\s+(\w+)\s+\w+\s+(\w+)"
                     r"\s+(\S+)")


class ElfError(Exception):
    pass


@dataclass(frozen=True)
class Symbol:
    name: str
    version: str | None   # None: unversioned
    kind: str             # FUNC, OBJECT, IFUNC, ...
    size: int


def readelf() -> str:
    tool = shutil.which("readelf")
    if tool is None:
        raise ElfError("readelf is not installed (Debian package binutils)")
    return tool


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


@dataclass(frozen=True)
class Dynamic:
    needed: list[str]         # DT_NEEDED, in order
    soname: str | None
    search_path: list[Path]   # RPATH or RUNPATH folders, $ORIGIN filled in


def dynamic(path: Path) -> Dynamic:
    text = subprocess.run([readelf(), "-dW", str(path)], capture_output=True, text=True,
                          check=True).stdout
    folders = []
    for entry in _RPATH.findall(text):
        for part in entry.split(":"):
            if part:
                part = part.replace("${ORIGIN}", "$ORIGIN").replace("$ORIGIN", str(path.parent))
                folders.append(Path(part))
    found = _SONAME.search(text)
    return Dynamic(_NEEDED.findall(text), found.group(1) if found else None, folders)


def needed(path: Path) -> list[str]:
    return dynamic(path).needed


def symbols(path: Path) -> tuple[dict[tuple[str, str | None], Symbol], set[tuple[str, str | None]]]:
    """(defined, imported) dynamic symbols of `path`, keyed by (name, version).

    Only global and weak symbols count; a defined symbol's hidden (non-default) versions are kept
    too, since an old importer may ask for one.
    """
    out = subprocess.run([readelf(), "--dyn-syms", "-W", str(path)], capture_output=True,
                         text=True, check=True).stdout
    defined: dict[tuple[str, str | None], Symbol] = {}
    imported: set[tuple[str, str | None]] = set()
    for line in out.splitlines():
        match = _SYMBOL.match(line)
        if not match:
            continue
        size_text, kind, bind, section, full = match.groups()
        if bind not in ("GLOBAL", "WEAK") or kind in ("SECTION", "FILE"):
            continue
        name, _, version = full.replace("@@", "@").partition("@")
        key = (name, version or None)
        if section == "UND":
            imported.add(key)
        elif kind != "NOTYPE" or name:
            size = int(size_text, 16) if size_text.startswith("0x") else int(size_text)
            defined[key] = Symbol(name, version or None, kind, size)
    return defined, imported


def provides(defined: dict[tuple[str, str | None], Symbol],
             wanted: set[tuple[str, str | None]]) -> set[tuple[str, str | None]]:
    """The imports in `wanted` that a library with `defined` symbols satisfies.

    An unversioned import binds to any version of the name (the library's default one).
    """
    names = {name for name, _ in defined}
    return {(name, version) for name, version in wanted
            if (name, version) in defined or (version is None and name in names)}


_LOAD = re.compile(r"^\s*LOAD\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)"
                   r"\s+0x([0-9a-f]+)\s+(.{3})\s+0x([0-9a-f]+)", re.M)
# "  [ 7] .init  PROGBITS  0000000000005000 005000 00001b 00  AX  0   0  4"
_SECTION = re.compile(r"^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)"
                      r"\s+[0-9a-f]+\s+([A-Za-z]*)\s", re.M)

Image = tuple[list[tuple[int, int, str]], list[tuple[str, int, bytes]]]


def load_image(path: Path) -> Image | None:
    """What the dynamic loader maps from `path`: the LOAD segments (address, size in memory,
    flags) and every allocated section (name, address, contents). None if a segment breaks the
    loader's rule that its file offset and address agree modulo its alignment (it would refuse
    the file). Bytes between sections (padding) and file offsets do not count: stripping
    changes those and nothing that runs reads them."""
    text = subprocess.run([readelf(), "-lW", "-SW", str(path)], capture_output=True,
                          text=True, check=True).stdout
    data = path.read_bytes()
    segments = []
    for match in _LOAD.finditer(text):
        offset, address, _, memory_size, flags, align = match.groups()
        off, addr, page = int(offset, 16), int(address, 16), int(align, 16)
        if page > 1 and off % page != addr % page:
            return None
        segments.append((addr, int(memory_size, 16), flags.strip()))
    sections = []
    for match in _SECTION.finditer(text):
        name, kind, address, offset, size, flags = match.groups()
        if "A" not in flags:
            continue
        off, length = int(offset, 16), int(size, 16)
        body = b"" if kind == "NOBITS" else data[off:off + length]
        sections.append((name, int(address, 16), body if kind != "NOBITS" else bytes(length)))
    return segments, sections
