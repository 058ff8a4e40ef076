"""Institution key pairs as files: Ed25519 for signing, X25519 or ML-KEM-768+X25519 for recordings.

All keys are standard PEM (PKCS#8 / SubjectPublicKeyInfo) so that other tools can read them. The
hybrid post-quantum recording key is two PEM blocks in one file, ML-KEM-768 first, then X25519:
HPKE's MLKEM768-X25519 KEM (X-Wing) is built from exactly those two keys. Private keys are written
with mode 0600 and, when a passphrase is given, encrypted with PKCS#8's best available scheme.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from client.errors import InvalidInput
from client.i18n import QT_TRANSLATE_NOOP

KemName = Literal["X25519", "MLKEM768-X25519"]
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z ]+)-----.*?-----END \1-----\s*", re.S)

HpkePublic = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey
HpkePrivate = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey

# Every sentence a person sees, marked for translation (client/i18n.py): the app shows the ones
# about trust anchors and recording keys when an exam will not open.
TEXT = {
    "signing key": QT_TRANSLATE_NOOP("Keys", "signing key"),
    "trust anchor": QT_TRANSLATE_NOOP("Keys", "trust anchor"),
    "recording public key": QT_TRANSLATE_NOOP("Keys", "recording public key"),
    "recording key": QT_TRANSLATE_NOOP("Keys", "recording key"),
    "passphrase": QT_TRANSLATE_NOOP("Keys", "passphrase"),
    "public key": QT_TRANSLATE_NOOP("Keys", "public key"),
    "private key": QT_TRANSLATE_NOOP("Keys", "private key"),
    "exists": QT_TRANSLATE_NOOP("Keys", "{out} already holds keys ({names})"),
    "exists_fix": QT_TRANSLATE_NOOP("Keys", "choose an empty folder: replacing keys would orphan "
                                    "every recording sealed to them and every config signed "
                                    "with them"),
    "missing": QT_TRANSLATE_NOOP("Keys", "the {what} file {path} does not exist"),
    "denied": QT_TRANSLATE_NOOP("Keys", "the {what} file {path} cannot be read (permission "
                                "denied)"),
    "folder": QT_TRANSLATE_NOOP("Keys", "{path} is a folder, not a {what} file"),
    "no_pem": QT_TRANSLATE_NOOP("Keys", "{path} is not a {what} file (no PEM key block found)"),
    "no_passphrase": QT_TRANSLATE_NOOP("Keys", "{path} is not protected by a passphrase; leave "
                                       "it out"),
    "needs_passphrase": QT_TRANSLATE_NOOP("Keys", "{path} is protected by a passphrase"),
    "needs_passphrase_fix": QT_TRANSLATE_NOOP("Keys", "give it with --passphrase-file"),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Keys", "the passphrase does not open {path}"),
    "wrong_passphrase_fix": QT_TRANSLATE_NOOP("Keys", "check the passphrase file"),
    "bad_private": QT_TRANSLATE_NOOP("Keys", "{path} is damaged or not a private key"),
    "bad_public": QT_TRANSLATE_NOOP("Keys", "{path} is damaged or not a public key"),
    "not_signing": QT_TRANSLATE_NOOP("Keys", "{path} is not an Ed25519 signing key"),
    "not_signing_fix": QT_TRANSLATE_NOOP("Keys", "use the signing.key made by 'invigilo admin "
                                         "keygen'"),
    "not_signing_pub": QT_TRANSLATE_NOOP("Keys", "{path} is not an Ed25519 public signing key"),
    "not_signing_pub_fix": QT_TRANSLATE_NOOP("Keys", "use the signing.pub made by 'invigilo "
                                             "admin keygen'"),
    "not_recording_pub": QT_TRANSLATE_NOOP("Keys", "{path} is not a recording key (X25519, or "
                                           "ML-KEM-768 then X25519)"),
    "not_recording_pub_fix": QT_TRANSLATE_NOOP("Keys", "use the recording key made by "
                                               "'invigilo admin keygen'"),
    "not_recording": QT_TRANSLATE_NOOP("Keys", "{path} is not a recording key (X25519 or "
                                       "ML-KEM-768+X25519)"),
    "not_recording_fix": QT_TRANSLATE_NOOP("Keys", "use the recording.key made by 'invigilo "
                                           "admin keygen'"),
    "empty_passphrase": QT_TRANSLATE_NOOP("Keys", "the passphrase file {path} is empty"),
}


@dataclass(frozen=True)
class RecordingPublicKey:
    kem: KemName
    key: HpkePublic
    raw: bytes  # the public key bytes that identify it (ML-KEM then X25519 for the hybrid)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)


@dataclass(frozen=True)
class RecordingPrivateKey:
    kem: KemName
    key: HpkePrivate
    public: RecordingPublicKey


def fingerprint(raw_public: bytes) -> str:
    """Short, stable name of a public key: hex of the first 16 bytes of its SHA-256."""
    return hashlib.sha256(raw_public).hexdigest()[:32]


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _encryption(passphrase: bytes | None) -> serialization.KeySerializationEncryption:
    if passphrase:
        return serialization.BestAvailableEncryption(passphrase)
    return serialization.NoEncryption()


def _private_pem(key: ed25519.Ed25519PrivateKey | x25519.X25519PrivateKey
                 | mlkem.MLKEM768PrivateKey, passphrase: bytes | None) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             _encryption(passphrase))


def _public_pem(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey
                | mlkem.MLKEM768PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def generate(out: Path, *, pq: bool = False, passphrase: bytes | None = None,
             overwrite: bool = False) -> dict[str, Path]:
    """Write signing.key/.pub and recording.key/.pub into `out`; refuse to overwrite keys."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {n: out / n for n in ("signing.key", "signing.pub", "recording.key", "recording.pub")}
    existing = [p.name for p in paths.values() if p.exists()]
    if existing and not overwrite:
        raise InvalidInput(TEXT["exists"].format(out=str(out), names=", ".join(existing)),
                           TEXT["exists_fix"])
    signing = ed25519.Ed25519PrivateKey.generate()
    _write_private(paths["signing.key"], _private_pem(signing, passphrase))
    paths["signing.pub"].write_bytes(_public_pem(signing.public_key()))
    classic = x25519.X25519PrivateKey.generate()
    if pq:
        post_quantum = mlkem.MLKEM768PrivateKey.generate()
        _write_private(paths["recording.key"], _private_pem(post_quantum, passphrase)
                       + _private_pem(classic, passphrase))
        paths["recording.pub"].write_bytes(_public_pem(post_quantum.public_key())
                                           + _public_pem(classic.public_key()))
    else:
        _write_private(paths["recording.key"], _private_pem(classic, passphrase))
        paths["recording.pub"].write_bytes(_public_pem(classic.public_key()))
    return paths


def _shown(path: Path | str) -> str:
    """A key's name in a message: its path, or a translatable description ("the exam's
    recording_key") kept as it is."""
    return path if isinstance(path, str) else str(path)


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(TEXT["missing"].format(what=TEXT[what], path=str(path))) from None
    except PermissionError:
        raise InvalidInput(TEXT["denied"].format(what=TEXT[what], path=str(path))) from None
    except IsADirectoryError:
        raise InvalidInput(TEXT["folder"].format(path=str(path), what=TEXT[what])) from None


def _blocks(data: bytes, path: Path | str, what: str) -> list[bytes]:
    blocks = [m.group(0) for m in _PEM_BLOCK.finditer(data)]
    if not blocks:
        raise InvalidInput(TEXT["no_pem"].format(path=_shown(path), what=TEXT[what]))
    return blocks


def _load_private_block(block: bytes, path: Path, passphrase: bytes | None) -> object:
    try:
        return serialization.load_pem_private_key(block, password=passphrase or None)
    except TypeError:
        if passphrase:
            raise InvalidInput(TEXT["no_passphrase"].format(path=str(path))) from None
        raise InvalidInput(TEXT["needs_passphrase"].format(path=str(path)),
                           TEXT["needs_passphrase_fix"]) from None
    except ValueError:
        if passphrase:
            raise InvalidInput(TEXT["wrong_passphrase"].format(path=str(path)),
                               TEXT["wrong_passphrase_fix"]) from None
        raise InvalidInput(TEXT["bad_private"].format(path=str(path))) from None


def _load_public_block(block: bytes, path: Path | str) -> object:
    try:
        return serialization.load_pem_public_key(block)
    except ValueError:
        raise InvalidInput(TEXT["bad_public"].format(path=_shown(path))) from None


def load_signing_private(path: Path, passphrase: bytes | None = None) -> ed25519.Ed25519PrivateKey:
    blocks = _blocks(_read(path, "signing key"), path, "signing key")
    key = _load_private_block(blocks[0], path, passphrase)
    if len(blocks) != 1 or not isinstance(key, ed25519.Ed25519PrivateKey):
        raise InvalidInput(TEXT["not_signing"].format(path=str(path)), TEXT["not_signing_fix"])
    return key


def load_signing_public(path: Path) -> ed25519.Ed25519PublicKey:
    blocks = _blocks(_read(path, "trust anchor"), path, "public key")
    key = _load_public_block(blocks[0], path)
    if len(blocks) != 1 or not isinstance(key, ed25519.Ed25519PublicKey):
        raise InvalidInput(TEXT["not_signing_pub"].format(path=str(path)),
                           TEXT["not_signing_pub_fix"])
    return key


def signing_raw(key: ed25519.Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _recording_public(parts: list[object], path: Path | str) -> RecordingPublicKey:
    if len(parts) == 1 and isinstance(parts[0], x25519.X25519PublicKey):
        raw = parts[0].public_bytes_raw()
        return RecordingPublicKey("X25519", parts[0], raw)
    if (len(parts) == 2 and isinstance(parts[0], mlkem.MLKEM768PublicKey)
            and isinstance(parts[1], x25519.X25519PublicKey)):
        raw = parts[0].public_bytes_raw() + parts[1].public_bytes_raw()
        return RecordingPublicKey("MLKEM768-X25519",
                                  hpke.MLKEM768X25519PublicKey(parts[0], parts[1]), raw)
    raise InvalidInput(TEXT["not_recording_pub"].format(path=_shown(path)),
                       TEXT["not_recording_pub_fix"])


def load_recording_public(path: Path) -> RecordingPublicKey:
    return parse_recording_public(_read(path, "recording public key"), path)


def parse_recording_public(data: bytes, where: Path | str) -> RecordingPublicKey:
    blocks = _blocks(data, where, "public key")
    return _recording_public([_load_public_block(b, where) for b in blocks], where)


def load_recording_private(path: Path, passphrase: bytes | None = None) -> RecordingPrivateKey:
    blocks = _blocks(_read(path, "recording key"), path, "private key")
    parts = [_load_private_block(b, path, passphrase) for b in blocks]
    publics: list[object] = []
    for part in parts:
        if not isinstance(part, x25519.X25519PrivateKey | mlkem.MLKEM768PrivateKey):
            raise InvalidInput(TEXT["not_recording"].format(path=str(path)),
                               TEXT["not_recording_fix"])
        publics.append(part.public_key())
    public = _recording_public(publics, path)
    if public.kem == "X25519":
        return RecordingPrivateKey("X25519", parts[0], public)  # type: ignore[arg-type]
    hybrid = hpke.MLKEM768X25519PrivateKey(parts[0], parts[1])  # type: ignore[arg-type]
    return RecordingPrivateKey("MLKEM768-X25519", hybrid, public)


def read_passphrase(path: Path | None) -> bytes | None:
    if path is None:
        return None
    data = _read(path, "passphrase").rstrip(b"\r\n")
    if not data:
        raise InvalidInput(TEXT["empty_passphrase"].format(path=str(path)))
    return data
