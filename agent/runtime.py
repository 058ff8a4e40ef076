"""Runs the watchers: polls the polled ones on their intervals, starts the event-driven ones.

One polling thread for all polled watchers keeps the agent's idle cost low on a dual-core laptop;
a watcher that raises is reported once and then skipped, never allowed to stop the others.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Emit, Watcher, plain_reason


class Runner:
    def __init__(self, watchers: list[Watcher], emit: Emit) -> None:
        self.watchers = watchers
        self.emit = emit
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failed: set[str] = set()

    def start(self) -> None:
        for notice in platform_notices():
            self.emit(notice)
        for w in list(self.watchers):
            try:
                w.start(self.emit)
            except Exception as exc:
                self._fail(w, exc)
        self._thread = threading.Thread(target=self._loop, name="agent watchers", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        due = {id(w): 0.0 for w in self.watchers}
        while not self._stop.is_set():
            now = time.monotonic()
            for w in self.watchers:
                if w.interval is None or w.name in self._failed or due[id(w)] > now:
                    continue
                due[id(w)] = now + w.interval
                try:
                    for finding in w.poll():
                        self.emit(finding)
                except Exception as exc:
                    self._fail(w, exc)
            waits = [due[id(w)] for w in self.watchers
                     if w.interval is not None and w.name not in self._failed]
            self._stop.wait(max(0.01, min(waits, default=now + 1.0) - time.monotonic()))

    def _fail(self, watcher: Watcher, exc: Exception) -> None:
        self._failed.add(watcher.name)
        self.emit(Finding("agent_notice", "allow",
                          messages.NOT_POSSIBLE.format(what=watcher.name.replace("_", " "),
                                                       why=plain_reason(exc)),
                          "", {"watcher": watcher.name,
                               "error": f"{type(exc).__name__}: {exc}"}))

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(5)
        for w in self.watchers:
            try:
                w.stop()
            except Exception as exc:  # keep undoing the others
                print(f"invigilo agent: stopping {w.name}: {exc}", file=sys.stderr)


WatcherFactory = Callable[[Policy, set[int]], Watcher]


def platform_notices(env: dict[str, str] | None = None,
                     platform: str = sys.platform) -> list[Finding]:
    """What this platform does not let the agent see, said once at the start."""
    env = dict(os.environ) if env is None else env
    if platform.startswith("linux") and (env.get("XDG_SESSION_TYPE") == "wayland"
                                         or env.get("WAYLAND_DISPLAY")):
        return [Finding("agent_notice", "allow", messages.WAYLAND, "",
                        {"XDG_SESSION_TYPE": env.get("XDG_SESSION_TYPE", ""),
                         "WAYLAND_DISPLAY": env.get("WAYLAND_DISPLAY", "")})]
    return []


def build_watchers(policy: Policy, own_pids: set[int] | None = None,
                   exam_pid: int | None = None) -> list[Watcher]:
    """Every watcher the policy needs, with this platform's back ends."""
    from agent import rules
    from agent.watchers.clipboard import ClipboardWatcher
    from agent.watchers.devices import DeviceWatcher
    from agent.watchers.displays import DisplayWatcher
    from agent.watchers.focus import FocusWatcher
    from agent.watchers.hidden_windows import HiddenWindowWatcher
    from agent.watchers.keyboard import KeyboardWatcher
    from agent.watchers.processes import ProcessWatcher
    from agent.watchers.remote import RemoteWatcher
    from agent.watchers.vm import VmWatcher

    own = set(own_pids or ()) | {os.getpid()}
    if exam_pid:
        own.add(exam_pid)
    watchers: list[Watcher] = [
        ProcessWatcher(rules.from_policy(policy), policy, exempt=own),
        VmWatcher(policy), RemoteWatcher(policy), DisplayWatcher(policy), DeviceWatcher(policy),
        HiddenWindowWatcher(policy, own_pids=own),
        KeyboardWatcher(policy), ClipboardWatcher(policy), FocusWatcher(policy, exam_pid),
    ]
    return watchers
