"""Arguments shared by the tools that open a recorded session with the recording key."""

from __future__ import annotations

import argparse
from pathlib import Path

from client.trust import keys
from client.trust.keys import RecordingPrivateKey


def add_session_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", type=Path, help="the session folder (holds session.json)")
    parser.add_argument("--key", type=Path, required=True, help="the institution's recording.key")
    parser.add_argument("--passphrase-file", type=Path, help="passphrase of the recording key")


def recording_key(args: argparse.Namespace) -> RecordingPrivateKey:
    return keys.load_recording_private(args.key, keys.read_passphrase(args.passphrase_file))
