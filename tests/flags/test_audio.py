"""m1 and m2 on real sound: espeak-ng speech, sox silence and noise, through the engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from client.config.schema import Flags
from client.flags.engine import FlagEngine
from tests.flags import material

RATE = 48000


def flags_for(signal: np.ndarray, config: Flags | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    engine = FlagEngine(config or Flags(), lambda kind, **f: out.append(f), face_hz=0)
    for i in range(0, signal.size, 1024):
        engine.feed_audio(i / RATE, signal[i:i + 1024], RATE)
    engine.close(signal.size / RATE)
    return [f for f in out if f["phase"] != "start"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sound")


def test_a_voice_in_a_quiet_room_is_flagged_where_it_speaks(folder: Path) -> None:
    room = material.noise(folder, "whitenoise", 20.0, -68.0)
    voice = material.speech(folder, "Tell me the answer to question four, and then the next "
                            "one as well.", "en-us", RATE, -15.0)
    room[8 * RATE:8 * RATE + voice.size] += voice[: room.size - 8 * RATE]
    m2 = [f for f in flags_for(room) if f["code"] == "m2"]
    assert len(m2) == 1
    assert 7.5 <= m2[0]["start"] <= 8.6
    assert m2[0]["end"] <= 8 + voice.size / RATE + 0.6
    assert m2[0]["evidence"]["stream"] == "audio"


def test_a_steady_fan_is_learnt_not_flagged(folder: Path) -> None:
    fan = material.noise(folder, "pinknoise", 60.0, -35.0)
    assert [f for f in flags_for(fan) if f["code"] in ("m1", "m2")] == []


def test_speech_over_a_fan_is_still_heard(folder: Path) -> None:
    fan = material.noise(folder, "brownnoise", 24.0, -35.0)
    voice = material.speech(folder, "Read me the numbers again, slowly please.", "en", RATE,
                            -20.0)
    fan[12 * RATE:12 * RATE + voice.size] += voice
    assert [f["code"] for f in flags_for(fan)] == ["m2"]


def test_a_muted_microphone_is_m1_and_off_turns_it_off(folder: Path) -> None:
    muted = material.noise(folder, "silence", 30.0, 0.0)
    assert [f["code"] for f in flags_for(muted)] == ["m1"]
    assert flags_for(muted, Flags(kinds={"m1": "off"})) == []


def test_strictness_changes_how_long_before_a_flag(folder: Path) -> None:
    muted = material.noise(folder, "silence", 12.0, 0.0)  # 12 s: normal needs 15 s
    assert flags_for(muted) == []
    assert [f["code"] for f in flags_for(muted, Flags(strictness="strict"))] == ["m1"]
