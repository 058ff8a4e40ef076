"""The agent process: connected to the client (the exam), or standalone for IT (`--report`).

Connected: authenticate, take the policy from the client, run the watchers, send each finding
as it happens, heartbeat every 0.5 s, and stop when the client says so. If the client goes
silent for 2 s or its end of the channel closes, the agent records that in its log, undoes its
changes (clipboard ownership, hooks) and exits: an agent without its exam has nothing to guard.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from agent import channel, messages
from agent.findings import Finding
from agent.policy import Policy
from agent.runtime import Runner, build_watchers

EXIT_STOPPED = 0
EXIT_CLIENT_LOST = 3
EXIT_REFUSED = 4


def log_event(path: Path | None, event: str, **fields: Any) -> None:
    """One JSON line in the agent's own log (the journal belongs to the client)."""
    line = json.dumps({"at": time.time(), "event": event, "pid": os.getpid(), **fields})
    if path is None:
        print(line, file=sys.stderr)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def run_connected(address: str, secret: bytes, log: Path | None) -> int:
    from client import __version__
    try:
        chan, welcome = channel.connect_authenticated(address, secret, {
            "role": "agent", "pid": os.getpid(), "platform": sys.platform,
            "version": __version__})
    except channel.Refused as exc:
        log_event(log, "client_refused", reason=str(exc), address=address)
        return EXIT_REFUSED
    except (channel.ChannelError, OSError) as exc:
        log_event(log, "client_unreachable", reason=str(exc), address=address)
        return EXIT_CLIENT_LOST
    policy = Policy.from_dict(dict(welcome.get("policy") or {}))
    exam_pid = welcome.get("exam_pid")
    exam_pid = int(exam_pid) if isinstance(exam_pid, int) else None

    def emit(finding: Finding) -> None:
        # A lost client is noticed and recorded by the main loop.
        with contextlib.suppress(channel.ChannelError):
            chan.send("finding", finding=fit(finding.for_client()))

    # Heartbeats start at once, on this thread; the watchers start beside it, because loading
    # and starting them can take longer than the client's 2 s patience on a busy old laptop.
    runners: list[Runner] = []

    def start_watchers() -> None:
        watchers = build_watchers(policy, {os.getpid()}, exam_pid)
        runner = Runner(watchers, emit)
        runners.append(runner)
        runner.start()
        log_event(log, "started", level=policy.level, exam_pid=exam_pid)
        with contextlib.suppress(channel.ChannelError):
            chan.send("ready", watchers=[w.name for w in watchers], pid=os.getpid())

    starter = threading.Thread(target=start_watchers, name="agent start", daemon=True)
    starter.start()
    code = _serve(chan, log)
    starter.join(10)
    for runner in runners:
        runner.stop()
    with contextlib.suppress(channel.ChannelError):
        chan.send("bye", code=code)
    chan.close()
    return code


EVIDENCE_LIMIT = 16 * 1024


def fit(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding small enough for one message: oversized evidence (a thousand windows, say) is
    cut to its first characters and marked so, rather than the finding being lost."""
    evidence = json.dumps(finding.get("evidence", {}), default=str)
    if len(evidence) <= EVIDENCE_LIMIT:
        return finding
    return {**finding, "evidence": {"truncated": True, "bytes": len(evidence),
                                    "start": evidence[:EVIDENCE_LIMIT]}}


def _serve(chan: channel.Channel, log: Path | None) -> int:
    last_heard = next_beat = time.monotonic()
    seq = 0
    while True:
        now = time.monotonic()
        try:
            if now >= next_beat:
                seq += 1
                chan.send("heartbeat", seq=seq, t=time.time())
                next_beat = now + channel.HEARTBEAT_SECONDS
            message = chan.recv(max(0.0, min(next_beat - time.monotonic(), 0.25)))
        except channel.ChannelError as exc:
            log_event(log, "client_lost", reason=str(exc))
            return EXIT_CLIENT_LOST
        if message is not None:
            last_heard = time.monotonic()
            if message["type"] == "stop":
                log_event(log, "stopped", reason="the client asked")
                return EXIT_STOPPED
        elif time.monotonic() - last_heard > channel.PEER_TIMEOUT_SECONDS:
            log_event(log, "client_lost",
                      reason=f"no heartbeat for {channel.PEER_TIMEOUT_SECONDS:g} s")
            return EXIT_CLIENT_LOST


def report_policy(policy: Policy) -> Policy:
    """Standalone report mode watches and tells; it does not close apps, block keys or empty
    the clipboard."""
    return dataclasses.replace(
        policy, observe_only=True,
        forbidden_process_action="ask" if policy.forbidden_process_action == "terminate"
        else policy.forbidden_process_action,
        clipboard="flag" if policy.clipboard == "block" else policy.clipboard,
        shortcuts="flag" if policy.shortcuts == "block" else policy.shortcuts)


def run_report(policy: Policy, seconds: float, out: TextIO, as_json: bool) -> int:
    """Watch for `seconds`, printing findings as they come; exit 1 if anything would block."""
    blocking = False
    lock = threading.Lock()  # watchers emit from their own threads: one finding at a time

    gone = False  # the reader went away (`| head`): keep watching quietly, exit as planned

    def emit(finding: Finding) -> None:
        nonlocal gone, blocking
        with lock:
            blocking |= finding.action == "block"
            if gone:
                return
            try:
                _print_finding(finding)
            except BrokenPipeError:
                gone = True
                devnull = os.open(os.devnull, os.O_WRONLY)
                with contextlib.suppress(OSError, ValueError):
                    os.dup2(devnull, out.fileno())

    def _print_finding(finding: Finding) -> None:
        if as_json:
            print(json.dumps(finding.as_dict(), default=str), file=out, flush=True)
        else:
            stamp = time.strftime("%H:%M:%S", time.localtime(finding.at))
            print(f"{stamp}  {finding.action:5}  {finding.kind}: {finding.message}", file=out,
                  flush=True)
            if finding.remedy:
                print(" " * 16 + messages.REPORT_REMEDY.format(remedy=finding.remedy), file=out,
                      flush=True)
            evidence = json.dumps(finding.evidence, default=str)
            print(" " * 16 + messages.REPORT_EVIDENCE.format(evidence=evidence[:400]), file=out,
                  flush=True)

    runner = Runner(build_watchers(report_policy(policy), {os.getpid()}), emit)
    runner.start()
    try:
        time.sleep(seconds)
    finally:
        runner.stop()
    return 1 if blocking else 0
