"""Operating system, 64-bit, CPU generation, cores, memory and disk: rules and OS readers."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from client.checks import cpu, system, versions
from client.config.schema import Requirements

DATA = Path(__file__).parent / "data"
REQ = Requirements()


def sysctl(name: str) -> dict[str, str]:
    lines = (DATA / name).read_text().splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


@pytest.mark.parametrize(("system_name", "version", "status"), [
    ("Windows", "10.0.19045", "pass"),
    ("Windows", "10.0.22631", "pass"),
    ("Windows", "10.0.17134", "fail"),
    ("Windows", "6.1.7601", "fail"),
    ("Darwin", "14.4.1", "pass"),
    ("Darwin", "10.15.7", "fail"),
    ("Linux", "6.1.0-18-amd64", "pass"),
    ("Linux", "4.19.0", "fail"),
    ("Linux", "weird", "warn"),
    ("FreeBSD", "14.0", "fail"),
])
def test_os_versions(system_name, version, status):
    result = system.evaluate_os(system.OsFacts(system_name, version, "x86_64", 64), REQ)
    assert result.status == status
    if status == "fail":
        assert result.remedy


def test_32_bit_fails():
    assert system.evaluate_bits(system.OsFacts("Windows", "10.0.19045", "x86", 32),
                                REQ).status == "fail"
    assert system.evaluate_bits(system.OsFacts("Windows", "10.0.19045", "AMD64", 32),
                                REQ).status == "fail"
    assert system.evaluate_bits(system.OsFacts("Darwin", "14.0", "arm64", 64),
                                REQ).status == "pass"


@given(st.lists(st.integers(0, 99999), min_size=1, max_size=5),
       st.lists(st.integers(0, 99999), min_size=1, max_size=5))
def test_version_order_matches_padded_tuples(a, b):
    width = max(len(a), len(b))
    expect = a + [0] * (width - len(a)) >= b + [0] * (width - len(b))
    assert versions.at_least(".".join(map(str, a)) + "-suffix", ".".join(map(str, b))) == expect


@given(st.text())
def test_version_parse_never_crashes(text):
    parsed = versions.parse(text)
    assert parsed is None or all(isinstance(p, int) for p in parsed)


def test_cpuinfo_recorded_with_avx():
    facts = cpu.parse_cpuinfo((DATA / "cpuinfo-avx-vm.txt").read_text())
    assert facts.avx is True and facts.arch == "x86_64"
    assert system.evaluate_cpu(facts, REQ).status == "pass"


def test_cpuinfo_core2_fails_with_remedy():
    facts = cpu.parse_cpuinfo((DATA / "cpuinfo-core2.txt").read_text())
    assert facts.avx is False and "Core(TM)2" in facts.model
    result = system.evaluate_cpu(facts, REQ)
    assert result.status == "fail" and "2011" in result.remedy
    assert system.evaluate_cpu(facts, Requirements(require_avx=False)).status == "pass"


@pytest.mark.parametrize(("name", "avx", "apple", "status"), [
    ("sysctl-apple-m1.txt", None, True, "pass"),
    ("sysctl-rosetta.txt", None, True, "pass"),
    ("sysctl-intel-mac-2012.txt", True, False, "pass"),
    ("sysctl-intel-mac-2009.txt", False, False, "fail"),
])
def test_macos_sysctl(name, avx, apple, status):
    facts = cpu.parse_sysctl(sysctl(name))
    assert (facts.avx, facts.apple_silicon) == (avx, apple)
    assert system.evaluate_cpu(facts, REQ).status == status


def test_unknown_avx_warns():
    assert system.evaluate_cpu(cpu.CpuFacts("x86_64"), REQ).status == "warn"


@given(st.text())
def test_cpuinfo_parser_never_crashes(text):
    cpu.parse_cpuinfo(text)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux back end")
def test_linux_reader_agrees_with_the_kernel():
    facts = cpu.read_cpu()
    flags = Path("/proc/cpuinfo").read_text().split("flags")[1].split("\n")[0].split()
    assert facts.avx == ("avx" in flags)


def test_cores_memory_rules():
    assert system.evaluate_cores(1, REQ).status == "fail"
    assert system.evaluate_cores(2, REQ).status == "pass"
    assert system.evaluate_memory(1024, 500, REQ).status == "fail"
    assert system.evaluate_memory(4096, 100, REQ).status == "warn"
    assert system.evaluate_memory(4096, 2000, REQ).status == "pass"


def test_disk_is_measured_where_the_spool_will_be(ctx_factory, tmp_path):
    result = system.check_disk(ctx_factory())
    free = shutil.disk_usage(tmp_path).free // 2**20
    assert result.status == ("pass" if free >= 500 else "fail")
    assert abs(int(result.measured.split()[0]) - free) < 200
    huge = ctx_factory(requirements=Requirements(min_free_disk_mb=10_000_000))
    low = system.check_disk(huge)
    assert low.status == "fail" and "Free up disk space" in low.remedy


def test_real_machine_checks_run(ctx_factory):
    ctx = ctx_factory()
    for check in (system.check_os, system.check_arch, system.check_cpu, system.check_cores,
                  system.check_memory):
        result = check(ctx)
        assert result.status in ("pass", "warn", "fail") and result.message


@pytest.mark.skipif(not sys.platform.startswith("linux") or
                    cpu.normalise_arch(__import__("platform").machine()) != "x86_64",
                    reason="runs CPUID on Linux x86-64")
def test_cpuid_instruction_agrees_with_the_kernel():
    from client.checks import cpuid

    own = cpuid.read()
    assert own is not None
    text = Path("/proc/cpuinfo").read_text()
    vendor = text.split("vendor_id")[1].split(":")[1].split("\n")[0].strip()
    flags = text.split("flags")[1].split("\n")[0].split()
    assert own.vendor == vendor
    assert own.avx == ("avx" in flags)


def test_cpuid_decision():
    from client.checks import cpuid

    both = cpuid.AVX_BIT | cpuid.OSXSAVE_BIT
    assert cpuid.decide(both, 0b111) == (True, True)
    assert cpuid.decide(both, 0b011) == (True, False)       # OS does not save YMM
    assert cpuid.decide(cpuid.AVX_BIT, None) == (True, False)  # no OSXSAVE
    assert cpuid.decide(cpuid.OSXSAVE_BIT, 0b111) == (False, False)
    assert cpuid.vendor_of(0x756E6547, 0x6C65746E, 0x49656E69) == "GenuineIntel"
