"""The frozen bundle's size and start-up, against the issue's targets.

    .venv/bin/python benchmarks/bundle.py [--bundle dist/invigilo] [--runs 5]

1. Size of the unpacked one-folder bundle, split by what each dependency costs, and its largest
   files. Target: at most 250 MB. Reference: the same dependencies' installed size in this venv.
   (On Linux the build shares, stubs and trims libraries after PyInstaller: installer/slim.py;
   links count nothing, and libraries the .deb takes from the system are not in the bundle.)
2. Size of the compressed installer: the .deb (xz), built from the bundle. Target: at most 100 MB.
3. Time from launch to the first mapped window of the frozen `invigilo practice` on an Xvfb display
   (xdotool waits for the window), median of N runs. Target: at most 2 s. Reference, measured in
   the same run: `python -m client practice` from the source tree, same display, same steps.
   Also `--version` both ways (interpreter start-up without Qt).

Without --bundle it builds one (about 30-60 s) into a temporary folder first and reports that too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from installer import freeze  # noqa: E402
from installer.linux import build_deb  # noqa: E402
from tests.support.xvfb import xvfb  # noqa: E402

MB = 1_000_000
TARGET_UNPACKED_MB = 250
TARGET_INSTALLER_MB = 100
TARGET_WINDOW_S = 2.0
# First path component inside the bundle's data folder -> the dependency it belongs to.
GROUPS = {
    "PySide6": "PySide6 (Qt 6)", "shiboken6": "PySide6 (Qt 6)",
    "cv2": "opencv-python-headless", "opencv_python_headless.libs": "opencv-python-headless",
    "av": "av (PyAV + FFmpeg)", "av.libs": "av (PyAV + FFmpeg)",
    "numpy": "numpy", "numpy.libs": "numpy",
    "cryptography": "cryptography", "_cffi_backend.cpython-311-x86_64-linux-gnu.so": "cffi",
    "psutil": "psutil", "evdev": "pynput (evdev)",
    "base_library.zip": "Python runtime", "lib-dynload": "Python runtime",
    "python3.11": "Python runtime",
    "resources": "app data", "trust": "app data", "branding": "app data",
    "client": "app data", "agent": "app data",
}


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def group_of(name: str) -> str:
    if name in GROUPS:
        return GROUPS[name]
    if name.startswith("libpython"):
        return "Python runtime"
    if ".dist-info" in name:
        return "package metadata"
    if ".so" in name:
        return "system libraries (X11, GLib, ...)"
    return "other"


def breakdown(bundle: Path) -> dict[str, int]:
    data = bundle / "_internal"
    costs: dict[str, int] = {"executable (bootloader + app code)": 0}
    for exe in bundle.iterdir():
        if exe.is_file():
            costs["executable (bootloader + app code)"] += exe.stat().st_size
    for item in data.iterdir():
        group = group_of(item.name)
        costs[group] = costs.get(group, 0) + size(item)
    return dict(sorted(costs.items(), key=lambda kv: -kv[1]))


def largest(bundle: Path, count: int = 12) -> list[tuple[int, str]]:
    """The biggest single files: what the remaining megabytes are."""
    files = [(p.stat().st_size, str(p.relative_to(bundle))) for p in bundle.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(files, reverse=True)[:count]


def venv_sizes() -> dict[str, int]:
    """Installed size of the big dependencies, for reference (what pip put on disk)."""
    import sysconfig

    site = Path(sysconfig.get_paths()["purelib"])
    names = {"PySide6 (Qt 6)": ["PySide6", "shiboken6"],
             "opencv-python-headless": ["cv2", "opencv_python_headless.libs"],
             "av (PyAV + FFmpeg)": ["av", "av.libs"], "numpy": ["numpy", "numpy.libs"],
             "cryptography": ["cryptography"]}
    return {group: sum(size(site / n) for n in dirs if (site / n).exists())
            for group, dirs in names.items()}


@contextmanager
def fresh_home() -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="invigilo-bench-") as temp:
        env = {**os.environ, "INVIGILO_CONFIG_DIR": f"{temp}/config",
               "INVIGILO_DATA_DIR": f"{temp}/data"}
        env.pop("INVIGILO_TRUST", None)
        yield env


def first_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to its first visible X window."""
    start = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                       env=env, capture_output=True, timeout=60, check=True)
        return time.perf_counter() - start
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def median_of(runs: int, measure: object) -> float:
    return statistics.median(measure() for _ in range(runs))  # type: ignore[operator]


def startup(exe: Path, runs: int) -> dict[str, tuple[float, float]]:
    frozen, source = [str(exe)], [sys.executable, "-m", "client"]
    with xvfb() as display, fresh_home() as env:
        env["DISPLAY"] = display.name
        for command in (frozen, source):  # first run makes practice keys and warms caches
            first_window([*command, "practice"], env)
        results = {}
        for label, args in (("first window (practice)", ["practice"]), ("--version",
                                                                        ["--version"])):
            measure = first_window if args == ["practice"] else wall
            results[label] = (
                median_of(runs, lambda m=measure, a=args: m([*frozen, *a], env)),
                median_of(runs, lambda m=measure, a=args: m([*source, *a], env)),
            )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an existing dist/invigilo (default: build)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for tool in ("xdotool", "Xvfb", "dpkg-deb"):
        if shutil.which(tool) is None:
            print(f"bundle benchmark: {tool} is not installed (./dev test installs it)")
            return 1
    with tempfile.TemporaryDirectory(prefix="invigilo-bundle-") as temp:
        bundle = args.bundle
        if bundle is None:
            start = time.perf_counter()
            bundle = freeze.build(Path(temp) / "dist", Path(temp) / "work")
            print(f"build (PyInstaller, {os.cpu_count()} cores): "
                  f"{time.perf_counter() - start:.0f} s")
        costs = breakdown(bundle)
        total = size(bundle)
        print(f"\nunpacked bundle: {total / MB:.1f} MB   (target <= {TARGET_UNPACKED_MB} MB)")
        reference = venv_sizes()
        for group, cost in costs.items():
            ref = f"   (installed in venv: {reference[group] / MB:.0f} MB)" \
                if group in reference else ""
            print(f"  {group:<38} {cost / MB:7.1f} MB{ref}")
        print("largest files:")
        for file_size, name in largest(bundle):
            print(f"  {file_size / MB:7.1f} MB  {name}")

        start = time.perf_counter()
        deb = build_deb.build(bundle, Path(temp) / "invigilo.deb")
        seconds = time.perf_counter() - start
        print(f"\ninstaller .deb (xz): {deb.stat().st_size / MB:.1f} MB   "
              f"(target <= {TARGET_INSTALLER_MB} MB; compressed in {seconds:.0f} s)")

        print(f"\nstart-up on Xvfb, median of {args.runs} (frozen | python -m client, same run):")
        for label, (frozen_s, source_s) in startup(freeze.executable(bundle), args.runs).items():
            target = f"   (target <= {TARGET_WINDOW_S:.0f} s)" if "window" in label else ""
            print(f"  {label:<26} {frozen_s:6.2f} s | {source_s:6.2f} s{target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
