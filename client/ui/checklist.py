"""Running the readiness checks for the wizard: each result as soon as it is known.

The checks are the same plain functions `invigilo check` runs (client/checks/). If that package
offers a registry, its order is used; otherwise the known `check_*` functions are collected in the
order a candidate would fix things (computer, then devices, then network). No Qt: results go to a
callback on worker threads; two workers, because the target laptop has two cores.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from client.checks.context import CheckContext
from client.checks.result import CheckResult
from client.config.schema import ExamConfig

CheckFn = Callable[[CheckContext], CheckResult]

MODULES = ("system", "camera", "microphone", "network")
ERROR_MESSAGE = "This check could not run: {error}"
ERROR_REMEDY = "Try again; if it keeps happening, tell your institution's IT support."


@dataclass(frozen=True)
class Check:
    id: str
    run: CheckFn


def _registry() -> list[Check] | None:
    for module, name in (("client.checks.registry", "CHECKS"), ("client.checks", "CHECKS")):
        try:
            found = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        items = found.items() if isinstance(found, dict) else found
        checks = []
        for item in items:
            if isinstance(item, tuple):
                checks.append(Check(str(item[0]), item[1]))
            else:
                checks.append(Check(item.__name__.removeprefix("check_"), item))
        return checks
    return None


def available_checks() -> list[Check]:
    registered = _registry()
    if registered is not None:
        return registered
    checks: list[Check] = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"client.checks.{name}")
        except ImportError:
            continue
        for attr, fn in vars(module).items():
            if attr.startswith("check_") and callable(fn) and fn.__module__ == module.__name__:
                checks.append(Check(attr.removeprefix("check_"), fn))
    return checks


def run_one(check: Check, ctx: CheckContext) -> CheckResult:
    began = time.monotonic()
    try:
        result = check.run(ctx)
    except Exception as exc:  # a check that crashes is reported, never fatal to the wizard
        result = CheckResult(check.id, "error", "", "", ERROR_MESSAGE.format(error=exc),
                             ERROR_REMEDY)
    if not result.duration_s:
        result = CheckResult(**{**result.__dict__, "duration_s": time.monotonic() - began})
    return result


class CheckRun:
    """One pass over the checks; `on_result(check_id, result)` is called as each finishes."""

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
        self.results: dict[str, CheckResult] = {}
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="check")

    def start(self) -> None:
        self._pool.submit(self._run_all)

    def _run_all(self) -> None:
        futures = [(c, self._pool.submit(run_one, c, self.ctx)) for c in self.checks]
        for check, future in futures:
            result = future.result()
            self.results[check.id] = result
            if self.on_result:
                self.on_result(check.id, result)
        if self.on_done:
            self.on_done([self.results[c.id] for c in self.checks])

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
