"""Everything a check may need, decided once before the checks run.

The exam config says what is required; the command line (or the wizard) says which devices and
which network endpoint to test. Measurements shared by several checks (the network probe, the
agent's snapshot) are taken once, whichever check asks first.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from client.config.schema import ExamConfig, Requirements

T = TypeVar("T")


class Once(Generic[T]):
    """A value computed at most once, by whichever thread asks first; the others wait for it."""

    def __init__(self, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._lock = threading.Lock()
        self._done = False
        self._value: T | None = None
        self._error: BaseException | None = None

    def get(self) -> T:
        with self._lock:
            if not self._done:
                try:
                    self._value = self._compute()
                except Exception as exc:  # re-raised in every caller
                    self._error = exc
                self._done = True
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


@dataclass
class CheckContext:
    config: ExamConfig
    spool_dir: Path
    camera: int | str = 0                 # a device index or a video file path
    microphone: int | str | None = None   # a PortAudio device; None: the system default
    mic_seconds: float = 1.0
    net_url: str | None = None            # overrides the backend's endpoint
    net_kind: Literal["test_url", "tus"] = "test_url"
    net_budget_s: float = 6.0
    connect_timeout_s: float = 2.0
    selected: frozenset[str] = frozenset()  # the ids being run (the network probe skips the
    #                                         upload when only latency/clock are wanted)
    shared: dict[str, Once[Any]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def requirements(self) -> Requirements:
        return self.config.requirements

    def once(self, key: str, compute: Callable[[], T]) -> T:
        with self._lock:
            slot = self.shared.setdefault(key, Once(compute))
        value: T = slot.get()
        return value


def default_config() -> ExamConfig:
    """The demo exam's settings with the default requirements: what `invigilo check` tests
    when no exam file is given."""
    from client import paths
    from client.config.loader import parse_toml

    demo = parse_toml(paths.resource("demo-exam.toml").read_bytes())
    return dataclasses.replace(demo, requirements=Requirements())
