"""Identity of a running process's executable, per platform, cached by file.

Linux: ELF build-id. Windows: PE OriginalFilename and signer subject. macOS: bundle id and team
id. Everywhere, when a rule needs it: SHA-256 of the file (cached: a long exam sees the same few
hundred executables). Verified here: Linux, and the Windows PE parser on real PE files.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass

from agent.binid import elf, pe

_HASH_LIMIT = 512 * 1024 * 1024  # larger files are not hashed (names and ids still apply)


@dataclass(frozen=True)
class FileIdentity:
    original_name: str | None = None
    bundle_id: str | None = None
    signer: str | None = None
    sha256: str | None = None
    build_id: str | None = None


class IdentityCache:
    def __init__(self, platform: str = sys.platform) -> None:
        self.platform = platform
        self._cache: dict[tuple[str, int, int, int, bool, bool], FileIdentity] = {}

    def of(self, exe: str, want_sha256: bool, want_signer: bool = False) -> FileIdentity:
        """What the file says about itself. The costly parts only when a rule needs them:
        hashing reads the whole file; macOS's signer needs a `codesign` run (tens of ms)."""
        if not exe:
            return FileIdentity()
        try:
            st = os.stat(exe)
        except OSError:
            return FileIdentity()
        key = (exe, st.st_ino, st.st_size, st.st_mtime_ns, want_sha256, want_signer)
        found = self._cache.get(key)
        if found is None:
            found = self._read(exe, st.st_size, want_sha256, want_signer)
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[key] = found
        return found

    def _read(self, exe: str, size: int, want_sha256: bool, want_signer: bool) -> FileIdentity:
        digest = _sha256(exe) if want_sha256 and size <= _HASH_LIMIT else None
        try:
            if self.platform.startswith("linux"):
                with open(exe, "rb") as fh:
                    return FileIdentity(sha256=digest, build_id=elf.build_id(fh))
            if self.platform == "win32":
                with open(exe, "rb") as fh:
                    info = pe.read_pe(fh, want_signer)
                if info is None:
                    return FileIdentity(sha256=digest)
                return FileIdentity(original_name=info.original_filename, signer=info.signer,
                                    sha256=digest)
            if self.platform == "darwin":
                from agent.binid import macos
                sign = macos.codesign(exe) if want_signer else None
                return FileIdentity(bundle_id=macos.bundle_id(exe),
                                    signer=sign.team_id if sign else None, sha256=digest)
        except OSError:
            pass
        return FileIdentity(sha256=digest)


def _sha256(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()
