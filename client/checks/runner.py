"""Run checks concurrently with a deadline, turning crashes and hangs into results.

Most checks wait on devices or the network rather than the processor, so running them side by
side keeps the whole check within a few seconds even on a 2011 dual-core laptop. Each runs in a
daemon thread: a camera driver that never returns cannot keep the program from finishing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from client.checks.context import CheckContext
from client.checks.registry import Check
from client.checks.result import CheckResult
from client.i18n import QT_TRANSLATE_NOOP

TEXT = {
    "crashed": QT_TRANSLATE_NOOP("CheckRunner", "The check could not run: {error}."),
    "crashed_fix": QT_TRANSLATE_NOOP("CheckRunner", "Report this to IT with the check's JSON "
                                     "report (invigilo check --json)."),
    "hung": QT_TRANSLATE_NOOP("CheckRunner", "The check did not finish within {s:.0f} s."),
    "hung_fix": QT_TRANSLATE_NOOP("CheckRunner", "Restart the computer and run the check again; "
                                  "if it happens again, report it to IT."),
}

DEADLINE_S = 15.0


def run_one(check: Check, ctx: CheckContext) -> CheckResult:
    start = time.perf_counter()
    try:
        result = check.function()(ctx)
    except Exception as exc:
        result = CheckResult(check.id, "error", "", "",
                             TEXT["crashed"].format(error=f"{type(exc).__name__}: {exc}"),
                             TEXT["crashed_fix"])
    return CheckResult(result.id, result.status, result.measured, result.required,
                       result.message, result.remedy, result.details,
                       time.perf_counter() - start)


def run_checks(checks: list[Check], ctx: CheckContext, *, deadline_s: float = DEADLINE_S,
               on_result: Callable[[CheckResult], None] | None = None) -> list[CheckResult]:
    """Results in the order of `checks`, whatever order they finish in."""
    results: dict[str, CheckResult] = {}
    done = threading.Condition()
    ctx.selected = frozenset(c.id for c in checks)

    def work(check: Check) -> None:
        result = run_one(check, ctx)
        with done:
            results[check.id] = result
            done.notify_all()
        if on_result is not None:
            on_result(result)

    for check in checks:
        threading.Thread(target=work, args=(check,), daemon=True,
                         name=f"check {check.id}").start()
    end = time.monotonic() + deadline_s
    with done:
        while len(results) < len(checks) and time.monotonic() < end:
            done.wait(max(0.0, end - time.monotonic()))
        final = dict(results)
    out: list[CheckResult] = []
    for check in checks:
        out.append(final.get(check.id) or CheckResult(
            check.id, "error", "", "", TEXT["hung"].format(s=deadline_s), TEXT["hung_fix"],
            duration_s=deadline_s))
    return out
