"""Signed exam files (`.invigilo`): the exact TOML an institution wrote, with an Ed25519 signature.

The envelope is a small JSON object so that any language can read it:

    {"format": "invigilo-exam", "version": 1, "signer": FINGERPRINT,
     "config": BASE64(TOML bytes), "signature": BASE64(Ed25519(DOMAIN || TOML bytes))}

The signature covers the TOML bytes as they were signed, never a re-serialisation, so what the
institution reviewed is exactly what the client runs. DOMAIN keeps a config signature from being
reused as any other kind of signature made with the same key.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from client.errors import InvalidInput
from client.i18n import QT_TRANSLATE_NOOP
from client.trust.keys import fingerprint, signing_raw

FORMAT = "invigilo-exam"
VERSION = 1
DOMAIN = b"invigilo-exam-v1\n"
MAX_SIZE = 1 << 20

# Every sentence a person sees, marked for translation (client/i18n.py).
TEXT = {
    "missing": QT_TRANSLATE_NOOP("ExamFile", "the exam file is damaged: its '{name}' entry is "
                                 "missing"),
    "not_base64": QT_TRANSLATE_NOOP("ExamFile", "the exam file is damaged: its '{name}' entry "
                                    "is not base64"),
    "too_large": QT_TRANSLATE_NOOP("ExamFile", "this is not an exam file: it is larger than any "
                                   "exam file can be"),
    "not_signed": QT_TRANSLATE_NOOP("ExamFile", "this is not an Invigilo exam file (it is not a "
                                    "signed exam)"),
    "not_ours": QT_TRANSLATE_NOOP("ExamFile", "this is not an Invigilo exam file"),
    "open_ours": QT_TRANSLATE_NOOP("ExamFile", "open the .invigilo file your institution sent "
                                   "you"),
    "version": QT_TRANSLATE_NOOP("ExamFile", "this exam file has format version {found}; this "
                                 "app reads version {version}"),
    "update": QT_TRANSLATE_NOOP("ExamFile", "update Invigilo"),
    "no_anchor": QT_TRANSLATE_NOOP("ExamFile", "no institution key is trusted on this computer, "
                                   "so no exam can open"),
    "no_anchor_fix": QT_TRANSLATE_NOOP("ExamFile", "install your institution's Invigilo, or "
                                       "pass --trust signing.pub"),
    "altered": QT_TRANSLATE_NOOP("ExamFile", "this exam file has been altered since the "
                                 "institution signed it"),
    "altered_fix": QT_TRANSLATE_NOOP("ExamFile", "ask your institution for a fresh copy"),
    "untrusted": QT_TRANSLATE_NOOP("ExamFile", "this exam file is signed by a key this computer "
                                   "does not trust (signer {signer})"),
    "untrusted_fix": QT_TRANSLATE_NOOP("ExamFile", "ask your institution for its Invigilo "
                                       "installer or its signing.pub"),
}


@dataclass(frozen=True)
class SignedConfig:
    config_bytes: bytes
    signer: str


def sign(config_bytes: bytes, key: ed25519.Ed25519PrivateKey) -> bytes:
    signer = fingerprint(signing_raw(key.public_key()))
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "signer": signer,
        "config": base64.b64encode(config_bytes).decode(),
        "signature": base64.b64encode(key.sign(DOMAIN + config_bytes)).decode(),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode()


def _field(envelope: dict[str, object], name: str) -> str:
    value = envelope.get(name)
    if not isinstance(value, str):
        raise InvalidInput(TEXT["missing"].format(name=name))
    return value


def _b64(value: str, name: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(TEXT["not_base64"].format(name=name)) from None


def parse(data: bytes) -> tuple[dict[str, object], bytes, bytes]:
    if len(data) > MAX_SIZE:
        raise InvalidInput(TEXT["too_large"])
    try:
        envelope = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput(TEXT["not_signed"], TEXT["open_ours"]) from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise InvalidInput(TEXT["not_ours"], TEXT["open_ours"])
    if envelope.get("version") != VERSION:
        raise InvalidInput(TEXT["version"].format(found=repr(envelope.get("version")),
                                                  version=VERSION), TEXT["update"])
    config = _b64(_field(envelope, "config"), "config")
    signature = _b64(_field(envelope, "signature"), "signature")
    return envelope, config, signature


def verify(data: bytes, anchors: list[ed25519.Ed25519PublicKey]) -> SignedConfig:
    """Return the signed TOML bytes if a trusted key signed them; otherwise say why not."""
    envelope, config, signature = parse(data)
    if not anchors:
        raise InvalidInput(TEXT["no_anchor"], TEXT["no_anchor_fix"])
    for anchor in anchors:
        try:
            anchor.verify(signature, DOMAIN + config)
        except InvalidSignature:
            continue
        return SignedConfig(config, fingerprint(signing_raw(anchor)))
    named = envelope.get("signer")
    known = {fingerprint(signing_raw(a)) for a in anchors}
    if named in known:
        raise InvalidInput(TEXT["altered"], TEXT["altered_fix"])
    raise InvalidInput(TEXT["untrusted"].format(signer=str(named)), TEXT["untrusted_fix"])
