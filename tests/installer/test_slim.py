"""The Linux bundle's slimming steps on real shared libraries: small ones compiled here with the
system's C compiler, and the real OpenCV, NumPy and Qt ICU libraries from the venv, each loaded by
a real process afterwards."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from installer import elf, icu_data, slim

SITE = Path(sysconfig.get_paths()["purelib"])
CC = shutil.which("cc")
pytestmark = pytest.mark.skipif(CC is None or shutil.which("readelf") is None,
                                reason="needs a C compiler and binutils (./dev test installs them)")


def compile_library(folder: Path, name: str, source: str, *links: Path,
                    version_script: str | None = None, rpath: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    c_file = folder / f"{name}.c"
    c_file.write_text(textwrap.dedent(source))
    args = [str(CC), "-shared", "-fPIC", "-o", str(folder / name), str(c_file),
            f"-Wl,-soname,{name}", *map(str, links)]
    if version_script:
        (folder / f"{name}.map").write_text(version_script)
        args.append(f"-Wl,--version-script={folder / f'{name}.map'}")
    if rpath:
        args.append(f"-Wl,-rpath,{rpath}")
    subprocess.run(args, check=True)
    c_file.unlink()
    return folder / name


def call(library: Path, function: str) -> subprocess.CompletedProcess[str]:
    """Load `library` with ctypes in a fresh Python and print what `function()` returns."""
    code = f"import ctypes; print(ctypes.CDLL({str(library)!r}).{function}())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)


@pytest.fixture
def codec_bundle(tmp_path: Path) -> Path:
    """A bundle folder shaped like the real one: a codec library (versioned symbols, a data
    object, a dependency of its own) linked by a library that uses it in one function only."""
    libs = tmp_path / "pkg.libs"
    helper = compile_library(libs, "libhelper-1111aaaa.so.1", "int helper(void) { return 5; }")
    shared = compile_library(libs, "libshared-2222bbbb.so.1", "int shared(void) { return 6; }")
    codec = compile_library(
        libs, "libcodec-3333cccc.so.2", """
        int helper(void); int shared(void);
        int codec_table[16] = {1, 2, 3};
        int codec_init(void) { return 1; }
        int codec_encode(void) { return helper() + shared(); }
        """, helper, shared, version_script="CODEC_2 { global: codec_*; local: *; };",
        rpath="$ORIGIN")
    compile_library(libs, "libuser-4444dddd.so.1", """
        extern int codec_table[16]; int codec_init(void); int codec_encode(void);
        int shared(void);
        int quiet(void) { return 40 + shared() - 6 + codec_init() * 0 + 2; }
        int noisy(void) { return codec_encode() + codec_table[0]; }
        int table_address(void) { return codec_table != 0; }
        """, codec, shared, rpath="$ORIGIN")
    return tmp_path


def test_stub_loads_for_its_importers_and_stops_loudly_when_used(codec_bundle: Path) -> None:
    user = codec_bundle / "pkg.libs" / "libuser-4444dddd.so.1"
    assert call(user, "noisy").stdout.strip() == "12"  # the real codec: 5 + 6 + 1
    bundle, report = slim.Bundle(codec_bundle), slim.Report()
    freed = slim.stub_libraries(bundle, report, str(CC), {"pkg.libs/libcodec-*": "unused"},
                                answer_zero=("codec_init",))
    slim.prune(bundle, report, freed)
    assert not report.notes, report.notes
    codec = codec_bundle / "pkg.libs" / "libcodec-3333cccc.so.2"
    assert elf.dynamic(codec).soname == codec.name
    defined, _ = elf.symbols(codec)
    assert {("codec_init", "CODEC_2"), ("codec_encode", "CODEC_2"),
            ("codec_table", "CODEC_2")} <= set(defined)
    assert defined[("codec_table", "CODEC_2")].size == 64  # same size as the real table
    # Only the codec needed the helper; the user still needs the shared library.
    assert not (codec_bundle / "pkg.libs" / "libhelper-1111aaaa.so.1").exists()
    assert (codec_bundle / "pkg.libs" / "libshared-2222bbbb.so.1").exists()
    assert report.saved["libraries only the replaced ones needed"] > 0

    assert call(user, "quiet").stdout.strip() == "42"
    assert call(user, "table_address").stdout.strip() == "1"
    noisy = call(user, "noisy")
    assert noisy.returncode == -6  # SIGABRT
    assert ("this build left out libcodec-3333cccc.so.2, which was just asked for "
            "codec_encode") in noisy.stderr


def test_stub_answers_zero_only_where_told(codec_bundle: Path) -> None:
    bundle, report = slim.Bundle(codec_bundle), slim.Report()
    slim.stub_libraries(bundle, report, str(CC), {"pkg.libs/libcodec-*": "unused"},
                        answer_zero=())
    user = codec_bundle / "pkg.libs" / "libuser-4444dddd.so.1"
    assert call(user, "quiet").returncode == -6


def test_stub_source_declares_each_version_once() -> None:
    symbols = [elf.Symbol("a_open", "A_1", "FUNC", 0), elf.Symbol("a_close", "A_1", "FUNC", 0),
               elf.Symbol("a_new", "A_2", "FUNC", 0), elf.Symbol("a_levels", None, "OBJECT", 24)]
    source, script = slim.stub_source("liba.so.1", symbols, answer_zero=("a_open",))
    assert script == "A_1 { global: a_close; a_open; };\nA_2 { global: a_new; };\n"
    assert "long a_open(void) { return 0; }" in source
    assert 'void a_new(void) { left_out("a_new"); }' in source
    assert "char a_levels[24]" in source


def ffmpeg_like(folder: Path, name: str, value: int, symbols: str = "av_answer") -> Path:
    body = "".join(f"int {s}(void) {{ return {value}; }}\n" for s in symbols.split())
    return compile_library(folder, name, body,
                           version_script="LIBAVUTIL_60 { global: av_*; local: *; };")


def test_opencv_ffmpeg_becomes_a_link_to_pyav_s(tmp_path: Path) -> None:
    ours = ffmpeg_like(tmp_path / "opencv_python_headless.libs", "libavutil-aaaa1111.so.60.1.101",
                       1)
    ffmpeg_like(tmp_path / "av.libs", "libavutil-bbbb2222.so.60.1.102", 2)
    # Another major version is another ABI: never shared.
    ffmpeg_like(tmp_path / "opencv_python_headless.libs", "libswscale-cccc3333.so.8.0.101", 3)
    ffmpeg_like(tmp_path / "av.libs", "libswscale-dddd4444.so.9.0.102", 4)
    cv2 = compile_library(tmp_path / "cv2", "cv2.so",
                          "int av_answer(void); int answer(void) { return av_answer(); }",
                          ours, rpath="$ORIGIN/../opencv_python_headless.libs")
    assert call(cv2, "answer").stdout.strip() == "1"
    bundle, report = slim.Bundle(tmp_path), slim.Report()
    slim.share_ffmpeg(bundle, report)
    assert ours.is_symlink() and ours.resolve().name == "libavutil-bbbb2222.so.60.1.102"
    assert call(cv2, "answer").stdout.strip() == "2"
    assert not (tmp_path / "opencv_python_headless.libs" / "libswscale-cccc3333.so.8.0.101"
                ).is_symlink()
    assert any("libswscale-cccc3333" in note for note in report.notes)


def test_ffmpeg_copy_lacking_a_symbol_is_kept(tmp_path: Path) -> None:
    ours = ffmpeg_like(tmp_path / "opencv_python_headless.libs", "libavutil-aaaa1111.so.60.1.101",
                       1, "av_answer av_extra")
    ffmpeg_like(tmp_path / "av.libs", "libavutil-bbbb2222.so.60.1.102", 2)
    compile_library(tmp_path / "cv2", "cv2.so", """
        int av_answer(void); int av_extra(void);
        int answer(void) { return av_answer() + av_extra(); }
        """, ours, rpath="$ORIGIN/../opencv_python_headless.libs")
    report = slim.Report()
    slim.share_ffmpeg(slim.Bundle(tmp_path), report)
    assert not ours.is_symlink()
    assert "av_extra" in " ".join(report.notes)


LAPACK_PROBE = """
import json, sys
import numpy as np
import cv2
rng = np.random.default_rng(3)
n = 160  # above OpenCV's thresholds for handing work to LAPACK and BLAS
a = rng.standard_normal((n, n))
b = rng.standard_normal((n, 3))
spd = a @ a.T + n * np.eye(n)
out = {"cv2": cv2.__file__}
for name, flag, m in (("lu", cv2.DECOMP_LU, a), ("svd", cv2.DECOMP_SVD, a),
                      ("qr", cv2.DECOMP_QR, a), ("cholesky", cv2.DECOMP_CHOLESKY, spd)):
    for dtype in (np.float32, np.float64):
        ok, x = cv2.solve(m.astype(dtype), b.astype(dtype), flags=flag)
        want = np.linalg.solve(m, b)
        out[f"{name}-{dtype.__name__}"] = bool(ok) and float(np.abs(x - want).max())
w, u, vt = cv2.SVDecomp(a)
out["svdecomp"] = float(np.abs(np.sort(w.ravel())[::-1] - np.linalg.svd(a)[1]).max())
out["gemm"] = float(np.abs(cv2.gemm(a.astype(np.float32), a.astype(np.float32), 1, None, 0)
                         - (a @ a)).max())
out["invert"] = float(np.abs(cv2.invert(a, flags=cv2.DECOMP_LU)[1] - np.linalg.inv(a)).max())
sym = (a + a.T) / 2
out["eigen"] = float(np.abs(np.sort(cv2.eigen(sym)[1].ravel())
                            - np.sort(np.linalg.eigvalsh(sym))).max())
out["maps"] = sorted({line.split()[-1] for line in open("/proc/self/maps")
                      if "blas" in line.split()[-1].rsplit("/", 1)[-1]})
print(json.dumps(out))
"""


def lapack_answers(path: Path | None) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(path)} if path else dict(os.environ)
    done = subprocess.run([sys.executable, "-c", LAPACK_PROBE], capture_output=True, text=True,
                          env=env, timeout=300, cwd=path or Path.cwd())
    assert done.returncode == 0, done.stderr[-3000:]
    answers: dict[str, object] = json.loads(done.stdout)
    return answers


@pytest.mark.slow
def test_blas_shim_gives_opencv_numpy_s_openblas_with_the_same_answers(tmp_path: Path) -> None:
    if not (SITE / "opencv_python_headless.libs").is_dir():
        pytest.skip("this opencv-python wheel carries no OpenBLAS")
    shutil.copytree(SITE / "cv2", tmp_path / "cv2", symlinks=True)
    shutil.copytree(SITE / "opencv_python_headless.libs", tmp_path / "opencv_python_headless.libs")
    (tmp_path / "numpy.libs").symlink_to(SITE / "numpy.libs")
    report = slim.Report()
    freed = slim.blas_shim(slim.Bundle(tmp_path), report, str(CC))
    assert not report.notes, report.notes
    assert report.saved["OpenCV's BLAS from NumPy's OpenBLAS"] > 30_000_000
    assert any(p.name.startswith("libgfortran") for p in freed)
    original, shimmed = lapack_answers(None), lapack_answers(tmp_path)
    assert str(shimmed["cv2"]).startswith(str(tmp_path))
    # The shim is what OpenCV loaded, and behind it only NumPy's OpenBLAS.
    maps = shimmed["maps"]
    assert isinstance(maps, list)
    assert {Path(m).name for m in maps if "opencv_python" in m} == {
        p.name for p in (tmp_path / "opencv_python_headless.libs").glob("libopenblas*")}
    assert all(os.path.getsize(m) < 1_000_000 for m in maps if "opencv_python" in m)
    assert any("scipy_openblas" in m for m in maps)
    for key, value in shimmed.items():
        if key in ("cv2", "maps"):
            continue
        tolerance = 1e-2 if "float32" in key or key == "gemm" else 1e-8
        assert value is not False and float(value) < tolerance, (key, value)  # type: ignore
        assert original[key] is not False and float(original[key]) < tolerance, key  # type: ignore


ICU_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["Zebra", "Äpfel", "apfel", "Öl", "ober", "zz", "Ähre", "Straße", "Strasse"]
out = {}
for lang in ("de_DE", "de_AT", "en_GB", "sv_SE"):
    out["sort-" + lang] = sorted(words, key=QCollator(QLocale(lang)).sortKey)
tz = QTimeZone(b"Europe/Berlin")
for lang in ("de_DE", "en_US", "fr_FR"):
    out["zone-" + lang] = tz.displayName(QTimeZone.TimeType.StandardTime,
                                         QTimeZone.NameType.LongName, QLocale(lang))
out["zones"] = len(QTimeZone.availableTimeZoneIds())
out["converters"] = [QStringDecoder(n).isValid() for n in ("UTF-8", "UTF-16LE", "ISO-8859-1")]
print(json.dumps(out, ensure_ascii=False))
"""


def icu_answers(preload: Path | None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload:
        env["LD_PRELOAD"] = str(preload)  # the trimmed data wins over the wheel's by soname
    done = subprocess.run([sys.executable, "-c", ICU_PROBE], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    answers: dict[str, object] = json.loads(done.stdout)
    return answers


def test_icu_package_round_trips_byte_for_byte() -> None:
    library = next((SITE / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    defined, _ = elf.symbols(library)
    symbol = next(s for s in defined.values() if s.name.startswith("icudt"))
    start = icu_data._file_offset(library, symbol.name)
    raw = library.read_bytes()[start:start + symbol.size]
    header, items = icu_data.read_package(raw)
    assert len(items) > 1000 and items[0][0].startswith("icudt")
    assert icu_data.write_package(header, items) == raw


@pytest.mark.parametrize(("item", "kept"), [
    ("icudt73l/de.res", True), ("icudt73l/de_CH.res", True), ("icudt73l/en_001.res", True),
    ("icudt73l/root.res", True), ("icudt73l/fr.res", False), ("icudt73l/sr_Latn_BA.res", False),
    ("icudt73l/res_index.res", True), ("icudt73l/pool.res", True),
    ("icudt73l/zoneinfo64.res", True), ("icudt73l/metaZones.res", True),
    ("icudt73l/ibm-943_P15A-2003.cnv", False), ("icudt73l/cnvalias.icu", True),
    ("icudt73l/unames.icu", False), ("icudt73l/rfc3491.spp", False),
    ("icudt73l/coll/de.res", True), ("icudt73l/coll/sv.res", False),
    ("icudt73l/coll/ucadata.icu", True), ("icudt73l/zone/de.res", True),
    ("icudt73l/zone/ja.res", False), ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/curr/de.res", False), ("icudt73l/lang/en.res", False),
    ("icudt73l/translit/root.res", False),
])
def test_icu_items_kept(item: str, kept: bool) -> None:
    assert icu_data.keep_item(item, {"en", "de"}) is kept


def test_trimmed_icu_answers_qt_as_before_in_the_shipped_languages(tmp_path: Path) -> None:
    library = next((SITE / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = tmp_path / library.name
    shutil.copyfile(library, trimmed)
    saved = icu_data.trim(trimmed, {"en", "de"}, str(CC))
    assert saved > 20_000_000 and trimmed.stat().st_size < 6_000_000
    before, after = icu_answers(None), icu_answers(trimmed)
    for key in ("sort-de_DE", "sort-de_AT", "sort-en_GB", "zone-de_DE", "zone-en_US", "zones",
                "converters"):
        assert after[key] == before[key], key
    assert after["zone-de_DE"] == "Mitteleuropäische Normalzeit"
    # A language the app does not ship falls back to the root locale, as ICU does for any
    # locale it has no data for: English names, the default sort order.
    assert after["zone-fr_FR"] == before["zone-en_US"]
    assert after["sort-sv_SE"] == before["sort-en_GB"] != before["sort-sv_SE"]


def test_strip_keeps_what_the_loader_maps(tmp_path: Path) -> None:
    """Plain files are stripped; auditwheel's (patchelf-rewritten) ones only when the loader
    would map the same bytes from the stripped copy. NumPy's OpenBLAS is one where strip would
    break the file (a LOAD segment the loader refuses), so it stays as it is."""
    plain = compile_library(tmp_path / "pkg", "mod.so", "int f(void) { return 7; }")
    vendored = compile_library(tmp_path / "pkg.libs", "libv-1234abcd.so.1",
                               "int g(void) { return 8; }")
    blas = next((SITE / "numpy.libs").glob("libscipy_openblas64_*.so"))
    fragile = tmp_path / "pkg.libs" / blas.name
    shutil.copyfile(blas, fragile)
    before = fragile.read_bytes()
    report = slim.Report()
    slim.strip_symbols(slim.Bundle(tmp_path), report)
    for path in (plain, vendored):
        assert " .symtab " not in subprocess.run(["readelf", "-SW", str(path)],
                                                 capture_output=True, text=True).stdout
    assert call(plain, "f").stdout.strip() == "7"
    assert call(vendored, "g").stdout.strip() == "8"
    assert fragile.read_bytes() == before
    assert [n for n in report.notes if blas.name in n]
    broken = tmp_path / "broken.so"
    subprocess.run(["strip", "--strip-unneeded", "-o", str(broken), str(blas)], check=True)
    assert elf.load_image(broken) is None  # what the check guards against
