"""Which backend a session goes to: the exam file given on the command line, a hand-in folder,
or the signed exam each session recorded (exam.invigilo in its folder).

The exam's validity window is deliberately not checked here: uploading must still work after
the exam has closed. The signature is: an unsigned or altered exam file could send recordings
anywhere. A practice session's exam is trusted with this computer's practice key, and only when
that exam says it is a practice exam.
"""

from __future__ import annotations

from pathlib import Path

from client.config import loader, practice
from client.config.schema import Backend, ExamConfig
from client.errors import InvalidInput
from client.trust import keys, signed_config

NO_EXAM = ("session {session} has no exam file, so Invigilo does not know where to upload it")
NO_EXAM_FIX = "give the exam file with --config, or hand it in with --to-folder DIR"


def exam_config(data: bytes, trust: list[Path] | None = None) -> ExamConfig:
    """A signed exam's config, signature checked against the trust anchors, window not checked."""
    anchors = loader.trust_anchors(trust)
    try:
        return loader.parse_toml(signed_config.verify(data, anchors).config_bytes)
    except InvalidInput:
        practice_pub = practice.practice_keys_dir() / "signing.pub"
        if not practice_pub.is_file():
            raise
        signed = signed_config.verify(data, [keys.load_signing_public(practice_pub)])
        config = loader.parse_toml(signed.config_bytes)
        if not config.exam.practice:
            raise
        return config


def folder_backend(folder: Path) -> Backend:
    return Backend(transport="folder", folder=str(folder.expanduser().resolve()),
                   rate_limit_kbps=0)


def session_backend(session: Path, trust: list[Path] | None = None) -> Backend:
    path = session / "exam.invigilo"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(NO_EXAM.format(session=session.name), NO_EXAM_FIX) from None
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read ({exc.strerror})", NO_EXAM_FIX) from None
    return exam_config(data, trust).backend
