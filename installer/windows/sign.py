"""Authenticode-sign Windows files on Linux with osslsigncode, and verify them.

    python installer/windows/sign.py sign dist/invigilo --pkcs12 cert.pfx --pass-file pw.txt \\
        --timestamp-url http://timestamp.example.com
    python installer/windows/build_msi.py --payload dist/invigilo --out invigilo.msi
    python installer/windows/sign.py sign invigilo.msi --pkcs12 cert.pfx --pass-file pw.txt ...
    python installer/windows/sign.py verify invigilo.msi --ca root.pem

Signs a file, or every unsigned .exe/.dll/.pyd in a folder (files that already carry a vendor's
signature, such as python311.dll or Qt's DLLs, keep it). SHA-256, like signtool's /fd SHA256. A
timestamp keeps signatures valid after the certificate expires: give the CA's RFC 3161 URL, or
for offline tests a time-stamping certificate and key (osslsigncode 2.7 or later). On Windows
use sign-signtool.ps1 instead; see docs/INSTALLERS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

SIGNABLE = (".exe", ".dll", ".pyd", ".msi")
MSG = {
    "tool": "osslsigncode is not installed; on Debian/Ubuntu: apt-get install osslsigncode",
    "failed": "osslsigncode {action} {path} failed:\n{output}",
    "credentials": "give either --pkcs12 or both --certs and --key",
}


class SignError(Exception):
    pass


@dataclass(frozen=True)
class Signer:
    """A code-signing identity and how to timestamp with it."""

    pkcs12: Path | None = None
    certs: Path | None = None
    key: Path | None = None
    password_file: Path | None = None
    description: str = "Invigilo"
    url: str | None = None
    timestamp_url: str | None = None
    tsa_certs: Path | None = None
    tsa_key: Path | None = None

    def arguments(self) -> list[str]:
        if self.pkcs12:
            args = ["-pkcs12", str(self.pkcs12)]
        elif self.certs and self.key:
            args = ["-certs", str(self.certs), "-key", str(self.key)]
        else:
            raise SignError(MSG["credentials"])
        if self.password_file:
            args += ["-readpass", str(self.password_file)]
        args += ["-h", "sha256", "-n", self.description]
        if self.url:
            args += ["-i", self.url]
        if self.timestamp_url:
            args += ["-ts", self.timestamp_url]
        elif self.tsa_certs and self.tsa_key:
            args += ["-TSA-certs", str(self.tsa_certs), "-TSA-key", str(self.tsa_key)]
        return args


def _osslsigncode() -> str:
    found = shutil.which("osslsigncode")
    if not found:
        raise SignError(MSG["tool"])
    return found


def _run(action: str, path: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_osslsigncode(), action, *args], capture_output=True, text=True,
                          check=False)


def is_signed(path: Path) -> bool:
    with tempfile.TemporaryDirectory() as temp:
        done = _run("extract-signature", path, ["-in", str(path), "-out", f"{temp}/sig"])
    return done.returncode == 0


def sign_file(path: Path, signer: Signer) -> None:
    """Sign `path` in place: write the signed copy beside it, then rename over it."""
    temp = path.with_name(path.name + ".signing")
    done = _run("sign", path, [*signer.arguments(), "-in", str(path), "-out", str(temp)])
    if done.returncode != 0:
        temp.unlink(missing_ok=True)
        raise SignError(MSG["failed"].format(action="sign", path=path,
                                             output=(done.stderr + done.stdout).strip()))
    shutil.copymode(path, temp)
    os.replace(temp, path)


def sign(target: Path, signer: Signer) -> list[Path]:
    """Sign a file, or every not yet signed signable file under a folder; return what was signed."""
    if target.is_file():
        sign_file(target, signer)
        return [target]
    signed = []
    for path in sorted(target.rglob("*")):
        if path.is_file() and path.suffix.lower() in SIGNABLE and not is_signed(path):
            sign_file(path, signer)
            signed.append(path)
    return signed


def verify(path: Path, ca: Path, tsa_ca: Path | None = None) -> str:
    """osslsigncode's report for a valid signature chaining to `ca`; SignError otherwise."""
    args = ["-in", str(path), "-CAfile", str(ca)]
    if tsa_ca:
        args += ["-TSA-CAfile", str(tsa_ca)]
    done = _run("verify", path, args)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or "Signature verification: ok" not in output:
        raise SignError(MSG["failed"].format(action="verify", path=path, output=output))
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    s = sub.add_parser("sign", help="sign a file or every unsigned one in a folder")
    s.add_argument("target", type=Path)
    s.add_argument("--pkcs12", type=Path)
    s.add_argument("--certs", type=Path, help="PEM certificate chain, leaf first")
    s.add_argument("--key", type=Path, help="PEM private key")
    s.add_argument("--pass-file", type=Path, help="file holding the key's password")
    s.add_argument("--url", help="publisher URL shown in the signature")
    s.add_argument("--timestamp-url", help="RFC 3161 time-stamping service")
    s.add_argument("--tsa-certs", type=Path, help="offline: time-stamping certificate chain")
    s.add_argument("--tsa-key", type=Path, help="offline: time-stamping key")
    v = sub.add_parser("verify", help="verify a signed file")
    v.add_argument("target", type=Path)
    v.add_argument("--ca", type=Path, required=True, help="root certificate(s) to trust")
    v.add_argument("--tsa-ca", type=Path, help="time-stamping root certificate(s)")
    args = parser.parse_args(argv)
    try:
        if args.action == "sign":
            signer = Signer(args.pkcs12, args.certs, args.key, args.pass_file, url=args.url,
                            timestamp_url=args.timestamp_url, tsa_certs=args.tsa_certs,
                            tsa_key=args.tsa_key)
            for path in sign(args.target, signer):
                print(f"signed {path}")
        else:
            print(verify(args.target, args.ca, args.tsa_ca))
    except SignError as exc:
        print(f"sign: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
