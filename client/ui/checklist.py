"""Running the readiness checks for the wizard: each result as soon as it is known.

The checks, their order and the runner are those of `invigilo check` (client/checks/registry.py
and runner.py), so the wizard and IT's headless check can never disagree. No Qt here: results go
to callbacks on worker threads, and the whole pass runs off the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from client.checks.context import CheckContext
from client.checks.registry import Check, select
from client.checks.result import CheckResult
from client.checks.runner import run_checks
from client.config.schema import ExamConfig


def available_checks() -> list[Check]:
    return select()


class CheckRun:
    """One pass over the checks; `on_result(check_id, result)` as each finishes."""

    def __init__(self, config: ExamConfig, spool: Path, *, camera: int | str = 0,
                 microphone: int | str | None = None, checks: list[Check] | None = None,
                 on_result: Callable[[str, CheckResult], None] | None = None,
                 on_done: Callable[[list[CheckResult]], None] | None = None,
                 context: dict[str, Any] | None = None) -> None:
        self.checks = checks if checks is not None else available_checks()
        self.ctx = CheckContext(config=config, spool_dir=spool, camera=camera,
                                microphone=microphone, **(context or {}))
        self.on_result = on_result
        self.on_done = on_done
        self._cancelled = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._run, name="checks", daemon=True).start()

    def _run(self) -> None:
        def each(result: CheckResult) -> None:
            if self.on_result is not None and not self._cancelled.is_set():
                self.on_result(result.id, result)

        results = run_checks(self.checks, self.ctx, on_result=each)
        if self.on_done is not None and not self._cancelled.is_set():
            self.on_done(results)

    def close(self) -> None:
        """Forget this pass (a newer one replaces it); its threads end on their own."""
        self._cancelled.set()
