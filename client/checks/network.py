"""Upload bandwidth, latency and clock skew against the exam's backend, from one measurement.

Which endpoint: `--net-url` when IT gives one, else the exam's `backend.test_url` (POST sink),
else the tus endpoint itself through a throwaway upload that is deleted afterwards. A folder
hand-in needs no network, so the three checks are skipped for it. See client/checks/netprobe.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from client.checks import netprobe
from client.checks.context import CheckContext
from client.checks.result import CheckResult
from client.i18n import QT_TRANSLATE_NOOP

TEXT = {
    "folder": QT_TRANSLATE_NOOP("NetworkCheck", "This exam hands recordings in to a folder, so "
                                "it needs no network."),
    "no_url": QT_TRANSLATE_NOOP("NetworkCheck", "The exam names no address to test the network "
                                "against (backend.test_url)."),
    "no_answer": QT_TRANSLATE_NOOP("NetworkCheck", "Not measured: the server could not be "
                                   "reached."),
    "lat_ok": QT_TRANSLATE_NOOP("NetworkCheck", "The server answers in {ms:.0f} ms."),
    "lat_slow": QT_TRANSLATE_NOOP("NetworkCheck", "The server takes {ms:.0f} ms to answer; the "
                                  "exam allows {max} ms."),
    "lat_slow_fix": QT_TRANSLATE_NOOP("NetworkCheck", "Use a cable or move closer to the Wi-Fi "
                                      "router; avoid mobile hotspots with weak signal."),
    "bw_ok": QT_TRANSLATE_NOOP("NetworkCheck", "Uploads reach the server at {kbps}."),
    "bw_tight": QT_TRANSLATE_NOOP("NetworkCheck", "Uploads reach the server at {kbps}, only just "
                                  "enough for this exam."),
    "bw_tight_fix": QT_TRANSLATE_NOOP("NetworkCheck", "During the exam, stop other uploads, "
                                      "video calls and cloud backups on this network."),
    "bw_slow": QT_TRANSLATE_NOOP("NetworkCheck", "Uploads reach the server at only {kbps}; the "
                                 "exam needs {minimum} kbit/s."),
    "bw_slow_fix": QT_TRANSLATE_NOOP("NetworkCheck", "Use a faster connection (a cable, another "
                                     "Wi-Fi, or sit closer to the router) and stop other "
                                     "uploads, video calls and cloud backups."),
    "clock_ok": QT_TRANSLATE_NOOP("NetworkCheck", "This computer's clock agrees with the server "
                                  "(off by {skew:.1f} s)."),
    "clock_off": QT_TRANSLATE_NOOP("NetworkCheck", "This computer's clock is off by {skew:.0f} s "
                                   "compared with the server."),
    "clock_off_fix": QT_TRANSLATE_NOOP("NetworkCheck", "Turn on 'Set time automatically' in the "
                                       "date and time settings, and check the time zone."),
    "clock_none": QT_TRANSLATE_NOOP("NetworkCheck", "The server did not say what time it is (no "
                                    "Date header)."),
}

TIGHT = 1.25  # a measured rate within 25 % of the minimum gets a warning


@dataclass(frozen=True)
class Endpoint:
    url: str
    kind: netprobe.Kind


def endpoint(ctx: CheckContext) -> Endpoint | str:
    """The endpoint to measure, or the reason there is none (the checks are then skipped)."""
    backend = ctx.config.backend
    if ctx.net_url:
        return Endpoint(ctx.net_url, ctx.net_kind)
    if backend.test_url:
        return Endpoint(backend.test_url, "test_url")
    if backend.transport == "tus" and backend.url:
        return Endpoint(backend.url, "tus")
    if backend.transport == "folder":
        return TEXT["folder"]
    return TEXT["no_url"]


def measurement(ctx: CheckContext) -> netprobe.NetResult | str:
    where = endpoint(ctx)
    if isinstance(where, str):
        return where
    auth = ctx.config.backend.auth
    headers = {"Authorization": f"Bearer {auth.token}"} if auth.kind == "bearer" else {}
    upload = not ctx.selected or "bandwidth" in ctx.selected

    def run() -> netprobe.NetResult:
        return netprobe.measure(where.url, where.kind, headers=headers,
                                connect_timeout=ctx.connect_timeout_s,
                                budget_s=ctx.net_budget_s, upload=upload)

    return ctx.once("network", run)


def _details(res: netprobe.NetResult) -> dict[str, object]:
    return {"url": res.url, "endpoint": res.kind, "latency_ms": res.latency_ms,
            "upload_kbps": res.upload_kbps, "sample_bytes": res.upload_bytes,
            "sample_seconds": round(res.upload_seconds, 3), "time_limited": res.budget_hit,
            "clock_skew_s": res.clock_skew_s,
            "problem": res.problem.code if res.problem else None}


def _unreachable(check_id: str, res: netprobe.NetResult, required: str) -> CheckResult:
    assert res.problem is not None
    return CheckResult(check_id, "fail", "no connection", required, res.problem.message,
                       res.problem.remedy, details=_details(res))


def check_latency(ctx: CheckContext) -> CheckResult:
    required = f"at most {ctx.requirements.max_latency_ms} ms"
    res = measurement(ctx)
    if isinstance(res, str):
        return CheckResult("latency", "skipped", "", required, res)
    if res.latency_ms is None:
        return _unreachable("latency", res, required)
    ms = res.latency_ms
    if ms > ctx.requirements.max_latency_ms:
        return CheckResult("latency", "fail", f"{ms:.0f} ms", required,
                           TEXT["lat_slow"].format(ms=ms, max=ctx.requirements.max_latency_ms),
                           TEXT["lat_slow_fix"], details=_details(res))
    return CheckResult("latency", "pass", f"{ms:.0f} ms", required,
                       TEXT["lat_ok"].format(ms=ms), details=_details(res))


def format_kbps(kbps: float, lower_bound: bool) -> str:
    text = f"{kbps / 1000:.1f} Mbit/s" if kbps >= 10_000 else f"{kbps:.0f} kbit/s"
    return ("≥ " if lower_bound else "") + text


def check_bandwidth(ctx: CheckContext) -> CheckResult:
    minimum = ctx.requirements.min_upload_kbps
    required = f"at least {minimum} kbit/s"
    res = measurement(ctx)
    if isinstance(res, str):
        return CheckResult("bandwidth", "skipped", "", required, res)
    if res.problem is not None or res.upload_kbps is None:
        if res.problem is None:
            return CheckResult("bandwidth", "error", "", required, TEXT["no_answer"])
        return _unreachable("bandwidth", res, required)
    kbps = res.upload_kbps
    shown = format_kbps(kbps, res.budget_hit)
    if kbps < minimum:
        return CheckResult("bandwidth", "fail", shown, required,
                           TEXT["bw_slow"].format(kbps=shown, minimum=minimum),
                           TEXT["bw_slow_fix"], details=_details(res))
    if kbps < minimum * TIGHT:
        return CheckResult("bandwidth", "warn", shown, required,
                           TEXT["bw_tight"].format(kbps=shown), TEXT["bw_tight_fix"],
                           details=_details(res))
    return CheckResult("bandwidth", "pass", shown, required, TEXT["bw_ok"].format(kbps=shown),
                       details=_details(res))


def check_clock(ctx: CheckContext) -> CheckResult:
    limit = ctx.requirements.max_clock_skew_s
    required = f"within {limit} s of the server"
    res = measurement(ctx)
    if isinstance(res, str):
        return CheckResult("clock", "skipped", "", required, res)
    if res.latency_ms is None:
        return CheckResult("clock", "skipped", "", required, TEXT["no_answer"],
                           details=_details(res))
    if res.clock_skew_s is None:
        return CheckResult("clock", "skipped", "", required, TEXT["clock_none"],
                           details=_details(res))
    skew = res.clock_skew_s
    measured = f"{skew:+.1f} s"
    if abs(skew) > limit:
        return CheckResult("clock", "fail", measured, required,
                           TEXT["clock_off"].format(skew=abs(skew)), TEXT["clock_off_fix"],
                           details=_details(res))
    return CheckResult("clock", "pass", measured, required,
                       TEXT["clock_ok"].format(skew=abs(skew)), details=_details(res))
