"""The Windows MSI built on Linux with wixl, signed and verified with osslsigncode.

The payload's executables are real Windows PE files (the launchers pip ships), so signing them
exercises the same Authenticode path as the frozen invigilo.exe; the MSI is inspected table by table
with msitools and unpacked again to compare every byte.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pip
import pytest

from installer.windows import build_msi, sign
from tests.installer.certs import Pki, make_pki

LAUNCHERS = Path(pip.__file__).parent / "_vendor" / "distlib"


def osslsigncode_has_builtin_tsa() -> bool:
    out = subprocess.run(["osslsigncode", "--version"], capture_output=True, text=True).stdout
    major, minor = map(int, re.search(r"osslsigncode (\d+)\.(\d+)", out).groups())  # type: ignore[union-attr]
    return (major, minor) >= (2, 7)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def payload(tmp_path: Path) -> Path:
    folder = tmp_path / "invigilo"
    (folder / "_internal" / "trust").mkdir(parents=True)
    shutil.copy(LAUNCHERS / "w64.exe", folder / "invigilo.exe")
    shutil.copy(LAUNCHERS / "t64.exe", folder / "invigilo-cli.exe")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (folder / "_internal" / "trust" / "anchor.pub").write_text("-----BEGIN PUBLIC KEY-----\n")
    return folder


def signer_for(pki: Pki) -> sign.Signer:
    if osslsigncode_has_builtin_tsa():
        return sign.Signer(pkcs12=pki.pfx, password_file=pki.pfx_password,
                           tsa_certs=pki.tsa_certs, tsa_key=pki.tsa_key)
    return sign.Signer(certs=pki.certs, key=pki.key)


def msi_table(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), table], capture_output=True, text=True,
                         check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


def test_signed_payload_msi_round_trip(pki: Pki, payload: Path, tmp_path: Path) -> None:
    signer = signer_for(pki)
    signed = sign.sign(payload, signer)
    assert sorted(p.name for p in signed) == ["invigilo-cli.exe", "invigilo.exe"]
    for exe in signed:
        report = sign.verify(exe, pki.ca, pki.ca if signer.tsa_key else None)
        assert "Invigilo Test Publisher" in report
    assert sign.sign(payload, signer) == []  # already signed files keep their signature

    msi = build_msi.build(payload, tmp_path / "out" / "invigilo.msi")
    sign.sign(msi, signer)
    report = sign.verify(msi, pki.ca, pki.ca if signer.tsa_key else None)
    if signer.tsa_key:
        assert "Timestamp Server Signature verification: ok" in report

    properties = dict(row[:2] for row in msi_table(msi, "Property"))
    assert properties["ALLUSERS"] == "1"  # per machine
    assert "EXAM_CONFIG" in properties["SecureCustomProperties"].split(";")
    assert properties["ProductVersion"] == build_msi.msi_version()
    registry = {(row[2], row[3]): row[4] for row in msi_table(msi, "Registry")}
    command = '"[INSTALLDIR]invigilo.exe" app "%1"'
    assert registry[("Software\\Classes\\.invigilo", "")] == "Invigilo.Exam"
    assert registry[("Software\\Classes\\Invigilo.Exam\\shell\\open\\command", "")] == command
    assert registry[("Software\\Classes\\invigilo", "URL Protocol")] == ""
    assert registry[("Software\\Classes\\invigilo\\shell\\open\\command", "")] == command
    assert registry[("Software\\Invigilo", "ExamConfig")] == "[EXAM_CONFIG]"
    assert all(row[1] == "2" for row in msi_table(msi, "Registry"))  # HKLM, not the user's

    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(["msiextract", "-C", str(unpacked), str(msi)], check=True,
                   capture_output=True)
    installed = next(unpacked.rglob("invigilo.exe")).parent
    for original in payload.rglob("*"):
        if original.is_file():
            copy = installed / original.relative_to(payload)
            assert copy.read_bytes() == original.read_bytes(), original


def test_tampered_msi_fails_verification(pki: Pki, payload: Path, tmp_path: Path) -> None:
    msi = build_msi.build(payload, tmp_path / "invigilo.msi")
    sign.sign(msi, sign.Signer(certs=pki.certs, key=pki.key))
    sign.verify(msi, pki.ca)
    data = bytearray(msi.read_bytes())
    data[len(data) // 2] ^= 0xFF
    msi.write_bytes(bytes(data))
    with pytest.raises(sign.SignError):
        sign.verify(msi, pki.ca)


def test_signature_from_an_untrusted_root_fails(pki: Pki, payload: Path, tmp_path: Path) -> None:
    other = make_pki(tmp_path / "other")
    exe = payload / "invigilo.exe"
    sign.sign(exe, sign.Signer(certs=other.certs, key=other.key))
    with pytest.raises(sign.SignError):
        sign.verify(exe, pki.ca)


def test_payload_without_the_app_is_refused(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    with pytest.raises(build_msi.BuildError, match=r"has no invigilo\.exe"):
        build_msi.build(tmp_path / "p", tmp_path / "x.msi")
    assert not (tmp_path / "x.msi").exists()


@pytest.mark.parametrize("bad", ["1.2", "1.2.3.4.5", "v1.2.3", "1.2.3-beta"])
def test_msi_versions_are_numbers(bad: str) -> None:
    with pytest.raises(build_msi.BuildError):
        build_msi.msi_version(bad)
