"""Forbidden processes: found within a second of starting, then flagged, asked or terminated.

psutil works on all three platforms; what differs is the file identity (see identity.py). Linux's
event source for new processes (the netlink proc connector) needs root, so this polls: listing
pids every 250 ms is a directory read; only new pids are looked at closely. Processes change
what they run by exec without a new pid, so young processes are re-read for two seconds and all
processes every five seconds.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass

import psutil

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.rules import Match, ProcessIdentity, RuleSet
from agent.watchers.base import Watcher
from agent.watchers.identity import IdentityCache

YOUNG_SECONDS = 2.0
FULL_RESCAN_SECONDS = 5.0


@dataclass
class _Seen:
    first: float
    key: tuple[str, str]
    match: Match | None = None


class ProcessWatcher(Watcher):
    name = "processes"
    interval = 0.25

    def __init__(self, rules: RuleSet, policy: Policy, exempt: set[int] | None = None,
                 identities: IdentityCache | None = None) -> None:
        super().__init__()
        self.rules = rules
        self.policy = policy
        self.exempt = set(exempt or ()) | {os.getpid(), 0, 1}
        self.identities = identities or IdentityCache()
        self._seen: dict[int, _Seen] = {}
        self._last_full = 0.0

    def poll(self) -> list[Finding]:
        now = time.monotonic()
        pids = set(psutil.pids())
        full = now - self._last_full >= FULL_RESCAN_SECONDS
        if full:
            self._last_full = now
        findings = [f for pid in set(self._seen) - pids if (f := self._ended(pid))]
        for pid in pids - self.exempt:
            seen = self._seen.get(pid)
            if seen is not None and now - seen.first >= YOUNG_SECONDS and (
                    not full or _same_exe(pid, seen.key[1])):
                continue
            finding = self._look(pid, seen, now)
            if finding:
                findings.append(finding)
        return findings

    def scan_once(self) -> list[Finding]:
        """Every forbidden process running now (for the one-shot snapshot)."""
        self._last_full = 0.0
        return [f for f in self.poll() if f.action != "allow"]

    def _look(self, pid: int, seen: _Seen | None, now: float) -> Finding | None:
        try:
            proc = psutil.Process(pid)
            name = proc.name()
            try:
                exe = proc.exe()
            except (psutil.AccessDenied, psutil.ZombieProcess, OSError):
                exe = ""
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            return None
        key = (name, exe)
        if seen is not None and seen.key == key:
            return None
        entry = _Seen(seen.first if seen else now, key)
        self._seen[pid] = entry
        file_id = self.identities.of(exe, self.rules.needs_sha256(), self.rules.needs_signer())
        identity = ProcessIdentity(pid, name, exe, file_id.original_name, file_id.bundle_id,
                                   file_id.signer, file_id.sha256, file_id.build_id)
        match = self.rules.check(identity)
        if match is None:
            return None
        entry.match = match
        return self._act(proc, identity, match)

    def _act(self, proc: psutil.Process, who: ProcessIdentity, match: Match) -> Finding | None:
        how = self.policy.forbidden_process_action
        if how == "off":
            return None
        evidence: dict[str, object] = {
            "pid": who.pid, "name": who.name, "exe": who.exe, "rule": match.rule.id,
            "category": match.rule.category, "matched_by": match.how,
        }
        for field in ("original_name", "bundle_id", "signer", "sha256", "build_id"):
            value = getattr(who, field)
            if value:
                evidence[field] = value
        if how == "terminate":
            evidence["terminated"], problem = terminate(proc)
            if problem:
                evidence["terminate_error"] = problem
        text = messages.forbidden_app(match.rule.name, who.name, match.how, how,
                                      bool(evidence.get("terminated")))
        return Finding("forbidden_app", "flag" if how == "flag" else "block", text[0], text[1],
                       evidence)

    def _ended(self, pid: int) -> Finding | None:
        seen = self._seen.pop(pid, None)
        if seen is None or seen.match is None or self.policy.forbidden_process_action == "off":
            return None
        text = messages.forbidden_app_closed(seen.match.rule.name, seen.key[0])
        return Finding("forbidden_app", "allow", text, "",
                       {"pid": pid, "name": seen.key[0], "rule": seen.match.rule.id, "ended": True})


def _same_exe(pid: int, exe: str) -> bool:
    """Cheap exec check for the periodic rescan: on Linux one readlink, no psutil object.
    Elsewhere (and when unreadable) say 'not sure', so the caller looks properly."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return os.readlink(f"/proc/{pid}/exe") == exe
    except OSError:
        return exe == ""  # still unreadable (a kernel thread, another user's process)


def terminate(proc: psutil.Process, grace: float = 0.5) -> tuple[bool, str]:
    """Ask the process to end, then force it; returns (ended, problem). A zombie counts as ended:
    it runs nothing any more, only its parent has not collected it yet."""
    try:
        proc.terminate()
        if _gone(proc, grace):
            return True, ""
        proc.kill()
        return (True, "") if _gone(proc, grace) else (False, "still running")
    except psutil.NoSuchProcess:
        return True, ""
    except psutil.AccessDenied:
        return False, "not allowed to end it"


def _gone(proc: psutil.Process, within: float) -> bool:
    deadline = time.monotonic() + within
    while True:
        try:
            if not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
