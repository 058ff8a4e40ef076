"""Practice mode: the built-in demo exam, signed with practice keys made on this computer.

Practice keys live in the user's data folder and are trusted only for practice, so nothing outside
the machine is needed; everything a practice session produces is clearly marked as practice.
"""

from __future__ import annotations

from pathlib import Path

from client import paths
from client.config.loader import Exam, open_exam
from client.trust import keys, signed_config


def practice_keys_dir() -> Path:
    return paths.user_data_dir() / "practice-keys"


def ensure_practice_keys(folder: Path | None = None) -> Path:
    folder = folder or practice_keys_dir()
    if not (folder / "signing.key").exists():
        keys.generate(folder, overwrite=True)
    return folder


def practice_exam(folder: Path | None = None) -> tuple[Exam, Path]:
    """The demo exam signed with the practice keys; returns it and the keys' folder."""
    folder = ensure_practice_keys(folder)
    source = paths.resource("demo-exam.toml").read_bytes()
    envelope = signed_config.sign(source, keys.load_signing_private(folder / "signing.key"))
    (folder / "practice.invigilo").write_bytes(envelope)
    anchor = keys.load_signing_public(folder / "signing.pub")
    return open_exam(envelope, anchors=[anchor]), folder
