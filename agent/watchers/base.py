"""The one interface every watcher implements."""

from __future__ import annotations

from collections.abc import Callable

from agent.findings import Finding

Emit = Callable[[Finding], None]


class Watcher:
    """Base: override `poll` (polled watchers) and/or `start`/`stop` (event-driven ones)."""

    name = "watcher"
    interval: float | None = 1.0  # None: event-driven only, never polled

    def __init__(self) -> None:
        self._emit: Emit = lambda finding: None

    def start(self, emit: Emit) -> None:
        self._emit = emit

    def poll(self) -> list[Finding]:
        return []

    def stop(self) -> None:
        """Undo what the watcher changed (clipboard ownership, hooks)."""


def watch_problem(what: str, exc: Exception) -> Finding:
    """A notice that one event could not be handled (the watch goes on)."""
    from agent import messages
    why = plain_reason(exc)
    return Finding("agent_notice", "allow", messages.NOT_POSSIBLE.format(what=what, why=why), "",
                   {"watcher": what, "error": f"{type(exc).__name__}: {exc}"})


def plain_reason(exc: BaseException) -> str:
    """The words of an exception for a person; its type only when it has no words."""
    return str(exc).rstrip(".") or type(exc).__name__
