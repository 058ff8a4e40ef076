"""Keyboard, clipboard, focus and displays on a real X server (Xvfb), driven by real X clients
(xdotool, xclip, xrandr, xmessage)."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator

import pytest

from agent.findings import Finding
from agent.policy import Policy
from agent.watchers import displays, displays_x11
from agent.watchers.clipboard import X11Clipboard
from agent.watchers.focus import FocusState, X11Focus
from agent.watchers.keyboard import Tracker, combo_name, leaves_exam
from agent.watchers.keyboard_x11 import X11Keyboard

pytestmark = pytest.mark.needs_display


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (./dev test installs it)")
    return path


class Sink:
    def __init__(self) -> None:
        self.q: queue.Queue[Finding] = queue.Queue()

    def __call__(self, finding: Finding) -> None:
        self.q.put(finding)

    def until(self, test: Callable[[Finding], bool], timeout: float = 3.0) -> Finding:
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                f = self.q.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            seen.append(f)
            if test(f):
                return f
        raise AssertionError(f"not reported; saw {[(f.kind, f.message) for f in seen]}")


@pytest.fixture(scope="module", autouse=True)
def keep_server_up(xdisplay) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Xvfb resets itself when its last client leaves, dropping anyone connecting meanwhile;
    one idle connection held for the module avoids those resets between steps."""
    from Xlib import display
    d = display.Display()
    yield
    d.close()


@pytest.fixture()
def sink(xdisplay) -> Sink:  # type: ignore[no-untyped-def]
    return Sink()


# --- keyboard ----------------------------------------------------------------------------------

def test_shortcut_rules() -> None:
    assert leaves_exam({"alt"}, "tab") and leaves_exam(set(), "printscreen")
    assert leaves_exam(set(), "super") and leaves_exam({"super"}, "d")
    assert leaves_exam({"ctrl", "alt"}, "delete") and leaves_exam({"ctrl"}, "esc")
    assert not leaves_exam(set(), "a") and not leaves_exam({"shift"}, "tab")
    assert not leaves_exam({"ctrl"}, "c")
    assert combo_name({"alt", "shift"}, "tab") == "Alt+Shift+Tab"


def test_typed_shortcuts_are_reported_and_flagged_as_injected(sink: Sink) -> None:
    xdotool = need("xdotool")
    kb = X11Keyboard(Tracker(Policy(shortcuts="flag", synthetic_input="flag")), sink)
    try:
        time.sleep(0.2)
        subprocess.run([xdotool, "key", "alt+Tab"], check=True)
        alt_tab = sink.until(lambda f: f.kind == "shortcut" and f.evidence["combo"] == "Alt+Tab")
        assert alt_tab.action == "flag" and alt_tab.evidence["synthetic"] is True
        subprocess.run([xdotool, "key", "Print"], check=True)
        sink.until(lambda f: f.kind == "shortcut" and f.evidence["combo"] == "PrintScreen")
        subprocess.run([xdotool, "key", "super+d"], check=True)
        sink.until(lambda f: f.kind == "shortcut" and f.evidence["combo"] == "Super/Win/Cmd+D")
        subprocess.run([xdotool, "type", "hello"], check=True)  # plain typing: no shortcut
        time.sleep(0.3)
        kinds = [sink.q.get_nowait().kind for _ in range(sink.q.qsize())]
        assert "shortcut" not in kinds
    finally:
        kb.stop()


def test_injected_keys_are_reported_with_their_source(sink: Sink) -> None:
    xdotool = need("xdotool")
    kb = X11Keyboard(Tracker(Policy(shortcuts="allow", synthetic_input="block")), sink)
    try:
        time.sleep(0.2)
        subprocess.run([xdotool, "type", "abc"], check=True)
        found = sink.until(lambda f: f.kind == "synthetic_input")
        assert found.action == "block"
        assert "XTEST" in found.evidence["source"]
    finally:
        kb.stop()


# --- clipboard ---------------------------------------------------------------------------------

@pytest.fixture()
def copier() -> Iterator[Callable[[str], None]]:
    """Copy text with xclip kept in the foreground (-quiet): by default xclip forks and its
    first process, the one the X server knows the pid of, exits at once."""
    procs: list[subprocess.Popen[bytes]] = []

    def copy(text: str) -> None:
        proc = subprocess.Popen([need("xclip"), "-selection", "clipboard", "-i", "-quiet"],
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        assert proc.stdin is not None
        proc.stdin.write(text.encode())
        proc.stdin.close()
        procs.append(proc)

    yield copy
    for proc in procs:
        proc.kill()
        proc.wait()


def xclip_paste() -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([need("xclip"), "-selection", "clipboard", "-o"], capture_output=True,
                          timeout=5, check=False)


def test_clipboard_block_clears_copies_and_sees_pastes(sink: Sink, copier) -> None:  # type: ignore[no-untyped-def]
    clip = X11Clipboard(Policy(clipboard="block"), sink)
    try:
        sink.until(lambda f: f.evidence.get("event") == "cleared")
        copier("the answer is 42")
        copy = sink.until(lambda f: f.evidence.get("event") == "copy")
        assert copy.action == "block" and copy.evidence["process"] == "xclip"
        assert copy.evidence["cleared"] is True
        time.sleep(0.2)
        pasted = xclip_paste()
        assert b"42" not in pasted.stdout
        paste = sink.until(lambda f: f.evidence.get("event") == "paste")
        assert paste.evidence["process"] == "xclip" and paste.action == "block"
    finally:
        clip.stop()


def test_clipboard_flag_reports_and_leaves_the_copy(sink: Sink, copier) -> None:  # type: ignore[no-untyped-def]
    clip = X11Clipboard(Policy(clipboard="flag"), sink)
    try:
        copier("kept")
        copy = sink.until(lambda f: f.evidence.get("event") == "copy")
        assert copy.action == "flag" and copy.evidence["cleared"] is False
        assert xclip_paste().stdout == b"kept"
    finally:
        clip.stop()


# --- focus -------------------------------------------------------------------------------------

@pytest.fixture()
def other_app(xdisplay) -> Iterator[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """A real X client in another process: (pid, its window id)."""
    need("xmessage")
    need("xdotool")
    proc = subprocess.Popen(["xmessage", "-name", "other-app", "other app"])
    try:
        window = 0
        deadline = time.monotonic() + 5
        while not window and time.monotonic() < deadline:
            out = subprocess.run(["xdotool", "search", "--classname", "other-app"],
                                 capture_output=True, text=True, check=False).stdout.split()
            window = int(out[0]) if out else 0
            time.sleep(0.05)
        assert window, "xmessage did not map a window"
        yield proc.pid, window
    finally:
        proc.kill()
        proc.wait()


def set_active_window(window: int) -> None:
    """What an EWMH window manager does when the focus changes."""
    from Xlib import X, display
    d = display.Display()
    root = d.screen().root
    atom = d.intern_atom("_NET_ACTIVE_WINDOW")
    root.change_property(atom, d.intern_atom("WINDOW"), 32, [window], X.PropModeReplace)
    d.sync()
    d.close()


def test_focus_lost_to_another_app_and_back(sink: Sink, other_app: tuple[int, int]) -> None:
    from Xlib import X, display
    pid, other_window = other_app
    d = display.Display()  # the "exam window": a window of this (the exam's) process
    exam_window = d.screen().root.create_window(0, 0, 10, 10, 0, X.CopyFromParent)
    d.sync()
    watcher = X11Focus(FocusState(Policy(focus="flag"), {os.getpid()}), sink)
    try:
        set_active_window(exam_window.id)
        set_active_window(other_window)
        lost = sink.until(lambda f: f.evidence.get("event") == "lost")
        assert lost.evidence["to_pid"] == pid and lost.evidence["to_app"] == "xmessage"
        assert "xmessage" in lost.message and lost.action == "flag"
        set_active_window(exam_window.id)
        sink.until(lambda f: f.evidence.get("event") == "returned")
    finally:
        watcher.stop()
        d.close()


# --- displays ----------------------------------------------------------------------------------

def test_display_added_mirrored_and_removed(xdisplay) -> None:  # type: ignore[no-untyped-def]
    xrandr = need("xrandr")
    policy = Policy(extra_displays="block", max_displays=1)
    source = displays_x11.X11Displays()
    try:
        first = source.layout()
        assert len(first.monitors) == 1
        assert displays.compare(None, first, policy) == []
        subprocess.run([xrandr, "--setmonitor", "EXTRA-1", "640/300x480/200+1280+0", "none"],
                       check=True)
        second = source.layout()
        found = displays.compare(first, second, policy)
        assert {f.kind for f in found} == {"display_change", "extra_display"}
        extra = next(f for f in found if f.kind == "extra_display")
        assert extra.action == "block" and extra.evidence["count"] == 2
        subprocess.run([xrandr, "--setmonitor", "CLONE-1", "1280/300x800/200+0+0", "none"],
                       check=True)
        third = source.layout()
        mirror = [f for f in displays.compare(second, third, policy) if "mirrored" in f.evidence]
        assert mirror and set(mirror[0].evidence["mirrored"]) == {"CLONE-1", "screen"}
        for name in ("EXTRA-1", "CLONE-1"):
            subprocess.run([xrandr, "--delmonitor", name], check=True)
        fourth = source.layout()
        removed = [f.evidence.get("removed") for f in displays.compare(third, fourth, policy)]
        assert set(removed) == {"EXTRA-1", "CLONE-1"}
    finally:
        source.close()


def test_observe_only_leaves_the_clipboard_alone(sink: Sink, copier) -> None:  # type: ignore[no-untyped-def]
    clip = X11Clipboard(Policy(clipboard="block", observe_only=True), sink)
    try:
        time.sleep(0.1)
        assert sink.q.empty()  # not emptied at the start
        copier("mine")
        copy = sink.until(lambda f: f.evidence.get("event") == "copy")
        assert copy.evidence["cleared"] is False
        assert xclip_paste().stdout == b"mine"
        time.sleep(0.2)
        later = [sink.q.get_nowait() for _ in range(sink.q.qsize())]
        assert [f.evidence.get("event") for f in later] == []  # no clearing, no paste seen
    finally:
        clip.stop()
