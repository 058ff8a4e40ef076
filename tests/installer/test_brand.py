"""`invigilo admin brand`: what a branded build embeds, and every way its inputs are refused."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from client.admin import brand
from client.cli import main
from client.config.loader import open_exam
from client.trust import keys
from tests.installer.helpers import institution, png, signed_exam


@pytest.fixture(scope="module")
def inst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return institution(tmp_path_factory.mktemp("keys"))


def brand_cli(*args: str | Path) -> int:
    return main(["admin", "brand", *map(str, args)])


def test_writes_anchor_branding_logo_and_exam(inst: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(128, 64))
    exam = signed_exam(inst, tmp_path / "exam.invigilo")
    out = tmp_path / "brand"
    assert brand_cli("--trust", inst / "signing.pub", "--name", "  Hochschule Süd  ",
                     "--logo", logo, "--config", exam, "--out", out) == 0

    anchor = keys.load_signing_public(inst / "signing.pub")
    signer = keys.fingerprint(keys.signing_raw(anchor))
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "branding/branding.json", "branding/default.invigilo", "branding/logo.png",
        f"trust/{signer}.pub"]
    assert (out / "trust" / f"{signer}.pub").read_bytes() == (inst / "signing.pub").read_bytes()
    record = json.loads((out / "branding" / "branding.json").read_text())
    assert record["institution"] == "Hochschule Süd" and record["signer"] == signer

    found = brand.read_branding(out / "branding")
    assert found is not None and found.institution == "Hochschule Süd"
    assert found.logo == out / "branding" / "logo.png" and found.exclusive_trust
    # The embedded anchor is exactly what opens the embedded exam.
    opened = open_exam(found.default_exam.read_bytes(),  # type: ignore[union-attr]
                       trust=[out / "trust"])
    assert opened.signer == signer


def test_name_only_build(inst: Path, tmp_path: Path) -> None:
    out = tmp_path / "brand"
    assert brand_cli("--trust", inst / "signing.pub", "--name", "Lab", "--out", out) == 0
    found = brand.read_branding(out / "branding")
    assert found is not None and found.logo is None and found.default_exam is None


def test_exam_signed_by_another_institution_is_refused(inst: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    other = institution(tmp_path / "other")
    exam = signed_exam(other, tmp_path / "exam.invigilo")
    out = tmp_path / "brand"
    assert brand_cli("--trust", inst / "signing.pub", "--name", "X", "--config", exam,
                     "--out", out) == 1
    assert "is not signed by the trust anchor" in capsys.readouterr().err
    assert not out.exists()


def test_altered_exam_is_refused(inst: Path, tmp_path: Path) -> None:
    exam = signed_exam(inst, tmp_path / "exam.invigilo")
    envelope = json.loads(exam.read_text())
    envelope["config"] = envelope["config"][:-8] + "AAAAAAA="
    exam.write_text(json.dumps(envelope))
    with pytest.raises(brand.InvalidInput, match="not signed by the trust anchor"):
        brand.make_build_inputs(inst / "signing.pub", "X", tmp_path / "o", config=exam)


def test_closed_exam_is_refused(inst: Path, tmp_path: Path) -> None:
    exam = signed_exam(inst, tmp_path / "exam.invigilo", not_after="2002-01-01T00:00:00Z")
    with pytest.raises(brand.InvalidInput, match="closed on 2002-01-01"):
        brand.make_build_inputs(inst / "signing.pub", "X", tmp_path / "o", config=exam)
    assert not (tmp_path / "o").exists()


def test_not_an_exam_file_is_refused(inst: Path, tmp_path: Path) -> None:
    exam = tmp_path / "exam.invigilo"
    exam.write_text("[exam]\nid = 'x'\n")
    with pytest.raises(brand.InvalidInput, match="not an Invigilo exam file"):
        brand.make_build_inputs(inst / "signing.pub", "X", tmp_path / "o", config=exam)


def test_recording_key_is_not_a_trust_anchor(inst: Path, tmp_path: Path) -> None:
    with pytest.raises(brand.InvalidInput, match="not an Ed25519 public signing key"):
        brand.make_build_inputs(inst / "recording.pub", "X", tmp_path / "o")


@pytest.mark.parametrize("name", ["", "   ", "A\nB", "x" * 201, "Uni\u202eversity"])
def test_bad_names_are_refused(inst: Path, tmp_path: Path, name: str) -> None:
    with pytest.raises(brand.InvalidInput):
        brand.make_build_inputs(inst / "signing.pub", name, tmp_path / "o")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("data", "why"), [
    (b"GIF89a" + bytes(100), "not a PNG"),
    (png(64, 64)[:-20], "damaged"),
    (png(64, 64).replace(b"IEND", b"IENX"), "damaged"),
    (png(8, 8), "8x8 pixels"),
    (png(4096, 16), "4096x16 pixels"),
    (b"\x89PNG\r\n\x1a\n" + bytes(3 * 1024 * 1024), "larger than 2 MB"),
])
def test_bad_logos_are_refused(inst: Path, tmp_path: Path, data: bytes, why: str) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(data)
    with pytest.raises(brand.InvalidInput, match=why):
        brand.make_build_inputs(inst / "signing.pub", "X", tmp_path / "o", logo=logo)
    assert not (tmp_path / "o").exists()


def test_png_whose_data_is_short_is_refused() -> None:
    good = png(32, 32)
    idat = good.index(b"IDAT")
    short = zlib.compress(b"\x00" * 10)
    body = b"IDAT" + short
    chunk = struct.pack(">I", len(short)) + body + struct.pack(">I", zlib.crc32(body))
    length = struct.unpack(">I", good[idat - 4:idat])[0]
    bad = good[:idat - 4] + chunk + good[idat + 4 + length + 4:]
    with pytest.raises(brand._PngError, match="incomplete"):
        brand.png_size(bad)


def test_existing_output_is_kept_unless_forced(inst: Path, tmp_path: Path) -> None:
    out = tmp_path / "brand"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(brand.InvalidInput, match="already exists"):
        brand.make_build_inputs(inst / "signing.pub", "X", out)
    assert (out / "keep.txt").read_text() == "mine"
    brand.make_build_inputs(inst / "signing.pub", "Y", out, force=True)
    assert not (out / "keep.txt").exists()
    assert brand.read_branding(out / "branding").institution == "Y"  # type: ignore[union-attr]
    assert [p.name for p in tmp_path.iterdir()] == ["brand"]  # no staging folders left


def test_damaged_branding_file_is_reported(tmp_path: Path) -> None:
    assert brand.read_branding(tmp_path) is None
    (tmp_path / "branding.json").write_text('{"format": "invigilo-branding", "version": 1, '
                                            '"institution": "X", "signer": "s", '
                                            '"logo": "../../etc/passwd"}')
    with pytest.raises(brand.InvalidInput, match="damaged"):
        brand.read_branding(tmp_path)


@settings(max_examples=40, deadline=None)
@given(w=st.integers(1, 300), h=st.integers(1, 300), channels=st.sampled_from([1, 3, 4]),
       level=st.integers(0, 9))
def test_png_size_reads_what_opencv_writes(w: int, h: int, channels: int, level: int) -> None:
    image = np.full((h, w, channels), 127, np.uint8)
    ok, data = cv2.imencode(".png", image, [cv2.IMWRITE_PNG_COMPRESSION, level])
    assert ok
    assert brand.png_size(data.tobytes()) == (w, h)


@settings(max_examples=60, deadline=None)
@given(w=st.integers(1, 64), h=st.integers(1, 64), colour=st.sampled_from([0, 2, 3, 4, 6]),
       cut=st.integers(1, 10_000))
def test_any_truncated_png_is_refused(w: int, h: int, colour: int, cut: int) -> None:
    data = png(w, h, colour=colour)
    assert brand.png_size(data) == (w, h)
    with pytest.raises(brand._PngError):
        brand.png_size(data[:-(cut % (len(data) - 8) + 1)])


@settings(max_examples=60, deadline=None)
@given(position=st.integers(8, 10_000), flip=st.integers(1, 255))
def test_any_altered_byte_is_refused(position: int, flip: int) -> None:
    data = bytearray(png(20, 10))
    data[position % (len(data) - 8) + 8] ^= flip
    with pytest.raises(brand._PngError):
        brand.png_size(bytes(data))


def test_deployed_exam_on_linux(tmp_path: Path) -> None:
    assert brand.deployed_exam("Linux", tmp_path) is None
    setting = tmp_path / "etc" / "invigilo" / "exam-config"
    setting.parent.mkdir(parents=True)
    setting.write_text("# written by IT\n\n  https://exams.example.edu/final.invigilo  \n")
    assert brand.deployed_exam("Linux", tmp_path) == "https://exams.example.edu/final.invigilo"
    setting.write_text("# nothing deployed\n")
    assert brand.deployed_exam("Linux", tmp_path) is None
    setting.write_bytes(b"\xff\xfe bad")
    with pytest.raises(brand.InvalidInput, match="cannot be read"):
        brand.deployed_exam("Linux", tmp_path)


def test_deployed_exam_on_macos_prefers_the_mdm(tmp_path: Path) -> None:
    import plistlib

    managed, local = (tmp_path / p for p in brand.MACOS_PLISTS)
    local.parent.mkdir(parents=True)
    local.write_bytes(plistlib.dumps({"ExamConfig": "/Users/Shared/local.invigilo"}))
    assert brand.deployed_exam("Darwin", tmp_path) == "/Users/Shared/local.invigilo"
    managed.parent.mkdir(parents=True)
    managed.write_bytes(plistlib.dumps({"ExamConfig": "invigilo://exam/abc"},
                                       fmt=plistlib.FMT_BINARY))
    assert brand.deployed_exam("Darwin", tmp_path) == "invigilo://exam/abc"
    managed.write_text("not a plist")
    with pytest.raises(brand.InvalidInput, match="cannot be read"):
        brand.deployed_exam("Darwin", tmp_path)


def test_profile_setting_is_what_the_app_reads(tmp_path: Path) -> None:
    """The MDM profile's forced preference, as macOS writes it to Managed Preferences."""
    import plistlib

    from installer.macos import make_profile

    requirement = 'identifier "org.invigilo.client" and anchor apple generic'
    profile = make_profile.make_profile(requirement, "U", "https://e.example/x.invigilo")
    forced = profile["PayloadContent"][1]["PayloadContent"]["org.invigilo.client"]["Forced"]
    managed = tmp_path / brand.MACOS_PLISTS[0]
    managed.parent.mkdir(parents=True)
    managed.write_bytes(plistlib.dumps(forced[0]["mcx_preference_settings"]))
    assert brand.deployed_exam("Darwin", tmp_path) == "https://e.example/x.invigilo"
