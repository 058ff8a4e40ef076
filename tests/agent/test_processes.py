"""Forbidden processes, for real: copies of a real binary started under deny-listed names.

Tests whose policy terminates use names, build-ids and hashes that only their own copies carry,
so that they can never end anything else running on the machine (a developer's Zoom, another
test run's processes)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent import rules
from agent.binid import elf
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.processes import ProcessWatcher

SLEEP = shutil.which("sleep") or "/bin/sleep"


@pytest.fixture()
def started() -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait()


def copy_as(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(SLEEP, target)
    return target


def unique_name(prefix: str) -> str:
    return f"{prefix}-{os.urandom(4).hex()}"


def unique_copy(tmp_path: Path, name: str) -> tuple[Path, str]:
    """A copy of sleep with a build-id of its own (the note rewritten; the loader ignores it)."""
    data = Path(SLEEP).read_bytes()
    with open(SLEEP, "rb") as fh:
        build = elf.build_id(fh)
    if build is None:
        pytest.skip("this system's sleep has no build-id")
    new = os.urandom(len(bytes.fromhex(build)))
    assert data.count(bytes.fromhex(build)) == 1
    target = tmp_path / name
    target.write_bytes(data.replace(bytes.fromhex(build), new))
    target.chmod(0o755)
    return target, new.hex()


def watch_until(watcher: ProcessWatcher, pid: int, limit: float) -> tuple[Finding, float]:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        for f in watcher.poll():
            if f.evidence.get("pid") == pid and f.action != "allow":
                return f, time.monotonic() - start
        time.sleep(watcher.interval)
    raise AssertionError(f"process {pid} not found within {limit} s")


def primed(policy: Policy, ruleset: rules.RuleSet) -> ProcessWatcher:
    watcher = ProcessWatcher(ruleset, policy)
    watcher.poll()  # what already runs is looked at once; from here on only news
    return watcher


def test_default_deny_list_loads_and_covers_the_known_gaps() -> None:
    deny = rules.default_rules()
    ids = {r.id for r in deny}
    assert {"anydesk", "teamviewer", "rustdesk", "chrome-remote-desktop", "obs", "zoom",
            "discord", "todesk", "ultraviewer", "pulseway", "cluely"} <= ids
    anydesk = next(r for r in deny if r.id == "anydesk")
    assert anydesk.match(rules.ProcessIdentity(1, "AnyDesk.exe")) == "name"
    assert anydesk.match(rules.ProcessIdentity(1, "x.exe", original_name="AnyDesk.exe")) == \
        "original_name"
    assert anydesk.match(rules.ProcessIdentity(1, "x", bundle_id="com.philandro.anydesk")) == \
        "bundle_id"
    assert anydesk.match(rules.ProcessIdentity(1, "bash", exe="/usr/bin/bash")) is None


def test_a_deny_listed_name_is_found_within_a_second_and_flagged(tmp_path: Path,
                                                                 started: list) -> None:  # type: ignore[type-arg]
    policy = Policy(level="open", forbidden_process_action="flag")
    watcher = primed(policy, rules.from_policy(policy))
    exe = copy_as(tmp_path, "anydesk")
    proc = subprocess.Popen([str(exe), "30"])
    started.append(proc)
    finding, seconds = watch_until(watcher, proc.pid, 1.0)
    assert seconds < 1.0
    assert (finding.kind, finding.action) == ("forbidden_app", "flag")
    assert finding.evidence["rule"] == "anydesk" and finding.evidence["matched_by"] == "name"
    assert finding.evidence["exe"] == str(exe)
    assert proc.poll() is None  # flag only: still running
    proc.kill()
    proc.wait()
    closed = [f for f in watcher.poll() if f.evidence.get("pid") == proc.pid]
    assert closed and closed[0].action == "allow" and closed[0].evidence["ended"]


def test_strict_policy_terminates_it(tmp_path: Path, started: list) -> None:  # type: ignore[type-arg]
    name = unique_name("forbidden")
    policy = Policy(level="strict", forbidden_process_action="terminate", deny_apps=(name,),
                    default_deny_list=False)
    watcher = primed(policy, rules.from_policy(policy))
    proc = subprocess.Popen([str(copy_as(tmp_path, name)), "30"])
    started.append(proc)
    finding, _seconds = watch_until(watcher, proc.pid, 1.0)
    assert finding.action == "block" and finding.evidence["terminated"] is True
    assert "was closed" in finding.message
    assert proc.wait(2) is not None


def test_a_renamed_copy_is_found_by_its_content(tmp_path: Path, started: list) -> None:  # type: ignore[type-arg]
    original, build = unique_copy(tmp_path, "remote-tool")
    # The exam forbids this exact program by build-id; the candidate renamed their copy.
    policy = Policy(level="strict", forbidden_process_action="terminate",
                    deny_hashes=(f"elf-build-id:{build}",), default_deny_list=False)
    watcher = primed(policy, rules.from_policy(policy))
    renamed = original.rename(tmp_path / "lecture-notes")
    proc = subprocess.Popen([str(renamed), "30"])
    started.append(proc)
    finding, _ = watch_until(watcher, proc.pid, 1.0)
    assert finding.evidence["matched_by"] == "elf_build_id"
    assert finding.evidence["build_id"] == build
    assert finding.evidence["terminated"] is True


def test_a_renamed_copy_is_found_by_sha256(tmp_path: Path, started: list) -> None:  # type: ignore[type-arg]
    import hashlib
    exe, _ = unique_copy(tmp_path, "calc")
    digest = hashlib.sha256(exe.read_bytes()).hexdigest()
    policy = Policy(forbidden_process_action="ask", deny_hashes=(f"sha256:{digest}",),
                    default_deny_list=False)
    watcher = primed(policy, rules.from_policy(policy))
    proc = subprocess.Popen([str(exe), "30"])
    started.append(proc)
    finding, _ = watch_until(watcher, proc.pid, 1.0)
    assert finding.evidence["matched_by"] == "sha256" and finding.action == "block"
    assert "Close" in finding.remedy and proc.poll() is None


def test_allow_list_wins(tmp_path: Path, started: list) -> None:  # type: ignore[type-arg]
    name = unique_name("zoom")
    policy = Policy(forbidden_process_action="terminate", deny_apps=("zoom*",),
                    allow_apps=(name,), default_deny_list=False)
    watcher = primed(policy, rules.from_policy(policy))
    proc = subprocess.Popen([str(copy_as(tmp_path, name)), "30"])
    started.append(proc)
    deadline = time.monotonic() + 0.8
    while time.monotonic() < deadline:
        assert all(f.evidence.get("pid") != proc.pid for f in watcher.poll())
        time.sleep(0.1)
    assert proc.poll() is None


def test_exam_deny_names_and_level_none(tmp_path: Path, started: list) -> None:  # type: ignore[type-arg]
    policy = Policy(forbidden_process_action="flag", deny_apps=("my-notes*",),
                    default_deny_list=False)
    watcher = primed(policy, rules.from_policy(policy))
    proc = subprocess.Popen([str(copy_as(tmp_path, "my-notes-app")), "30"])
    started.append(proc)
    finding, _ = watch_until(watcher, proc.pid, 1.0)
    assert finding.evidence["rule"] == "exam:my-notes*"
    off = primed(dataclasses.replace(policy, forbidden_process_action="off"),
                 rules.from_policy(policy))
    other = subprocess.Popen([str(copy_as(tmp_path, "my-notes-two")), "30"])
    started.append(other)
    time.sleep(0.3)
    assert off.poll() == []


def test_a_renamed_program_inside_a_deny_listed_install_folder(tmp_path: Path,
                                                               started: list) -> None:  # type: ignore[type-arg]
    policy = Policy(forbidden_process_action="flag")
    watcher = primed(policy, rules.from_policy(policy))
    folder = tmp_path / "Program Files" / "TeamViewer"
    folder.mkdir(parents=True)
    proc = subprocess.Popen([str(copy_as(folder, "svc-helper")), "30"])
    started.append(proc)
    finding, _ = watch_until(watcher, proc.pid, 1.0)
    assert (finding.evidence["rule"], finding.evidence["matched_by"]) == ("teamviewer", "path")
    assert "where it is installed" in finding.message


def test_an_exam_path_pattern(tmp_path: Path, started: list) -> None:  # type: ignore[type-arg]
    policy = Policy(forbidden_process_action="flag", default_deny_list=False,
                    deny_apps=(f"{tmp_path}/cheats/*",))
    watcher = primed(policy, rules.from_policy(policy))
    (tmp_path / "cheats").mkdir()
    proc = subprocess.Popen([str(copy_as(tmp_path / "cheats", "anything")), "30"])
    started.append(proc)
    finding, _ = watch_until(watcher, proc.pid, 1.0)
    assert finding.evidence["matched_by"] == "path"


def test_signer_rules_and_what_they_cost() -> None:
    rule = rules.Rule(id="x", name="Remote Tools", signers=("Remote Tools GmbH",))
    ruleset = rules.RuleSet(deny=[rule])
    assert ruleset.needs_signer() and not ruleset.needs_sha256()
    signed = rules.ProcessIdentity(1, "helper.exe", signer="CN=Remote Tools GmbH, O=Remote Tools")
    match = ruleset.check(signed)
    assert match is not None and match.how == "signer"
    assert ruleset.check(rules.ProcessIdentity(1, "helper.exe", signer="CN=Other")) is None
    # The default list names no signers, so no macOS codesign run or PE certificate parse.
    assert not rules.RuleSet(deny=rules.default_rules()).needs_signer()
