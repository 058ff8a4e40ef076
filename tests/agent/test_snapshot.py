"""The one-shot snapshot the readiness check uses: fast, and truthful about this machine."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from agent import snapshot
from agent.findings import ACTIONS
from agent.watchers import vm_linux
from client.config.practice import practice_exam


@pytest.fixture()
def exam_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INVIGILO_DATA_DIR", str(tmp_path))
    exam, _ = practice_exam()
    return exam.config


def test_snapshot_is_quick_and_well_formed(exam_config) -> None:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    found = snapshot.take(exam_config)
    assert time.monotonic() - start <= 2.0
    for f in found:
        assert f.action in ACTIONS and f.message
        assert isinstance(f.evidence, dict) and f.evidence


def test_snapshot_reports_this_machines_hypervisor_bit(exam_config) -> None:  # type: ignore[no-untyped-def]
    flags = next((line for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("flags")), "")
    found = [f for f in snapshot.take(exam_config) if f.kind == "virtual_machine"]
    if "hypervisor" not in flags.split():
        pytest.skip("this machine's CPU does not report a hypervisor")
    report = vm_linux.linux_report()
    assert "cpu_hypervisor_bit" in {s.name for s in report.signals}
    assert bool(found) == report.is_vm
    if found:  # the practice exam is 'moderate': a VM is flagged, not blocked
        assert found[0].action == "flag"
        signals = {s["signal"] for s in found[0].evidence["signals"]}
        assert "cpu_hypervisor_bit" in signals
