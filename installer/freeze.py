"""Run PyInstaller on build.spec: the one way the tests, the benchmark and CI build the bundle.

    python installer/freeze.py --dist dist --work build [--brand BRAND_DIR]

Returns (prints) the bundle folder: dist/invigilo on Linux and Windows, dist/Invigilo.app on
macOS. The build takes about half a minute on two cores once PyInstaller's cache is warm.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


class FreezeError(Exception):
    pass


def build(dist: Path, work: Path, brand: Path | None = None) -> Path:
    """Build the bundle into `dist` (replacing an older one) and return its folder."""
    env = dict(os.environ)
    env.pop("INVIGILO_BRAND", None)
    if brand is not None:
        env["INVIGILO_BRAND"] = str(brand.resolve())
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise FreezeError(f"PyInstaller failed:\n{done.stderr[-4000:]}")
    if platform.system() == "Darwin":
        return dist / "Invigilo.app"
    return dist / "invigilo"


def executable(bundle: Path) -> Path:
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "invigilo"
    return bundle / ("invigilo.exe" if platform.system() == "Windows" else "invigilo")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--brand", type=Path, help="a folder made by 'invigilo admin brand'")
    args = parser.parse_args(argv)
    try:
        print(build(args.dist, args.work, args.brand))
    except FreezeError as exc:
        print(f"freeze: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
