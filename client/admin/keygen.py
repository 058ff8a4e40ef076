"""`invigilo admin keygen`: the institution's two key pairs."""

from __future__ import annotations

import argparse
from pathlib import Path

from client.trust import keys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="folder for the four key files")
    parser.add_argument("--pq", action="store_true",
                        help="recording key with the hybrid post-quantum KEM (ML-KEM-768 + X25519)")
    parser.add_argument("--passphrase-file", type=Path,
                        help="encrypt the private keys with the passphrase in this file")


def run(args: argparse.Namespace) -> int:
    passphrase = keys.read_passphrase(args.passphrase_file)
    written = keys.generate(args.out, pq=args.pq, passphrase=passphrase)
    recording = keys.load_recording_public(written["recording.pub"])
    signing = keys.fingerprint(keys.signing_raw(keys.load_signing_public(written["signing.pub"])))
    locked = " (passphrase-protected)" if passphrase else ""
    print(f"Keys written to {args.out}:")
    print(f"  signing.key    private: signs exam configs; keep it offline{locked}")
    print(f"  signing.pub    trust anchor for candidates' apps, fingerprint {signing}")
    print(f"  recording.key  private: opens recordings; keep it secret{locked}")
    print(f"  recording.pub  {recording.kem} key that recordings are sealed to, "
          f"fingerprint {recording.fingerprint}")
    return 0
