"""What goes into the frozen bundle, kept apart from `build.spec` so tests can read it.

PyInstaller's spec is executable Python that only PyInstaller can run; the decisions in it (which
modules to leave out, which Qt libraries to drop, what the macOS Info.plist says, where the
institution's branding comes from) live here as plain data and small functions, so a test can check
them in milliseconds and the spec stays a short list of build steps.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "invigilo"
DISPLAY_NAME = "Invigilo"
BUNDLE_ID = "org.invigilo.client"
URL_SCHEME = "invigilo"
FILE_EXTENSION = "invigilo"
MIME_TYPE = "application/x-invigilo-exam"
BRAND_ENV = "INVIGILO_BRAND"

# The run-time libraries from pyproject.toml, named so the bundle holds them even when the analysis
# cannot follow an import (the CLI and the capture back ends import lazily, by name).
RUNTIME_IMPORTS = [
    "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
    "cv2", "av", "numpy", "sounddevice", "mss", "pynput", "psutil", "httpx", "platformdirs",
    "cryptography.hazmat.primitives.hpke",
]

# Python packages the app never imports at run time; listing them keeps a stray import in a
# dependency (or the test tools in the same venv) from dragging them into the bundle.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "test", "idlelib", "lib2to3", "pydoc_data",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "pip", "setuptools",
    "PyInstaller", "IPython", "matplotlib", "PyQt5", "PyQt6", "PySide2", "PIL", "pygments",
    "rich", "click", "yaml", "doctest", "pdb",
    "numpy.f2py", "numpy.distutils", "numpy.testing._private.extbuild",
    # NumPy's hook adds these for NumPy's own test suite; `_simd` (1.5 MB) only reports and
    # tests the SIMD dispatch, nothing imports it at run time
    "numpy._core._multiarray_tests", "numpy._core._simd", "numpy._core._rational_tests",
    "numpy._core._umath_tests", "numpy._core._struct_ufunc_tests",
    "numpy._core._operand_flag_tests",
    "numpy.random",  # 2.5 MB; NumPy loads it only on use, and the app never uses it
    "cv2.gapi", "cv2.mat_wrapper",
    # Qt modules the app does not use: each would pull tens of MB of libraries and plugins.
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DAnimation", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtConcurrent", "PySide6.QtBluetooth",
    "PySide6.QtNfc", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSerialPort",
    "PySide6.QtSensors", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtStateMachine", "PySide6.QtTextToSpeech", "PySide6.QtSpatialAudio",
    "PySide6.QtHttpServer", "PySide6.QtAxContainer",
    # Networking is httpx's job and the agent link is a plain socket; Qt's own network and D-Bus
    # bindings are unused (the platform plugins still load libQt6DBus themselves).
    "PySide6.QtNetwork", "PySide6.QtDBus",
]

# Shared libraries dropped after analysis even if binary analysis finds them: PyInstaller's
# `excludes` removes Python modules only, and a Qt plugin can still link one of these.
_DROPPED_LIBRARY = re.compile(
    r"(^|/)(lib)?Qt6?(Qml|Quick|WebEngine|3D|Pdf|VirtualKeyboard|Designer|Charts|DataVis|Graphs"
    r"|Sql|Test|Help|Bluetooth|Positioning|Location|Lottie|Labs|ShaderTools|Multimedia"
    r"|SpatialAudio|TextToSpeech|Wl|Wayland|EglFS|EglFs)[^/]*$",
    re.IGNORECASE,
)
# NumPy's test-only extension modules, which its hook collects as binaries whatever `excludes`
# says (`_simd` alone is 1.5 MB; nothing imports these at run time).
_NUMPY_TESTS = re.compile(r"(^|/)numpy/_core/_(simd|multiarray_tests|rational_tests|umath_tests"
                          r"|struct_ufunc_tests|operand_flag_tests)\.[^/]*$")
# The Debian packages the Linux package depends on, with the libraries each puts on the system.
# PyInstaller would copy these from the build machine; the system's own copies are used instead,
# as Debian's packaging policy asks (and the system's PortAudio then loads the system's ALSA
# plugins, which a bundled libasound could not). What only these libraries need goes too (JACK,
# Berkeley DB and ALSA behind PortAudio, systemd and gcrypt behind D-Bus, ...). The bundle needs
# glibc 2.36 anyway (Debian 12, Ubuntu 23.04 and later), and every such system has all of them.
SYSTEM_LIBRARIES: dict[str, tuple[str, ...]] = {
    # Audio, and the X11/xcb, GL, D-Bus and font libraries Qt's xcb platform plugin links.
    "libportaudio2": ("libportaudio.so.2",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
    "libxcb-icccm4": ("libxcb-icccm.so.4",),
    "libxcb-image0": ("libxcb-image.so.0",),
    "libxcb-keysyms1": ("libxcb-keysyms.so.1",),
    "libxcb-randr0": ("libxcb-randr.so.0",),
    "libxcb-render-util0": ("libxcb-render-util.so.0",),
    "libxcb-shape0": ("libxcb-shape.so.0",),
    "libxcb-xinerama0": ("libxcb-xinerama.so.0",),
    "libxcb-xkb1": ("libxcb-xkb.so.1",),
    "libegl1": ("libEGL.so.1",),
    "libgl1": ("libGL.so.1",),
    "libdbus-1-3": ("libdbus-1.so.3",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libx11-6": ("libX11.so.6",),
    "libx11-xcb1": ("libX11-xcb.so.1",),
    "libxau6": ("libXau.so.6",),
    "libxdmcp6": ("libXdmcp.so.6",),
    "libxcb-glx0": ("libxcb-glx.so.0",),
    "libxcb-render0": ("libxcb-render.so.0",),
    "libxcb-shm0": ("libxcb-shm.so.0",),
    "libxcb-sync1": ("libxcb-sync.so.1",),
    "libxcb-util1": ("libxcb-util.so.1",),
    "libxcb-xfixes0": ("libxcb-xfixes.so.0",),
    "libxkbcommon0": ("libxkbcommon.so.0",),
    "libfreetype6": ("libfreetype.so.6",),
    "libpng16-16": ("libpng16.so.16",),
    "libbrotli1": ("libbrotlicommon.so.1", "libbrotlidec.so.1"),
    "libglib2.0-0": ("libglib-2.0.so.0", "libgthread-2.0.so.0"),
    "libpcre2-8-0": ("libpcre2-8.so.0",),
    "libbsd0": ("libbsd.so.0",),
    "libmd0": ("libmd.so.0",),
    # The C++ runtime (Qt, ICU) and what Python's own modules link (ssl, hashlib, compression).
    "libstdc++6": ("libstdc++.so.6",),
    "libgcc-s1": ("libgcc_s.so.1",),
    "libssl3": ("libssl.so.3", "libcrypto.so.3"),
    "libzstd1": ("libzstd.so.1",),
    "zlib1g": ("libz.so.1",),
    "libbz2-1.0": ("libbz2.so.1.0",),
    "liblzma5": ("liblzma.so.5",),
    "libffi8": ("libffi.so.8",),
    "libuuid1": ("libuuid.so.1",),
}
_SYSTEM_NAMES = frozenset(name for names in SYSTEM_LIBRARIES.values() for name in names)
# Qt plugin folders the app needs, and within them the plugins to keep (None: all of them).
# Platforms: the three desktop back ends plus offscreen/minimal for headless runs; themes: the
# desktop portal (file dialogs) but not GTK 3, which alone drags in ~25 MB of GTK libraries.
_QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"),
    "platformthemes": ("qxdgdesktopportal",),
    "platforminputcontexts": None,
    "xcbglintegrations": None,
    "iconengines": None,
    "imageformats": ("qsvg", "qico", "qjpeg", "qicns"),
    "styles": None,
}


def drop_dangling_links(entries: list[tuple[str, str, str]],
                        everything: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """`entries` without SYMLINK entries whose target is no longer in the bundle.

    PyInstaller adds top-level links to libraries it keeps in a package folder (for example
    libQt6Network.so.6 -> PySide6/Qt/lib/...); when the library itself was left out, the link
    would point at nothing.
    """
    present = {dest.replace("\\", "/") for dest, _, kind in everything if kind != "SYMLINK"}

    def target(dest: str, link: str) -> str:
        parts: list[str] = []
        for part in (str(Path(dest.replace("\\", "/")).parent) + "/" + link).split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if parts:
                    parts.pop()
            else:
                parts.append(part)
        return "/".join(parts)

    return [entry for entry in entries
            if entry[2] != "SYMLINK" or target(entry[0], entry[1]) in present]


def version() -> str:
    """The client's version, read from the source so the spec never imports the app."""
    text = (ROOT / "client" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise ValueError("client/__init__.py has no __version__ line")
    return match.group(1)


def version_tuple() -> tuple[int, int, int, int]:
    """Four numbers for the Windows version resource and the MSI (which wants digits only)."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def keep_binary(dest: str) -> bool:
    """False for a library of a Qt module the app never loads, a Qt plugin it does not need,
    NumPy's test modules, or a library the Linux package takes from the system."""
    dest = dest.replace("\\", "/")
    if _DROPPED_LIBRARY.search(dest) or _NUMPY_TESTS.search(dest) or dest in _SYSTEM_NAMES:
        return False
    parts = dest.split("/")
    if "plugins" not in parts[:-1] or "PySide6" not in parts:
        return True
    folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
    if folder not in _QT_PLUGINS:
        return False
    wanted = _QT_PLUGINS[folder]
    stem = parts[-1].removeprefix("lib").split(".")[0]
    return wanted is None or stem in wanted


def prune_orphans(binaries: list[tuple[str, str, str]], dropped: list[tuple[str, str, str]],
                  needed: Callable[[str], set[str]]) -> list[tuple[str, str, str]]:
    """`binaries` without the libraries that only dropped entries linked against.

    Dropping a plugin leaves behind what binary analysis collected for it (the GTK theme plugin
    brings GTK, cairo, pango and more). A library goes too when it is reachable from a dropped
    entry but from no kept one; libraries loaded only at run time (ctypes) are never in a dropped
    entry's closure, so they stay. `needed(source_path)` gives the file names a binary links to.
    """
    by_name = {Path(dest).name: (dest, src, kind) for dest, src, kind in binaries + dropped}
    gone = {Path(dest).name for dest, _, _ in dropped}

    def closure(start: list[tuple[str, str, str]], through_dropped: bool) -> set[str]:
        seen: set[str] = set()
        todo = [Path(dest).name for dest, _, _ in start]
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            if through_dropped or name not in gone:
                todo += [n for n in needed(by_name[name][1]) if n not in seen]
        return seen

    # A kept library may link a dropped one (libQt6DBus links libdbus, which the system
    # provides): what lies behind the dropped one is still not needed from the bundle.
    candidates = closure(dropped, True) - gone
    roots = [entry for entry in binaries if Path(entry[0]).name not in candidates]
    orphans = candidates - closure(roots, False)
    return [entry for entry in binaries if Path(entry[0]).name not in orphans]


def brand_dir(environ: dict[str, str] | None = None) -> Path | None:
    """The folder `invigilo admin brand --out` wrote, named by INVIGILO_BRAND; None if unset."""
    value = (environ if environ is not None else dict(os.environ)).get(BRAND_ENV, "").strip()
    if not value:
        return None
    path = Path(value)
    if not (path / "branding" / "branding.json").is_file():
        raise SystemExit(f"{BRAND_ENV}={value} is not a folder made by 'invigilo admin brand' "
                         "(branding/branding.json is missing)")
    return path


def brand_datas(brand: Path | None) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's `datas`: trust anchors and branding."""
    if brand is None:
        return []
    pairs = [(str(p), "trust") for p in sorted((brand / "trust").glob("*.pub"))]
    pairs += [(str(p), "branding") for p in sorted((brand / "branding").iterdir()) if p.is_file()]
    return pairs


def info_plist() -> dict[str, object]:
    """The macOS Info.plist additions: permission prompts, file type and URL scheme."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSCameraUsageDescription": (
            "Invigilo records your webcam during the exam so that your institution can confirm "
            "who sat it. The recording is encrypted so that only your institution can open it."),
        "NSMicrophoneUsageDescription": (
            "Invigilo records sound from your microphone during the exam, encrypted so that "
            "only your institution can hear it."),
        # macOS has no usage string for screen capture (the Screen Recording privacy pane asks
        # on its own); this key is read by the ScreenCaptureKit picker on macOS 14+ and kept so
        # the app's purpose is stated in one place for reviewers.
        "NSScreenCaptureUsageDescription": (
            "Invigilo records your screen during the exam, encrypted so that only your "
            "institution can see it."),
        "CFBundleURLTypes": [{
            "CFBundleURLName": f"{BUNDLE_ID}.exam-link",
            "CFBundleURLSchemes": [URL_SCHEME],
        }],
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Invigilo exam",
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [f"{BUNDLE_ID}.exam"],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": f"{BUNDLE_ID}.exam",
            "UTTypeDescription": "Invigilo exam",
            "UTTypeConformsTo": ["public.data"],
            "UTTypeTagSpecification": {
                "public.filename-extension": [FILE_EXTENSION],
                "public.mime-type": [MIME_TYPE],
            },
        }],
    }


def entitlements_path() -> Path:
    return ROOT / "installer" / "macos" / "entitlements.plist"


def icon_path(system: str) -> Path | None:
    """The icon file PyInstaller embeds: .ico on Windows, .icns on macOS, none on Linux."""
    suffix = {"Windows": ".ico", "Darwin": ".icns"}.get(system)
    return ROOT / "installer" / "icons" / f"invigilo{suffix}" if suffix else None


def shipped_languages() -> set[str]:
    """The languages the app has its own translation for (resources/translations/invigilo_*.qm)."""
    folder = ROOT / "resources" / "translations"
    return {p.stem.removeprefix("invigilo_") for p in folder.glob("invigilo_*.qm")}


def keep_data(dest: str, languages: set[str] | None = None) -> bool:
    """False for Qt data of modules the app does not load, and for Qt's own translations other
    than qtbase (the widgets' strings) in the languages the app ships (`shipped_languages`):
    in any other language the app shows English, Qt's buttons included."""
    dest = dest.replace("\\", "/")
    if "/translations/" in dest and "PySide6/" in dest:
        name = dest.rsplit("/", 1)[-1]
        if not name.startswith("qtbase_"):
            return False
        language = name.removeprefix("qtbase_").removesuffix(".qm")
        wanted = shipped_languages() if languages is None else languages
        # qtbase_pt_BR for pt_BR, and qtbase_de for de_AT as well as de.
        return language in wanted or language in {w.split("_")[0] for w in wanted}
    if dest.startswith("resources/translations/") and dest.endswith(".ts"):
        return False  # the translators' source; the app loads the compiled .qm
    return "/qml/" not in dest and not dest.endswith(".dist-info/RECORD")


def windows_version_text() -> str:
    """The version resource Windows Explorer shows on invigilo.exe (Properties > Details).

    In the text form PyInstaller's `EXE(version=FILE)` reads (a VSVersionInfo expression), so it
    can be written and checked on any system: the classes themselves import pefile, which only
    Windows builds have.
    """
    numbers = version_tuple()
    strings = {
        "CompanyName": "Invigilo", "FileDescription": "Invigilo exam client",
        "FileVersion": version(), "InternalName": NAME, "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{NAME}.exe", "ProductName": DISPLAY_NAME,
        "ProductVersion": version(),
    }
    table = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"
        f"{table}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n"
    )
