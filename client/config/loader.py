"""Opening an exam: trust anchors, signature, schema and validity window, in that order.

A config is used only when a trusted institution key signed it and now is inside its validity
window. Trust anchors (Ed25519 `*.pub` files) come from, in order: `--trust` / INVIGILO_TRUST, the
install folder's `trust/`, and the user's config folder's `trust/`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import tomllib
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519

from client import paths
from client.config.schema import ExamConfig
from client.config.validate import ConfigError, load
from client.errors import InvalidInput
from client.i18n import QT_TRANSLATE_NOOP
from client.trust import keys, signed_config

# Every sentence a person sees, marked for translation (client/i18n.py): the app shows them in
# the candidate's language, the command line in English.
TEXT = {
    "not_utf8": QT_TRANSLATE_NOOP("ExamFile", "the exam config is not UTF-8 text"),
    "not_toml": QT_TRANSLATE_NOOP("ExamFile", "the exam config is not valid TOML: {error}"),
    "not_open_yet": QT_TRANSLATE_NOOP("ExamFile", "this exam opens on "
                                      "{when:%Y-%m-%d %H:%M %Z}"),
    "not_open_yet_fix": QT_TRANSLATE_NOOP("ExamFile", "come back then; check your computer's "
                                          "clock if that looks wrong"),
    "closed": QT_TRANSLATE_NOOP("ExamFile", "this exam closed on {when:%Y-%m-%d %H:%M %Z}"),
    "closed_fix": QT_TRANSLATE_NOOP("ExamFile", "ask your institution for a current exam file"),
    "window_backwards": QT_TRANSLATE_NOOP("ExamFile", "must be later than exam.not_before"),
    "link_damaged": QT_TRANSLATE_NOOP("ExamFile", "this invigilo:// link is damaged"),
    "link_unknown": QT_TRANSLATE_NOOP("ExamFile", "this invigilo:// link is not one Invigilo "
                                      "understands"),
    "missing": QT_TRANSLATE_NOOP("ExamFile", "the exam file {path} does not exist"),
    "unreadable": QT_TRANSLATE_NOOP("ExamFile", "the exam file {path} cannot be read ({why})"),
    "recording_key": QT_TRANSLATE_NOOP("ExamFile", "the exam's recording_key"),
    "no_recording_key": QT_TRANSLATE_NOOP("ExamFile", "this exam file names no recording key, "
                                          "so nothing could be recorded safely"),
    "no_recording_key_fix": QT_TRANSLATE_NOOP("ExamFile", "ask the institution for an exam "
                                              "file signed with its recording key ('invigilo "
                                              "admin sign --recording-pub')"),
}


@dataclass(frozen=True)
class Exam:
    config: ExamConfig
    signer: str
    source: bytes  # the signed envelope, kept so a session can record exactly what it ran


def parse_toml(config_bytes: bytes) -> ExamConfig:
    try:
        text = config_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(TEXT["not_utf8"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(TEXT["not_toml"].format(error=str(exc))) from None
    return load(ExamConfig, data)


def branded_exclusive() -> bool:
    """True in an institution's build (`invigilo admin brand`): only its embedded anchors count.

    Otherwise a candidate could be talked into trusting another key (a --trust shortcut, a file
    in their config folder) and be fed someone else's exam. A damaged marker counts as exclusive.
    """
    marker = paths.install_dir() / "branding" / "branding.json"
    if not marker.is_file():
        return False
    try:
        return bool(json.loads(marker.read_bytes()).get("exclusive_trust", True))
    except (OSError, ValueError, AttributeError):
        return True


def anchor_files(extra: list[Path] | None = None) -> list[Path]:
    found: list[Path] = []
    if branded_exclusive():
        return sorted((paths.install_dir() / "trust").glob("*.pub"))
    sources = list(extra or [])
    env = os.environ.get("INVIGILO_TRUST")
    if env:
        sources += [Path(p) for p in env.split(os.pathsep) if p]
    sources += [paths.install_dir() / "trust", paths.user_config_dir() / "trust"]
    for source in sources:
        if source.is_dir():
            found += sorted(source.glob("*.pub"))
        elif source.exists() or source in (extra or []):
            found.append(source)
    return found


def trust_anchors(extra: list[Path] | None = None) -> list[ed25519.Ed25519PublicKey]:
    return [keys.load_signing_public(p) for p in anchor_files(extra)]


def check_window(config: ExamConfig, now: dt.datetime) -> None:
    if config.exam.not_after <= config.exam.not_before:
        raise ConfigError("exam.not_after", TEXT["window_backwards"])
    if now < config.exam.not_before:
        raise InvalidInput(TEXT["not_open_yet"].format(when=config.exam.not_before),
                           TEXT["not_open_yet_fix"])
    if now > config.exam.not_after:
        raise InvalidInput(TEXT["closed"].format(when=config.exam.not_after),
                           TEXT["closed_fix"])


def open_exam(data: bytes, *, trust: list[Path] | None = None,
              now: dt.datetime | None = None,
              anchors: list[ed25519.Ed25519PublicKey] | None = None) -> Exam:
    signed = signed_config.verify(data, anchors if anchors is not None else trust_anchors(trust))
    config = parse_toml(signed.config_bytes)
    check_window(config, now or dt.datetime.now(dt.UTC))
    return Exam(config, signed.signer, data)


def read_exam_source(where: str, *, ca_pem: str = "") -> bytes:
    """Bytes of an exam from a file path, an https:// address or an `invigilo://` link.

    Links: `invigilo://open?file=/path/EXAM.invigilo`, `invigilo://open?url=https://...` or
    `invigilo://exam/<base64url envelope>`. `ca_pem` adds a trusted CA for https (tests).
    """
    if where.lower().startswith(("https://", "http://")):
        from client.config.fetch import fetch_exam

        return fetch_exam(where, ca_pem=ca_pem)
    if where.startswith("invigilo:"):
        link = urllib.parse.urlparse(where)
        if link.netloc == "exam":
            try:
                token = link.path.lstrip("/")
                return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            except (binascii.Error, ValueError):
                raise InvalidInput(TEXT["link_damaged"]) from None
        query = urllib.parse.parse_qs(link.query)
        if link.netloc == "open" and query.get("url"):
            return read_exam_source(query["url"][0], ca_pem=ca_pem)
        if link.netloc == "open" and query.get("file"):
            where = query["file"][0]
        else:
            raise InvalidInput(TEXT["link_unknown"])
    path = Path(where)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(TEXT["missing"].format(path=str(path))) from None
    except OSError as exc:
        raise InvalidInput(TEXT["unreadable"].format(path=str(path), why=exc.strerror)) from None


def open_exam_file(where: str | Path, *, trust: list[Path] | None = None,
                   now: dt.datetime | None = None) -> Exam:
    return open_exam(read_exam_source(str(where)), trust=trust, now=now)


def recording_recipient(exam: Exam, practice_keys: Path | None = None) -> keys.RecordingPublicKey:
    """The key this exam's sessions are sealed to: from the signed config, or practice keys."""
    if exam.config.recording_key:
        return keys.parse_recording_public(exam.config.recording_key.encode(),
                                           TEXT["recording_key"])
    if exam.config.exam.practice and practice_keys is not None:
        return keys.load_recording_public(practice_keys / "recording.pub")
    raise InvalidInput(TEXT["no_recording_key"], TEXT["no_recording_key_fix"])
