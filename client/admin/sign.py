"""`invigilo admin sign`: validate an exam config, then sign exactly its bytes."""

from __future__ import annotations

import argparse
from pathlib import Path

from client.config.loader import parse_toml
from client.errors import InvalidInput
from client.trust import keys, signed_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("config", type=Path, help="the exam config (TOML)")
    parser.add_argument("--key", type=Path, required=True, help="the institution's signing.key")
    parser.add_argument("--out", type=Path, required=True, help="the signed exam file to write")
    parser.add_argument("--passphrase-file", type=Path, help="passphrase of the signing key")
    parser.add_argument("--recording-pub", type=Path,
                        help="embed this recording.pub as the key sessions are sealed to")


def with_recording_key(source: bytes, pub: Path) -> bytes:
    """Put the recording key at the top of the TOML (a root key must precede every table)."""
    keys.load_recording_public(pub)  # refuses what is not a recording key
    text = pub.read_text().strip()
    return f'recording_key = """\n{text}\n"""\n\n'.encode() + source


def run(args: argparse.Namespace) -> int:
    try:
        source = args.config.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {args.config} ({exc.strerror})") from None
    if args.recording_pub is not None:
        if parse_toml(source).recording_key:
            raise InvalidInput(f"{args.config} already names a recording key",
                               "leave out --recording-pub, or remove recording_key from the file")
        source = with_recording_key(source, args.recording_pub)
    config = parse_toml(source)  # never sign what the client would refuse
    if config.exam.not_after <= config.exam.not_before:
        raise InvalidInput("exam.not_after must be later than exam.not_before")
    key = keys.load_signing_private(args.key, keys.read_passphrase(args.passphrase_file))
    args.out.write_bytes(signed_config.sign(source, key))
    print(f"Signed '{config.exam.title}' ({config.exam.id}) into {args.out}")
    return 0
