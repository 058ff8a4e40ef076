"""The .deb: its metadata, its file tree, and that the desktop's own tools register the
invigilo:// scheme and .invigilo files from it (desktop-file-utils, shared-mime-info, xdg-utils and
Qt's MIME database, pointed at a private XDG data folder)."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from installer.linux import build_deb

TOOLS_ENV = {"PATH": os.environ["PATH"]}


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("deb")
    payload = folder / "invigilo"
    (payload / "_internal" / "trust").mkdir(parents=True)
    (payload / "invigilo").write_text("#!/bin/sh\necho invigilo\n")
    (payload / "invigilo").chmod(0o700)
    (payload / "_internal" / "trust" / "a.pub").write_text("key")
    return build_deb.build(payload, folder / "invigilo.deb", version="1.2.3")


def dpkg_deb(*args: str | Path) -> str:
    return subprocess.run(["dpkg-deb", *map(str, args)], capture_output=True, text=True,
                          check=True).stdout


def test_control_fields(deb: Path) -> None:
    fields = {f: dpkg_deb("-f", deb, f).strip() for f in ("Package", "Version", "Depends",
                                                          "Architecture")}
    assert fields["Package"] == "invigilo" and fields["Version"] == "1.2.3"
    assert "libportaudio2" in fields["Depends"] and "libxcb-cursor0" in fields["Depends"]
    assert fields["Architecture"] == "amd64"


def test_tree_is_root_owned_with_sane_modes(deb: Path) -> None:
    entries = {}
    for line in dpkg_deb("-c", deb).splitlines():
        parts = line.split()
        entries[parts[5]] = (parts[0], parts[1], parts[6:])
    assert all(owner == "root/root" for _, owner, _ in entries.values())
    assert entries["./opt/invigilo/invigilo"][0] == "-rwxr-xr-x"
    assert entries["./opt/invigilo/_internal/trust/a.pub"][0] == "-rw-r--r--"
    assert entries["./usr/bin/invigilo"][2] == ["->", "/opt/invigilo/invigilo"]
    assert "./usr/share/icons/hicolor/256x256/apps/invigilo.png" in entries


def test_desktop_tools_register_scheme_and_file_type(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    dpkg_deb("-x", deb, root)
    share = root / "usr" / "share"
    desktop = share / "applications" / "invigilo.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop)
    assert entry["Desktop Entry"]["Exec"] == "/opt/invigilo/invigilo app %u"

    subprocess.run(["update-mime-database", str(share / "mime")], check=True,
                   capture_output=True)
    subprocess.run(["update-desktop-database", str(share / "applications")], check=True)
    env = {**TOOLS_ENV, "XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": str(share),
           "HOME": str(tmp_path)}
    handler = subprocess.run(["xdg-mime", "query", "default", "x-scheme-handler/invigilo"],
                             capture_output=True, text=True, env=env, check=True).stdout
    assert handler.strip() == "invigilo.desktop"

    exam = tmp_path / "final.invigilo"
    exam.write_text('{"format": "invigilo-exam", "version": 1}\n')
    renamed = tmp_path / "final.json.bak"
    renamed.write_text(exam.read_text())
    probe = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
             "print(*(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))")
    found = subprocess.run([sys.executable, "-c", probe, str(exam), str(renamed)],
                           capture_output=True, text=True, env=env, check=True).stdout.split()
    # By name, and by content when the name says nothing (the magic rule).
    assert found == ["application/x-invigilo-exam", "application/x-invigilo-exam"]
    default = subprocess.run(["xdg-mime", "query", "default", "application/x-invigilo-exam"],
                             capture_output=True, text=True, env=env, check=True).stdout
    assert default.strip() == "invigilo.desktop"


def test_payload_without_executable_is_refused(tmp_path: Path) -> None:
    with pytest.raises(build_deb.BuildError, match="no executable"):
        build_deb.build(tmp_path, tmp_path / "x.deb")
    assert not (tmp_path / "x.deb").exists()
