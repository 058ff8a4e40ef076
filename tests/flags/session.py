"""A real recorded session for the report tests: real pictures encoded to WebM with PyAV, espeak
speech, the flag engine fed exactly what is recorded, everything sealed by the real journal."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from client.config.practice import practice_exam
from client.config.schema import Flags
from client.flags.engine import FlagEngine
from client.journal import SessionWriter
from client.trust import keys
from tests.flags import material

FPS = 10
SEGMENT_S = 4


@dataclass
class Recorded:
    folder: Path
    key: keys.RecordingPrivateKey
    key_path: Path
    start: float
    events: list[dict[str, object]]


def webm(frames: list[np.ndarray], fps: int = FPS) -> bytes:
    import av

    buf = io.BytesIO()
    h, w = frames[0].shape[:2]
    with av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libvpx", rate=Fraction(fps, 1))
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.bit_rate = 200_000
        stream.options = {"deadline": "realtime", "cpu-used": "8"}  # test speed, not quality
        stream.thread_count = 1  # encoder threads wait badly on a busy machine
        for frame in frames:
            out.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="bgr24")))
        out.mux(stream.encode())
    return buf.getvalue()


def opus_webm(samples: np.ndarray, rate: int = 48000) -> bytes:
    """Mono float samples as the recorder stores sound: Opus in WebM."""
    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=rate)
        stream.layout = "mono"
        for i in range(0, samples.size, 960):
            frame = av.AudioFrame.from_ndarray(samples[None, i:i + 960].astype(np.float32),
                                               format="flt", layout="mono")
            frame.sample_rate = rate
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return buf.getvalue()


def jpeg(frame: np.ndarray) -> bytes:
    import cv2

    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    return data.tobytes()


def webcam_script() -> list[tuple[str, np.ndarray]]:
    """Per 4-second segment: what the camera sees (the story the report must tell)."""
    one = dict(material.faces())["astronaut"]
    crops = material.face_crops()
    scene = dict(material.scenes())["rocket"]  # nobody in view
    two = material.several([crops[0], crops[1]], 2, dict(material.scenes())["coffee"])
    return [("present", one), ("present", one), ("absent", scene), ("absent", scene),
            ("absent", scene), ("two people", two), ("two people", two), ("present", one)]


def record(tmp: Path, *, flags: Flags | None = None) -> Recorded:
    """About 32 s of exam: face, then nobody for 12 s, then two people, speech in the middle,
    a network outage, focus lost, one agent finding."""
    keys.generate(tmp / "keys")
    exam, _ = practice_exam(tmp / "keys")
    public = keys.load_recording_public(tmp / "keys" / "recording.pub")
    writer = SessionWriter.create(tmp / "spool", exam=exam.config, recipient=public,
                                  candidate_id="cand-042", exam_source=exam.source,
                                  streams={"webcam": "video/webm", "screen": "video/webm",
                                           "audio": "audio/webm", "id": "image/jpeg"})
    events: list[dict[str, object]] = []

    def sink(kind: str, t: float | None = None, **fields: object) -> None:
        events.append({"kind": kind, "t": t, **fields})
        writer.event(kind, t=t, **fields)

    engine = FlagEngine(flags or exam.config.flags, sink)
    t0 = time.time() + 6  # after the journal's own session_started event
    rng = np.random.default_rng(7)
    import cv2

    # sensor grain: a few fixed noise frames in turn (live frames never repeat exactly)
    grain = [rng.normal(0, 3, (240, 320, 3)).astype(np.int16) for _ in range(5)]
    faces = material.faces()
    writer.write_segment("id", jpeg(dict(faces)["astronaut"]), t0 - 5, t0 - 5)
    from client.checks.result import CheckResult

    writer.event("system_check", t=t0 - 4, results=[r.as_dict() for r in (  # as the app does
        CheckResult("camera", "pass", "320x240 at 10 fps", "a working camera", "Camera works"),
        CheckResult("microphone", "pass", "speech heard", "a working microphone", "Heard you"),
        CheckResult("upload_speed", "warn", "140 kbit/s", "150 kbit/s",
                    "Upload speed is below 150 kbit/s"))])
    speech = material.speech(tmp, "Tell me the answer to question four, quickly. Then read "
                             "me the numbers in the table again.", "en", 48000)
    screen_scene = dict(material.scenes())["text"]
    for seg, (_, picture) in enumerate(webcam_script()):
        frames, sound, start = [], [], t0 + seg * SEGMENT_S
        for i in range(SEGMENT_S * FPS):
            t = start + i / FPS
            noisy = cv2.add(picture, grain[i % len(grain)], dtype=cv2.CV_8U)
            frames.append(noisy)
            engine.feed_frame("webcam", t, noisy)
            if i % FPS == 0:
                engine.feed_frame("screen", t, screen_scene)
                engine.tick(t)
            _events_at(engine, writer, t, t0)
            sound.append(_audio_at(engine, t, t0, speech, rng))
        writer.write_segment("webcam", webm(frames[::2], fps=FPS // 2), start,
                             start + SEGMENT_S)  # every frame went to the engine
        writer.write_segment("screen", webm([screen_scene] * SEGMENT_S, fps=1),
                             start, start + SEGMENT_S)
        writer.write_segment("audio", opus_webm(np.concatenate(sound)), start,
                             start + SEGMENT_S)
    end = t0 + len(webcam_script()) * SEGMENT_S
    engine.close(end)
    writer.close()
    return Recorded(writer.path, keys.load_recording_private(tmp / "keys" / "recording.key"),
                    tmp / "keys" / "recording.key", t0, events)


def _events_at(engine: FlagEngine, writer: SessionWriter, t: float, t0: float) -> None:
    script = {60: {"kind": "network", "online": False}, 200: {"kind": "network", "online": True},
              120: {"kind": "agent", "finding": {"kind": "forbidden_app", "action": "flag",
                                                 "message": "Discord is running",
                                                 "evidence": {"name": "Discord"}}},
              140: {"kind": "focus", "state": "lost"}, 185: {"kind": "focus", "state": "back"}}
    event = script.get(round((t - t0) * FPS))
    if event:
        writer.event(str(event["kind"]), t=t, **{k: v for k, v in event.items() if k != "kind"})
        engine.feed_event(t, event)


def _audio_at(engine: FlagEngine, t: float, t0: float, speech: np.ndarray,
              rng: np.random.Generator) -> np.ndarray:
    """Room noise throughout, the speech from second 14 on."""
    n = 48000 // FPS
    block = rng.normal(0, 0.0005, n).astype(np.float32)
    k = round((t - t0 - 14) * 48000)
    if 0 <= k < speech.size:
        piece = speech[k:k + n]
        block[:piece.size] += piece
    engine.feed_audio(t, block, 48000)
    return block
