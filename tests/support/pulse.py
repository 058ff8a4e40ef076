"""A real PulseAudio server whose microphone is the monitor of a null sink.

Anything played into the sink (espeak-ng speech, silence, a beep) is what a program recording from
the default source hears, through the same PortAudio/ALSA path as on a laptop.

A null sink nobody plays into renders in two-second blocks, so a recorder opening its monitor would
wait up to two seconds for its first sample, where a real microphone delivers within milliseconds.
A low-latency stream of digital silence keeps playing into the sink to make it tick like hardware;
it adds nothing to what is heard.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SINK = "invigilo_mic"


@dataclass
class PulseServer:
    runtime_dir: Path
    process: subprocess.Popen[bytes]

    @property
    def env(self) -> dict[str, str]:
        return {"XDG_RUNTIME_DIR": str(self.runtime_dir), "PULSE_SERVER": str(self.server)}

    @property
    def server(self) -> Path:
        return self.runtime_dir / "pulse" / "native"

    @property
    def source(self) -> str:
        return f"{SINK}.monitor"

    def pactl(self, *args: str) -> str:
        out = subprocess.run(["pactl", *args], env={**os.environ, **self.env},
                             capture_output=True, text=True, check=True, timeout=10)
        return out.stdout

    def play(self, wav: Path) -> subprocess.Popen[bytes]:
        """Play a WAV file into the virtual microphone; returns the running player."""
        return subprocess.Popen(["paplay", f"--device={SINK}", str(wav)],
                                env={**os.environ, **self.env})


def speech_wav(text: str, out: Path, *, rate: int = 150) -> Path:
    """Real synthetic speech (espeak-ng) as a WAV file."""
    subprocess.run(["espeak-ng", "-s", str(rate), "-w", str(out), text], check=True, timeout=60)
    return out


@contextmanager
def pulseaudio() -> Iterator[PulseServer]:
    if shutil.which("pulseaudio") is None:
        raise RuntimeError("PulseAudio is not installed; run ./dev test, which installs it")
    runtime = Path(tempfile.mkdtemp(prefix="invigilo-pulse-"))
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    proc = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "--load=module-native-protocol-unix", "--load=module-always-sink",
         f"--load=module-null-sink sink_name={SINK} rate=48000 channels=1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    server = PulseServer(runtime, proc)
    deadline = time.monotonic() + 10
    while not server.server.exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("PulseAudio did not start")
        time.sleep(0.05)
    server.pactl("set-default-source", server.source)
    server.pactl("set-default-sink", SINK)
    ticker = subprocess.Popen(
        ["pacat", "--playback", f"--device={SINK}", "--latency-msec=20", "--raw",
         "--format=s16le", "--rate=48000", "--channels=1", "/dev/zero"],
        env={**os.environ, **server.env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield server
    finally:
        ticker.terminate()
        ticker.wait(5)
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(runtime, ignore_errors=True)
