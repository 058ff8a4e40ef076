"""Segments from the encoder and the segmenter, checked by decoding them back (no devices)."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from client.config.practice import practice_exam
from client.journal import SessionReader, SessionWriter
from client.record import codecs
from client.record.encoder import AudioSegmentEncoder, VideoSegmentEncoder
from client.record.probe import choose_codec
from client.record.segmenter import Segmenter
from client.trust import keys


def _frames(n: int, w: int = 320, h: int = 240) -> list[np.ndarray]:
    rng = np.random.default_rng(3)
    base = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
    return [np.roll(base, 4 * i, axis=1) for i in range(n)]


@pytest.mark.parametrize("codec", [codecs.AV1, codecs.VP9])
def test_a_video_segment_plays_alone_from_a_keyframe_on_the_recording_timeline(
        codec: codecs.VideoCodec) -> None:
    origin = 1000.0
    enc = VideoSegmentEncoder(codec, (320, 240), 10.0, 55, origin, 30)
    for i, frame in enumerate(_frames(20)):
        enc.add(origin + 10.0 + i * 0.1, frame)
    data = enc.finish()
    with av.open(io.BytesIO(data)) as c:
        frames = list(c.decode(video=0))
        assert c.format.name.startswith("matroska")
    assert len(frames) == 20 and frames[0].key_frame
    assert sum(f.key_frame for f in frames) == 1
    assert frames[0].time == pytest.approx(10.0) and frames[-1].time == pytest.approx(11.9)


def test_an_audio_segment_keeps_every_sample() -> None:
    origin = 50.0
    enc = AudioSegmentEncoder(48000, 16, origin, origin + 4.0)
    tone = (0.3 * np.sin(np.arange(960) * 2 * np.pi * 440 / 48000)).astype(np.float32)
    rng = np.random.default_rng(1)
    for k in range(100):  # times jitter by up to 30 ms around the sample count: no resync
        enc.add(origin + 4.0 + k * 0.02 + rng.uniform(-0.03, 0.03), tone)
    with av.open(io.BytesIO(enc.finish())) as c:
        frames = list(c.decode(audio=0))
    assert frames[0].time == pytest.approx(4.0, abs=0.01)
    assert sum(f.samples for f in frames) == 96000


def _click_times(data: bytes) -> list[float]:
    with av.open(io.BytesIO(data)) as c:
        frames = list(c.decode(audio=0))
    start = float(frames[0].time)
    samples = np.concatenate([f.to_ndarray().reshape(-1) for f in frames])
    loud = np.flatnonzero(np.abs(samples) > 0.3)
    firsts = loud[np.insert(np.diff(loud) > 4800, 0, True)]
    return [start + i / 48000 for i in firsts]


@pytest.mark.parametrize("moved", [0.3, -0.3])
def test_audio_follows_its_clock_when_the_clock_moves(moved: float) -> None:
    """A lasting clock correction mid-segment: silence put in, or the overlap cut, so that the
    sound after it is at its own time, not where the sample count alone would put it."""
    origin = 0.0
    enc = AudioSegmentEncoder(48000, 24, origin, 1.0)
    block = np.zeros(960, np.float32)
    click = block.copy()
    click[:240] = 0.8 * np.sin(np.arange(240) * 2 * np.pi * 1000 / 48000)
    for k in range(300):  # 6 s of 20 ms blocks; a click at 2 s and at 5 s
        t = 1.0 + k * 0.02 + (moved if k >= 150 else 0.0)
        enc.add(t, click if k in (50, 200) else block)
    clicks = _click_times(enc.finish())
    assert len(clicks) == 2
    assert clicks[0] == pytest.approx(2.0, abs=0.01)
    assert clicks[1] == pytest.approx(5.0 + moved, abs=0.01)


@given(st.floats(0, 10_000), st.floats(2, 120))
def test_segment_grid_boundaries(t: float, length: float) -> None:
    seg = Segmenter.__new__(Segmenter)
    seg.origin, seg.segment_seconds = 0.0, length
    b = seg.boundary_after(t)
    assert t < b <= t + length + 1e-6
    assert abs(b / length - round(b / length)) < 1e-6


def _writer(tmp_path: Path) -> tuple[SessionWriter, Path]:
    exam, folder = practice_exam(tmp_path / "keys")
    recipient = keys.load_recording_public(folder / "recording.pub")
    return SessionWriter.create(tmp_path / "spool", exam=exam.config, recipient=recipient,
                                streams={"webcam": codecs.VIDEO_TYPE}), folder


def test_segmenter_cuts_on_the_grid_and_on_a_size_change(tmp_path: Path) -> None:
    writer, folder = _writer(tmp_path)
    events: list[tuple[str, dict[str, Any]]] = []
    origin = time.time()
    seg = Segmenter("webcam", writer,
                    lambda t, f: VideoSegmentEncoder(codecs.VP9, (f.shape[1], f.shape[0]), 10,
                                                     55, origin, 40),
                    content_type=codecs.VIDEO_TYPE, origin=origin, segment_seconds=2.0,
                    depth=100, on_event=lambda k, **f: events.append((k, f)),
                    size_of=lambda f: f.shape, tail=0.1)
    seg.start()
    small, big = _frames(50), _frames(10, 640, 480)
    for i in range(50):  # 5 s at 10 fps: segments [0,2) [2,4) [4,5)
        assert seg.offer(origin + i * 0.1, small[i])
    for i in range(10):  # then the picture size changes: a new segment at once
        assert seg.offer(origin + 5.0 + i * 0.1, big[i])
    seg.stop()
    writer.close()
    assert events == []
    assert seg.counters.segments == 4 and seg.counters.queued_drops == 0
    reader = SessionReader(writer.path, keys.load_recording_private(folder / "recording.key"))
    segments = [s for s in reader.segments("webcam") if s.payload]
    starts = [round(s.start - origin, 2) for s in segments]
    assert starts == [0.0, 2.0, 4.0, 5.0]
    sizes = []
    for s in segments:
        with av.open(io.BytesIO(s.payload)) as c:
            f = next(c.decode(video=0))
            sizes.append((f.width, f.height))
    assert sizes == [(320, 240)] * 3 + [(640, 480)]


def test_probe_falls_back_when_the_default_is_too_slow() -> None:
    fast = choose_codec(max_load=10.0)
    assert fast.codec == codecs.DEFAULT.name and not fast.fallback
    slow = choose_codec(max_load=0.0)   # nothing is fast enough: the cheapest one measured
    assert slow.fallback == (slow.codec != codecs.DEFAULT.name)
    assert set(slow.tried) == {"av1", "vp9"}
    assert slow.load == min(slow.tried.values())
    assert slow.as_event()["tried"] == slow.tried
