"""Sealing each epoch's data key to the institution's recording key with HPKE (RFC 9180).

Base mode, one-shot: `enc || ciphertext` from cryptography's HPKE. The KEM follows the
institution's key (DHKEM(X25519) or the hybrid ML-KEM-768+X25519); KDF HKDF-SHA256; AEAD
ChaCha20-Poly1305. The info string binds the sealed key to its session and epoch, so a sealed key
copied into another session's record does not open there.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hpke

from client.trust.keys import KemName, RecordingPrivateKey, RecordingPublicKey

INFO_LABEL = b"invigilo/v1/epoch-key\x00"
KEY_SIZE = 32

_KEMS: dict[str, hpke.KEM] = {
    "X25519": hpke.KEM.X25519,
    "MLKEM768-X25519": hpke.KEM.MLKEM768_X25519,
}
SUITE_NAMES = {
    "X25519": "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305",
    "MLKEM768-X25519": "MLKEM768-X25519, HKDF-SHA256, ChaCha20Poly1305",
}


class KeyUnwrapError(ValueError):
    """The sealed key does not open with this private key."""


def _suite(kem: KemName | str) -> hpke.Suite:
    try:
        return hpke.Suite(_KEMS[kem], hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
    except KeyError:
        raise KeyUnwrapError(f"unknown key type {kem!r}") from None


def info(session_id: bytes, epoch: int) -> bytes:
    return INFO_LABEL + session_id + epoch.to_bytes(4, "big")


def seal_key(data_key: bytes, recipient: RecordingPublicKey, session_id: bytes,
             epoch: int) -> bytes:
    return _suite(recipient.kem).encrypt(data_key, recipient.key, info=info(session_id, epoch))


def open_key(sealed: bytes, private: RecordingPrivateKey, session_id: bytes, epoch: int) -> bytes:
    try:
        key = _suite(private.kem).decrypt(sealed, private.key, info=info(session_id, epoch))
    except Exception:  # cryptography raises InvalidTag or ValueError for malformed input
        raise KeyUnwrapError("the session key does not open with this recording key") from None
    if len(key) != KEY_SIZE:
        raise KeyUnwrapError("the sealed session key has the wrong length")
    return key
