"""What a macOS executable says about itself: bundle identifier and code-signing team.

The bundle id comes from the app's Info.plist (plain file read, no tool); the team identifier
and signing authority come from `codesign -dv` (run once per new executable, cached by the
caller). Verified here: the parsers, on a real Info.plist layout and a recorded `codesign`
output; the tool runs were not exercised on a Mac in this project's CI.
"""

from __future__ import annotations

import plistlib
import re
import subprocess
from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True)
class CodeSign:
    identifier: str | None
    team_id: str | None
    authorities: tuple[str, ...]


def bundle_root(exe: str) -> str | None:
    """`/Applications/X.app/Contents/MacOS/X` -> `/Applications/X.app` (innermost bundle)."""
    parts = PurePosixPath(exe).parts
    for i in range(len(parts) - 1, 0, -1):
        if parts[i].endswith(".app") and parts[i + 1:i + 2] == ("Contents",):
            return str(PurePosixPath(*parts[:i + 1]))
    return None


def bundle_id_from_plist(data: bytes) -> str | None:
    try:
        info = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, KeyError):
        return None
    value = info.get("CFBundleIdentifier") if isinstance(info, dict) else None
    return value if isinstance(value, str) and value else None


def bundle_id(exe: str) -> str | None:
    root = bundle_root(exe)
    if root is None:
        return None
    try:
        with open(f"{root}/Contents/Info.plist", "rb") as fh:
            return bundle_id_from_plist(fh.read(1 << 20))
    except OSError:
        return None


_LINE = re.compile(r"^([A-Za-z][A-Za-z ]*)=(.*)$")


def parse_codesign(output: str) -> CodeSign:
    """Parse `codesign -dv --verbose=2 PATH` (it writes to stderr)."""
    identifier = team = None
    authorities: list[str] = []
    for line in output.splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "Identifier":
            identifier = value
        elif key == "TeamIdentifier" and value not in ("not set", ""):
            team = value
        elif key == "Authority":
            authorities.append(value)
    return CodeSign(identifier, team, tuple(authorities))


def codesign(path: str, timeout: float = 3.0) -> CodeSign | None:
    try:
        done = subprocess.run(["codesign", "-dv", "--verbose=2", path], capture_output=True,
                              text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_codesign(done.stderr) if done.returncode == 0 else None
