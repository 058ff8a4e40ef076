"""Running checks side by side: order kept, crashes and hangs become "error" results."""

from __future__ import annotations

import time

from client.checks import registry, runner
from client.checks.result import CheckResult, exit_code, worst


def quick(ctx):
    return CheckResult("quick", "pass", "1", "1", "fine")


def boom(ctx):
    raise RuntimeError("driver exploded")


def sleepy(ctx):
    time.sleep(5)
    return CheckResult("sleepy", "pass", "", "", "late")


def test_results_keep_order_and_errors_are_reported(ctx_factory):
    checks = [registry.Check("sleepy", "Sleepy", f"{__name__}:sleepy"),
              registry.Check("boom", "Boom", f"{__name__}:boom"),
              registry.Check("quick", "Quick", f"{__name__}:quick")]
    start = time.monotonic()
    results = runner.run_checks(checks, ctx_factory(), deadline_s=0.5)
    assert time.monotonic() - start < 1.5
    assert [r.id for r in results] == ["sleepy", "boom", "quick"]
    assert [r.status for r in results] == ["error", "error", "pass"]
    assert "did not finish" in results[0].message
    assert "driver exploded" in results[1].message
    assert exit_code(worst([r.status for r in results])) == 2


def test_verdicts():
    assert worst([]) == "pass"
    assert worst(["skipped", "skipped"]) == "pass"
    assert worst(["pass", "warn", "skipped"]) == "warn"
    assert worst(["warn", "fail"]) == "fail"
    assert [exit_code(s) for s in ("pass", "warn", "fail", "error")] == [0, 0, 1, 2]


def test_selection():
    ids = [c.id for c in registry.select(["camera", "os"], None)]
    assert ids == ["os", "camera"]
    assert "bandwidth" not in [c.id for c in registry.select(None, ["bandwidth"])]
    assert registry.unknown_ids(["os", "nope"]) == ["nope"]
