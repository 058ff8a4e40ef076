"""`invigilo admin brand`: the build inputs that make an installer the institution's own.

An institution's build embeds its signing public key as the only trust anchor in the program
folder, its name and logo, and optionally a default exam, so a candidate who installs it opens that
institution's exams and no one else's. Everything is checked before anything is written (the
anchor is an Ed25519 key, the exam is signed by exactly that key and not already closed, the logo is
a complete, sane PNG), then the folder appears in one rename, so a mistake never leaves half an
output behind. `build.spec` picks the folder up from the INVIGILO_BRAND environment variable.

Output layout (also what the frozen app finds in `client.paths.install_dir()`):

    OUT/trust/<fingerprint>.pub      the anchor, as given
    OUT/branding/branding.json       {"format": "invigilo-branding", "version": 1, "institution",
                                      "logo", "default_exam", "signer", "exclusive_trust"}
    OUT/branding/logo.png            when --logo was given
    OUT/branding/default.invigilo    when --config was given
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import struct
import sys
import tempfile
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

from client.errors import InvalidInput
from client.i18n import QT_TRANSLATE_NOOP

FORMAT = "invigilo-branding"
VERSION = 1
BRANDING_FILE = "branding.json"
LOGO_FILE = "logo.png"
EXAM_FILE = "default.invigilo"
MAX_NAME = 200
MAX_LOGO_BYTES = 2 * 1024 * 1024
LOGO_SIDE = (16, 2048)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# colour type -> (allowed bit depths, samples per pixel)
_PNG_COLOUR = {0: ((1, 2, 4, 8, 16), 1), 2: ((8, 16), 3), 3: ((1, 2, 4, 8), 1),
               4: ((8, 16), 2), 6: ((8, 16), 4)}

# Every message a person sees, in one place for translation. The ones the candidate app shows
# (a damaged branding or deployment) are marked for it (client/i18n.py); the rest are for the
# admin at a terminal.
MSG = {
    "name_empty": "the institution name is empty",
    "name_long": f"the institution name is longer than {MAX_NAME} characters",
    "name_control": "the institution name contains control characters (such as line breaks)",
    "name_remedy": "give the name as candidates should see it, on one line",
    "logo_big": "the logo {path} is larger than 2 MB",
    "logo_not_png": "the logo {path} is not a PNG image",
    "logo_damaged": "the logo {path} is a damaged PNG ({why})",
    "logo_side": "the logo {path} is {w}x{h} pixels; each side must be 16 to 2048 pixels",
    "logo_remedy": "export the logo as a PNG of at most 2048x2048 pixels (512x512 is plenty)",
    "exam_unsigned": "the exam {path} is not signed by the trust anchor {anchor}",
    "exam_unsigned_remedy": "sign it with the signing.key that belongs to this signing.pub "
                            "('invigilo admin sign')",
    "exam_closed": "the exam {path} closed on {when:%Y-%m-%d %H:%M %Z}; an installer with it "
                   "would open nothing",
    "exam_closed_remedy": "sign a config with a later exam.not_after, or leave --config out",
    "out_exists": "{path} already exists and is not empty",
    "out_exists_remedy": "choose a new folder, or add --force to replace it",
    "out_file": "{path} is a file, not a folder",
    "branding_damaged": QT_TRANSLATE_NOOP("Branding", "the branding file {path} is damaged "
                                          "({why})"),
    "branding_remedy": QT_TRANSLATE_NOOP("Branding", "make the build inputs again with "
                                         "'invigilo admin brand'"),
    "deployed_damaged": QT_TRANSLATE_NOOP("Branding", "the deployed exam setting {path} cannot "
                                          "be read ({why})"),
    "deployed_remedy": QT_TRANSLATE_NOOP("Branding", "ask your IT department to check the "
                                         "Invigilo deployment"),
    "done": "Build inputs for {name} written to {out}\n  trust anchor {signer}{extra}\n"
            "Build the installer with: INVIGILO_BRAND={out} pyinstaller build.spec",
}


@dataclass(frozen=True)
class Branding:
    """What the candidate app shows and trusts in a branded build."""

    institution: str
    signer: str
    logo: Path | None
    default_exam: Path | None
    exclusive_trust: bool


class _PngError(Exception):
    pass


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust", type=Path, required=True, metavar="SIGNING.PUB",
                        help="the institution's signing.pub from 'invigilo admin keygen'")
    parser.add_argument("--name", required=True, help="the institution's name as candidates see it")
    parser.add_argument("--logo", type=Path, help="a PNG logo (16 to 2048 pixels a side)")
    parser.add_argument("--config", type=Path, metavar="EXAM.invigilo",
                        help="a default exam, signed with the matching signing.key")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (must not exist)")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")


def run(args: argparse.Namespace) -> int:
    branding = make_build_inputs(args.trust, args.name, args.out, logo=args.logo,
                                 config=args.config, force=args.force)
    extra = "".join(f"\n  {what} {path.name}" for what, path in
                    (("logo", branding.logo), ("default exam", branding.default_exam)) if path)
    print(MSG["done"].format(name=branding.institution, out=args.out, signer=branding.signer,
                             extra=extra))
    return 0


def make_build_inputs(trust: Path, name: str, out: Path, *, logo: Path | None = None,
                      config: Path | None = None, force: bool = False,
                      now: dt.datetime | None = None) -> Branding:
    """Validate everything, then write OUT in one rename; return what was written."""
    from client.trust import keys

    anchor = keys.load_signing_public(trust)
    signer = keys.fingerprint(keys.signing_raw(anchor))
    institution = check_name(name)
    logo_bytes = check_logo(logo) if logo else None
    exam_bytes = check_exam(config, anchor, signer, now) if config else None
    _check_out(out, force)
    record = {
        "format": FORMAT, "version": VERSION, "institution": institution, "signer": signer,
        "logo": LOGO_FILE if logo_bytes else None,
        "default_exam": EXAM_FILE if exam_bytes else None,
        "exclusive_trust": True,
    }
    files = {Path("trust") / f"{signer}.pub": trust.read_bytes(),
             Path("branding") / BRANDING_FILE: (json.dumps(record, indent=1) + "\n").encode()}
    if logo_bytes:
        files[Path("branding") / LOGO_FILE] = logo_bytes
    if exam_bytes:
        files[Path("branding") / EXAM_FILE] = exam_bytes
    _write_folder(out, files, force)
    return read_branding(out / "branding")  # type: ignore[return-value]


def check_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise InvalidInput(MSG["name_empty"], MSG["name_remedy"])
    if len(name) > MAX_NAME:
        raise InvalidInput(MSG["name_long"], MSG["name_remedy"])
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        raise InvalidInput(MSG["name_control"], MSG["name_remedy"])
    return name


def check_logo(path: Path) -> bytes:
    data = _read(path)
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInput(MSG["logo_big"].format(path=path), MSG["logo_remedy"])
    if not data.startswith(_PNG_SIGNATURE):
        raise InvalidInput(MSG["logo_not_png"].format(path=path), MSG["logo_remedy"])
    try:
        width, height = png_size(data)
    except _PngError as exc:
        raise InvalidInput(MSG["logo_damaged"].format(path=path, why=exc),
                           MSG["logo_remedy"]) from None
    low, high = LOGO_SIDE
    if not (low <= width <= high and low <= height <= high):
        raise InvalidInput(MSG["logo_side"].format(path=path, w=width, h=height),
                           MSG["logo_remedy"])
    return data


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a complete PNG, after checking every chunk's CRC and that the image
    data decompresses to exactly the size its header promises (so a truncated or altered file,
    or one that is only a PNG header, is refused)."""
    if not data.startswith(_PNG_SIGNATURE):
        raise _PngError("no PNG signature")
    chunks = list(_chunks(data))
    if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        raise _PngError("the header chunk is missing")
    if chunks[-1][0] != b"IEND":
        raise _PngError("the file is cut short")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if colour not in _PNG_COLOUR or depth not in _PNG_COLOUR[colour][0] or interlace > 1:
        raise _PngError("the header describes no valid PNG format")
    if not (1 <= width <= 1 << 16 and 1 <= height <= 1 << 16):
        raise _PngError("the image size is out of range")
    if colour == 3 and not any(kind == b"PLTE" for kind, _ in chunks):
        raise _PngError("a palette image without a palette")
    compressed = b"".join(body for kind, body in chunks if kind == b"IDAT")
    expected = _raw_size(width, height, depth * _PNG_COLOUR[colour][1], interlace)
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(compressed, expected + 1)
    except zlib.error:
        raise _PngError("the image data does not decompress") from None
    if len(raw) != expected or not inflater.eof:
        raise _PngError("the image data is incomplete")
    return width, height


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    found: list[tuple[bytes, bytes]] = []
    pos = len(_PNG_SIGNATURE)
    while pos < len(data):
        if pos + 12 > len(data):
            raise _PngError("the file is cut short")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise _PngError("the file is cut short")
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise _PngError(f"the {kind.decode('latin-1')!r} chunk is corrupted")
        found.append((kind, body))
        pos += 12 + length
        if kind == b"IEND":
            break
    return found


def _raw_size(width: int, height: int, bits_per_pixel: int, interlace: int) -> int:
    """Bytes of filtered scanlines (one filter byte per line) PNG's IDAT must inflate to."""
    def lines(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * bits_per_pixel + 7) // 8)

    if not interlace:
        return lines(width, height)
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
              (0, 1, 1, 2))
    return sum(lines((width - x + dx - 1) // dx, (height - y + dy - 1) // dy)
               for x, y, dx, dy in passes)


def check_exam(path: Path, anchor: object, signer: str, now: dt.datetime | None) -> bytes:
    """The signed exam, if this anchor signed it, it parses, and it has not closed yet."""
    from client.config.loader import parse_toml
    from client.trust import signed_config

    data = _read(path)
    signed_config.parse(data)  # not an exam file at all: its own message says so
    try:
        signed = signed_config.verify(data, [anchor])  # type: ignore[list-item]
    except InvalidInput:
        raise InvalidInput(MSG["exam_unsigned"].format(path=path, anchor=signer),
                           MSG["exam_unsigned_remedy"]) from None
    config = parse_toml(signed.config_bytes)
    if config.exam.not_after <= (now or dt.datetime.now(dt.UTC)):
        raise InvalidInput(MSG["exam_closed"].format(path=path, when=config.exam.not_after),
                           MSG["exam_closed_remedy"])
    return data


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path} does not exist") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read ({exc.strerror})") from None


def _check_out(out: Path, force: bool) -> None:
    if out.is_file():
        raise InvalidInput(MSG["out_file"].format(path=out), MSG["out_exists_remedy"])
    if out.is_dir() and any(out.iterdir()) and not force:
        raise InvalidInput(MSG["out_exists"].format(path=out), MSG["out_exists_remedy"])


def _write_folder(out: Path, files: dict[Path, bytes], force: bool) -> None:
    """Write into a sibling temporary folder, then swap it in, so OUT is all or nothing."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for relative, data in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
            os.replace(out, old / out.name)
            os.replace(staging, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def read_branding(folder: Path) -> Branding | None:
    """The branding in `folder` (a build's `branding/`), None if there is none.

    The candidate app calls this with `client.paths.install_dir() / "branding"`.
    """
    path = folder / BRANDING_FILE
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_bytes())
        if record.get("format") != FORMAT or record.get("version") != VERSION:
            raise ValueError("unknown format or version")
        institution = check_name(str(record["institution"]))
        logo = folder / record["logo"] if record.get("logo") else None
        exam = folder / record["default_exam"] if record.get("default_exam") else None
        for named in (logo, exam):
            if named is not None and (named.parent != folder or not named.is_file()):
                raise ValueError(f"{named.name} is missing")
        return Branding(institution, str(record["signer"]), logo, exam,
                        bool(record.get("exclusive_trust", True)))
    except (ValueError, KeyError, TypeError, AttributeError, InvalidInput) as exc:
        raise InvalidInput(MSG["branding_damaged"].format(path=str(path), why=str(exc)),
                           MSG["branding_remedy"]) from None


def installed_branding() -> Branding | None:
    """The running program's branding (None in an unbranded build or a source checkout)."""
    from client import paths

    return read_branding(paths.install_dir() / "branding")


# Where IT deploys one exam for every user of a machine (see docs/INSTALLERS.md).
WINDOWS_KEY = r"Software\Invigilo"  # HKLM; the MSI writes EXAM_CONFIG here as ExamConfig
MACOS_PLISTS = ("Library/Managed Preferences/org.invigilo.client.plist",  # MDM, forced
                "Library/Preferences/org.invigilo.client.plist")
LINUX_FILE = "etc/invigilo/exam-config"


def deployed_exam(system: str | None = None, root: Path = Path("/")) -> str | None:
    """The exam IT deployed machine-wide (a path, https URL or invigilo:// link), or None.

    The app opens it when started without an exam, before the build's default exam. Windows: the
    MSI property EXAM_CONFIG, stored as HKLM\\Software\\Invigilo\\ExamConfig. macOS: the
    ExamConfig preference of org.invigilo.client, forced by an MDM profile or set by an admin.
    Linux: the first line of /etc/invigilo/exam-config. `root` is for tests. Verified on Linux
    only; the Windows branch is a plain registry read and the macOS one a plist read.
    """
    import platform

    system = system or platform.system()
    if system == "Windows":
        return _clean(_windows_value())
    if system == "Darwin":
        for relative in MACOS_PLISTS:
            value = _plist_value(root / relative)
            if value:
                return value
        return None
    path = root / LINUX_FILE
    if not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(MSG["deployed_damaged"].format(path=str(path), why=str(exc)),
                           MSG["deployed_remedy"]) from None
    return _clean(next((line for line in lines if line.strip()
                        and not line.lstrip().startswith("#")), None))


def _clean(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _plist_value(path: Path) -> str | None:
    import plistlib

    if not path.is_file():
        return None
    try:
        data = plistlib.loads(path.read_bytes())
    except (OSError, plistlib.InvalidFileException, ValueError) as exc:
        raise InvalidInput(MSG["deployed_damaged"].format(path=str(path), why=str(exc)),
                           MSG["deployed_remedy"]) from None
    return _clean(data.get("ExamConfig")) if isinstance(data, dict) else None


def _windows_value() -> object:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, WINDOWS_KEY, 0,
                            winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
            value, _ = winreg.QueryValueEx(key, "ExamConfig")
            return value
    except OSError:
        return None
