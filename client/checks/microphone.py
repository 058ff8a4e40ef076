"""The microphone: it opens and is not silent over a couple of seconds.

Goes through sounddevice (PortAudio), the recorder's own path. Three outcomes people can act on:
digital silence (every sample exactly zero: muted, or blocked by a macOS permission) fails; a
quiet but live signal only warns (a silent exam room is normal for IT's headless check; the
candidate's wizard asks them to speak); clear sound passes.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from client.checks import holders
from client.checks.context import CheckContext
from client.checks.result import CheckResult
from client.i18n import QT_TRANSLATE_NOOP

TEXT = {
    "off": QT_TRANSLATE_NOOP("MicrophoneCheck", "This exam does not use the microphone."),
    "ok": QT_TRANSLATE_NOOP("MicrophoneCheck", "The microphone hears sound (loudest {db:.0f} dB)."),
    "quiet": QT_TRANSLATE_NOOP("MicrophoneCheck", "The microphone works but hears almost nothing "
                               "(loudest {db:.0f} dB)."),
    "quiet_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Speak during the check; if it stays "
                                   "quiet, raise the microphone level in the sound settings or "
                                   "move closer."),
    "zero": QT_TRANSLATE_NOOP("MicrophoneCheck", "The microphone delivers pure silence: it is "
                              "muted or access is blocked."),
    "zero_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Unmute the microphone (check for a mute "
                                  "key or switch on a headset), raise its level, and on a Mac "
                                  "allow Invigilo under System Settings > Privacy & Security > "
                                  "Microphone."),
    "no_data": QT_TRANSLATE_NOOP("MicrophoneCheck", "The microphone opened but delivered no "
                                 "sound at all."),
    "no_data_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Unplug and reconnect the microphone or "
                                     "headset, or restart the computer."),
    "none": QT_TRANSLATE_NOOP("MicrophoneCheck", "No microphone was found."),
    "none_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Connect a microphone or headset, or switch "
                                  "on the built-in one."),
    "no_open": QT_TRANSLATE_NOOP("MicrophoneCheck", "The microphone could not be opened "
                                 "({reason})."),
    "no_open_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Close apps that may use the microphone "
                                     "(video calls), check that it is connected, and try again."),
    "held": QT_TRANSLATE_NOOP("MicrophoneCheck", "{apps} is using the microphone."),
    "held_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Quit {apps}: it is using your microphone. "
                                  "Then run the check again."),
    "privacy": QT_TRANSLATE_NOOP("MicrophoneCheck", "Windows privacy settings do not allow apps "
                                 "to use the microphone."),
    "privacy_fix": QT_TRANSLATE_NOOP("MicrophoneCheck", "Open Settings > Privacy > Microphone "
                                     "and allow desktop apps to use it."),
}

RATE = 16000
WINDOW_S = 0.05
QUIET_DBFS = -45.0   # a window this loud is sound, not room hiss
# PortAudio's ways of saying there is no input device at all.
NO_DEVICE = ("no default input", "device unavailable", "querying device -1")
SILENT = 0.0         # exactly zero: a muted or blocked device


@dataclass(frozen=True)
class Level:
    seconds: float
    peak_dbfs: float          # loudest 50 ms window (RMS), -inf for digital silence
    loud_fraction: float      # share of windows above QUIET_DBFS
    all_zero: bool


def dbfs(rms: float) -> float:
    return 20 * math.log10(rms) if rms > 0 else -math.inf


def measure_level(samples: Any, rate: int = RATE) -> Level:
    """Level over float samples in -1..1 (numpy array, mono)."""
    import numpy as np

    data = np.asarray(samples, dtype=np.float32).reshape(-1)
    if data.size == 0:
        return Level(0.0, -math.inf, 0.0, True)
    step = max(1, int(rate * WINDOW_S))
    usable = data[: data.size - data.size % step] if data.size >= step else data
    windows = usable.reshape(-1, min(step, usable.size))
    rms = np.sqrt(np.mean(windows.astype(np.float64) ** 2, axis=1))
    levels = [dbfs(float(r)) for r in rms]
    loud = sum(1 for lv in levels if lv > QUIET_DBFS) / len(levels)
    return Level(data.size / rate, max(levels), loud, bool(np.all(data == SILENT)))


def evaluate(level: Level) -> CheckResult:
    shown = "silence" if level.all_zero else f"{level.peak_dbfs:.0f} dBFS peak"
    required = f"sound above {QUIET_DBFS:.0f} dBFS"
    details = {"seconds": round(level.seconds, 2),
               "peak_dbfs": None if level.all_zero else round(level.peak_dbfs, 1),
               "loud_fraction": round(level.loud_fraction, 3)}
    if level.all_zero:
        return CheckResult("microphone", "fail", shown, required, TEXT["zero"], TEXT["zero_fix"],
                           details=details)
    if level.peak_dbfs <= QUIET_DBFS:
        return CheckResult("microphone", "warn", shown, required,
                           TEXT["quiet"].format(db=level.peak_dbfs), TEXT["quiet_fix"],
                           details=details)
    return CheckResult("microphone", "pass", shown, required,
                       TEXT["ok"].format(db=level.peak_dbfs), details=details)


class NoSamples(Exception):
    """The device opened but delivered nothing at all."""


@dataclass(frozen=True)
class Recording:
    samples: Any
    start_delay_s: float   # from opening the device to its first sample


def record(seconds: float, device: int | str | None,
           first_sample_timeout: float = 3.0) -> Recording:
    """Mono float32 at 16 kHz: `seconds` of sound counted from the first sample the device
    delivers (some take a second or two to start). PortAudio is re-initialised first so a
    headset plugged in since start-up (or a sound server started since) is seen."""
    import threading

    import numpy as np
    import sounddevice as sd

    sd._terminate()
    sd._initialize()
    wanted = int(seconds * RATE)
    chunks: list[Any] = []
    have = 0
    full = threading.Event()
    opened = time.perf_counter()
    first: list[float] = []

    def collect(indata: Any, frames: int, _time: Any, _status: Any) -> None:
        nonlocal have
        if not first:
            first.append(time.perf_counter() - opened)
        if have < wanted:
            chunks.append(indata[:, 0].copy())
            have += frames
        if have >= wanted:
            full.set()

    with sd.InputStream(samplerate=RATE, channels=1, dtype="float32", device=device,
                        callback=collect):
        full.wait(first_sample_timeout + seconds)
    if not chunks:
        raise NoSamples
    return Recording(np.concatenate(chunks)[:wanted], first[0])


def _failed_open(reason: str, required: str) -> CheckResult:
    report = holders.report("microphone")
    details: dict[str, object] = {"reason": reason,
                                  "holders": [h.process for h in report.holders]}
    if report.holders:
        apps = ", ".join(sorted({h.name for h in report.holders}))
        return CheckResult("microphone", "fail", "cannot open", required,
                           TEXT["held"].format(apps=apps), TEXT["held_fix"].format(apps=apps),
                           details=details)
    if report.blocked_by_privacy:
        return CheckResult("microphone", "fail", "cannot open", required, TEXT["privacy"],
                           TEXT["privacy_fix"], details=details)
    return CheckResult("microphone", "fail", "cannot open", required,
                       TEXT["no_open"].format(reason=reason), TEXT["no_open_fix"],
                       details=details)


def check_microphone(ctx: CheckContext) -> CheckResult:
    required = f"sound above {QUIET_DBFS:.0f} dBFS"
    if not (ctx.requirements.microphone and ctx.config.recording.audio.enabled):
        return CheckResult("microphone", "skipped", "", "", TEXT["off"])
    try:
        import sounddevice as sd
    except OSError as exc:  # PortAudio library missing
        return _failed_open(str(exc), required)
    try:
        data = record(ctx.mic_seconds, ctx.microphone)
    except sd.PortAudioError as exc:
        text = str(exc)
        if any(sign in text.lower() for sign in NO_DEVICE):
            return CheckResult("microphone", "fail", "none", required, TEXT["none"],
                               TEXT["none_fix"], details={"reason": text})
        return _failed_open(text, required)
    except NoSamples:
        return CheckResult("microphone", "fail", "no data", required, TEXT["no_data"],
                           TEXT["no_data_fix"])
    except ValueError as exc:  # "No input device matching ..."
        return CheckResult("microphone", "fail", "none", required, TEXT["none"],
                           TEXT["none_fix"], details={"reason": str(exc)})
    result = evaluate(measure_level(data.samples))
    result.details["start_delay_s"] = round(data.start_delay_s, 2)
    return result
