"""Build the Debian/Ubuntu package from the PyInstaller folder.

    python installer/linux/build_deb.py --payload dist/invigilo --out dist/invigilo_0.1.0_amd64.deb

The bundle goes to /opt/invigilo with `invigilo` on the PATH; the desktop entry registers the
invigilo:// scheme (x-scheme-handler/invigilo) and .invigilo files (application/x-invigilo-exam).
No maintainer scripts: dpkg triggers of desktop-file-utils and shared-mime-info refresh their
caches when files land in /usr/share/applications and /usr/share/mime/packages. A deployed exam
for every user of the machine goes in /etc/invigilo/exam-config (one line: a path, an https URL
or an invigilo:// link), written by IT, not by the package.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from installer import bundle_config  # noqa: E402

PACKAGE = "invigilo"
# An institution building its own package puts its IT contact here (--maintainer).
MAINTAINER = "Invigilo packaging <packaging@invigilo.invalid>"
# System libraries the bundle does not carry (bundle_config.SYSTEM_LIBRARIES): PortAudio, the
# X11/xcb libraries Qt's xcb platform plugin links against, EGL/GL, D-Bus and fontconfig.
DEPENDS = tuple(bundle_config.SYSTEM_LIBRARIES)
MSG = {
    "payload": "{path} is not a PyInstaller folder for Linux: it has no executable 'invigilo'",
    "tool": "dpkg-deb is not installed (it comes with dpkg on Debian and Ubuntu)",
    "failed": "dpkg-deb failed:\n{output}",
}


class BuildError(Exception):
    pass


def control(version: str, installed_kib: int, architecture: str = "amd64",
            maintainer: str = MAINTAINER) -> str:
    return "\n".join([
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {architecture}",
        f"Maintainer: {maintainer}",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(DEPENDS)}",
        "Section: education",
        "Priority: optional",
        "Description: exam client that records encrypted for the institution only",
        " Invigilo checks that a computer is ready for an exam, records webcam, screen and",
        " microphone sealed to the institution's public key, and uploads the recording in",
        " small verifiable pieces. Includes the lockdown agent.",
        "",
    ])


def _stage(root: Path, payload: Path) -> None:
    shutil.copytree(payload, root / "opt" / PACKAGE, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    shares = {
        "applications/invigilo.desktop": HERE / "invigilo.desktop",
        "mime/packages/invigilo.xml": HERE / "invigilo-mime.xml",
        "icons/hicolor/256x256/apps/invigilo.png":
            bundle_config.ROOT / "installer" / "icons" / "invigilo.png",
    }
    for relative, source in shares.items():
        target = root / "usr" / "share" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)


def build(payload: Path, out: Path, version: str | None = None, compression: str = "xz",
          maintainer: str = MAINTAINER) -> Path:
    if not (payload / PACKAGE).is_file():
        raise BuildError(MSG["payload"].format(path=payload))
    dpkg_deb = shutil.which("dpkg-deb")
    if not dpkg_deb:
        raise BuildError(MSG["tool"])
    with tempfile.TemporaryDirectory(prefix="invigilo-deb-") as temp:
        root = Path(temp) / "root"
        _stage(root, payload)
        size = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
        (root / "DEBIAN").mkdir(mode=0o755)
        text = control(version or bundle_config.version(), size, maintainer=maintainer)
        (root / "DEBIAN" / "control").write_text(text, encoding="utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([dpkg_deb, "--root-owner-group", f"-Z{compression}", "--build",
                               str(root), str(out)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BuildError(MSG["failed"].format(output=(done.stderr + done.stdout).strip()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path, required=True, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, required=True, help="the .deb to write")
    parser.add_argument("--version", help="package version (default: the client's)")
    parser.add_argument("--compression", default="xz", choices=("xz", "zstd", "gzip", "none"))
    parser.add_argument("--maintainer", default=MAINTAINER, help="'Name <email>' of the packager")
    args = parser.parse_args(argv)
    try:
        print(build(args.payload, args.out, args.version, args.compression, args.maintainer))
    except BuildError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
