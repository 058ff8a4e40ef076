"""Render every page of the candidate app to PNG (docs/screens/), light and dark.

    .venv/bin/python tools/render_screens.py [--out docs/screens] [--only offline,german]

It drives the real app: the practice exam, the checks, a video file as the camera, a PulseAudio
null-sink microphone fed with espeak-ng speech (started here when PulseAudio is installed), the
real recorder, uploader and lockdown agent. The violation shown on the exam page is the agent's
own finding about a real process named "anydesk" started for the picture. Needs a display: it
uses $DISPLAY when set, else starts Xvfb. Everything it makes lives in one temporary folder,
including the candidate's home folder for the offline exam, so the hand-in page names its
folder as the app does for a candidate ("~/..."), never a path of the machine that rendered it.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.env import environment  # noqa: E402
from tests.support.pulse import pulseaudio, speech_wav  # noqa: E402
from tests.support.xvfb import xvfb  # noqa: E402
from tests.ui.support import app_args, camera_video, wait_until  # noqa: E402

SIZE = (900, 680)
# The pictures in groups, for --only: the practice run (01-11, 16), the offline exam (12-14),
# German (15), an institution's build (17-18).
GROUPS = ("practice", "offline", "german", "branded")


@contextlib.contextmanager
def devices(work: Path) -> Iterator[None]:
    """A display and a speaking microphone, unless the caller already has them."""
    with contextlib.ExitStack() as stack:
        if not os.environ.get("DISPLAY"):
            display = stack.enter_context(xvfb())
            os.environ["DISPLAY"] = display.name
        if shutil.which("pulseaudio") and not os.environ.get("PULSE_SERVER"):
            pulse = stack.enter_context(pulseaudio())
            os.environ.update(pulse.env)
            wav = speech_wav("Hello, this is my microphone. One, two, three.", work / "s.wav")
            loop = subprocess.Popen(["sh", "-c", f"while true; do paplay --device=invigilo_mic "
                                     f"'{wav}'; sleep 0.2; done"], env=dict(os.environ))
            stack.callback(loop.kill)
        yield


@contextlib.contextmanager
def forbidden_process(work: Path) -> Iterator[None]:
    """A real process whose name is on the default deny list (a copy of `sleep`)."""
    exe = work / "anydesk"
    shutil.copy(shutil.which("sleep") or "/bin/sleep", exe)
    proc = subprocess.Popen([str(exe), "600"])
    try:
        yield
    finally:
        proc.kill()


@contextlib.contextmanager
def home_folder(home: Path) -> Iterator[Path]:
    """A candidate's home folder for one part of the run: HOME points there meanwhile."""
    home.mkdir(parents=True, exist_ok=True)
    with environment(HOME=str(home)):
        yield home


@contextlib.contextmanager
def unplugged(camera: Path) -> Iterator[None]:
    """The camera video emptied (the capture fails as an unplugged camera does), then back."""
    content = camera.read_bytes()
    camera.write_bytes(b"")
    try:
        yield
    finally:
        camera.write_bytes(content)


def save(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)


def render(out: Path, scheme: str, work: Path, suffix: str, lang: str | None = None) -> None:
    from client.config.loader import Exam
    from client.ui import theme
    from client.ui.app import install_translation, make_app
    from client.ui.flow import Flow
    from client.ui.session import open_practice
    from client.ui.window import MainWindow

    app = make_app(scheme=scheme, lang=lang)
    theme.apply(app, scheme)
    if lang:
        install_translation(app, lang)
    spool = work / f"spool-{suffix}"
    camera = work / f"camera-render{suffix}.avi"  # its own copy: this one gets unplugged
    shutil.copy(camera_video(work / "camera.avi"), camera)
    flow = Flow(app_args(spool, camera, theme=scheme), practice=True)
    window = MainWindow(flow)
    window.resize(*SIZE)
    window.show()
    began = time.monotonic()

    def shot(name: str) -> None:
        print(f"  {time.monotonic() - began:5.1f} s", end="")
        save(window, out / f"{name}{suffix}.png")

    wait_until(app, lambda: False, 0.3)
    shot("01-open")
    opened = open_practice()
    config = opened.exam.config
    # Show the room scan page too (the demo exam does not ask for one).
    config = dataclasses.replace(config, checkin=dataclasses.replace(config.checkin,
                                                                     room_scan=True))
    opened.exam = Exam(config, opened.exam.signer, opened.exam.source)
    flow.use(opened)
    window.show_page("consent")
    page = window.pages["consent"]
    page.agree.setChecked(True)
    wait_until(app, lambda: False, 0.2)
    shot("02-consent")
    window._continue()
    checks = window.pages["checks"]
    wait_until(app, lambda: checks.retry.isEnabled(), 90)
    wait_until(app, lambda: False, 0.3)  # let the layout take the summary's new size
    shot("03-checks")
    window._continue()
    devices_page = window.pages["devices"]
    wait_until(app, devices_page.is_ready, 90)
    wait_until(app, lambda: False, 0.3)
    shot("04-camera-microphone")
    window._continue()
    for number, kind in (("05", "face"), ("06", "id")):
        photo = window.pages[kind]
        # The test video alternates face and card: shoot and take while the quality is good.
        wait_until(app, lambda p=photo: p.take.isEnabled(), 30)
        shot(f"{number}-{kind}-photo")
        photo.take.click()
        wait_until(app, photo.is_ready, 30, step=lambda p=photo: p.auto_step())
        window._continue()
    room = window.pages["room"]
    room.scan.click()
    wait_until(app, lambda: room.progress.value() >= 2, 10)
    shot("07-room-scan")
    wait_until(app, room.is_ready, 40)
    window._continue()
    shot("08-start")
    with forbidden_process(work):
        window._continue()
        exam = window.pages["exam"]
        wait_until(app, lambda: "●" in window.status_window.headline.text()
                   and window.status_window.alert.isVisible(), 40)
        wait_until(app, lambda: False, 1.5)
        window.showNormal()
        wait_until(app, lambda: False, 0.3)
        shot("09-exam")
        save(window.status_window, out / f"10-status-window{suffix}.png")
        with unplugged(camera):  # the camera stops: after a few seconds the exam pauses
            wait_until(app, lambda: window.current_name() == "paused", 60)
            wait_until(app, lambda: False, 0.5)
            shot("16-paused")
        wait_until(app, lambda: window.current_name() == "exam", 60)
        flow.finish_exam()
    finish = window.pages["finish"]
    wait_until(app, lambda: finish.complete, 240)
    wait_until(app, lambda: False, 0.5)  # let the layout give the new text its height
    shot("11-hand-in")
    assert exam is not None
    window.close()
    flow.shutdown()


def render_offline(out: Path, scheme: str, work: Path, suffix: str) -> None:
    """A real signed exam whose tus backend is down: the exam page and hand-in while offline."""
    from client.ui.app import make_app
    from tests.ui.support import free_port, signed_exam

    app = make_app(scheme=scheme)
    exam, anchor = signed_exam(work / f"institution{suffix}",
                               backend_url=f"http://127.0.0.1:{free_port()}/files/")
    with home_folder(work / f"home{suffix}") as home:  # where Linux keeps the spool by default
        render_offline_exam(out, suffix, app, exam, anchor,
                            home / ".local" / "share" / "Invigilo" / "spool", work)


def render_offline_exam(out: Path, suffix: str, app, exam: Path, anchor: Path,  # type: ignore[no-untyped-def]
                        spool: Path, work: Path) -> None:
    from client.ui.flow import Flow
    from client.ui.window import MainWindow

    flow = Flow(app_args(spool, camera_video(work / "camera.avi"), trust=[anchor]),
                practice=False)
    window = MainWindow(flow)
    window.resize(*SIZE)
    window.show()
    flow.open_exam(str(exam))
    flow.consent("c-42")
    window.show_page("start")
    window._continue()
    page = window.pages["exam"]
    wait_until(app, lambda: "offline" in page.network.text()
               and page.streams.text().count(": recording") == 3, 60)
    window.showNormal()
    wait_until(app, lambda: False, 0.5)
    save(window, out / f"12-exam-offline{suffix}.png")
    save(window.status_window, out / f"13-status-offline{suffix}.png")
    flow.finish_exam()
    finish = window.pages["finish"]
    wait_until(app, lambda: "parts confirmed" in finish.state.text()
               and finish.upload_problem.isVisible(), 30)
    wait_until(app, lambda: False, 0.5)
    assert "~/" in finish.folder_note.text() and str(work) not in finish.folder_note.text()
    save(window, out / f"14-hand-in-waiting{suffix}.png")
    window.close()
    flow.shutdown()


def render_german(out: Path, work: Path) -> None:
    from client.ui.app import install_translation, make_app
    from client.ui.flow import Flow
    from client.ui.window import MainWindow

    app = make_app(scheme="light")
    translators = install_translation(app, "de")
    flow = Flow(app_args(work / "spool-de", camera_video(work / "camera.avi")), practice=True)
    window = MainWindow(flow)
    window.resize(*SIZE)
    window.show()
    flow.open_exam(None)
    window.show_page("consent")
    wait_until(app, lambda: False, 0.3)
    save(window, out / "15-consent-de.png")
    window.close()
    flow.shutdown()
    for translator in translators:
        app.removeTranslator(translator)


def render_branded(out: Path, work: Path) -> None:
    """An institution's build (its name, logo and exam) on the welcome page, and a system check
    in which one check could not run (a check made to crash, as a broken driver would)."""
    from client.admin.brand import make_build_inputs, read_branding
    from client.checks.registry import CHECKS, Check
    from client.ui.app import make_app
    from client.ui.flow import Flow
    from client.ui.window import MainWindow
    from tests.ui.support import signed_exam

    app = make_app(scheme="light")
    exam, anchor = signed_exam(work / "branded", hand_in_folder=work / "branded-hand-in")
    logo = work / "logo.png"
    draw_logo(logo)
    make_build_inputs(anchor, "Example University", work / "brand", logo=logo, config=exam)
    branding = read_branding(work / "brand" / "branding")
    flow = Flow(app_args(work / "spool-branded", camera_video(work / "camera.avi"),
                         trust=[anchor]), practice=False)
    flow.checks = [Check(i, CHECKS[i][0], CHECKS[i][1]) for i in ("os", "cores", "memory")]
    flow.checks.insert(2, Check("displays", CHECKS["displays"][0],
                                "tests.ui.support:crashing_check"))
    window = MainWindow(flow, branding=branding)
    window.resize(*SIZE)
    window.show()
    flow.open_exam(str(exam))
    window.show_page("consent")
    wait_until(app, lambda: False, 0.3)
    save(window, out / "17-branded-welcome.png")
    flow.consent("c-42")
    window.show_page("checks")
    checks = window.pages["checks"]
    wait_until(app, checks.retry.isEnabled, 60)
    wait_until(app, lambda: False, 0.3)
    save(window, out / "18-check-could-not-run.png")
    window.close()
    flow.shutdown()


def draw_logo(path: Path) -> None:
    """A made-up university's crest: a shield with two letters."""
    import cv2
    import numpy as np

    image = np.full((160, 140, 4), 0, np.uint8)
    shield = np.array([[10, 10], [130, 10], [130, 90], [70, 150], [10, 90]], np.int32)
    cv2.fillPoly(image, [shield], (110, 40, 20, 255))
    cv2.putText(image, "EU", (26, 92), cv2.FONT_HERSHEY_DUPLEX, 2.0, (255, 255, 255, 255), 4,
                cv2.LINE_AA)
    cv2.imwrite(str(path), image)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    parser.add_argument("--light-only", action="store_true")
    parser.add_argument("--only", default=",".join(GROUPS),
                        help="which pictures, comma-separated: " + ", ".join(GROUPS))
    args = parser.parse_args()
    only = {g.strip() for g in args.only.split(",") if g.strip()}
    if not only or only - set(GROUPS):
        parser.error(f"--only takes some of: {', '.join(GROUPS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="invigilo-screens-") as tmp:
        work = Path(tmp)
        os.environ["INVIGILO_DATA_DIR"] = str(work / "data")
        with devices(work):
            started = time.monotonic()
            print("light:")
            if "practice" in only:
                render(args.out, "light", work, "")
            if "offline" in only:
                render_offline(args.out, "light", work, "")
            if "german" in only:
                render_german(args.out, work)
            if "branded" in only:
                render_branded(args.out, work)
            if not args.light_only and only & {"practice", "offline"}:
                print("dark:")
                if "practice" in only:
                    render(args.out, "dark", work, "-dark")
                if "offline" in only:
                    render_offline(args.out, "dark", work, "-dark")
            print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    # PySide's teardown of a window that owned threads can crash at interpreter exit; the
    # pictures are written, so leave without it.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
