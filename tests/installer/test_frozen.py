"""The frozen Linux bundle, built from build.spec with an institution's branding and run as a
candidate's or IT person's machine would run it: no Python, no source tree, no --trust.

Built once per run (about half a minute warm, longer on a cold PyInstaller cache). Each command's
result is compared with the same command run from source, so a module or library the bundle lost
shows up as a difference, not as a vague failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from client import __version__
from installer import freeze
from tests.support.pulse import PulseServer
from tests.support.xvfb import XDisplay

# The bundle is built in the first test's setup: about a minute alone, far more on a busy machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]
REPO = Path(__file__).resolve().parents[2]
DEMO_EXAM = REPO / "resources" / "demo-exam.toml"


@dataclass(frozen=True)
class Frozen:
    exe: Path
    bundle: Path
    keys: Path
    env: dict[str, str]
    root: Path


def source(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "client", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=REPO)


def frozen_run(f: Frozen, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(f.exe), *map(str, args)], env=f.env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    root = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "INVIGILO_CONFIG_DIR": str(root / "config"),
           "INVIGILO_DATA_DIR": str(root / "data")}
    env.pop("INVIGILO_TRUST", None)
    keys = root / "keys"
    steps = [
        ["admin", "keygen", "--out", keys],
        ["admin", "sign", DEMO_EXAM, "--key", keys / "signing.key",
         "--recording-pub", keys / "recording.pub", "--out", root / "exam.invigilo"],
        ["admin", "brand", "--trust", keys / "signing.pub", "--name", "Test University",
         "--logo", REPO / "installer" / "icons" / "invigilo.png",
         "--config", root / "exam.invigilo", "--out", root / "brand"],
    ]
    for step in steps:
        done = source(*step, env=env)
        assert done.returncode == 0, done.stderr
    bundle = freeze.build(root / "dist", root / "work", brand=root / "brand")
    return Frozen(freeze.executable(bundle), bundle, keys, env, root)


@pytest.fixture(scope="module")
def camera_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short test-pattern video, played as the webcam through OpenCV's capture path."""
    path = tmp_path_factory.mktemp("camera") / "camera.avi"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i",
                    "testsrc=size=320x240:rate=10", "-t", "3", "-c:v", "mjpeg", str(path)],
                   check=True)
    return path


def test_version(frozen: Frozen) -> None:
    done = frozen_run(frozen, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"invigilo {__version__}"


def test_bundle_carries_the_institution_and_nothing_unused(frozen: Frozen) -> None:
    data = frozen.bundle / "_internal"
    assert [p.suffix for p in (data / "trust").iterdir()] == [".pub"]
    assert json.loads((data / "branding" / "branding.json").read_text())["institution"] == \
        "Test University"
    names = {p.name for p in data.rglob("*")}
    dangling = [p for p in frozen.bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
    assert "libqxcb.so" in names and "libqoffscreen.so" in names
    unused = ("libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6Network", "libgtk-3", "libqgtk3")
    assert not {n for n in names if n.startswith(unused)}
    assert not {"PIL", "tkinter", "pytest", "hypothesis", "PyInstaller"} & names
    # Pruning left every kept Qt plugin loadable: each library it links is in the bundle or on
    # the system.
    search = f"{data}:{data / 'PySide6' / 'Qt' / 'lib'}"
    for plugin in (data / "PySide6" / "Qt" / "plugins").rglob("*.so"):
        linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                env={**os.environ, "LD_LIBRARY_PATH": search}).stdout
        assert "not found" not in linked, (plugin.name, linked)
    # Slimmed (installer/slim.py): OpenCV's FFmpeg is PyAV's, its OpenBLAS a shim over NumPy's,
    # unused codecs are stubs, Qt's ICU data is trimmed, the .deb's Depends are not bundled.
    opencv_libs = data / "opencv_python_headless.libs"
    shared = [p for p in opencv_libs.iterdir() if p.name.startswith(("libavcodec", "libavutil"))]
    assert shared and all(p.is_symlink() and p.resolve().parent.name == "av.libs"
                          for p in shared)
    assert all(p.stat().st_size < 100_000 for p in opencv_libs.glob("libopenblas*"))
    assert all(p.stat().st_size < 100_000 for p in (data / "av.libs").glob("libx26*"))
    assert next((data / "PySide6" / "Qt" / "lib").glob("libicudata*")).stat().st_size < 6e6
    assert not {"libportaudio.so.2", "libasound.so.2", "libdbus-1.so.3", "libstdc++.so.6"} & names
    assert [p.name for p in (data / "PySide6" / "Qt" / "translations").iterdir()] == \
        ["qtbase_de.qm"]
    # Every data file of the app's packages (face models, ...) sits where __file__ points.
    for package in ("client", "agent"):
        for path in (REPO / package).rglob("*"):
            if path.is_file() and path.suffix not in (".py", ".pyc", ".pyi"):
                relative = path.relative_to(REPO)
                assert (data / relative).is_file(), relative


def test_check_gives_the_same_verdicts_frozen_as_from_source(
        frozen: Frozen, xdisplay: XDisplay, pulse: PulseServer, camera_video: Path) -> None:
    env = {**frozen.env, "DISPLAY": xdisplay.name, **pulse.env}
    args = ["check", "--json", "--skip", "bandwidth", "--camera", camera_video,
            "--spool", frozen.root / "check-spool"]
    from_source = json.loads(source(*args, env=env).stdout)
    done = subprocess.run([str(frozen.exe), *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=120)
    report = json.loads(done.stdout)
    verdicts = {c["id"]: c["status"] for c in report["checks"]}
    expected = {c["id"]: (c["status"], c["message"]) for c in from_source["checks"]}
    # Checks that look at other processes can change between the two runs when other test
    # programs come and go on the machine; the rest must agree exactly.
    moving = {"forbidden_apps", "remote_session"}
    differ = {c["id"]: ((c["status"], c["message"]), expected.get(c["id"]))
              for c in report["checks"]
              if c["id"] not in moving and c["status"] != expected.get(c["id"], ("",))[0]}
    assert not differ and verdicts.keys() == expected.keys(), differ
    # OpenCV read the camera and mss found the display, inside the bundle. (Xvfb's empty screen
    # is black, which the screen check rightly fails, frozen or not.)
    assert (verdicts["camera"], verdicts["displays"]) == ("pass", "pass")
    assert "error" not in verdicts.values(), report
    assert done.returncode == report["exit_code"]


def test_record_opens_the_embedded_exam_with_the_embedded_anchor(frozen: Frozen) -> None:
    exam = frozen.bundle / "_internal" / "branding" / "default.invigilo"
    spool = frozen.root / "spool"
    done = frozen_run(frozen, "record", "--config", exam, "--spool", spool, "--seconds", "10",
                      "--no-camera", "--no-screen", "--no-audio", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["seconds"] >= 10 and result["streams"]["events"]["bytes"] > 0
    session = Path(result["session_dir"])
    session = session if session.is_absolute() else spool / session.name
    verify = frozen_run(frozen, "admin", "verify", session, "--key",
                        frozen.keys / "recording.key")
    assert verify.returncode == 0, verify.stdout + verify.stderr


def ffprobe(path: Path) -> dict[str, Any]:
    done = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_streams",
                           "-count_frames", str(path)], capture_output=True, text=True,
                          timeout=60, check=True)
    probed: dict[str, Any] = json.loads(done.stdout)
    return probed


def test_record_of_every_stream_decrypts_to_playable_media(
        frozen: Frozen, xdisplay: XDisplay, pulse: PulseServer, camera_video: Path) -> None:
    """The bundle's media stack end to end: OpenCV reads the webcam file through the FFmpeg it
    now shares with PyAV, mss grabs the screen, PortAudio the PulseAudio microphone, PyAV
    encodes AV1/VP9 and Opus; the decrypted files must then play (the system's ffprobe decodes
    every frame). A library the bundle lost or stubbed by mistake fails here."""
    exam = frozen.bundle / "_internal" / "branding" / "default.invigilo"
    spool, out = frozen.root / "media-spool", frozen.root / "media-plain"
    env = {**frozen.env, "DISPLAY": xdisplay.name, **pulse.env}
    done = subprocess.run([str(frozen.exe), "record", "--config", str(exam), "--spool",
                           str(spool), "--seconds", "10", "--camera", str(camera_video),
                           "--json"], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    streams = json.loads(done.stdout)["streams"]
    for name in ("webcam", "screen", "audio"):
        assert streams[name]["bytes"] > 0 and streams[name]["captured"] > 0, streams
        assert "message" not in streams[name], streams[name]
    session = next(p for p in spool.rglob("session.json")).parent
    key = frozen.keys / "recording.key"
    verify = frozen_run(frozen, "admin", "verify", session, "--key", key)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    decrypt = frozen_run(frozen, "admin", "decrypt", session, "--key", key, "--out", out)
    assert decrypt.returncode == 0, decrypt.stdout + decrypt.stderr
    kinds = {}
    for name in ("webcam", "screen", "audio"):
        files = sorted((out / name).glob("*.webm"))
        assert files, name
        for stream in ffprobe(files[0])["streams"]:
            assert int(stream["nb_read_frames"]) > 0, (name, stream)
            kinds[name] = stream["codec_name"]
    assert kinds["audio"] == "opus" and {kinds["webcam"], kinds["screen"]} <= {"av1", "vp9"}


def test_exam_from_another_institution_is_refused(frozen: Frozen) -> None:
    other = frozen.root / "other"
    assert source("admin", "keygen", "--out", other, env=frozen.env).returncode == 0
    foreign = frozen.root / "foreign.invigilo"
    signed = source("admin", "sign", DEMO_EXAM, "--key", other / "signing.key",
                    "--recording-pub", other / "recording.pub", "--out", foreign,
                    env=frozen.env)
    assert signed.returncode == 0, signed.stderr
    # A branded build trusts only its own anchor: not one passed with --trust, named in
    # INVIGILO_TRUST, or dropped into the user's config folder.
    user_trust = Path(frozen.env["INVIGILO_CONFIG_DIR"]) / "trust"
    user_trust.mkdir(parents=True, exist_ok=True)
    shutil.copy(other / "signing.pub", user_trust / "other.pub")
    env = {**frozen.env, "INVIGILO_TRUST": str(other / "signing.pub")}
    done = subprocess.run([str(frozen.exe), "record", "--config", str(foreign), "--trust",
                           str(other / "signing.pub"), "--spool", str(frozen.root / "s2"),
                           "--seconds", "1", "--no-camera", "--no-screen", "--no-audio"],
                          env=env, capture_output=True, text=True, timeout=120)
    shutil.rmtree(user_trust)
    assert done.returncode != 0
    assert "does not trust" in done.stderr
    assert not (frozen.root / "s2").exists() or not any((frozen.root / "s2").iterdir())


def test_app_window_appears(frozen: Frozen, xdisplay: XDisplay, camera_video: Path) -> None:
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool is not installed; ./dev test installs it")
    env = {**frozen.env, "DISPLAY": xdisplay.name}
    app = subprocess.Popen([str(frozen.exe), "practice", "--camera", str(camera_video)],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                str(app.pid)], env=env, capture_output=True, text=True,
                               timeout=60)
        assert found.stdout.split(), "no window was mapped"
        assert app.poll() is None
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
