"""Turns a stream of yes/no observations into flags with a start and an end.

One glitchy frame must never accuse anyone: a condition opens a flag only after it has held for
the kind's hold time, and the flag closes only after the condition has been gone for a moment
(``release``), so a face that flickers in and out stays one flag rather than twenty.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from client.flags.kinds import kind

# sink(kind, t=..., **fields): the same shape as SessionWriter.event
EventSink = Callable[..., None]

_ids = itertools.count(1)


@dataclass
class _Open:
    id: str
    start: float
    last: float
    evidence: dict[str, Any]


@dataclass
class ConditionTracker:
    """Hysteresis for one flag code."""

    code: str
    hold: float
    sink: EventSink
    release: float = 2.0
    gap: float = 1.0     # a pause this short does not break a pending episode (speech has pauses)
    pending_since: float | None = None
    pending_last: float = 0.0
    pending_evidence: dict[str, Any] = field(default_factory=dict)
    current: _Open | None = None
    thumb: Callable[[], str | None] | None = None

    def observe(self, t: float, active: bool, evidence: dict[str, Any] | None = None) -> None:
        if active:
            self._active(t, evidence or {})
        else:
            self._inactive(t)

    def _active(self, t: float, evidence: dict[str, Any]) -> None:
        if self.current is not None:
            self.current.last = t
            return
        if self.pending_since is None:
            self.pending_since, self.pending_evidence = t, evidence
        self.pending_last = t
        if t - self.pending_since >= self.hold:
            self._open(self.pending_since, t, self.pending_evidence)

    def _inactive(self, t: float) -> None:
        if self.pending_since is not None and t - self.pending_last >= self.gap:
            self.pending_since = None
        if self.current is not None and t - self.current.last >= self.release:
            self.close()

    def _open(self, start: float, t: float, evidence: dict[str, Any]) -> None:
        self.current = _Open(f"{self.code}-{next(_ids)}", start, t, evidence)
        fields: dict[str, Any] = {}
        if self.thumb is not None:
            image = self.thumb()
            if image:
                fields["thumb"] = image
        emit(self.sink, self.current.id, self.code, "start", start, None, evidence, **fields)

    def close(self, at: float | None = None) -> None:
        """End the open flag (at its last active moment, or ``at`` when the session ends)."""
        if self.current is None:
            return
        cur, self.current = self.current, None
        end = cur.last if at is None else max(cur.last, at)
        emit(self.sink, cur.id, self.code, "end", cur.start, end, cur.evidence)


def emit(sink: EventSink, flag_id: str, code: str, phase: str, start: float,
         end: float | None, evidence: dict[str, Any], **extra: Any) -> None:
    k = kind(code)
    sink("flag", t=start if end is None else end, id=flag_id, code=code, phase=phase,
         start=start, end=end, severity=k.severity, title=k.title, evidence=evidence, **extra)


def instant(sink: EventSink, code: str, t: float, evidence: dict[str, Any]) -> None:
    """A flag for something that happens at a moment (a shortcut, a paste, a finding)."""
    flag_id = f"{code}-{next(_ids)}"
    emit(sink, flag_id, code, "instant", t, t, evidence)
