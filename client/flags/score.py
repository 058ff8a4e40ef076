"""Credibility score 0-100 from a session's flags (formula in docs/FLAGS.md).

    x_k = 100 * charged_k / exam_seconds            (capped at 100)
    E   = clip(100 - sum_k w_k * x_k, 0, 100)

charged_k is the time covered by kind k's flags, each counted for at least the kind's minimum
charge (a paste lasts no time but is not free), with overlaps of the same kind counted once.
A session whose score is below the exam's review threshold is marked for review; the score never
decides anything by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from client.flags.kinds import kind


@dataclass(frozen=True)
class FlagSpan:
    id: str
    code: str
    start: float
    end: float
    severity: str
    title: str
    evidence: dict[str, Any] = field(default_factory=dict)
    thumb: str | None = None
    open: bool = False          # never ended: the session stopped while it was on


@dataclass(frozen=True)
class Score:
    value: int
    review: bool
    threshold: int
    by_kind: dict[str, float]   # points taken off per code
    charged: dict[str, float] = field(default_factory=dict)   # counted seconds per code
    weights: dict[str, float] = field(default_factory=dict)   # weight used per code


def spans(events: Iterable[Mapping[str, Any]], session_end: float) -> list[FlagSpan]:
    """Pair flag start/end events by id; a start with no end runs to the session's end.

    A flag event without a code or a numeric start (a newer or buggy writer) is skipped rather
    than stopping the report; ``malformed`` counts them so the report can say so.
    """
    started: dict[str, Mapping[str, Any]] = {}
    out: list[FlagSpan] = []
    for e in events:
        if e.get("kind") != "flag":
            continue
        if not _well_formed(e):
            continue
        if e.get("phase") == "start":
            started[str(e.get("id"))] = e
            continue
        first = started.pop(str(e.get("id")), e)
        end = e.get("end")
        out.append(_span(first, float(end) if isinstance(end, int | float) and _number(end)
                         else float(e["start"]), open_=False))
    out.extend(_span(e, max(session_end, float(e["start"])), open_=True)
               for e in started.values())
    return sorted(out, key=lambda s: (s.start, s.code))


def malformed(events: Iterable[Mapping[str, Any]]) -> int:
    return sum(1 for e in events if e.get("kind") == "flag" and not _well_formed(e))


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value \
        and abs(value) != float("inf")


def _well_formed(e: Mapping[str, Any]) -> bool:
    return isinstance(e.get("code"), str) and bool(e["code"]) and _number(e.get("start"))


def _span(e: Mapping[str, Any], end: float, open_: bool) -> FlagSpan:
    code = str(e["code"])
    k = kind(code)
    start = float(e["start"])
    evidence = e.get("evidence")
    thumb = e.get("thumb")
    return FlagSpan(id=str(e.get("id", "")), code=code, start=start, end=max(start, end),
                    severity=str(e.get("severity", k.severity)), title=str(e.get("title", k.title)),
                    evidence=dict(evidence) if isinstance(evidence, Mapping) else {},
                    thumb=thumb if isinstance(thumb, str) else None, open=open_)


def charged_seconds(items: list[FlagSpan]) -> float:
    """Union of the spans of one kind, each widened to the kind's minimum charge."""
    if not items:
        return 0.0
    minimum = kind(items[0].code).min_charge
    intervals = sorted((s.start, max(s.end, s.start + minimum)) for s in items)
    total, (cur_start, cur_end) = 0.0, intervals[0]
    for start, end in intervals[1:]:
        if start > cur_end:
            total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    return total + cur_end - cur_start


def score(flags: list[FlagSpan], exam_seconds: float, threshold: int,
          weights: Mapping[str, float] | None = None) -> Score:
    weights = weights or {}
    by_code: dict[str, list[FlagSpan]] = {}
    for f in flags:
        by_code.setdefault(f.code, []).append(f)
    duration = max(exam_seconds, 1.0)
    penalties: dict[str, float] = {}
    charged: dict[str, float] = {}
    used: dict[str, float] = {}
    for code, items in by_code.items():
        charged[code] = charged_seconds(items)
        used[code] = max(0.0, weights.get(code, kind(code).weight))  # a flag never adds points
        penalties[code] = used[code] * min(100.0, 100.0 * charged[code] / duration)
    value = round(min(100.0, max(0.0, 100.0 - sum(penalties.values()))))
    return Score(value=value, review=value < threshold, threshold=threshold, by_kind=penalties,
                 charged=charged, weights=used)
