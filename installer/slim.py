"""Linux: cut from the finished bundle folder what the app can never reach (after COLLECT).

PyInstaller copies every library the wheels vendor. Three kinds are dead weight for this app, and
they cannot simply be deleted, since the libraries that link them would then fail to load:

- Copies of the same library. opencv-python and PyAV each carry FFmpeg, of the same major version
  (the same ABI); OpenCV's copy becomes a link to PyAV's. OpenCV's OpenBLAS (with its own
  libgfortran) is replaced by a small shim over NumPy's OpenBLAS (installer/linux/blas_shim.c).
- Libraries behind features the app never uses (FFmpeg's H.264/H.265/MP3/AMR encoders, TLS for
  network URLs, Intel's hardware codec dispatcher, ALSA and X11 grab inputs; OpenCV's AVIF
  images). Each is replaced by a stub that has the same name and exports what the linking
  libraries import, so they load; a stub function that is ever called says which library was
  left out and aborts, so a wrong entry in STUBS shows at once instead of misbehaving.
- Symbol tables and debug information (`strip --strip-unneeded`, checked where patchelf was).

Every step checks that each importer still finds every symbol it imports under the same name
and version, and leaves a library alone when it would not. Libraries that only the replaced ones
needed go too. The stubs and the shim need a C compiler (`cc`); without one those steps are
skipped and the bundle is just bigger.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from installer import elf, icu_data

HERE = Path(__file__).resolve().parent
SHIM_SOURCE = HERE / "linux" / "blas_shim.c"
FFMPEG = ("avcodec", "avformat", "avutil", "swscale", "swresample", "avfilter", "avdevice")
# Library (glob under the bundle's data folder) -> why the app never needs it.
STUBS: dict[str, str] = {
    "av.libs/libx265-*": "H.265 encoder (recordings are AV1 or VP9)",
    "av.libs/libx264-*": "H.264 encoder",
    "av.libs/libmp3lame-*": "MP3 encoder (audio is Opus)",
    "av.libs/libopencore-amr*": "AMR speech codecs",
    "av.libs/libgnutls-*": "TLS for network URLs (PyAV reads and writes memory and files only)",
    "av.libs/libvpl-*": "Intel Quick Sync hardware codecs",
    "av.libs/libasound-*": "FFmpeg's ALSA input device (the microphone is read by PortAudio)",
    "av.libs/libxcb-*": "FFmpeg's X11 grab device (the screen is read by mss)",
    "av.libs/libwebp*": "WebP images in FFmpeg",
    "opencv_python_headless.libs/libavif-*": "AVIF images in OpenCV (JPEG is what it writes)",
}
# Stubbed functions (fnmatch patterns) that libraries call whatever the app does, where 0 is a
# right answer, instead of aborting: FFmpeg asks x265 for its API (NULL: "no x265") when it
# first lists its codecs, and avformat_network_init sets up GnuTLS (0: done) whether or not a
# network URL is ever opened.
ANSWER_ZERO: tuple[str, ...] = ("x265_api_get_*", "gnutls_global_init", "gnutls_global_deinit")


@dataclass
class Report:
    """Bytes each step saved, and what it left alone and why."""
    saved: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, step: str, size: int) -> None:
        self.saved[step] = self.saved.get(step, 0) + size


def _files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if elf.is_elf(p)]


def _size(paths: Iterable[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file() and not p.is_symlink())


class Bundle:
    """The ELF files of a bundle's data folder and what each links, re-read as files change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._dynamic: dict[Path, elf.Dynamic] = {}
        self._symbols: dict[Path, tuple[dict[tuple[str, str | None], elf.Symbol],
                                        set[tuple[str, str | None]]]] = {}

    def files(self) -> list[Path]:
        return _files(self.folder)

    def dynamic(self, path: Path) -> elf.Dynamic:
        if path not in self._dynamic:
            self._dynamic[path] = elf.dynamic(path)
        return self._dynamic[path]

    def needed(self, path: Path) -> list[str]:
        return self.dynamic(path).needed

    def symbols(self, path: Path) -> tuple[dict[tuple[str, str | None], elf.Symbol],
                                           set[tuple[str, str | None]]]:
        if path not in self._symbols:
            self._symbols[path] = elf.symbols(path)
        return self._symbols[path]

    def changed(self, path: Path) -> None:
        self._dynamic.pop(path, None)
        self._symbols.pop(path, None)

    def importers(self, lib: Path) -> list[Path]:
        """The files that link `lib` (resolved as the dynamic loader would)."""
        real = lib.resolve()
        return [p for p in self.files() if p.resolve() != real and real in self.links(p)]

    def resolve(self, importer: Path, name: str) -> Path | None:
        """The file the dynamic loader would open for `importer`'s DT_NEEDED `name`: from its
        RPATH folders, else the bundle's top folder (PyInstaller's library path)."""
        for folder in [*self.dynamic(importer).search_path, self.folder]:
            candidate = folder / name
            if candidate.exists():
                return candidate.resolve()
        return None

    def links(self, importer: Path) -> set[Path]:
        found = {self.resolve(importer, name) for name in self.needed(importer)}
        return {p for p in found if p is not None}

    def wanted_from(self, lib: Path, importer: Path) -> set[tuple[str, str | None]]:
        """What `importer` imports that `lib` defines and no other library it links defines."""
        defined, _ = self.symbols(lib)
        wanted = elf.provides(defined, self.symbols(importer)[1])
        for other in self.links(importer):
            if other != lib.resolve():
                wanted -= {(n, v) for n, v in elf.provides(self.symbols(other)[0], wanted)
                           if v is None}
        return wanted


def share_ffmpeg(bundle: Bundle, report: Report, owner: str = "opencv_python_headless.libs",
                 donor: str = "av.libs") -> list[Path]:
    """Turn each FFmpeg library in `owner` into a link to the same library (same major version)
    in `donor`; returns the libraries the replaced files linked to."""
    pattern = re.compile(rf"^lib({'|'.join(FFMPEG)})-[0-9a-f]+\.so\.(\d+)\.")
    donors = {}
    for path in sorted((bundle.folder / donor).glob("lib*")):
        match = pattern.match(path.name)
        if match and elf.is_elf(path):
            donors[match.groups()] = path
    freed: list[Path] = []
    for path in sorted((bundle.folder / owner).glob("lib*")):
        match = pattern.match(path.name)
        if not match or not elf.is_elf(path):
            continue
        target = donors.get(match.groups())
        if target is None:
            report.notes.append(f"{path.name}: PyAV has no FFmpeg library of that version")
            continue
        importers = [p for p in bundle.importers(path) if not pattern.match(p.name)]
        new_defined, _ = bundle.symbols(target)
        missing = set()
        for importer in importers:
            wanted = bundle.wanted_from(path, importer)
            missing |= wanted - elf.provides(new_defined, wanted)
        if missing:
            report.notes.append(f"{path.name}: kept, PyAV's copy lacks {sorted(missing)[:3]}")
            continue
        freed += bundle.links(path)
        size = path.stat().st_size
        path.unlink()
        path.symlink_to(os.path.relpath(target, path.parent))
        bundle.changed(path)
        report.add("OpenCV uses PyAV's FFmpeg", size)
    return freed


def _compiler() -> str | None:
    return shutil.which(os.environ.get("CC", "cc"))


def _compile(cc: str, sources: list[Path], out: Path, name: str, extra: list[str]) -> None:
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-s", "-o", str(out), *map(str, sources),
                    f"-Wl,-soname,{name}", *extra], check=True, capture_output=True, text=True)


Wanted = dict[Path, set[tuple[str, str | None]]]


def _swap_in(bundle: Bundle, report: Report, cc: str, lib: Path, wanted: Wanted,
             sources: list[Path], extra: list[str], what: str, label: str) -> list[Path]:
    """Build `what` from `sources` and put it in place of `lib` if it gives every importer what
    it imported from `lib`; returns the libraries `lib` linked to (now candidates to go)."""
    with tempfile.TemporaryDirectory() as temp:
        built = Path(temp) / lib.name
        try:
            _compile(cc, sources, built, lib.name, extra)
        except subprocess.CalledProcessError as exc:
            report.notes.append(f"{lib.name}: kept, {what} did not build: {exc.stderr}")
            return []
        defined, _ = elf.symbols(built)
        if any(names - elf.provides(defined, names) for names in wanted.values()):
            report.notes.append(f"{lib.name}: kept, {what} would miss symbols")
            return []
        size = lib.stat().st_size - built.stat().st_size
        old_links = bundle.links(lib)
        shutil.copyfile(built, lib)
    bundle.changed(lib)
    report.add(label, size)
    return sorted(old_links)


def blas_shim(bundle: Bundle, report: Report, cc: str,
              owner: str = "opencv_python_headless.libs") -> list[Path]:
    """Replace OpenCV's OpenBLAS with the shim over NumPy's; returns the libraries it linked to."""
    numpy_blas = sorted((bundle.folder / "numpy.libs").glob("libscipy_openblas64_*.so"))
    freed: list[Path] = []
    for lib in sorted((bundle.folder / owner).glob("libopenblas*.so*")):
        if not elf.is_elf(lib) or not numpy_blas:
            continue
        wanted = {i: bundle.wanted_from(lib, i) for i in bundle.importers(lib)}
        relative = os.path.relpath(numpy_blas[0].parent, lib.parent)
        freed += _swap_in(bundle, report, cc, lib, wanted, [SHIM_SOURCE, numpy_blas[0]],
                          ["-DILP64_PREFIX=scipy_", "-DILP64_SUFFIX=64_",
                           f"-Wl,-rpath,$ORIGIN/{relative}"],
                          "the shim", "OpenCV's BLAS from NumPy's OpenBLAS")
    return freed


def stub_source(library: str, symbols: Iterable[elf.Symbol],
                answer_zero: tuple[str, ...] = ANSWER_ZERO) -> tuple[str, str | None]:
    """(C source, linker version script or None) of a stub exporting `symbols`."""
    lines = [
        "#include <stdlib.h>", "#include <string.h>", "#include <unistd.h>",
        "__attribute__((noreturn)) static void left_out(const char *name) {",
        f'    static const char head[] = "invigilo: this build left out {library}, '
        'which was just asked for ";',
        "    (void)!write(2, head, sizeof head - 1);",
        "    (void)!write(2, name, strlen(name));",
        '    (void)!write(2, "\\n", 1);',
        "    abort();",
        "}",
    ]
    versions: dict[str, list[str]] = {}
    for symbol in sorted(symbols, key=lambda s: (s.name, s.version or "")):
        if symbol.kind in ("OBJECT", "TLS", "COMMON"):
            size = max(symbol.size, 1)
            thread = "__thread " if symbol.kind == "TLS" else ""
            lines.append(f"{thread}char {symbol.name}[{size}] __attribute__((aligned(16)));")
        elif any(fnmatch.fnmatchcase(symbol.name, p) for p in answer_zero):
            lines.append(f"long {symbol.name}(void) {{ return 0; }}")
        else:
            lines.append(f'void {symbol.name}(void) {{ left_out("{symbol.name}"); }}')
        if symbol.version:
            versions.setdefault(symbol.version, []).append(symbol.name)
    script = None
    if versions:
        script = "".join(f"{v} {{ global: {'; '.join(names)}; }};\n"
                         for v, names in sorted(versions.items()))
    return "\n".join(lines) + "\n", script


def stub_libraries(bundle: Bundle, report: Report, cc: str, stubs: dict[str, str] = STUBS,
                   answer_zero: tuple[str, ...] = ANSWER_ZERO) -> list[Path]:
    """Replace each library named in `stubs` by a stub; returns the libraries they linked to."""
    freed: list[Path] = []
    data = bundle.folder
    for pattern in stubs:
        for lib in sorted(data.glob(pattern)):
            if not elf.is_elf(lib):
                continue
            wanted = {i: bundle.wanted_from(lib, i) for i in bundle.importers(lib)}
            defined, _ = bundle.symbols(lib)
            by_key = {(s.name, s.version): s for s in defined.values()}
            default = {s.name: s for s in defined.values()}
            chosen = {by_key.get(key) or default[key[0]]
                      for keys in wanted.values() for key in keys}
            source, script = stub_source(lib.name, chosen, answer_zero)
            with tempfile.TemporaryDirectory() as temp:
                c_file = Path(temp) / "stub.c"
                c_file.write_text(source, encoding="utf-8")
                extra = []
                if script:
                    (Path(temp) / "stub.map").write_text(script, encoding="utf-8")
                    extra.append(f"-Wl,--version-script={Path(temp) / 'stub.map'}")
                freed += _swap_in(bundle, report, cc, lib, wanted, [c_file], extra, "its stub",
                                  "stubs for unused codecs and devices")
    return freed


def prune(bundle: Bundle, report: Report, candidates: Iterable[Path]) -> None:
    """Delete the candidate libraries (and what only they link) that nothing left links to."""
    files = bundle.files()
    todo, doomed = [p.resolve() for p in candidates], set()
    while todo:
        path = todo.pop()
        if path in doomed or not elf.is_elf(path):
            continue
        doomed.add(path)
        todo += bundle.links(path)
    changed = True
    while changed:
        changed = False
        for path in files:
            if path not in doomed and bundle.links(path) & doomed:
                doomed -= bundle.links(path)
                changed = True
    for path in sorted(doomed):
        report.add("libraries only the replaced ones needed", path.stat().st_size)
        path.unlink()
        bundle.changed(path)
    for link in [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()


def strip_symbols(bundle: Bundle, report: Report) -> None:
    """`strip --strip-unneeded` on files with a symbol table or debug information.

    Files in auditwheel's `*.libs` folders were rewritten with patchelf, and binutils' strip can
    break those (a stripped NumPy OpenBLAS has a LOAD segment the loader refuses). So each such
    file is stripped as a copy, and the copy is used only if the loader would map exactly the
    same bytes at the same addresses from it."""
    strip = shutil.which("strip")
    if strip is None:
        report.notes.append("strip is not installed: symbol tables kept")
        return
    for path in bundle.files():
        sections = subprocess.run([elf.readelf(), "-SW", str(path)], capture_output=True,
                                  text=True, check=True).stdout
        if " .symtab " not in sections and " .debug_info " not in sections:
            continue
        before = path.stat().st_size
        if any(part.endswith(".libs") for part in path.relative_to(bundle.folder).parts):
            with tempfile.TemporaryDirectory() as temp:
                copy = Path(temp) / path.name
                shutil.copyfile(path, copy)
                subprocess.run([strip, "--strip-unneeded", str(copy)], check=True)
                image = elf.load_image(copy)
                if image is None or image != elf.load_image(path):
                    report.notes.append(f"{path.name}: symbols kept, stripping would move what "
                                        "the loader maps")
                    continue
                shutil.copyfile(copy, path)
        else:
            subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        bundle.changed(path)
        report.add("symbol tables and debug information", before - path.stat().st_size)


def trim_icu(bundle: Bundle, report: Report, cc: str, languages: set[str]) -> None:
    """Qt's ICU data for the app's languages only (see icu_data)."""
    for library in sorted(bundle.folder.glob("PySide6/Qt/lib/libicudata.so.*")):
        if not elf.is_elf(library):
            continue
        try:
            report.add("Qt's ICU data for the shipped languages",
                       icu_data.trim(library, languages | {"en"}, cc))
        except (icu_data.IcuDataError, subprocess.CalledProcessError) as exc:
            report.notes.append(f"{library.name}: kept whole: {exc}")
        bundle.changed(library)


def slim(data: Path, languages: set[str]) -> Report:
    """All the steps, on a bundle's data folder (dist/invigilo/_internal), for an app that
    ships translations into `languages` (English is always there)."""
    bundle, report = Bundle(data), Report()
    freed = share_ffmpeg(bundle, report)
    cc = _compiler()
    if cc is None:
        report.notes.append("no C compiler (cc): OpenCV's OpenBLAS, the unused codecs and all "
                            "of Qt's ICU data kept")
    else:
        freed += blas_shim(bundle, report, cc)
        freed += stub_libraries(bundle, report, cc)
        trim_icu(bundle, report, cc, languages)
    prune(bundle, report, freed)
    strip_symbols(bundle, report)
    return report
