"""The machine itself: operating system, 64-bit, processor, cores, memory, free disk.

Each check is a plain function of the context; the OS facts come in through small readers so
the rules can be tested with any value.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from client.checks import cpu as cpu_facts
from client.checks import versions
from client.checks.context import CheckContext
from client.checks.result import CheckResult
from client.config.schema import Requirements
from client.i18n import QT_TRANSLATE_NOOP

# Every sentence shown to a person, in one place for translation.
TEXT = {
    "os_ok": QT_TRANSLATE_NOOP("SystemCheck", "{name} {version} is supported."),
    "os_old": QT_TRANSLATE_NOOP("SystemCheck", "{name} {version} is older than this exam allows."),
    "os_old_fix": QT_TRANSLATE_NOOP("SystemCheck", "Update {name} to version {minimum} or newer."),
    "os_unknown": QT_TRANSLATE_NOOP("SystemCheck", "This operating system ({name}) is not one "
                                    "the exam supports."),
    "os_unknown_fix": QT_TRANSLATE_NOOP("SystemCheck", "Use a Windows or macOS computer."),
    "os_unreadable": QT_TRANSLATE_NOOP("SystemCheck", "The version of {name} could not be read "
                                       "({version})."),
    "bits_ok": QT_TRANSLATE_NOOP("SystemCheck", "The operating system and processor are 64-bit."),
    "bits_32": QT_TRANSLATE_NOOP("SystemCheck", "This is a 32-bit system; the exam app needs "
                                 "64-bit."),
    "bits_32_fix": QT_TRANSLATE_NOOP("SystemCheck", "Use a computer with a 64-bit version of "
                                     "Windows or macOS."),
    "cpu_avx": QT_TRANSLATE_NOOP("SystemCheck", "The processor supports AVX ({model})."),
    "cpu_apple": QT_TRANSLATE_NOOP("SystemCheck", "Apple silicon processor."),
    "cpu_no_avx": QT_TRANSLATE_NOOP("SystemCheck", "The processor is too old: it lacks AVX (it "
                                    "predates Intel's 2011 generation)."),
    "cpu_no_avx_fix": QT_TRANSLATE_NOOP("SystemCheck", "Use a computer with an Intel processor "
                                        "from 2011 (Sandy Bridge) or newer, or an AMD processor "
                                        "from 2011 (Bulldozer) or newer."),
    "cpu_unknown": QT_TRANSLATE_NOOP("SystemCheck", "The operating system did not say whether "
                                     "the processor supports AVX."),
    "cpu_unknown_fix": QT_TRANSLATE_NOOP("SystemCheck", "Run this check again after updating the "
                                         "operating system; if it still cannot tell, ask IT to "
                                         "confirm the processor model."),
    "cpu_not_needed": QT_TRANSLATE_NOOP("SystemCheck", "AVX is not required by this exam."),
    "cores_ok": QT_TRANSLATE_NOOP("SystemCheck", "{n} processor cores."),
    "cores_few": QT_TRANSLATE_NOOP("SystemCheck", "Only {n} processor core(s); the exam needs "
                                   "{minimum}."),
    "cores_few_fix": QT_TRANSLATE_NOOP("SystemCheck", "Use a computer with at least {minimum} "
                                       "processor cores."),
    "mem_ok": QT_TRANSLATE_NOOP("SystemCheck", "{total} MB of memory, {free} MB free now."),
    "mem_low": QT_TRANSLATE_NOOP("SystemCheck", "Only {total} MB of memory; the exam needs "
                                 "{minimum} MB."),
    "mem_low_fix": QT_TRANSLATE_NOOP("SystemCheck", "Use a computer with more memory."),
    "mem_busy": QT_TRANSLATE_NOOP("SystemCheck", "Memory is nearly full ({free} MB free)."),
    "mem_busy_fix": QT_TRANSLATE_NOOP("SystemCheck", "Close other programs (browsers with many "
                                      "tabs first) before the exam."),
    "disk_ok": QT_TRANSLATE_NOOP("SystemCheck", "{free} MB free where recordings are kept."),
    "disk_low": QT_TRANSLATE_NOOP("SystemCheck", "Only {free} MB free where recordings are kept; "
                                  "the exam needs {minimum} MB."),
    "disk_low_fix": QT_TRANSLATE_NOOP("SystemCheck", "Free up disk space on the drive holding "
                                      "{where} (empty the recycle bin, delete large downloads)."),
    "disk_none": QT_TRANSLATE_NOOP("SystemCheck", "The folder for recordings ({where}) cannot be "
                                   "reached."),
    "disk_none_fix": QT_TRANSLATE_NOOP("SystemCheck", "Check that the drive is connected and "
                                       "that you may write to it."),
}

MEMORY_BUSY_MB = 400


@dataclass(frozen=True)
class OsFacts:
    system: str    # "Windows", "Darwin", "Linux", ...
    version: str   # Windows build "10.0.19045", macOS "14.4.1", Linux kernel release
    machine: str   # platform.machine()
    python_bits: int


def read_os() -> OsFacts:
    system = platform.system()
    if system == "Darwin":
        version = platform.mac_ver()[0]
    elif system == "Windows":
        version = platform.version()
    else:
        version = platform.release()
    bits = 64 if sys.maxsize > 2**32 else 32
    machine = os.environ.get("PROCESSOR_ARCHITEW6432") or platform.machine()
    return OsFacts(system, version, machine, bits)


_NAMES = {"Windows": "Windows", "Darwin": "macOS", "Linux": "Linux"}


def evaluate_os(facts: OsFacts, req: Requirements) -> CheckResult:
    name = _NAMES.get(facts.system, facts.system or "unknown")
    minimum = {"Windows": req.windows_min, "Darwin": req.macos_min,
               "Linux": req.linux_kernel_min}.get(facts.system)
    measured = f"{name} {facts.version}".strip()
    if minimum is None:
        return CheckResult("os", "fail", measured, "Windows or macOS",
                           TEXT["os_unknown"].format(name=name), TEXT["os_unknown_fix"])
    required = f"{name} {minimum} or newer"
    ok = versions.at_least(facts.version, minimum)
    if ok is None:
        return CheckResult("os", "warn", measured, required,
                           TEXT["os_unreadable"].format(name=name, version=facts.version))
    if not ok:
        return CheckResult("os", "fail", measured, required,
                           TEXT["os_old"].format(name=name, version=facts.version),
                           TEXT["os_old_fix"].format(name=name, minimum=minimum))
    return CheckResult("os", "pass", measured, required,
                       TEXT["os_ok"].format(name=name, version=facts.version))


def evaluate_bits(facts: OsFacts, req: Requirements) -> CheckResult:
    arch = cpu_facts.normalise_arch(facts.machine)
    is64 = arch in ("x86_64", "arm64") or arch.endswith("64")
    measured = f"{arch}, {facts.python_bits}-bit app"
    if not req.require_64bit:
        return CheckResult("arch", "pass", measured, "any", TEXT["bits_ok"] if is64 else measured)
    if is64 and facts.python_bits == 64:
        return CheckResult("arch", "pass", measured, "64-bit", TEXT["bits_ok"])
    return CheckResult("arch", "fail", measured, "64-bit", TEXT["bits_32"], TEXT["bits_32_fix"])


def evaluate_cpu(facts: cpu_facts.CpuFacts, req: Requirements) -> CheckResult:
    details = {"arch": facts.arch, "model": facts.model, "source": facts.source}
    if facts.apple_silicon or facts.arch == "arm64":
        return CheckResult("cpu", "pass", "Apple silicon" if facts.apple_silicon else facts.arch,
                           "AVX or Apple silicon", TEXT["cpu_apple"], details=details)
    required = "AVX (2011 or newer)" if req.require_avx else "any"
    measured = {True: "AVX", False: "no AVX", None: "unknown"}[facts.avx]
    if not req.require_avx:
        return CheckResult("cpu", "pass", measured, required, TEXT["cpu_not_needed"],
                           details=details)
    if facts.avx is None:
        return CheckResult("cpu", "warn", measured, required, TEXT["cpu_unknown"],
                           TEXT["cpu_unknown_fix"], details=details)
    if not facts.avx:
        return CheckResult("cpu", "fail", measured, required, TEXT["cpu_no_avx"],
                           TEXT["cpu_no_avx_fix"], details=details)
    return CheckResult("cpu", "pass", measured, required,
                       TEXT["cpu_avx"].format(model=facts.model or facts.arch), details=details)


def evaluate_cores(count: int, req: Requirements) -> CheckResult:
    required = f"at least {req.min_cores}"
    if count < req.min_cores:
        return CheckResult("cores", "fail", str(count), required,
                           TEXT["cores_few"].format(n=count, minimum=req.min_cores),
                           TEXT["cores_few_fix"].format(minimum=req.min_cores))
    return CheckResult("cores", "pass", str(count), required, TEXT["cores_ok"].format(n=count))


def evaluate_memory(total_mb: int, free_mb: int, req: Requirements) -> CheckResult:
    measured = f"{total_mb} MB ({free_mb} MB free)"
    required = f"at least {req.min_memory_mb} MB"
    if total_mb < req.min_memory_mb:
        return CheckResult("memory", "fail", measured, required,
                           TEXT["mem_low"].format(total=total_mb, minimum=req.min_memory_mb),
                           TEXT["mem_low_fix"])
    if free_mb < MEMORY_BUSY_MB:
        return CheckResult("memory", "warn", measured, required,
                           TEXT["mem_busy"].format(free=free_mb), TEXT["mem_busy_fix"])
    return CheckResult("memory", "pass", measured, required,
                       TEXT["mem_ok"].format(total=total_mb, free=free_mb))


def existing_ancestor(path: Path) -> Path | None:
    """The spool may not exist yet: measure the drive it will be created on."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def evaluate_disk(where: Path, free_mb: int | None, req: Requirements) -> CheckResult:
    required = f"at least {req.min_free_disk_mb} MB"
    details = {"path": str(where)}
    if free_mb is None:
        return CheckResult("disk", "fail", "unknown", required,
                           TEXT["disk_none"].format(where=where), TEXT["disk_none_fix"],
                           details=details)
    measured = f"{free_mb} MB"
    if free_mb < req.min_free_disk_mb:
        return CheckResult("disk", "fail", measured, required,
                           TEXT["disk_low"].format(free=free_mb, minimum=req.min_free_disk_mb),
                           TEXT["disk_low_fix"].format(where=where), details=details)
    return CheckResult("disk", "pass", measured, required, TEXT["disk_ok"].format(free=free_mb),
                       details=details)


# ---- the checks, as the registry calls them ------------------------------------------------

def check_os(ctx: CheckContext) -> CheckResult:
    return evaluate_os(read_os(), ctx.requirements)


def check_arch(ctx: CheckContext) -> CheckResult:
    return evaluate_bits(read_os(), ctx.requirements)


def check_cpu(ctx: CheckContext) -> CheckResult:
    return evaluate_cpu(cpu_facts.read_cpu(), ctx.requirements)


def check_cores(ctx: CheckContext) -> CheckResult:
    import psutil

    count = psutil.cpu_count(logical=False) or psutil.cpu_count() or os.cpu_count() or 1
    return evaluate_cores(int(count), ctx.requirements)


def check_memory(ctx: CheckContext) -> CheckResult:
    import psutil

    mem = psutil.virtual_memory()
    return evaluate_memory(mem.total // 2**20, mem.available // 2**20, ctx.requirements)


def check_disk(ctx: CheckContext) -> CheckResult:
    where = existing_ancestor(ctx.spool_dir.absolute())
    free = None
    if where is not None:
        try:
            free = shutil.disk_usage(where).free // 2**20
        except OSError:
            free = None
    return evaluate_disk(ctx.spool_dir, free, ctx.requirements)
