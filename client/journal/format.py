"""Segment format v1: the exact bytes of one sealed segment (see docs/FORMAT.md).

A segment file is `header || ChaCha20-Poly1305(stream_key, nonce, payload, aad=header)`.
Everything here is pure (no I/O) so that it can be specified, test-vectored and reimplemented by
a backend in any language. ChaCha20-Poly1305 is chosen over AES-GCM because it is constant-time
in software on any CPU (old laptops without AES-NI included) and every platform's standard
library or libsodium has it.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"IVSG"
VERSION = 1
FLAG_FINAL = 0x01
KNOWN_FLAGS = FLAG_FINAL
TAG_SIZE = 16
HASH_SIZE = 32
SESSION_ID_SIZE = 16
ZERO_HASH = bytes(HASH_SIZE)
MAX_PAYLOAD = (1 << 31) - 1 - TAG_SIZE

# magic, version, flags, header length, session id, epoch, seq, start_us, end_us, prev hash,
# payload length; then stream name and content type, each prefixed by a one-byte length.
_FIXED = struct.Struct(">4sBBH16sIQqq32sI")
FIXED_SIZE = _FIXED.size  # 88
STREAM_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
CONTENT_TYPE = re.compile(r"[\x21-\x7e]{1,127}")

STREAM_KEY_INFO = b"invigilo/v1/stream-key\x00"


class FormatError(ValueError):
    """Bytes that are not a well-formed v1 segment."""


class SegmentAuthError(ValueError):
    """A segment whose ciphertext or header does not authenticate under the session key."""


@dataclass(frozen=True)
class Header:
    session_id: bytes
    epoch: int
    stream: str
    seq: int
    start_us: int
    end_us: int
    prev_hash: bytes
    payload_len: int
    content_type: str
    final: bool = False

    def encode(self) -> bytes:
        if not STREAM_NAME.fullmatch(self.stream):
            raise FormatError(f"invalid stream name {self.stream!r}")
        if not CONTENT_TYPE.fullmatch(self.content_type):
            raise FormatError(f"invalid content type {self.content_type!r}")
        if len(self.session_id) != SESSION_ID_SIZE or len(self.prev_hash) != HASH_SIZE:
            raise FormatError("session id must be 16 bytes and previous hash 32 bytes")
        if not 0 <= self.payload_len <= MAX_PAYLOAD:
            raise FormatError("payload too large for one segment")
        stream, ctype = self.stream.encode(), self.content_type.encode()
        length = FIXED_SIZE + 1 + len(stream) + 1 + len(ctype)
        flags = FLAG_FINAL if self.final else 0
        fixed = _FIXED.pack(MAGIC, VERSION, flags, length, self.session_id, self.epoch, self.seq,
                            self.start_us, self.end_us, self.prev_hash, self.payload_len)
        return fixed + bytes([len(stream)]) + stream + bytes([len(ctype)]) + ctype

    @classmethod
    def decode(cls, data: bytes) -> tuple[Header, int]:
        """Parse a header from the start of `data`; returns it and its length in bytes."""
        if len(data) < FIXED_SIZE:
            raise FormatError("too short to be a segment")
        (magic, version, flags, length, session_id, epoch, seq, start_us, end_us, prev_hash,
         payload_len) = _FIXED.unpack_from(data)
        if magic != MAGIC:
            raise FormatError("not an Invigilo segment (bad magic)")
        if version != VERSION:
            raise FormatError(f"segment format version {version} is not supported")
        if flags & ~KNOWN_FLAGS:
            raise FormatError(f"unknown segment flags {flags:#x}")
        if length > len(data) or length < FIXED_SIZE + 2:
            raise FormatError("segment header is cut off")
        pos = FIXED_SIZE
        stream, pos = _short_string(data, pos, length)
        content_type, pos = _short_string(data, pos, length)
        if pos != length:
            raise FormatError("segment header length does not match its fields")
        if not STREAM_NAME.fullmatch(stream) or not CONTENT_TYPE.fullmatch(content_type):
            raise FormatError("segment header has an invalid stream name or content type")
        header = cls(session_id, epoch, stream, seq, start_us, end_us, prev_hash, payload_len,
                     content_type, bool(flags & FLAG_FINAL))
        return header, length


# Returns the stream key for a header (its epoch and stream); raises KeyError if unknown.
KeyLookup = Callable[[Header], bytes]


def _short_string(data: bytes, pos: int, limit: int) -> tuple[str, int]:
    size = data[pos]
    end = pos + 1 + size
    if end > limit:
        raise FormatError("segment header is cut off")
    try:
        return data[pos + 1:end].decode("ascii"), end
    except UnicodeDecodeError:
        raise FormatError("segment header holds non-ASCII text") from None


def stream_key(epoch_key: bytes, session_id: bytes, stream: str) -> bytes:
    """Per-stream key: HKDF-SHA256(ikm=epoch key, salt=session id, info=label || stream)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=session_id,
                info=STREAM_KEY_INFO + stream.encode("ascii"))
    return hkdf.derive(epoch_key)


def nonce(seq: int) -> bytes:
    """Nonce from the sequence number: each (epoch, stream) key seals each seq only once."""
    return bytes(4) + seq.to_bytes(8, "big")


def seal(header: Header, payload: bytes, key: bytes) -> bytes:
    if header.payload_len != len(payload):
        raise FormatError("header payload length does not match the payload")
    head = header.encode()
    return head + ChaCha20Poly1305(key).encrypt(nonce(header.seq), payload, head)


def open_segment(data: bytes, key_for: KeyLookup) -> tuple[Header, bytes]:
    """Authenticate and decrypt one segment file's bytes."""
    header, length = Header.decode(data)
    if len(data) - length != header.payload_len + TAG_SIZE:
        raise FormatError("segment is truncated or has extra bytes")
    key = key_for(header)
    try:
        payload = ChaCha20Poly1305(key).decrypt(nonce(header.seq), data[length:], data[:length])
    except InvalidTag:
        raise SegmentAuthError("segment does not authenticate (altered or foreign)") from None
    return header, payload


def file_hash(data: bytes) -> bytes:
    """What the next segment's header names as its predecessor: SHA-256 of the whole file."""
    return hashlib.sha256(data).digest()
