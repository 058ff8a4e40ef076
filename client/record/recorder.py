"""The recorder the app and `invigilo record` drive: sources -> segmenters -> the journal.

Threads: one per capture source, one per stream's segmenter, one per listener. Nothing waits on
anything slower than itself: capture hands frames to bounded queues and counts what does not
fit; listeners (preview, flag detectors, a future live-view sink) get their own queues.
No Qt here; the UI polls `stats()` and `audio_level()` and subscribes to frames and events.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from client.capture.audio import BLOCK_SECONDS, AudioSource, AudioSpec
from client.capture.camera import CameraSource, CameraSpec, use_one_thread
from client.capture.fanout import Listener
from client.capture.screen import ScreenSource, ScreenSpec
from client.capture.source import Source
from client.config.schema import ExamConfig
from client.journal import SessionWriter
from client.record import codecs
from client.record.encoder import AudioSegmentEncoder, VideoSegmentEncoder
from client.record.governor import Governor
from client.record.probe import ProbeResult, choose_codec
from client.record.segmenter import Segmenter

WEBCAM, SCREEN, AUDIO = "webcam", "screen", "audio"
PAUSED = "paused"
MSG_FALLBACK = ("this computer is too slow for the usual video format; the recording uses "
                "{codec} instead, which needs less processing power")

EventListener = Callable[[str, dict[str, Any]], None]


@dataclass
class StreamStats:
    captured: int
    dropped: int
    bytes: int
    kbps: float
    segments: int
    state: str
    message: str = ""


@dataclass(frozen=True)
class Selection:
    """Which streams to record; None for the camera means no camera."""

    camera: str | None = "0"
    screen: bool = True
    audio: bool = True
    audio_device: str | None = None


def stream_types(config: ExamConfig, selection: Selection) -> dict[str, str]:
    """Stream name -> content type, for SessionWriter.create."""
    rec = config.recording
    out: dict[str, str] = {}
    if selection.camera is not None and rec.webcam.enabled:
        out[WEBCAM] = codecs.VIDEO_TYPE
    if selection.screen and rec.screen.enabled:
        out[SCREEN] = codecs.VIDEO_TYPE
    if selection.audio and rec.audio.enabled:
        out[AUDIO] = codecs.AUDIO_TYPE
    return out


def _shape(frame: Any) -> tuple[int, int]:
    return int(frame.shape[1]), int(frame.shape[0])


class Recorder:
    def __init__(self, config: ExamConfig, writer: SessionWriter,
                 selection: Selection | None = None, *, probe: ProbeResult | None = None) -> None:
        self.config = config
        self.writer = writer
        self.selection = selection or Selection()
        self.probe = probe
        self.origin = 0.0
        self._started = 0.0
        self._stopped = 0.0
        self._sources: dict[str, Source] = {}
        self._segmenters: dict[str, Segmenter] = {}
        self._event_listeners: list[EventListener] = []
        self._lock = threading.Lock()
        self._build_sources()

    # ------------------------------------------------------------------ setup
    def _build_sources(self) -> None:
        rec, sel = self.config.recording, self.selection
        types = stream_types(self.config, sel)
        if WEBCAM in types:
            spec = CameraSpec(str(sel.camera), rec.webcam.width, rec.webcam.height,
                              rec.webcam.fps)
            self._sources[WEBCAM] = CameraSource(spec, self._sink(WEBCAM))
        if SCREEN in types:
            sspec = ScreenSpec(rec.screen.width, rec.screen.fps, rec.screen.change_fps,
                               rec.screen.monitors)
            self._sources[SCREEN] = ScreenSource(sspec, self._sink(SCREEN))
        if AUDIO in types:
            aspec = AudioSpec(sel.audio_device, rec.audio.sample_rate)
            self._sources[AUDIO] = AudioSource(aspec, self._sink(AUDIO))

    def _sink(self, stream: str) -> Callable[..., None]:
        def on_event(kind: str, **fields: Any) -> None:
            self.event(kind, stream=stream, **fields)
        return on_event

    def _video_codec(self) -> codecs.VideoCodec:
        if self.probe is None:
            rec = self.config.recording
            # the screen at its change rate: typing keeps it there for much of an exam
            self.probe = choose_codec(
                (rec.webcam.width, rec.webcam.height, rec.webcam.fps, rec.webcam.bitrate_kbps),
                (rec.screen.width, round(rec.screen.width * 10 / 16),
                 max(rec.screen.fps, rec.screen.change_fps), rec.screen.bitrate_kbps),
                segment_seconds=rec.segment_seconds)
        return codecs.BY_NAME[self.probe.codec]

    def _segmenter(self, stream: str, codec: codecs.VideoCodec) -> Segmenter:
        rec = self.config.recording
        seg = rec.segment_seconds
        if stream == AUDIO:
            a = rec.audio
            return Segmenter(
                AUDIO, self.writer,
                lambda t, _b: AudioSegmentEncoder(a.sample_rate, a.bitrate_kbps, self.origin, t),
                content_type=codecs.AUDIO_TYPE, origin=self.origin, segment_seconds=seg,
                depth=50, on_event=self._sink(AUDIO), tail=BLOCK_SECONDS)
        if stream == WEBCAM:
            fps, kbps, depth = rec.webcam.fps, rec.webcam.bitrate_kbps, 30
        else:
            fps = max(rec.screen.fps, rec.screen.change_fps)
            kbps, depth = rec.screen.bitrate_kbps, 8
        steady = rec.webcam.fps if stream == WEBCAM else rec.screen.fps
        max_frames = round(seg * fps) + 2
        governor = Governor(kbps, codec.screen_quality) if stream == SCREEN else None

        def factory(t: float, frame: Any) -> VideoSegmentEncoder:
            quality = governor.quality if governor else None
            return VideoSegmentEncoder(codec, _shape(frame), steady, kbps, self.origin,
                                       max_frames, quality)

        return Segmenter(
            stream, self.writer, factory, content_type=codecs.VIDEO_TYPE, origin=self.origin,
            segment_seconds=seg, depth=depth, on_event=self._sink(stream), size_of=_shape,
            tail=1.0 / steady, on_segment=governor.update if governor else None)

    # ------------------------------------------------------------------ control
    def prepare(self) -> None:
        """Measure this processor for the video codec now (a fraction of a second of encoding)
        rather than at `start`; a recording whose probe was given or already run skips it."""
        self._video_codec()

    def start(self) -> None:
        use_one_thread()
        video = self._video_codec()
        self.origin = self._started = time.time()
        assert self.probe is not None
        self.event("recording_started", origin=self.origin, container=codecs.CONTAINER,
                   video_codec=video.name,
                   audio_codec="opus", streams=sorted(self._sources),
                   segment_seconds=self.config.recording.segment_seconds,
                   probe=self.probe.as_event())
        if self.probe.fallback:
            self.event("codec_fallback", message=MSG_FALLBACK.format(codec=video.name.upper()),
                       probe=self.probe.as_event())
        for name, source in self._sources.items():
            segmenter = self._segmenter(name, video)
            self._segmenters[name] = segmenter
            segmenter.start()
            source.consumer = segmenter.offer
            source.start()

    def stop(self) -> None:
        """Stop capturing, encode and seal what is queued; the writer stays open."""
        for source in self._sources.values():
            source.stop()
        for segmenter in self._segmenters.values():
            segmenter.stop()
        self._stopped = time.time()
        self.event("recording_stopped",
                   stats={name: asdict(s) for name, s in self.stats().items()})

    # ------------------------------------------------------------------ observing
    def event(self, kind: str, **fields: Any) -> None:
        self.writer.event(kind, **fields)
        with self._lock:
            listeners = list(self._event_listeners)
        for fn in listeners:
            fn(kind, fields)

    def add_event_listener(self, fn: EventListener) -> None:
        """Called on the thread that raised the event: return quickly."""
        with self._lock:
            self._event_listeners.append(fn)

    def add_frame_listener(self, stream: str, fn: Listener) -> Callable[[], None]:
        """fn(t, frame_bgr) on its own thread for "webcam" or "screen"; returns unsubscribe."""
        return self._sources[stream].add_listener(fn)

    def add_audio_listener(self, fn: Listener) -> Callable[[], None]:
        """fn(t, block_float32) on its own thread; returns unsubscribe."""
        return self._sources[AUDIO].add_listener(fn)

    add_sink = add_frame_listener  # a second consumer such as a live view: same contract

    @property
    def streams(self) -> list[str]:
        return sorted(self._sources)

    def audio_level(self) -> float | None:
        """Microphone level in dBFS (-90 silence, 0 full scale), None without audio."""
        source = self._sources.get(AUDIO)
        return source.level if isinstance(source, AudioSource) else None

    def elapsed(self) -> float:
        if not self._started:
            return 0.0
        return (self._stopped or time.time()) - self._started

    def stats(self) -> dict[str, StreamStats]:
        elapsed = max(self.elapsed(), 1e-6)
        out: dict[str, StreamStats] = {}
        for name, source in self._sources.items():
            seg = self._segmenters.get(name)
            counters = seg.counters if seg else None
            size = counters.bytes if counters else 0
            state = PAUSED if counters and counters.paused else source.stats.state
            out[name] = StreamStats(
                captured=source.stats.captured, dropped=source.stats.dropped, bytes=size,
                kbps=round(size * 8 / 1000 / elapsed, 2),
                segments=counters.segments if counters else 0, state=state,
                message=source.stats.message)
        return out

    def encode_seconds(self) -> dict[str, float]:
        return {n: s.counters.encode_seconds for n, s in self._segmenters.items()}
