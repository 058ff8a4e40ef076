"""What a Windows executable says about itself: OriginalFilename and the Authenticode signer.

Renaming AnyDesk.exe does not change the OriginalFilename in its version resource, nor the
certificate it is signed with (the gap reported against SEB: a renamed AnyDesk passes a name
check). Parsing the file ourselves costs a few reads and works on every platform, so it is tested
here on real PE files; starting PowerShell per process would take a second each.

The signer is read from the embedded PKCS#7 without verifying the signature chain: it identifies
a deny-listed tool well (a renamed copy keeps its certificate), but it must not be used to trust
a file (an allow rule); the allow list therefore matches names only.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

RT_VERSION = 16
_DIR_RESOURCE = 2
_DIR_SECURITY = 4
_MAX_RESOURCE = 1 << 20
_MAX_CERT = 1 << 20


@dataclass(frozen=True)
class PeInfo:
    original_filename: str | None
    strings: dict[str, str]
    signer: str | None


@dataclass(frozen=True)
class _Section:
    vsize: int  # field order is the IMAGE_SECTION_HEADER's, from offset 8
    va: int
    rawsize: int
    raw: int


def read_pe(stream: BinaryIO, want_signer: bool = True) -> PeInfo | None:
    """Version strings and signer of a PE file, or None when it is not a PE file."""
    layout = _layout(stream)
    if layout is None:
        return None
    sections, dirs = layout
    strings: dict[str, str] = {}
    rva, size = dirs.get(_DIR_RESOURCE, (0, 0))
    if rva and size:
        data = _read_rva(stream, sections, rva, min(size, _MAX_RESOURCE))
        if data:
            blob = _version_blob(stream, sections, data, rva)
            if blob:
                strings = version_strings(blob)
    signer = None
    offset, size = dirs.get(_DIR_SECURITY, (0, 0))
    if want_signer and offset and 8 < size <= _MAX_CERT:
        stream.seek(offset)
        signer = signer_of_certificate_table(stream.read(size))
    return PeInfo(strings.get("OriginalFilename"), strings, signer)


def _layout(stream: BinaryIO) -> tuple[list[_Section], dict[int, tuple[int, int]]] | None:
    dos = stream.read(64)
    if len(dos) < 64 or dos[:2] != b"MZ":
        return None
    e_lfanew, = struct.unpack_from("<I", dos, 0x3C)
    stream.seek(e_lfanew)
    head = stream.read(24)
    if len(head) < 24 or head[:4] != b"PE\0\0":
        return None
    nsections, = struct.unpack_from("<H", head, 6)
    opt_size, = struct.unpack_from("<H", head, 20)
    opt = stream.read(opt_size)
    if len(opt) < 2 or nsections > 96:
        return None
    magic, = struct.unpack_from("<H", opt, 0)
    dir_at = {0x10B: 92, 0x20B: 108}.get(magic)
    if dir_at is None or len(opt) < dir_at + 4:
        return None
    ndirs, = struct.unpack_from("<I", opt, dir_at)
    dirs: dict[int, tuple[int, int]] = {}
    for i in range(min(ndirs, 16)):
        at = dir_at + 4 + 8 * i
        if at + 8 <= len(opt):
            dirs[i] = struct.unpack_from("<II", opt, at)
    table = stream.read(40 * nsections)
    sections = [_Section(*struct.unpack_from("<IIII", table, 40 * i + 8))
                for i in range(len(table) // 40)]
    return sections, dirs


def _read_rva(stream: BinaryIO, sections: list[_Section], rva: int, size: int) -> bytes:
    for s in sections:
        if s.va <= rva < s.va + max(s.vsize, s.rawsize):
            stream.seek(s.raw + rva - s.va)
            return stream.read(size)
    return b""


def _version_blob(stream: BinaryIO, sections: list[_Section], res: bytes,
                  res_rva: int) -> bytes | None:
    """Walk the resource tree: type RT_VERSION -> first name -> first language -> data."""
    entry = _find_entry(res, 0, RT_VERSION)
    for _ in range(2):
        if entry is None or not entry & 0x80000000:
            return None
        entry = _find_entry(res, entry & 0x7FFFFFFF, None)
    if entry is None or entry & 0x80000000 or entry + 16 > len(res):
        return None
    data_rva, size = struct.unpack_from("<II", res, entry)
    if not 0 < size <= _MAX_RESOURCE:
        return None
    if res_rva <= data_rva and data_rva + size <= res_rva + len(res):
        return res[data_rva - res_rva:data_rva - res_rva + size]
    return _read_rva(stream, sections, data_rva, size) or None


def _find_entry(res: bytes, offset: int, want_id: int | None) -> int | None:
    if offset + 16 > len(res):
        return None
    named, ids = struct.unpack_from("<HH", res, offset + 12)
    for i in range(named + ids):
        at = offset + 16 + 8 * i
        if at + 8 > len(res):
            return None
        name, target = struct.unpack_from("<II", res, at)
        if want_id is None or (not name & 0x80000000 and name == want_id):
            return int(target)
    return None


def version_strings(blob: bytes) -> dict[str, str]:
    """The StringFileInfo strings of a VS_VERSIONINFO block (first string table wins)."""
    out: dict[str, str] = {}
    root = _block(blob, 0)
    if root is None or root[0] != "VS_VERSION_INFO":
        return out
    for key, _, children in _children(blob, root):
        if key != "StringFileInfo":
            continue
        for _table, _, strings in children:
            for name, value, _ in strings:
                out.setdefault(name, value)
    return out


_Block = tuple[str, int, int, int, int]  # key, value start, value bytes, children start, end


def _block(data: bytes, pos: int) -> _Block | None:
    if pos + 6 > len(data):
        return None
    length, vlen, vtype = struct.unpack_from("<HHH", data, pos)
    end = pos + length
    if length < 6 or end > len(data):
        return None
    key_end = pos + 6
    while key_end + 1 < end and data[key_end:key_end + 2] != b"\0\0":
        key_end += 2
    key = data[pos + 6:key_end].decode("utf-16-le", "replace")
    value_at = _align(key_end + 2)
    value_bytes = vlen * 2 if vtype == 1 else vlen
    children_at = _align(value_at + value_bytes)
    return key, value_at, min(value_bytes, max(0, end - value_at)), children_at, end


def _children(data: bytes, parent: _Block) -> list[tuple[str, str, list[tuple[str, str, list]]]]:  # type: ignore[type-arg]
    out = []
    pos = parent[3]
    while pos < parent[4]:
        child = _block(data, pos)
        if child is None:
            break
        value = data[child[1]:child[1] + child[2]].decode("utf-16-le", "replace").rstrip("\0")
        out.append((child[0], value, _children(data, child) if child[3] < child[4] else []))
        pos = _align(child[4])
    return out


def _align(pos: int) -> int:
    return (pos + 3) & ~3


def signer_of_certificate_table(table: bytes) -> str | None:
    """Subject of the code-signing certificate in a WIN_CERTIFICATE table (unverified)."""
    if len(table) < 8:
        return None
    length, _revision, ctype = struct.unpack_from("<IHH", table, 0)
    if ctype != 2 or length > len(table):  # WIN_CERT_TYPE_PKCS_SIGNED_DATA
        return None
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs7
    try:
        certs = pkcs7.load_der_pkcs7_certificates(table[8:length])
    except ValueError:
        return None
    for cert in certs:
        try:
            usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        except x509.ExtensionNotFound:
            continue
        if x509.oid.ExtendedKeyUsageOID.CODE_SIGNING in usage:
            return cert.subject.rfc4514_string()
    return None
