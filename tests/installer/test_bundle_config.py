"""What build.spec puts into the bundle, decided without running PyInstaller."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

from client.admin import brand
from installer import bundle_config as bc
from tests.installer.helpers import institution, png


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6QuickControls2.so.6", False),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
    ("PySide6/Qt6Pdf.dll", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("cv2/cv2.abi3.so", True),
    ("av.libs/libavcodec-5e6b81c2.so.62.28.102", True),
    ("libportaudio.so.2", False),  # the system's, through the package's Depends
    ("libdbus-1.so.3", False),
    ("libX11.so.6", False),
    ("libpython3.11.so.1.0", True),
    ("numpy/_core/_simd.cpython-311-x86_64-linux-gnu.so", False),  # NumPy's own tests only
    ("numpy/_core/_umath_tests.cpython-311-x86_64-linux-gnu.so", False),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ("numpy\\_core\\_simd.cp311-win_amd64.pyd", False),
])
def test_keep_binary(dest: str, kept: bool) -> None:
    assert bc.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
    ("PySide6/Qt/translations/qt_help_de.qm", False),
    ("resources/demo-exam.toml", True),
    ("resources/translations/invigilo_de.qm", True),
    ("resources/translations/invigilo_de.ts", False),
    ("trust/abc.pub", True),
])
def test_keep_data(dest: str, kept: bool) -> None:
    assert bc.keep_data(dest) is kept


def test_prune_orphans_drops_what_only_dropped_plugins_needed() -> None:
    links = {
        "libqgtk3.so": {"libgtk-3.so.0", "libQt6Gui.so.6"},
        "libgtk-3.so.0": {"libcairo.so.2", "libX11.so.6"},
        "libcairo.so.2": {"libpixman.so.0"},
        "libqxcb.so": {"libQt6XcbQpa.so.6"},
        "libQt6XcbQpa.so.6": {"libQt6Gui.so.6", "libX11.so.6"},
    }

    def entry(name: str) -> tuple[str, str, str]:
        return (f"x/{name}", f"/src/{name}", "BINARY")

    kept = [entry(n) for n in ("libqxcb.so", "libQt6XcbQpa.so.6", "libQt6Gui.so.6",
                               "libX11.so.6", "libgtk-3.so.0", "libcairo.so.2", "libpixman.so.0",
                               "libportaudio.so.2")]
    pruned = bc.prune_orphans(kept, [entry("libqgtk3.so")],
                              lambda src: links.get(Path(src).name, set()))
    assert sorted(Path(d).name for d, _, _ in pruned) == [
        "libQt6Gui.so.6", "libQt6XcbQpa.so.6", "libX11.so.6", "libportaudio.so.2", "libqxcb.so"]


def test_what_only_a_system_library_needed_goes_even_when_kept_ones_link_it() -> None:
    links = {
        "libQt6DBus.so.6": {"libdbus-1.so.3"},
        "libdbus-1.so.3": {"libsystemd.so.0"},
        "libsystemd.so.0": {"libgcrypt.so.20", "libzstd.so.1"},
        "libQt6Core.so.6": {"libzstd.so.1"},
    }

    def entry(name: str) -> tuple[str, str, str]:
        return (name, f"/src/{name}", "BINARY")

    kept = [entry(n) for n in ("libQt6DBus.so.6", "libQt6Core.so.6", "libsystemd.so.0",
                               "libgcrypt.so.20", "libzstd.so.1")]
    pruned = bc.prune_orphans(kept, [entry("libdbus-1.so.3")],
                              lambda src: links.get(Path(src).name, set()))
    assert sorted(d for d, _, _ in pruned) == ["libQt6Core.so.6", "libQt6DBus.so.6",
                                               "libzstd.so.1"]


@pytest.mark.parametrize(("name", "languages", "kept"), [
    ("qtbase_de.qm", {"de"}, True), ("qtbase_fr.qm", {"de"}, False),
    ("qtbase_de.qm", {"de_AT"}, True), ("qtbase_pt_BR.qm", {"pt_BR"}, True),
    ("qtbase_pt_BR.qm", {"de"}, False), ("qtdeclarative_de.qm", {"de"}, False),
])
def test_qt_translations_follow_the_shipped_languages(name: str, languages: set[str],
                                                      kept: bool) -> None:
    assert bc.keep_data(f"PySide6/Qt/translations/{name}", languages) is kept


def test_shipped_languages_are_the_app_s_translations() -> None:
    assert "de" in bc.shipped_languages()
    assert bc.keep_data("PySide6/Qt/translations/qtbase_de.qm")


def test_system_libraries_belong_to_the_packages_named(tmp_path: Path) -> None:
    """On this Debian machine, each library the bundle leaves to the system is installed by the
    package the .deb depends on for it."""
    if shutil.which("dpkg") is None:
        pytest.skip("not a Debian system")
    for package, names in bc.SYSTEM_LIBRARIES.items():
        for name in names:
            owners = subprocess.run(["dpkg", "-S", f"*/{name}"], capture_output=True,
                                    text=True).stdout
            assert any(line.split(":")[0] == package for line in owners.splitlines()), \
                (package, name, owners)
        assert not bc.keep_binary(names[0])


def test_version_numbers() -> None:
    assert bc.version() == __import__("client").__version__
    numbers = bc.version_tuple()
    assert len(numbers) == 4 and all(isinstance(n, int) for n in numbers)


def test_windows_version_resource_is_the_expression_pyinstaller_reads() -> None:
    tree = ast.parse(bc.windows_version_text(), mode="eval")
    calls = {node.func.id: node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert set(calls) == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                          "StringStruct", "VarFileInfo", "VarStruct"}
    strings = {ast.literal_eval(n.args[0]): ast.literal_eval(n.args[1])
               for n in ast.walk(tree) if isinstance(n, ast.Call)
               and getattr(n.func, "id", "") == "StringStruct"}
    assert strings["ProductName"] == "Invigilo"
    assert strings["FileVersion"] == bc.version()
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords
             if k.arg in ("filevers", "prodvers")}
    assert fixed == {"filevers": bc.version_tuple(), "prodvers": bc.version_tuple()}


def test_brand_inputs_land_in_trust_and_branding(tmp_path: Path) -> None:
    keys = institution(tmp_path / "keys")
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(64, 64))
    brand.make_build_inputs(keys / "signing.pub", "U", tmp_path / "b", logo=logo)
    folder = bc.brand_dir({bc.BRAND_ENV: str(tmp_path / "b")})
    assert folder is not None
    destinations = {Path(src).name: dest for src, dest in bc.brand_datas(folder)}
    signer = next((tmp_path / "b" / "trust").iterdir()).name
    assert destinations == {signer: "trust", "branding.json": "branding", "logo.png": "branding"}
    assert bc.brand_dir({}) is None


def test_unbranded_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="invigilo admin brand"):
        bc.brand_dir({bc.BRAND_ENV: str(tmp_path)})


def test_icons_exist_for_every_platform() -> None:
    assert bc.icon_path("Linux") is None
    ico, icns = bc.icon_path("Windows"), bc.icon_path("Darwin")
    assert ico is not None and ico.read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert icns is not None and icns.read_bytes()[:4] == b"icns"


def test_links_to_dropped_libraries_are_dropped() -> None:
    kept = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
            ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
            ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
            ("a/b/liby.so", "../../c/liby.so", "SYMLINK"),
            ("c/liby.so", "/src/liby.so", "BINARY"),
            ("a/libz.so", "../gone/libz.so", "SYMLINK")]
    assert [d for d, _, _ in bc.drop_dangling_links(kept, kept)] == [
        "PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6", "a/b/liby.so", "c/liby.so"]
