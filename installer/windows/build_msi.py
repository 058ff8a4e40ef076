"""Build the per-machine Windows installer (MSI) from a PyInstaller folder, on Linux or Windows.

    python installer/windows/build_msi.py --payload dist/invigilo --out dist/invigilo.msi

On Linux this uses wixl and wixl-heat (Debian package `wixl`) and msibuild (`msitools`); wixl reads
the WiX 3 schema, so the same invigilo.wxs also builds with WiX 3's heat/candle/light on Windows
(see docs/INSTALLERS.md). Sign the payload's executables before building and the MSI after it
(installer/windows/sign.py or sign-signtool.ps1).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from installer import bundle_config  # noqa: E402

REQUIRED = ("invigilo.exe",)  # what the shortcut, file type and URL scheme point at
SECURE_PROPERTIES = ("EXAM_CONFIG",)
MSG = {
    "tool": "{tool} is not installed; on Debian/Ubuntu: apt-get install wixl msitools",
    "payload": "{path} is not a PyInstaller folder for Windows: it has no {name}",
    "failed": "{tool} failed:\n{output}",
}


class BuildError(Exception):
    pass


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BuildError(MSG["tool"].format(tool=name))
    return found


def _run(args: list[str], cwd: Path, stdin: str | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, check=False)
    # wixl prints GLib warnings on stderr even when it succeeds; only the exit code counts.
    if done.returncode != 0:
        raise BuildError(MSG["failed"].format(tool=Path(args[0]).name,
                                              output=(done.stderr or done.stdout).strip()))
    return done.stdout


def msi_version(version: str | None = None) -> str:
    """MSI ProductVersion: digits only, three fields significant for upgrades."""
    if version is None:
        return ".".join(map(str, bundle_config.version_tuple()))
    if not re.fullmatch(r"\d{1,3}\.\d{1,3}\.\d{1,5}(\.\d{1,5})?", version):
        raise BuildError(f"MSI versions are 3 or 4 numbers (major<256.minor<256.build), "
                         f"not {version!r}")
    return version


def build(payload: Path, out: Path, version: str | None = None) -> Path:
    """Harvest `payload`, compile invigilo.wxs with it, mark the admin properties secure."""
    for name in REQUIRED:
        if not (payload / name).is_file():
            raise BuildError(MSG["payload"].format(path=payload, name=name))
    wixl, heat, msibuild = _tool("wixl"), _tool("wixl-heat"), _tool("msibuild")
    with tempfile.TemporaryDirectory(prefix="invigilo-msi-") as temp:
        stage = Path(temp)
        # wixl resolves sources relative to its working folder, and only relative paths work.
        (stage / "payload").symlink_to(payload.resolve(), target_is_directory=True)
        shutil.copy(HERE / "invigilo.wxs", stage / "invigilo.wxs")
        shutil.copy(bundle_config.ROOT / "installer" / "icons" / "invigilo.ico", stage)
        listing = "\n".join(sorted("payload/" + p.relative_to(payload).as_posix()
                                   for p in payload.rglob("*") if p.is_file()))
        fragment = _run([heat, "-p", "payload/", "--directory-ref", "INSTALLDIR",
                         "--component-group", "BundleFiles", "--var", "var.SourceDir",
                         "--win64"], stage, listing + "\n")
        (stage / "files.wxs").write_text(fragment, encoding="utf-8")
        _run([wixl, "-a", "x64", "-D", f"Version={msi_version(version)}", "-D",
              "SourceDir=payload", "-D", "Win64=yes", "-D", "IconFile=invigilo.ico",
              "-o", "invigilo.msi", "invigilo.wxs", "files.wxs"], stage)
        _secure_properties(msibuild, stage / "invigilo.msi")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(stage / "invigilo.msi", out)
    return out


def _secure_properties(msibuild: str, msi: Path) -> None:
    """Add EXAM_CONFIG to SecureCustomProperties so a managed (elevated) install keeps it.

    WiX writes this for `Secure="yes"`; wixl does not know that attribute and writes the row
    itself for MajorUpgrade, so the list is extended here instead.
    """
    current = _run(["msiinfo", "export", msi.name, "Property"], msi.parent)
    match = re.search(r"^SecureCustomProperties\t(.*)$", current, re.M)
    names = [n for n in (match.group(1).split(";") if match else []) if n]
    names += [p for p in SECURE_PROPERTIES if p not in names]
    value = ";".join(names)
    query = (f"UPDATE `Property` SET `Value` = '{value}' WHERE `Property` = "
             "'SecureCustomProperties'" if match else
             f"INSERT INTO `Property` (`Property`, `Value`) VALUES "
             f"('SecureCustomProperties', '{value}')")
    _run([msibuild, msi.name, "-q", query], msi.parent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path, required=True, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, required=True, help="the .msi to write")
    parser.add_argument("--version", help="MSI version (default: the client's version)")
    args = parser.parse_args(argv)
    try:
        print(build(args.payload, args.out, args.version))
    except BuildError as exc:
        print(f"build_msi: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
