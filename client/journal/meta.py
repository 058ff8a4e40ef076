"""`session.json`: the plain record of a session that the uploader and the verifier need.

It holds no secret: each epoch's data key is in it only sealed to the institution. A new epoch
starts whenever a writer opens the session (first start, or continuing after a crash), so no key
ever has to be kept on the candidate's disk to continue a session.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from client.errors import InvalidInput
from client.journal.atomic import write_atomic
from client.journal.errors import TEXT

FORMAT = "invigilo-session"
VERSION = 1
FILENAME = "session.json"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Epoch:
    epoch: int
    started: str
    sealed_key: str  # base64 of HPKE enc || ciphertext

    @property
    def sealed(self) -> bytes:
        return base64.b64decode(self.sealed_key)


@dataclass
class SessionMeta:
    session_id: str
    exam_id: str
    candidate_id: str
    created: str
    recipient_kem: str
    recipient_fingerprint: str
    hpke_suite: str
    practice: bool = False
    exam_title: str = ""
    institution: str = ""
    streams: dict[str, str] = field(default_factory=dict)
    epochs: list[Epoch] = field(default_factory=list)
    finished: str | None = None
    format: str = FORMAT
    version: int = VERSION

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    @property
    def session_bytes(self) -> bytes:
        return bytes.fromhex(self.session_id)

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), indent=1, sort_keys=True) + "\n").encode()

    def save(self, folder: Path) -> None:
        write_atomic(folder / FILENAME, self.to_json())

    @classmethod
    def load(cls, folder: Path) -> SessionMeta:
        path = folder / FILENAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InvalidInput(TEXT["no_session"].format(folder=str(folder), name=FILENAME),
                               TEXT["no_session_fix"]) from None
        except OSError as exc:
            raise InvalidInput(TEXT["unreadable"].format(path=str(path), why=exc.strerror)) \
                from None
        return cls.from_json(raw, path)

    @classmethod
    def from_json(cls, raw: bytes, path: Path | str = FILENAME) -> SessionMeta:
        try:
            data: Any = json.loads(raw)
            if data.get("format") != FORMAT:
                raise InvalidInput(TEXT["not_session"].format(path=str(path)))
            if data.get("version") != VERSION:
                raise InvalidInput(TEXT["version"].format(path=str(path),
                                                          found=repr(data.get("version")),
                                                          version=VERSION), TEXT["update"])
            data["epochs"] = [Epoch(**e) for e in data.get("epochs", [])]
            meta = cls(**data)
            if len(bytes.fromhex(meta.session_id)) != 16:
                raise ValueError("session id")
            for epoch in meta.epochs:
                base64.b64decode(epoch.sealed_key, validate=True)
            return meta
        except InvalidInput:
            raise
        except (ValueError, TypeError, AttributeError, binascii.Error):
            raise InvalidInput(TEXT["damaged"].format(path=str(path))) from None
