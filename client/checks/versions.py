"""Dotted version numbers as the OS reports them ("10.0.19045", "6.1.0-18-amd64", "14.4.1").

Kept pure so the comparison the OS check relies on is tested on every platform.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"\d+(?:\.\d+)*")


def parse(text: str) -> tuple[int, ...] | None:
    """The leading dotted numbers of a version string, or None when it has none."""
    match = _LEADING.search(text.strip())
    if match is None:
        return None
    return tuple(int(part) for part in match.group(0).split("."))


def at_least(found: str, minimum: str) -> bool | None:
    """True when `found` >= `minimum` (missing parts count as 0); None if `found` is unreadable."""
    have, want = parse(found), parse(minimum)
    if have is None or want is None:
        return None
    width = max(len(have), len(want))
    return have + (0,) * (width - len(have)) >= want + (0,) * (width - len(want))
