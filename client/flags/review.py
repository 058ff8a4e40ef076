"""What a reviewer needs from one session, computed from its decrypted segments and events.

Pure data in, data out: the report writer (client/admin/report.py) reads the journal and renders;
this module only decides what the timeline, the flags and the score are, so it is tested without
files or a browser.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from client.config.schema import Flags
from client.flags.score import FlagSpan, Score, score, spans
from client.flags.signals import AGENT_KINDS

READINESS_KINDS = ("readiness", "system_check")  # the app journals its checks as system_check
GAP_TOLERANCE = 1.5  # seconds between segments that still count as continuous recording


@dataclass(frozen=True)
class SegmentRef:
    stream: str
    seq: int
    start: float
    end: float
    content_type: str
    file: Path | None       # the decrypted file, relative to the report folder


@dataclass(frozen=True)
class Mark:
    t: float
    kind: str
    text: str
    action: str = ""


@dataclass
class Review:
    start: float
    end: float
    coverage: dict[str, list[tuple[float, float]]]
    outages: list[tuple[float, float]]
    agent: list[Mark]
    flags: list[FlagSpan]
    score: Score
    readiness: list[dict[str, Any]]
    segments: dict[str, list[SegmentRef]]
    problems: list[str] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)

    def segment_at(self, stream: str, t: float) -> SegmentRef | None:
        """The media segment of ``stream`` playing at time t (or the nearest one after it)."""
        refs = [r for r in self.segments.get(stream, []) if r.file is not None]
        for ref in refs:
            if ref.start <= t <= ref.end:
                return ref
        later = [r for r in refs if r.start > t]
        return min(later, key=lambda r: r.start) if later else None


def coverage(refs: Iterable[SegmentRef]) -> list[tuple[float, float]]:
    """Merged time ranges a stream actually recorded; what is missing shows as a gap."""
    out: list[tuple[float, float]] = []
    for ref in sorted(refs, key=lambda r: r.start):
        if ref.end <= ref.start and not ref.file:
            continue  # an end marker
        if out and ref.start - out[-1][1] <= GAP_TOLERANCE:
            out[-1] = (out[-1][0], max(out[-1][1], ref.end))
        else:
            out.append((ref.start, ref.end))
    return out


def session_span(segments: Mapping[str, list[SegmentRef]],
                 events: list[dict[str, Any]]) -> tuple[float, float]:
    times = [float(e["t"]) for e in events if isinstance(e.get("t"), int | float)]
    for refs in segments.values():
        times += [r.start for r in refs] + [r.end for r in refs]
    if not times:
        return 0.0, 0.0
    return min(times), max(times)


def agent_marks(events: Iterable[Mapping[str, Any]]) -> list[Mark]:
    marks: list[Mark] = []
    for e in events:
        kind = str(e.get("kind", ""))
        finding = e.get("finding") if kind == "agent" else e if kind in AGENT_KINDS else None
        if isinstance(finding, Mapping):
            marks.append(Mark(float(e["t"]), str(finding.get("kind", kind)),
                              str(finding.get("message", ""))[:300],
                              str(finding.get("action", ""))))
        elif kind == "agent.finding":  # the app's journal shape: the finding kind renamed
            marks.append(Mark(float(e["t"]), str(e.get("finding", "")),
                              str(e.get("message", ""))[:300], str(e.get("action", ""))))
        elif kind.startswith(("agent.", "agent_")):
            marks.append(Mark(float(e["t"]), kind, str(e.get("message", e.get("text", "")))))
    return marks


def outages(flags: list[FlagSpan]) -> list[tuple[float, float]]:
    return [(f.start, f.end) for f in flags if f.code == "n1"]


def build(segments: dict[str, list[SegmentRef]], events: list[dict[str, Any]],
          config: Flags, problems: list[str] | None = None) -> Review:
    start, end = session_span(segments, events)
    flags = [f for f in spans(events, end) if config.kinds.get(f.code) != "off"]
    media = {s: coverage(refs) for s, refs in segments.items() if s not in ("events", "id")}
    return Review(
        start=start, end=end, coverage=media, outages=outages(flags),
        agent=agent_marks(events), flags=flags,
        score=score(flags, end - start, config.review_threshold, config.weights),
        readiness=[e for e in events if e.get("kind") in READINESS_KINDS],
        segments=segments, problems=list(problems or []))
