"""The official tus server (@tus/server + @tus/file-store, from npm) as a managed process.

`./dev test` installs it (`npm install` in tests/servers/tus). The tests start it on a free
loopback port, restart it on the same port and folder, make it forget uploads by deleting their
files, and read back what it stored to compare byte for byte.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "tus"


def available() -> str | None:
    """None when the server can run here, else why not (for a clear skip)."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "@tus" / "server").is_dir():
        return "run `npm install` in tests/servers/tus (./dev test does it)"
    return None


@dataclass(frozen=True)
class StoredUpload:
    id: str
    size: int
    metadata: dict[str, str]
    created: str
    data: bytes

    @property
    def complete(self) -> bool:
        return len(self.data) == self.size


class TusServer:
    def __init__(self, folder: Path, expiration_ms: int = 0) -> None:
        self.folder = folder
        self.expiration_ms = expiration_ms
        self.port = 0
        self.process: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/files"

    def start(self) -> TusServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            ["node", str(HERE / "server.mjs"), str(self.folder), str(self.port),
             str(self.expiration_ms)],
            cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("listening "):
            self.stop()
            raise RuntimeError(f"the tus server did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.kill()
            process.wait(5)

    def restart(self, down_s: float = 0.0) -> None:
        """Kill it (as a crash would) and start it again on the same port and folder."""
        self.stop()
        time.sleep(down_s)
        for _ in range(50):
            try:
                self.start()
                return
            except RuntimeError:
                time.sleep(0.1)  # the port may linger a moment
        raise RuntimeError("the tus server did not come back")

    def uploads(self) -> list[StoredUpload]:
        found = []
        for info in sorted(self.folder.glob("*.json")):
            data_file = info.with_suffix("")
            try:
                meta = json.loads(info.read_text())
                data = data_file.read_bytes()
            except (OSError, ValueError):
                continue
            # @tus/server stores Upload-Metadata already decoded from base64
            decoded = {k: str(v) for k, v in (meta.get("metadata") or {}).items()}
            found.append(StoredUpload(meta["id"], int(meta.get("size") or 0), decoded,
                                      meta.get("creation_date", ""), data))
        return found

    def forget(self, predicate: object = None) -> int:
        """Delete uploads' files (all, or those whose metadata matches); returns how many."""
        count = 0
        for upload in self.uploads():
            if callable(predicate) and not predicate(upload):
                continue
            for path in (self.folder / upload.id, self.folder / f"{upload.id}.json"):
                path.unlink(missing_ok=True)
            count += 1
        return count

    def reassemble(self, out: Path) -> dict[str, Path]:
        """Write each session's files (the newest complete upload per filename) under `out`."""
        sessions: dict[str, Path] = {}
        chosen: dict[tuple[str, str], StoredUpload] = {}
        for upload in sorted(self.uploads(), key=lambda u: u.created):
            if upload.complete and "session" in upload.metadata:
                chosen[(upload.metadata["session"], upload.metadata["filename"])] = upload
        for (session, filename), upload in chosen.items():
            target = out / session / filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(upload.data)
            sessions[session] = out / session
        return sessions

    def __enter__(self) -> TusServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
