"""Encoding one segment into memory: a fresh encoder per segment, so every segment starts on a
keyframe, carries its own headers and plays alone. Timestamps count from the start of the
recording, so consecutive segments line up on one timeline.

Why not one encoder kept running per stream, with a keyframe forced at each cut: measured on
the 2-core build machine, it saves SVT-AV1's per-segment start (0.45 % of a core for the webcam,
0.2 % for the screen), but the encoder hands pictures back late (its lookahead), so a segment
could only be sealed when the next one's first picture came out: 6 s after its end for the
webcam, up to 25 s for a 1-2 fps screen. A crash would then lose up to three segments instead of
at most one; turning the lookahead off to shorten that cost webcam SSIM 0.957 -> 0.946.
SVT-AV1's low-delay structure (pred-struct=1), which returns each picture at once, needs a
constant bitrate and gave webcam SSIM 0.914 at the same rate for no less CPU.

Nothing here touches the disk: the finished bytes go to the journal, which seals them.
"""

from __future__ import annotations

import io
import os
from fractions import Fraction
from typing import Any

import cv2
import numpy as np

from client.record.codecs import CONTAINER, OPUS_ENCODER, OPUS_OPTIONS, VideoCodec
from client.record.priority import restore_normal_priority

os.environ.setdefault("SVT_LOG", "1")  # SVT-AV1 prints a banner per encoder otherwise

MS = Fraction(1, 1000)
# How far a block may sit from its own time before silence is put in or an overlap cut: a lip-sync
# error this small is not seen, and it is above the audio clock's smooth corrections.
RESYNC_SECONDS = 0.04


def _fraction(fps: float) -> Fraction:
    return Fraction(fps).limit_denominator(1000)


class _InMemoryWebM:
    """One stream encoded into one WebM file held in memory, never on disk unsealed."""

    _buffer: io.BytesIO
    _container: Any
    _stream: Any

    def _encode(self, frame: Any) -> None:
        for packet in self._stream.encode(frame):
            self._container.mux(packet)

    def finish(self) -> bytes:
        self._encode(None)  # flush the encoder
        self._container.close()
        return self._buffer.getvalue()


class VideoSegmentEncoder(_InMemoryWebM):
    """Frames in (BGR, wall-clock time), one WebM file out."""

    def __init__(self, codec: VideoCodec, size: tuple[int, int], fps: float,
                 bitrate_kbps: int, origin: float, max_frames: int,
                 quality: int | None = None) -> None:
        """`quality` (a CRF) selects constant-quality screen mode instead of a bitrate."""
        import av

        self.size = size
        self.origin = origin
        self.frames = 0
        self._last_pts = -1
        self._buffer = io.BytesIO()
        self._container: Any = av.open(self._buffer, "w", format=CONTAINER)
        options = dict(codec.options) if quality is None else {
            **codec.screen_options, "crf": str(quality)}
        stream: Any = self._container.add_stream(codec.encoder, rate=_fraction(fps),
                                                 options=options)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        if quality is None:
            stream.bit_rate = round(bitrate_kbps * 1000 * codec.rate_factor)
        stream.codec_context.time_base = MS
        stream.codec_context.gop_size = max_frames + 1  # one keyframe: the first
        stream.time_base = MS
        self._stream = stream

    def add(self, t: float, frame_bgr: np.ndarray) -> None:
        import av

        pts = max(round((t - self.origin) * 1000), self._last_pts + 1)
        self._last_pts = pts
        yuv = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2YUV_I420)
        frame = av.VideoFrame.from_ndarray(np.asarray(yuv, np.uint8), format="yuv420p")
        frame.pts = pts
        frame.time_base = MS
        self._encode(frame)
        if self.frames == 0:  # the video encoder opens, and starts its threads, on its first frame
            restore_normal_priority()
        self.frames += 1



class AudioSegmentEncoder(_InMemoryWebM):
    """Mono float blocks in, one WebM (Opus) file out."""

    def __init__(self, sample_rate: int, bitrate_kbps: int, origin: float, first_t: float) -> None:
        import av

        self.rate = sample_rate
        self.frames = 0
        self._buffer = io.BytesIO()
        self._container: Any = av.open(self._buffer, "w", format=CONTAINER)
        stream: Any = self._container.add_stream(OPUS_ENCODER, rate=sample_rate,
                                            options=dict(OPUS_OPTIONS))
        stream.layout = "mono"
        stream.bit_rate = bitrate_kbps * 1000
        self._stream = stream
        self.origin = origin
        self.resync = round(RESYNC_SECONDS * sample_rate)
        self._cutting = False
        # Samples are counted from the segment's first block: gap-free within a segment.
        self._next = round((first_t - origin) * sample_rate)

    def add(self, t: float, block: np.ndarray) -> None:
        """Append a block, keeping it within RESYNC_SECONDS of its own time on the timeline.

        Blocks follow each other gap-free; only when the audio clock has moved (a lasting
        correction, or samples lost by the device) is silence put in or an overlap cut, so the
        sound stays in sync with the pictures for the whole segment."""
        want = round((t - self.origin) * self.rate)
        off = want - self._next
        if off > self.resync:
            self._put(np.zeros(off, np.float32))
        elif off < -self.resync or (self._cutting and off < 0):
            block = block[-off:]
            self._cutting = block.shape[0] == 0  # cut on until exactly in line
        if block.shape[0]:
            self._put(block)
            self.frames += 1

    def _put(self, samples: np.ndarray) -> None:
        import av

        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1).astype(np.float32, copy=False),
                                           format="flt", layout="mono")
        frame.sample_rate = self.rate
        frame.pts = self._next
        frame.time_base = Fraction(1, self.rate)
        self._next += samples.shape[0]
        self._encode(frame)

