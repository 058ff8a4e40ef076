"""Displays on macOS: CoreGraphics' online display list (cheap enough to poll every second;
CGDisplayMirrorsDisplay tells mirroring), and `system_profiler SPDisplaysDataType -json` for
reports. Both parsed into the shared Layout; tested on recorded outputs, not run on a Mac here.
"""

from __future__ import annotations

import json
from typing import Any

from agent.watchers.displays import Layout, Monitor


def macos_layout_from_json(text: str) -> Layout:
    """Parse `system_profiler SPDisplaysDataType -json`."""
    monitors: list[Monitor] = []
    mirrored: list[str] = []
    for gpu in json.loads(text).get("SPDisplaysDataType", []):
        for screen in gpu.get("spdisplays_ndrvs", []):
            name = str(screen.get("_name", "display"))
            pixels = str(screen.get("_spdisplays_pixels") or screen.get("_spdisplays_resolution")
                         or "")
            width, height = _size(pixels)
            monitors.append(Monitor(name, 0, 0, width, height))
            if screen.get("spdisplays_mirror") == "spdisplays_on":
                mirrored.append(name)
    return Layout(tuple(monitors), (tuple(mirrored),) if len(mirrored) > 1 else ())


def macos_layout_from_cg(rows: list[dict[str, Any]]) -> Layout:
    """Rows from CoreGraphics' online display list (agent.platform_macos.online_displays)."""
    def name(row: dict[str, Any]) -> str:
        return "built-in display" if row.get("builtin") else f"display {row['id']}"

    by_id = {row["id"]: name(row) for row in rows}
    monitors = tuple(Monitor(name(r), r["x"], r["y"], r["width"], r["height"]) for r in rows)
    groups: dict[int, set[str]] = {}
    for row in rows:
        if row.get("mirrors"):
            groups.setdefault(row["mirrors"], {by_id.get(row["mirrors"], str(row["mirrors"]))})
            groups[row["mirrors"]].add(name(row))
    return Layout(monitors, tuple(sorted(tuple(sorted(g)) for g in groups.values())))


def _size(text: str) -> tuple[int, int]:
    parts = text.replace("x", " ").split()
    nums = [int(p) for p in parts if p.isdigit()]
    return (nums[0], nums[1]) if len(nums) >= 2 else (0, 0)
