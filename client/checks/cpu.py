"""What the processor can do, read from the CPU itself on each operating system.

The exam needs AVX on x86-64 (Intel Sandy Bridge, 2011, or newer; Inspera's requirement too).
One interface, `read_cpu()`, with one small back end per OS; the parsers are pure and tested on
recorded real outputs.

Verified here on Linux only. The Windows back end (IsProcessorFeaturePresent with
PF_AVX_INSTRUCTIONS_AVAILABLE = 39, documented by Microsoft in processthreadsapi.h) and the macOS
back end (`sysctl`) are written against the documented interfaces and were not run on those systems;
the CPUID fallback (client/checks/cpuid.py) was run here on Linux.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from dataclasses import dataclass, field

PF_AVX_INSTRUCTIONS_AVAILABLE = 39

X86 = {"x86_64", "amd64", "x64", "i386", "i686", "x86"}
ARM = {"arm64", "aarch64", "armv8", "armv8l"}


@dataclass(frozen=True)
class CpuFacts:
    arch: str                 # normalised: "x86_64", "arm64" or what the OS said
    model: str = ""
    avx: bool | None = None   # None: the OS did not say
    apple_silicon: bool = False
    source: str = ""          # where the answer came from, for the report
    flags: frozenset[str] = field(default_factory=frozenset)


def normalise_arch(machine: str) -> str:
    low = machine.lower()
    if low in X86:
        return "x86_64" if low in {"x86_64", "amd64", "x64"} else "x86"
    if low in ARM:
        return "arm64"
    return low


def parse_cpuinfo(text: str) -> CpuFacts:
    """Linux /proc/cpuinfo: the first processor's `flags` and `model name` (x86)."""
    flags: frozenset[str] = frozenset()
    model = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key == "flags" and not flags:
            flags = frozenset(value.split())
        elif key == "model name" and not model:
            model = value.strip()
    if not flags:
        return CpuFacts(arch="", model=model, source="/proc/cpuinfo")
    return CpuFacts(arch="x86_64" if "lm" in flags else "x86", model=model,
                    avx="avx" in flags, source="/proc/cpuinfo flags", flags=flags)


def parse_sysctl(values: dict[str, str]) -> CpuFacts:
    """macOS `sysctl` answers: hw.optional.arm64, sysctl.proc_translated, hw.optional.avx1_0,
    machdep.cpu.features and machdep.cpu.brand_string (missing keys are simply absent)."""
    model = values.get("machdep.cpu.brand_string", "").strip()
    if values.get("hw.optional.arm64", "").strip() == "1" or \
            values.get("sysctl.proc_translated", "").strip() == "1":
        return CpuFacts(arch="arm64", model=model, avx=None, apple_silicon=True,
                        source="sysctl hw.optional.arm64")
    features = frozenset(values.get("machdep.cpu.features", "").upper().split())
    flag = values.get("hw.optional.avx1_0", "").strip()
    if flag in ("0", "1"):
        return CpuFacts(arch="x86_64", model=model, avx=flag == "1",
                        source="sysctl hw.optional.avx1_0", flags=features)
    if features:
        return CpuFacts(arch="x86_64", model=model, avx="AVX1.0" in features,
                        source="sysctl machdep.cpu.features", flags=features)
    return CpuFacts(arch="x86_64", model=model, source="sysctl (no answer)")


SYSCTL_KEYS = ("hw.optional.arm64", "sysctl.proc_translated", "hw.optional.avx1_0",
               "machdep.cpu.features", "machdep.cpu.brand_string")


def _read_linux() -> CpuFacts:
    arch = normalise_arch(platform.machine())
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            facts = parse_cpuinfo(fh.read())
    except OSError:
        return CpuFacts(arch=arch, source="/proc/cpuinfo unreadable")
    if arch == "arm64":
        return CpuFacts(arch=arch, model=facts.model, source="/proc/cpuinfo")
    return CpuFacts(arch=arch, model=facts.model, avx=facts.avx, source=facts.source,
                    flags=facts.flags)


def _read_macos() -> CpuFacts:
    values: dict[str, str] = {}
    for key in SYSCTL_KEYS:
        try:
            out = subprocess.run(["sysctl", "-n", key], capture_output=True, text=True,
                                 timeout=3, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        if out.returncode == 0:
            values[key] = out.stdout.strip()
    return parse_sysctl(values)


def _read_windows() -> CpuFacts:
    import ctypes

    arch = normalise_arch(os.environ.get("PROCESSOR_ARCHITEW6432")
                          or os.environ.get("PROCESSOR_ARCHITECTURE") or platform.machine())
    model = platform.processor()
    if arch != "x86_64":
        return CpuFacts(arch=arch, model=model, source="PROCESSOR_ARCHITECTURE")
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    if kernel32.IsProcessorFeaturePresent(PF_AVX_INSTRUCTIONS_AVAILABLE):
        return CpuFacts(arch=arch, model=model, avx=True,
                        source="IsProcessorFeaturePresent(PF_AVX_INSTRUCTIONS_AVAILABLE)")
    # A "no" is confirmed with the processor itself (CPUID + XGETBV), so that a Windows build
    # that does not know this feature number cannot turn away a capable machine.
    from client.checks import cpuid

    own = cpuid.read()
    if own is not None:
        return CpuFacts(arch=arch, model=model, avx=own.avx, source="CPUID leaf 1 + XGETBV")
    return CpuFacts(arch=arch, model=model, avx=False,
                    source="IsProcessorFeaturePresent(PF_AVX_INSTRUCTIONS_AVAILABLE)")


def read_cpu() -> CpuFacts:
    if sys.platform.startswith("linux"):
        return _read_linux()
    if sys.platform == "darwin":
        return _read_macos()
    if sys.platform == "win32":
        return _read_windows()
    return CpuFacts(arch=normalise_arch(platform.machine()), source="not supported on this OS")
