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

KemName = Literal["X25519", "MLKEM768-X25519"]
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z ]+)-----.*?-----END \1-----\s*", re.S)

HpkePublic = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey
HpkePrivate = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey


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
        raise InvalidInput(f"{out} already holds keys ({', '.join(existing)})",
                           "choose an empty folder: replacing keys would orphan every recording "
                           "sealed to them and every config signed with them")
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


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"the {what} file {path} does not exist") from None
    except PermissionError:
        raise InvalidInput(f"the {what} file {path} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a {what} file") from None


def _blocks(data: bytes, path: Path, what: str) -> list[bytes]:
    blocks = [m.group(0) for m in _PEM_BLOCK.finditer(data)]
    if not blocks:
        raise InvalidInput(f"{path} is not a {what} file (no PEM key block found)")
    return blocks


def _load_private_block(block: bytes, path: Path, passphrase: bytes | None) -> object:
    try:
        return serialization.load_pem_private_key(block, password=passphrase or None)
    except TypeError:
        if passphrase:
            raise InvalidInput(f"{path} is not protected by a passphrase; leave it out") from None
        raise InvalidInput(f"{path} is protected by a passphrase",
                           "give it with --passphrase-file") from None
    except ValueError:
        if passphrase:
            raise InvalidInput(f"the passphrase does not open {path}",
                               "check the passphrase file") from None
        raise InvalidInput(f"{path} is damaged or not a private key") from None


def _load_public_block(block: bytes, path: Path) -> object:
    try:
        return serialization.load_pem_public_key(block)
    except ValueError:
        raise InvalidInput(f"{path} is damaged or not a public key") from None


def load_signing_private(path: Path, passphrase: bytes | None = None) -> ed25519.Ed25519PrivateKey:
    blocks = _blocks(_read(path, "signing key"), path, "signing key")
    key = _load_private_block(blocks[0], path, passphrase)
    if len(blocks) != 1 or not isinstance(key, ed25519.Ed25519PrivateKey):
        raise InvalidInput(f"{path} is not an Ed25519 signing key",
                           "use the signing.key made by 'invigilo admin keygen'")
    return key


def load_signing_public(path: Path) -> ed25519.Ed25519PublicKey:
    blocks = _blocks(_read(path, "trust anchor"), path, "public key")
    key = _load_public_block(blocks[0], path)
    if len(blocks) != 1 or not isinstance(key, ed25519.Ed25519PublicKey):
        raise InvalidInput(f"{path} is not an Ed25519 public signing key",
                           "use the signing.pub made by 'invigilo admin keygen'")
    return key


def signing_raw(key: ed25519.Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _recording_public(parts: list[object], path: Path) -> RecordingPublicKey:
    if len(parts) == 1 and isinstance(parts[0], x25519.X25519PublicKey):
        raw = parts[0].public_bytes_raw()
        return RecordingPublicKey("X25519", parts[0], raw)
    if (len(parts) == 2 and isinstance(parts[0], mlkem.MLKEM768PublicKey)
            and isinstance(parts[1], x25519.X25519PublicKey)):
        raw = parts[0].public_bytes_raw() + parts[1].public_bytes_raw()
        return RecordingPublicKey("MLKEM768-X25519",
                                  hpke.MLKEM768X25519PublicKey(parts[0], parts[1]), raw)
    raise InvalidInput(f"{path} is not a recording key (X25519, or ML-KEM-768 then X25519)",
                       "use the recording key made by 'invigilo admin keygen'")


def load_recording_public(path: Path) -> RecordingPublicKey:
    return parse_recording_public(_read(path, "recording public key"), path)


def parse_recording_public(data: bytes, where: Path | str) -> RecordingPublicKey:
    blocks = _blocks(data, Path(str(where)), "public key")
    return _recording_public([_load_public_block(b, Path(str(where))) for b in blocks],
                             Path(str(where)))


def load_recording_private(path: Path, passphrase: bytes | None = None) -> RecordingPrivateKey:
    blocks = _blocks(_read(path, "recording key"), path, "private key")
    parts = [_load_private_block(b, path, passphrase) for b in blocks]
    publics: list[object] = []
    for part in parts:
        if not isinstance(part, x25519.X25519PrivateKey | mlkem.MLKEM768PrivateKey):
            raise InvalidInput(f"{path} is not a recording key (X25519 or ML-KEM-768+X25519)",
                               "use the recording.key made by 'invigilo admin keygen'")
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
        raise InvalidInput(f"the passphrase file {path} is empty")
    return data
