"""The microphone check through PortAudio and a real PulseAudio server: a silent source, and one
fed with espeak-ng speech."""

from __future__ import annotations

import math

import numpy as np
import pytest

from client.checks import microphone
from tests.support.pulse import speech_wav


@pytest.mark.needs_audio
def test_silent_microphone_fails(pulse, ctx_factory):
    result = microphone.check_microphone(ctx_factory(mic_seconds=1.0))
    assert result.status == "fail", result
    assert "silence" in result.message and "Unmute" in result.remedy


@pytest.mark.needs_audio
def test_speech_passes(pulse, ctx_factory, tmp_path):
    wav = speech_wav("Hello, this is the microphone check. One two three four five.",
                     tmp_path / "speech.wav")
    player = pulse.play(wav)
    try:
        result = microphone.check_microphone(ctx_factory(mic_seconds=2.0))
    finally:
        player.kill()
        player.wait()
    assert result.status == "pass", result
    assert result.details["peak_dbfs"] > -30


@pytest.mark.needs_audio
def test_unknown_device_is_explained(pulse, ctx_factory):
    result = microphone.check_microphone(ctx_factory(microphone="no such microphone"))
    assert result.status == "fail" and result.message == microphone.TEXT["none"]


def test_levels():
    t = np.arange(16000) / 16000
    loud = microphone.measure_level(0.5 * np.sin(2 * math.pi * 440 * t))
    assert loud.peak_dbfs == pytest.approx(20 * math.log10(0.5 / math.sqrt(2)), abs=0.1)
    assert microphone.evaluate(loud).status == "pass"
    hiss = microphone.measure_level(np.random.default_rng(0).normal(0, 0.001, 16000))
    assert microphone.evaluate(hiss).status == "warn"
    zero = microphone.measure_level(np.zeros(16000))
    assert zero.all_zero and microphone.evaluate(zero).status == "fail"
    assert microphone.measure_level(np.zeros(0)).all_zero
