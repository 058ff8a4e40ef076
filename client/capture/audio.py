"""The microphone through sounddevice (PortAudio): mono float blocks with a level for the UI.

The callback only copies, stamps and hands over: PortAudio's thread must never wait. A watchdog
on the source thread notices a device that went away (the callback stops, the stream ends) and
reopens it every few seconds, re-reading the device list, until it is back.
Verified on Linux (ALSA with PulseAudio). Windows (WASAPI/MME) and macOS (CoreAudio) are
PortAudio's own back ends; the macOS microphone permission shows up as silence or a failed open.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from client.capture.audio_clock import AudioClock, SettlingStamper
from client.capture.source import MISSING, RECORDING, EventSink, Source

# Two callbacks a second. Each block wakes PortAudio's thread, the recorder's audio thread and
# the Opus encoder; at ten a second that cost 0.5 % of a core more (per-thread CPU over 90 s of
# benchmarks/record.py's content: audio thread 1.2 -> 0.9 %, callback 0.45 -> 0.2 %). The level
# still moves twice a second; the check-in meter has its own faster stream (ui/preview.py).
BLOCK_SECONDS = 0.5
STALL_SECONDS = 2.0
FIRST_BLOCK_SECONDS = 5.0
RETRY_SECONDS = 2.0
SILENCE_DB = -90.0

MSG_OPEN = "the microphone could not be opened: it is not connected or not allowed"
MSG_LOST = "the microphone stopped sending sound (unplugged or taken away)"
MSG_BACK = "the microphone is working again"


@dataclass(frozen=True)
class AudioSpec:
    device: str | None = None   # None: the system default; else a name or an index
    sample_rate: int = 48000


def level_db(block: np.ndarray) -> float:
    """RMS level in dBFS (0 is full scale), floored at SILENCE_DB.

    One dot product: it runs for every block on PortAudio's thread, where each numpy call
    costs far more than in a loop (cold caches after the thread slept), and a meter needs no
    more than float32's precision."""
    if block.size == 0:
        return SILENCE_DB
    rms = math.sqrt(float(np.dot(block, block)) / block.size)
    return max(SILENCE_DB, 20 * math.log10(rms)) if rms > 0 else SILENCE_DB


class AudioSource(Source):
    kind = "audio"

    def __init__(self, spec: AudioSpec, on_event: EventSink | None = None) -> None:
        super().__init__(on_event)
        self.spec = spec
        self.level = SILENCE_DB
        self._last_block = 0.0
        self._ended = threading.Event()
        self._stamper = SettlingStamper(AudioClock(spec.sample_rate))

    def _device(self) -> Any:
        dev = self.spec.device
        return int(dev) if dev is not None and dev.isdigit() else dev

    def _callback(self, indata: np.ndarray, frames: int, when: Any, status: Any) -> None:
        now = time.time()
        self._last_block = time.monotonic()
        block = indata[:, 0].copy()
        self.level = level_db(block)
        adc = float(when.inputBufferAdcTime)
        delay = float(when.currentTime) - adc if adc > 0 else None
        for t, ready in self._stamper.add(now, block, delay, bool(status.input_overflow)):
            self.emit(t, ready)

    def _open(self) -> Any:
        import sounddevice as sd

        self._ended.clear()
        try:
            stream = sd.InputStream(
                samplerate=self.spec.sample_rate, channels=1, dtype="float32",
                blocksize=round(self.spec.sample_rate * BLOCK_SECONDS), device=self._device(),
                callback=self._callback, finished_callback=self._ended.set)
            stream.start()
        except Exception:  # PortAudioError and friends: a missing or refused device
            return None
        self._stamper = SettlingStamper(AudioClock(self.spec.sample_rate,
                                                   latency=float(stream.latency)))
        return stream

    def _run(self) -> None:
        first = True
        while not self.stopping.is_set():
            stream = self._open()
            if stream is None:
                if first or self.stats.state != MISSING:
                    self._set_state(MISSING, MSG_OPEN)
                    self.on_event("microphone_missing", message=MSG_OPEN)
                first = False
                _rescan()
                if self.stopping.wait(RETRY_SECONDS):
                    return
                continue
            if not first:
                self.on_event("microphone_restored", message=MSG_BACK)
            first = False
            self._set_state(RECORDING)
            self._watch(stream)
            _close_quietly(stream)
            for t, held in self._stamper.flush():  # a short stream: blocks still held back
                self.emit(t, held)
            if not self.stopping.is_set():
                self.level = SILENCE_DB
                self._set_state(MISSING, MSG_LOST)
                self.on_event("microphone_lost", message=MSG_LOST)
                _rescan()

    def _watch(self, stream: Any) -> None:
        opened = time.monotonic()
        self._last_block = 0.0
        while not self.stopping.wait(0.25):
            if self._ended.is_set():
                return
            last = self._last_block or opened
            allowed = STALL_SECONDS if self._last_block else FIRST_BLOCK_SECONDS
            if time.monotonic() - last > allowed:
                return


def _close_quietly(stream: Any) -> None:
    # Closing a stream whose device vanished can hang inside the driver: give it a moment only.
    closer = threading.Thread(target=stream.close, kwargs={"ignore_errors": True}, daemon=True)
    closer.start()
    closer.join(2.0)


def _rescan() -> None:
    """Make PortAudio read the device list again, so a replugged device can be found."""
    import sounddevice as sd

    try:
        sd._terminate()
        sd._initialize()
    except Exception:
        return
