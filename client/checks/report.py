"""A check run as a document: the JSON IT collects (docs/CHECK-JSON.md) and the terminal table.

The JSON is the contract with the fleet report and with any tool IT writes; `parse` reads it back
strictly so one broken file is named instead of spoiling a whole report.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import socket
import textwrap
from typing import IO, Any

from client import __version__
from client.checks import registry
from client.checks.result import STATUSES, CheckResult, Status, exit_code, worst

FORMAT = "invigilo-check"
VERSION = 1

HEADER = ("Check", "Status", "Measured", "Required")
TEXT = {
    "problems": "What to do",
    "skipped": "Not checked",
    "all_ok": "This computer is ready for the exam.",
    "warn_ok": "This computer can be used for the exam; see the warnings above.",
    "fail": "This computer is not ready for the exam: fix the problems above and check again.",
    "error": "Some checks could not run, so the answer is incomplete.",
    "bad_json": "{name}: not a check report ({problem})",
}

COLOURS = {"pass": "32", "warn": "33", "fail": "31;1", "error": "35;1", "skipped": "2"}


def machine() -> dict[str, str]:
    system = platform.system()
    version = platform.mac_ver()[0] if system == "Darwin" else (
        platform.version() if system == "Windows" else platform.release())
    return {"hostname": socket.gethostname(), "os": system, "os_version": version,
            "arch": platform.machine(), "python": platform.python_version()}


def build(results: list[CheckResult], *, exam: dict[str, str] | None, label: str = "",
          duration_s: float, created: dt.datetime | None = None) -> dict[str, Any]:
    overall = worst([r.status for r in results])
    host = machine()
    if label:
        host["label"] = label
    return {
        "format": FORMAT, "version": VERSION, "tool": f"invigilo {__version__}",
        "created": (created or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "machine": host, "exam": exam, "overall": overall, "exit_code": exit_code(overall),
        "duration_s": round(duration_s, 2),
        "checks": [{**r.as_dict(), "title": registry.title(r.id)} for r in results],
    }


# ---- reading reports back (fleet report) ---------------------------------------------------

class ReportError(ValueError):
    pass


def _need(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise ReportError(f"{where}'{key}' is missing")
    if not isinstance(data[key], kind):
        raise ReportError(f"{where}'{key}' has the wrong type")
    return data[key]


def parse(data: Any) -> dict[str, Any]:
    """Check a report's shape; returns it unchanged or raises ReportError in plain words."""
    if not isinstance(data, dict):
        raise ReportError("the file does not hold a JSON object")
    if data.get("format") != FORMAT:
        raise ReportError("it is not an invigilo check report")
    if _need(data, "version", int, "") > VERSION:
        raise ReportError(f"it was written by a newer Invigilo (format {data['version']})")
    _need(data, "created", str, "")
    host = _need(data, "machine", dict, "")
    _need(host, "hostname", str, "machine.")
    if _need(data, "overall", str, "") not in STATUSES:
        raise ReportError("'overall' is not a known status")
    for i, check in enumerate(_need(data, "checks", list, "")):
        if not isinstance(check, dict):
            raise ReportError(f"checks[{i}] is not an object")
        for key in ("id", "status", "measured", "required", "message"):
            _need(check, key, str, f"checks[{i}].")
        if check["status"] not in STATUSES:
            raise ReportError(f"checks[{i}].status '{check['status']}' is not a known status")
    return data


# ---- the terminal table --------------------------------------------------------------------

def use_colour(stream: IO[str]) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR") and \
        os.environ.get("TERM") != "dumb"


def _paint(text: str, status: str, colour: bool) -> str:
    return f"\033[{COLOURS[status]}m{text}\033[0m" if colour else text


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(report: dict[str, Any], *, colour: bool = False, width: int = 100) -> str:
    checks = report["checks"]
    head = HEADER
    w_title = max([len(head[0])] + [len(c.get("title", c["id"])) for c in checks])
    w_status = max(len(head[1]), 7)
    rest = max(30, width - w_title - w_status - 6)
    w_meas = min(max([len(head[2])] + [len(c["measured"]) for c in checks]), rest // 2)
    w_req = max(10, rest - w_meas)
    lines = [f"{head[0]:<{w_title}}  {head[1]:<{w_status}}  {head[2]:<{w_meas}}  {head[3]}"]
    lines.append("-" * min(width, w_title + w_status + w_meas + w_req + 6))
    for c in checks:
        status = c["status"]
        cell = _paint(f"{status.upper():<{w_status}}", status, colour)
        lines.append(f"{c.get('title', c['id']):<{w_title}}  {cell}  "
                     f"{_cut(c['measured'], w_meas):<{w_meas}}  {_cut(c['required'], w_req)}")
    lines += _problems(checks, colour, width)
    lines += ["", _verdict(report["overall"], colour)]
    return "\n".join(lines)


def _problems(checks: list[dict[str, Any]], colour: bool, width: int) -> list[str]:
    out: list[str] = []
    bad = [c for c in checks if c["status"] in ("fail", "error", "warn")]
    if bad:
        out += ["", TEXT["problems"] + ":"]
        for c in bad:
            tag = _paint(c["status"].upper(), c["status"], colour)
            out += textwrap.wrap(f"{c.get('title', c['id'])}: {c['message']}", width,
                                 initial_indent=f"  {tag} ", subsequent_indent="       ")
            if c.get("remedy"):
                out += textwrap.wrap(c["remedy"], width, initial_indent="       → ",
                                     subsequent_indent="         ")
    skipped = [c for c in checks if c["status"] == "skipped"]
    if skipped:
        out += ["", TEXT["skipped"] + ":"]
        for c in skipped:
            out += textwrap.wrap(f"{c.get('title', c['id'])}: {c['message']}", width,
                                 initial_indent="  - ", subsequent_indent="    ")
    return out


def _verdict(overall: Status, colour: bool) -> str:
    key = {"pass": "all_ok", "skipped": "all_ok", "warn": "warn_ok"}.get(overall, overall)
    return _paint(TEXT[key], overall, colour)
