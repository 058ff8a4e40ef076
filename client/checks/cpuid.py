"""The CPUID and XGETBV instructions, run directly on an x86-64 processor through ctypes.

Why: the AVX question must be answered by the CPU itself. Windows' IsProcessorFeaturePresent is
asked first; when it says no, this module asks the processor, so a Windows build that does not
know the AVX feature number cannot fail a capable machine. A dozen bytes of machine code are
placed in executable memory (mmap on Linux and macOS, VirtualAlloc on Windows) and called.

AVX is usable when CPUID leaf 1 reports AVX (ECX bit 28) and OSXSAVE (ECX bit 27), and the OS
saves the YMM registers (XCR0 bits 1 and 2). Verified here on Linux x86-64 against the kernel's
/proc/cpuinfo; the Windows calling-convention variant was not run on Windows.
"""

from __future__ import annotations

import ctypes
import mmap
import platform
import sys
from dataclasses import dataclass

# void cpuid(uint32 leaf, uint32 subleaf, uint32 out[4]); rbx is callee-saved, so kept.
_STORE = bytes.fromhex("0fa2 418900 41895804 41894808 4189500c 5b c3".replace(" ", ""))
CPUID_SYSV = bytes.fromhex("53 89f8 89f1 4989d0".replace(" ", "")) + _STORE
CPUID_WIN64 = bytes.fromhex("53 89c8 89d1".replace(" ", "")) + _STORE
# uint64 xgetbv(uint32 index)
XGETBV_SYSV = bytes.fromhex("89f9 0f01d0 48c1e220 4809d0 c3".replace(" ", ""))
XGETBV_WIN64 = bytes.fromhex("0f01d0 48c1e220 4809d0 c3".replace(" ", ""))

AVX_BIT = 1 << 28
OSXSAVE_BIT = 1 << 27
YMM_STATE = 0b110


@dataclass(frozen=True)
class Cpuid:
    vendor: str
    avx_cpu: bool        # the processor has AVX
    avx_os: bool         # ...and the OS enabled it (XCR0)

    @property
    def avx(self) -> bool:
        return self.avx_cpu and self.avx_os


def decide(leaf1_ecx: int, xcr0: int | None) -> tuple[bool, bool]:
    """(processor has AVX, OS lets programs use it) from the raw registers."""
    has = bool(leaf1_ecx & AVX_BIT)
    osx = bool(leaf1_ecx & OSXSAVE_BIT) and xcr0 is not None and (xcr0 & YMM_STATE) == YMM_STATE
    return has, has and osx


def vendor_of(ebx: int, ecx: int, edx: int) -> str:
    raw = b"".join(v.to_bytes(4, "little") for v in (ebx, edx, ecx))
    return raw.decode("ascii", errors="replace")


class _Code:
    """Executable memory holding one function."""

    def __init__(self, code: bytes) -> None:
        self.size = mmap.PAGESIZE
        if sys.platform == "win32":
            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            kernel32.VirtualAlloc.restype = ctypes.c_void_p
            kernel32.VirtualAlloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t,
                                              ctypes.c_ulong, ctypes.c_ulong]
            address = kernel32.VirtualAlloc(None, self.size, 0x3000, 0x04)  # RW
            if not address:
                raise OSError("VirtualAlloc failed")
            ctypes.memmove(address, code, len(code))
            old = ctypes.c_ulong()
            kernel32.VirtualProtect.argtypes = [ctypes.c_void_p, ctypes.c_size_t,
                                                ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong)]
            if not kernel32.VirtualProtect(address, self.size, 0x20, ctypes.byref(old)):  # RX
                raise OSError("VirtualProtect failed")
            self.address = address
            self._keep: object = kernel32
        else:
            self._map = mmap.mmap(-1, self.size, prot=mmap.PROT_READ | mmap.PROT_WRITE
                                  | mmap.PROT_EXEC)
            self._map.write(code)
            self.address = ctypes.addressof(ctypes.c_char.from_buffer(self._map))


def read() -> Cpuid | None:
    """The processor's own answer, or None where it cannot be asked (not x86-64, or the OS
    forbids executable memory)."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return None
    win = sys.platform == "win32"
    try:
        cpuid_code = _Code(CPUID_WIN64 if win else CPUID_SYSV)
        xgetbv_code = _Code(XGETBV_WIN64 if win else XGETBV_SYSV)
    except (OSError, ValueError, PermissionError):
        return None
    regs = (ctypes.c_uint32 * 4)()
    cpuid = ctypes.CFUNCTYPE(None, ctypes.c_uint32, ctypes.c_uint32,
                             ctypes.POINTER(ctypes.c_uint32))(cpuid_code.address)
    cpuid(0, 0, regs)
    vendor = vendor_of(regs[1], regs[2], regs[3])
    max_leaf = regs[0]
    if max_leaf < 1:
        return Cpuid(vendor, False, False)
    cpuid(1, 0, regs)
    ecx = regs[2]
    xcr0 = None
    if ecx & OSXSAVE_BIT:  # XGETBV faults unless the OS turned XSAVE on
        xgetbv = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_uint32)(xgetbv_code.address)
        xcr0 = int(xgetbv(0))
    has, usable = decide(ecx, xcr0)
    return Cpuid(vendor, has, usable)
