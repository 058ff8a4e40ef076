"""Flags: detectors turning frames, sound and events into flag events, and the credibility score.

No Qt here: the engine runs beside the recorder threads and in tests without a display.
"""

from client.flags.engine import FlagEngine
from client.flags.kinds import KINDS, Kind
from client.flags.score import FlagSpan, Score, score, spans

__all__ = ["KINDS", "FlagEngine", "FlagSpan", "Kind", "Score", "score", "spans"]
