"""One stream's path from capture to the journal: a bounded queue, an encoder, segment cuts.

Segments are cut on a grid shared by all streams (origin + k * segment length), so segment k of
the webcam, the screen and the audio cover the same stretch of time. The capture thread only
ever does a non-blocking put; when encoding falls behind, the frame is dropped and counted, and
capture goes on.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from client.capture.source import EventSink
from client.journal import JournalError, SessionWriter, SpoolFull, StreamShed

log = logging.getLogger(__name__)

_STOP = object()


class SegmentEncoder(Protocol):
    frames: int

    def add(self, t: float, item: Any) -> None: ...
    def finish(self) -> bytes: ...


# (first item's time, first item) -> a new encoder for a segment starting there
EncoderFactory = Callable[[float, Any], SegmentEncoder]


@dataclass
class StreamCounters:
    queued_drops: int = 0
    segments: int = 0
    bytes: int = 0
    segments_lost: int = 0
    paused: bool = False
    encode_seconds: float = 0.0


class Segmenter:
    def __init__(self, stream: str, writer: SessionWriter, factory: EncoderFactory, *,
                 content_type: str, origin: float, segment_seconds: float, depth: int,
                 on_event: EventSink, size_of: Callable[[Any], Any] | None = None,
                 tail: float = 0.0,
                 on_segment: Callable[[int, float], object] | None = None) -> None:
        self.stream = stream
        self.writer = writer
        self.factory = factory
        self.content_type = content_type
        self.origin = origin
        self.segment_seconds = segment_seconds
        self.on_event = on_event
        self.size_of = size_of
        self.tail = tail  # how long the last item lasts (a frame interval, a block)
        self.on_segment = on_segment  # (payload bytes, seconds) after each encoded segment
        self.counters = StreamCounters()
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._run, name=f"segmenter-{stream}",
                                        daemon=True)
        self._problem = ""

    def start(self) -> None:
        self._thread.start()

    def offer(self, t: float, item: Any) -> bool:
        """Called from capture threads: never blocks."""
        try:
            self._queue.put_nowait((t, item))
            return True
        except queue.Full:
            self.counters.queued_drops += 1
            return False

    def stop(self, timeout: float = 30.0) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def boundary_after(self, t: float) -> float:
        k = math.floor((t - self.origin) / self.segment_seconds + 1e-9) + 1
        return self.origin + k * self.segment_seconds

    # ------------------------------------------------------------------ loop
    def _run(self) -> None:
        encoder: SegmentEncoder | None = None
        start = end = 0.0
        shape: Any = None
        last = 0.0
        while True:
            entry = self._queue.get()
            if entry is _STOP:
                break
            t, item = entry
            last = t
            try:
                item_shape = self.size_of(item) if self.size_of else None
                if encoder is not None and (t >= end or item_shape != shape):
                    self._finish(encoder, start, min(t, end))
                    encoder = None
                if encoder is None:
                    start, end, shape = t, self.boundary_after(t), item_shape
                    encoder = self._open(t, item)
                    if encoder is None:
                        continue
                began = time.thread_time()
                encoder.add(t, item)
                self.counters.encode_seconds += time.thread_time() - began
            except Exception as exc:  # this segment is lost; the stream goes on with the next
                log.exception("%s segmenter", self.stream)
                self._report("encoder_failed", f"the {self.stream} encoder failed: {exc}")
                encoder = None
        if encoder is not None:
            self._finish(encoder, start, max(last + self.tail, start))

    def _open(self, t: float, item: Any) -> SegmentEncoder | None:
        began = time.thread_time()
        try:
            return self.factory(t, item)
        except Exception as exc:
            self._report("encoder_failed", f"the {self.stream} encoder could not start: {exc}")
            return None
        finally:
            self.counters.encode_seconds += time.thread_time() - began

    def _finish(self, encoder: SegmentEncoder, start: float, end: float) -> None:
        began = time.thread_time()
        try:
            payload = encoder.finish()
        except Exception as exc:
            self._report("encoder_failed", f"the {self.stream} encoder failed: {exc}")
            return
        finally:
            self.counters.encode_seconds += time.thread_time() - began
        if encoder.frames == 0:
            return
        if self.on_segment is not None:
            self.on_segment(len(payload), end - start)
        try:
            info = self.writer.write_segment(self.stream, payload, start, end,
                                             content_type=self.content_type)
        except StreamShed as exc:
            self._lost("recording_paused", exc, paused=True)
            return
        except SpoolFull as exc:
            self._lost("spool_full", exc, paused=True)
            return
        except JournalError as exc:
            self._lost("segment_not_saved", exc, paused=False)
            return
        self.counters.segments += 1
        self.counters.bytes += info.size
        if self.counters.paused:
            self.counters.paused = False
            self._problem = ""
            self.on_event("recording_resumed",
                          message=f"the {self.stream} is being recorded again")

    def _lost(self, kind: str, exc: JournalError, *, paused: bool) -> None:
        self.counters.segments_lost += 1
        self.counters.paused = paused
        self._report(kind, exc.message)

    def _report(self, kind: str, message: str) -> None:
        log.warning("%s: %s", self.stream, message)
        if message != self._problem:  # once per distinct problem, not once per segment
            self._problem = message
            self.on_event(kind, message=message)
